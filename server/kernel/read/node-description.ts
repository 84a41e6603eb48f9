import type { RelationSpec } from '../loaders';

/**
 * What a node description may use while the read engine writes SQL. Values are inlined as checked
 * literals (a date, an integer), never taken from client text, so that a statement's only bound
 * parameters are those of the list filters.
 */
export interface SqlEnvironment {
  /** Today (Tehran) as a SQL date literal. */
  today: string;
  /** Days after a quarter's last day before a report is late (Art. 4-1), as a SQL integer literal. */
  reportGraceDays: string;
}

/**
 * How the read engine answers one GraphQL field of a node type. Columns and many-to-one references
 * that share their name with an entity property are found in the ORM metadata and need no entry;
 * a description names only what the metadata cannot tell.
 */
export type ReadField =
  /** A value computed in SQL from the row aliased `alias`; `map` turns the JSON value into the GraphQL one. */
  | { kind: 'value'; sql: (alias: string, env: SqlEnvironment) => string; map?: (value: unknown) => unknown }
  /** A node found by the id `idSql` computes from the row (null when none, or outside the viewer's scope). */
  | { kind: 'reference'; target: string; idSql: (alias: string, env: SqlEnvironment) => string }
  /** A Relay connection of child rows. */
  | { kind: 'children'; relation: RelationSpec<object> };

/** The one description of a node type that the read engine and the schema are derived from. */
export interface NodeDescription {
  /** GraphQL type name, which is also the entity class name. */
  type: string;
  fields: Readonly<Record<string, ReadField>>;
}

export function describeNode(type: string, fields: Record<string, ReadField>): NodeDescription {
  return { type, fields };
}

/** A computed value (see ReadField). */
export function computed(sql: (alias: string, env: SqlEnvironment) => string, map?: (value: unknown) => unknown): ReadField {
  return { kind: 'value', sql, map };
}

/** A reference found by a SQL expression for the target's id (see ReadField). */
export function referenceBy(target: string, idSql: (alias: string, env: SqlEnvironment) => string): ReadField {
  return { kind: 'reference', target, idSql };
}

/** A connection of children (see ReadField). */
export function childrenOf(relation: RelationSpec<object>): ReadField {
  return { kind: 'children', relation };
}
