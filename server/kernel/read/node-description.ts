import type { ClassType } from 'type-graphql';

import { Period } from '../period';

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

/** What a computed value may use besides the environment: the viewer's row scope, as SQL. */
export interface ComputeEnvironment extends SqlEnvironment {
  /** The viewer's row scope on `typeName` aliased `alias` as a SQL condition; null when unrestricted. */
  scope(typeName: string, alias: string): string | null;
}

/**
 * How the read engine answers one GraphQL field of a node type. Columns and many-to-one references
 * that share their name with an entity property are found in the ORM metadata and need no entry;
 * a description names only what the metadata cannot tell.
 */
export type ReadField =
  /** A value computed in SQL from the row aliased `alias`; `map` turns the JSON value into the GraphQL one. */
  | { kind: 'value'; sql: (alias: string, env: ComputeEnvironment) => string; map?: (value: unknown) => unknown }
  /** A node found by the id `idSql` computes from the row (null when none, or outside the viewer's scope). */
  | { kind: 'reference'; target: string; idSql: (alias: string, env: SqlEnvironment) => string }
  /**
   * A Relay connection of child rows, which takes the `filter` and `orderBy` of the child type's list
   * when it has one (kernel/read/list-description.ts).
   */
  | { kind: 'children'; relation: Children; description: string }
  /**
   * A plain list of `target` nodes: the rows aliased `row` for which `where` holds of the parent row
   * aliased `parent`, within the viewer's scope, in `order` (a trusted fragment on alias `t`, then id).
   */
  | { kind: 'list'; target: string; where: (row: string, parent: string, env: SqlEnvironment) => string; order: string }
  /**
   * A reference to any node (the `Node` interface): `typeSql` gives the target's GraphQL type name and
   * `idSql` its id; null when the type is unknown, the row missing, or outside the viewer's scope.
   */
  | { kind: 'anyNode'; typeSql: (alias: string, env: SqlEnvironment) => string; idSql: (alias: string, env: SqlEnvironment) => string };

/**
 * How the rows of a connection hang off their parent row. The SQL fragments are trusted constants of
 * the code, written on the child table aliased `t`, never client input.
 */
export interface Children {
  /** The child entity (= GraphQL type). */
  entity: ClassType;
  /** Column of the child table holding the parent's id (one-to-many). */
  parentColumn?: string;
  /** Join table of a many-to-many relationship. */
  through?: { table: string; parentColumn: string; childColumn: string };
  /**
   * Order of the children when the query gives no `orderBy` (the id breaks ties); by default that of
   * the child type's list for nested connections (`order.nested`, kernel/read/list-description.ts).
   */
  order?: string;
  /** A condition every child row meets. */
  condition?: string;
  /**
   * The child list's own default condition (its `baseCondition`, such as "latest revision only")
   * holds here as on the root list, and the nested `filter` can lift it the same way.
   */
  listDefault?: boolean;
}

/** The one description of a node type that the read engine and the schema are derived from. */
export interface NodeDescription {
  /** GraphQL type name, which is also the entity class name. */
  type: string;
  /** The entity class, which is also the GraphQL object type. */
  entity: ClassType;
  fields: Readonly<Record<string, ReadField>>;
}

/** The column by which a child row names a parent of this entity when its relation says none: `<parent_in_snake_case>_id`. */
function parentColumnOf(entity: ClassType): string {
  return `${entity.name.replace(/[A-Z]/g, (letter, index: number) => (index > 0 ? '_' : '') + letter.toLowerCase())}_id`;
}

export function describeNode(entity: ClassType, fields: Record<string, ReadField>): NodeDescription {
  for (const field of Object.values(fields))
    if (field.kind === 'children' && !field.relation.parentColumn && !field.relation.through)
      field.relation.parentColumn = parentColumnOf(entity);
  return { type: entity.name, entity, fields };
}

/** A computed value (see ReadField). */
export function computed(sql: (alias: string, env: ComputeEnvironment) => string, map?: (value: unknown) => unknown): ReadField {
  return { kind: 'value', sql, map };
}

/** A reference found by a SQL expression for the target's id (see ReadField). */
export function referenceBy(target: string, idSql: (alias: string, env: SqlEnvironment) => string): ReadField {
  return { kind: 'reference', target, idSql };
}

/**
 * A connection of children (see ReadField and Children); `description` documents the field. Without
 * a `parentColumn` or `through`, the child row names its parent by `<parent>_id` (describeNode).
 */
export function childrenOf(entity: ClassType, description: string): ReadField;
export function childrenOf(entity: ClassType, relation: Omit<Children, 'entity'>, description: string): ReadField;
export function childrenOf(entity: ClassType, relationOrDescription: Omit<Children, 'entity'> | string, description?: string): ReadField {
  if (typeof relationOrDescription === 'string') return { kind: 'children', relation: { entity }, description: relationOrDescription };
  return { kind: 'children', relation: { entity, ...relationOrDescription }, description: description! };
}

/** A plain list of nodes (see ReadField). */
export function listOf(target: string, where: (row: string, parent: string, env: SqlEnvironment) => string, order: string): ReadField {
  return { kind: 'list', target, where, order };
}

/** A reference to a node of any type, named by a column of the row (see ReadField). */
export function anyNodeBy(typeSql: (alias: string) => string, idSql: (alias: string) => string): ReadField {
  return { kind: 'anyNode', typeSql, idSql };
}

/** A quarter label column (`1403-Q2`) as the `Period` object. */
export function periodColumn(column: string): ReadField {
  return computed(
    (alias) => `${alias}."${column}"`,
    (label) => Period.fromLabel(String(label)),
  );
}
