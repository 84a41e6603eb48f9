import { Max, Min } from 'class-validator';
import { ArgsType, type ClassType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

import { badUserInput } from './errors';

/** Page size when a client gives neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest page a client may ask for (docs/domain.md section 5). */
export const MAX_PAGE_SIZE = 100;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending order.' });

@ArgsType()
export class ForwardPageArgs {
  @Field(() => Int, { nullable: true, description: `Number of items from the start, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the item after which the page starts.' })
  after?: string | null;
}

@ArgsType()
export class PageArgs extends ForwardPageArgs {
  @Field(() => Int, { nullable: true, description: `Number of items from the end, 1–${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the item before which the page ends.' })
  before?: string | null;
}

@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

/** What list resolvers return; `totalCount` is only computed when a client selects it. */
export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number> | number;
}

/**
 * Builds the `<Name>Connection` and `<Name>Edge` object types for a node type. Cursors are opaque
 * positions in the ordered list; clients must not build them.
 */
/** Every `<Type>Connection` made, by node type name. */
const connections = new Map<string, ClassType>();

/** The connection type of a node type, made by `connectionType`. */
export function connectionOf(typeName: string): ClassType {
  const connection = connections.get(typeName);
  if (!connection) throw new Error(`No connection type for ${typeName}.`);
  return connection;
}

export function connectionType<T extends object>(nodeType: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${description} in a page, with its cursor.` })
  class EdgeType {
    @Field(() => nodeType, { description: 'The item.' })
    node!: T;

    @Field(() => String, { description: 'Opaque cursor of this item, for `after` and `before`.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${description}s.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of the page with their cursors.' })
    edges!: EdgeType[];

    @Field(() => [nodeType], { description: 'The items of the page, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list, across all pages.' })
    totalCount!: number;
  }

  connections.set(name, ConnectionType);
  return ConnectionType;
}

export function encodeCursor(position: number): string {
  return Buffer.from(`position:${position}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument: string): number {
  const text = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^position:(\d{1,9})$/.exec(text);
  if (!match) throw badUserInput(`\`${argument}\` is not a cursor returned by this API.`, argument);
  return Number(match[1]);
}

/** Positions of the requested page in the whole ordered list, following the Relay algorithm. */
export interface PageWindow {
  /** Position of the first item to load. */
  offset: number;
  /** Number of items the page holds at most. */
  limit: number;
  /** Known end of the list or of the `before` window; null when unknown (load one more to learn). */
  end: number | null;
}

/**
 * A page of a list. Cursors are made when asked for: most queries read `nodes` and never see one.
 * A class rather than an object literal with getters, which V8 keeps in slow dictionary mode (the
 * engine makes one per nested page, hundreds per response).
 */
class Page<T> implements Connection<T> {
  private madeEdges: Edge<T>[] | undefined;
  private total: Promise<number> | number | undefined;
  readonly pageInfo: PageInfo;

  constructor(
    readonly nodes: T[],
    private readonly offset: number,
    hasNextPage: boolean,
    private readonly countAll: () => Promise<number> | number,
  ) {
    this.pageInfo = new PageInfoOf(nodes.length, offset, hasNextPage);
  }

  get edges(): Edge<T>[] {
    this.madeEdges ??= this.nodes.map((node, index) => ({ node, cursor: encodeCursor(this.offset + index) }));
    return this.madeEdges;
  }

  get totalCount(): Promise<number> | number {
    this.total ??= this.countAll();
    return this.total;
  }
}

class PageInfoOf implements PageInfo {
  readonly hasPreviousPage: boolean;

  constructor(
    private readonly size: number,
    private readonly offset: number,
    readonly hasNextPage: boolean,
  ) {
    this.hasPreviousPage = offset > 0;
  }

  get startCursor(): string | null {
    return this.size > 0 ? encodeCursor(this.offset) : null;
  }

  get endCursor(): string | null {
    return this.size > 0 ? encodeCursor(this.offset + this.size - 1) : null;
  }
}

/** Assembles a connection from the rows loaded for a window (`limit + 1` rows when the end is unknown). */
export function buildConnection<T>(
  rows: T[],
  window: PageWindow,
  hasItemsAfterWindow: boolean,
  totalCount: () => Promise<number> | number,
): Connection<T> {
  const hasNextPage = window.end === null ? rows.length > window.limit : window.offset + window.limit < window.end || hasItemsAfterWindow;
  const page = rows.length > window.limit ? rows.slice(0, window.limit) : rows;
  return new Page(page, window.offset, hasNextPage, totalCount);
}
