import { type ApolloServer, HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { stringify } from 'csv-stringify';
import type { Request, RequestHandler, Response } from 'express';
import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  getOperationAST,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  type SelectionSetNode,
} from 'graphql';

import { MAX_PAGE_SIZE } from '../kernel/pagination';
import type { Logger } from '../observability/logger';

/**
 * `GET` or `POST /export.csv`: runs one GraphQL query and streams the rows of its list as CSV, for
 * a spreadsheet. The query goes through Apollo exactly as on /graphql (same authentication, row
 * scope, cost limit, validation and error masking); a query that fails there fails here with the
 * same status and the same JSON body.
 *
 * - The query has one root field: a connection (its `nodes`, or its `edges`, are the rows) or a list
 *   (an aggregate's groups are the rows).
 * - A connection without `first` is read to its end, page after page of MAX_PAGE_SIZE, each page a
 *   query of its own with its own cost check, written before the next is read: memory stays that of
 *   one page. With `first` (at most one page) the query is run as it is.
 * - The header row names each leaf the query selects by its path (`cluster.province.code`, aliases
 *   as the query gives them), from the query and the schema, so an empty list still has its header.
 *   A nested list (a node's own connection) is one column holding its JSON.
 * - UTF-8 with a byte-order mark, so that spreadsheet programs read Persian text as UTF-8.
 *
 * A failure after the first page (the database going away) cannot change a status already sent:
 * the response is cut off, so that the client sees a failed transfer rather than a short file.
 */

/** Alias of the page info the export adds to a connection's selection to read the next page. */
const PAGE_INFO_ALIAS = 'exportPageInfo';
const AFTER_VARIABLE = 'exportAfter';
const FIRST_VARIABLE = 'exportFirst';

interface ExportRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

/** A refusal of the export itself (not of the query), in the shape GraphQL errors have. */
class ExportRefusal extends Error {
  constructor(
    message: string,
    readonly code = 'BAD_REQUEST',
  ) {
    super(message);
  }
}

function readRequest(request: Request): ExportRequest {
  const source = (request.method === 'GET' ? request.query : request.body) as Record<string, unknown> | undefined;
  const query = source?.query;
  if (typeof query !== 'string' || query.trim() === '') throw new ExportRefusal('Send the GraphQL query to export as `query`.');
  let variables: unknown = source?.variables ?? {};
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables) as unknown;
    } catch {
      throw new ExportRefusal('`variables` is not JSON.');
    }
  }
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables))
    throw new ExportRefusal('`variables` must be a JSON object.');
  const operationName = source?.operationName;
  if (operationName !== undefined && typeof operationName !== 'string') throw new ExportRefusal('`operationName` must be a string.');
  return { query, variables: variables as Record<string, unknown>, operationName };
}

/** How the rows of the root field are found and which columns they have. */
interface Plan {
  rootKey: string;
  /** Where the rows are in the root field's value: the value itself (a list), `nodes` or `edges`. */
  rows: { kind: 'list' } | { kind: 'connection'; key: string };
  columns: string[][];
  /** The query of a page of a connection, or null for a list. */
  paged: Paged | null;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return fragments;
}

/** The fields a selection set selects, fragments spread in place, in order. */
function fieldsOf(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  visit(selectionSet, new Set());
  return fields;
}

/** A field of `type` by name, looked up on every possible type of an interface or union. */
function fieldOn(schema: GraphQLSchema, type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isObjectType(type) || 'getFields' in type) {
    const own = (type as GraphQLObjectType).getFields()[name];
    if (own) return own;
  }
  for (const possible of schema.getPossibleTypes(type as never)) {
    const field = possible.getFields()[name];
    if (field) return field;
  }
  return undefined;
}

/** Leaf paths of a selection: one column per leaf, one per nested list (its JSON). */
function columnsOf(
  schema: GraphQLSchema,
  type: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  prefix: string[] = [],
): string[][] {
  const columns: string[][] = [];
  const seen = new Set<string>();
  const add = (path: string[]) => {
    const key = path.join('.');
    if (!seen.has(key)) {
      seen.add(key);
      columns.push(path);
    }
  };
  for (const field of fieldsOf(selectionSet, fragments)) {
    const key = field.alias?.value ?? field.name.value;
    const path = [...prefix, key];
    if (field.name.value === '__typename') {
      add(path);
      continue;
    }
    const definition = fieldOn(schema, type, field.name.value);
    const fieldType = definition ? getNullableType(definition.type) : undefined;
    const named = definition ? getNamedType(definition.type) : undefined;
    if (!fieldType || !named || isListType(fieldType) || !isCompositeType(named) || !field.selectionSet) add(path);
    else for (const column of columnsOf(schema, named, field.selectionSet, fragments, path)) add(column);
  }
  return columns;
}

function argument(field: FieldNode, name: string): ArgumentNode | undefined {
  return field.arguments?.find((node) => node.name.value === name);
}

/** Reads the query's shape; null when it is not valid GraphQL (Apollo then says why). */
function planOf(schema: GraphQLSchema, request: ExportRequest): Plan | null {
  let document: DocumentNode;
  try {
    document = parse(request.query);
  } catch {
    return null;
  }
  const operation = getOperationAST(document, request.operationName);
  if (!operation) return null;
  if (operation.operation !== 'query') throw new ExportRefusal('Only queries can be exported.');
  const fragments = fragmentsOf(document);
  const queryType = schema.getQueryType()!;
  const roots = fieldsOf(operation.selectionSet, fragments).filter((field) => field.name.value !== '__typename');
  if (roots.length !== 1) throw new ExportRefusal('An export has exactly one root field: the list or connection whose rows it writes.');
  const root = roots[0];
  const definition = queryType.getFields()[root.name.value];
  if (!definition || !root.selectionSet) return null;
  const rootKey = root.alias?.value ?? root.name.value;
  const returned = getNullableType(definition.type);
  const named = getNamedType(definition.type);
  if (!isCompositeType(named)) return null;
  if (isListType(returned)) {
    return { rootKey, rows: { kind: 'list' }, columns: columnsOf(schema, named, root.selectionSet, fragments), paged: null };
  }
  const connection =
    isObjectType(named) && named.getFields().pageInfo && (named.getFields().nodes || named.getFields().edges) ? named : null;
  if (!connection) throw new ExportRefusal(`\`${root.name.value}\` is neither a list nor a connection: there are no rows to export.`);
  const selected = fieldsOf(root.selectionSet, fragments);
  const rowsField = selected.find((field) => field.name.value === 'nodes') ?? selected.find((field) => field.name.value === 'edges');
  if (!rowsField?.selectionSet) throw new ExportRefusal(`Select \`nodes\` (or \`edges\`) of \`${root.name.value}\`: they are the rows.`);
  if (argument(root, 'last') || argument(root, 'before'))
    throw new ExportRefusal('An export reads forward from the start: leave out `last` and `before`.');
  const rowType = getNamedType(connection.getFields()[rowsField.name.value].type) as GraphQLCompositeType;
  return {
    rootKey,
    rows: { kind: 'connection', key: rowsField.alias?.value ?? rowsField.name.value },
    columns: columnsOf(schema, rowType, rowsField.selectionSet, fragments),
    // A query that sets its own `first` (at most a page) is exported as it is, in one page.
    paged: argument(root, 'first') ? null : pagedDocument(document, operation, root, request.variables),
  };
}

/**
 * The query with the root connection's page info selected and its `first` and `after` set by
 * variables the export fills page by page: the query's own variables where it gave them as
 * variables (removing their use would leave them unused, which GraphQL refuses), else new ones.
 */
function pagedDocument(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  root: FieldNode,
  variables: Record<string, unknown>,
): Paged {
  const variable = (name: string) => ({ kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: name } }) as const;
  const added: [string, string][] = [];
  const initial: Record<string, unknown> = {};
  const given = argument(root, 'after');
  let after = AFTER_VARIABLE;
  if (given?.value.kind === Kind.VARIABLE) after = given.value.name.value;
  else {
    added.push([AFTER_VARIABLE, 'String']);
    if (given?.value.kind === Kind.STRING) initial[AFTER_VARIABLE] = given.value.value;
  }
  const first = FIRST_VARIABLE;
  added.push([FIRST_VARIABLE, 'Int']);
  const pagedRoot: FieldNode = {
    ...root,
    arguments: [
      ...(root.arguments ?? []).filter((node) => node.name.value !== 'first' && node.name.value !== 'after'),
      { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'first' }, value: variable(first) },
      { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'after' }, value: variable(after) },
    ],
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        ...root.selectionSet!.selections,
        {
          kind: Kind.FIELD,
          alias: { kind: Kind.NAME, value: PAGE_INFO_ALIAS },
          name: { kind: Kind.NAME, value: 'pageInfo' },
          selectionSet: {
            kind: Kind.SELECTION_SET,
            selections: ['hasNextPage', 'endCursor'].map(
              (name) => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: name } }) as FieldNode,
            ),
          },
        },
      ],
    },
  };
  const pagedOperation: OperationDefinitionNode = {
    ...operation,
    variableDefinitions: [
      ...(operation.variableDefinitions ?? []),
      ...added.map(([name, type]) => ({
        kind: Kind.VARIABLE_DEFINITION as const,
        variable: variable(name),
        type: { kind: Kind.NAMED_TYPE as const, name: { kind: Kind.NAME as const, value: type } },
      })),
    ],
    selectionSet: {
      ...operation.selectionSet,
      selections: operation.selectionSet.selections.map((selection) => (selection === root ? pagedRoot : selection)),
    },
  };
  const paged = {
    ...document,
    definitions: document.definitions.map((definition) => (definition === operation ? pagedOperation : definition)),
  };
  return { query: print(paged), first, after, startAfter: (initial[after] ?? variables[after] ?? null) as string | null };
}

/** The paged form of a connection query and the variables that move it along. */
interface Paged {
  query: string;
  first: string;
  after: string;
  /** The cursor the export starts after (the query's own `after`), or null from the start. */
  startAfter: string | null;
}

/** A cell: text as it is, numbers and booleans as JSON writes them, objects and lists as JSON. */
function cell(row: unknown, path: string[]): string {
  let value: unknown = row;
  for (const key of path) {
    if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) return '';
    value = (value as Record<string, unknown>)[key];
  }
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

interface Answer {
  response: HTTPGraphQLResponse;
  body: { data?: Record<string, unknown> | null; errors?: unknown[] } | null;
}

/** A page after the first that failed: the export is cut off. */
class PageFailure extends Error {
  readonly status: number;
  readonly codes: unknown[];

  constructor(
    readonly rowsWritten: number,
    answer: Answer,
  ) {
    super('An export page failed.');
    this.status = answer.response.status ?? 200;
    this.codes = (answer.body?.errors ?? []).map((error) => (error as { extensions?: { code?: unknown } }).extensions?.code);
  }
}

export interface CsvExportOptions<TContext extends object> {
  apollo: ApolloServer<TContext>;
  schema: GraphQLSchema;
  context: (request: Request, response: Response) => Promise<TContext>;
  logger: Logger;
}

export function csvExport<TContext extends object>(options: CsvExportOptions<TContext>): RequestHandler {
  const { apollo, schema, logger } = options;

  return async (request, response) => {
    const headers = new HeaderMap();
    for (const name of ['authorization', 'x-api-key', 'x-request-id', 'origin']) {
      const value = request.headers[name];
      if (typeof value === 'string') headers.set(name, value);
    }
    // Apollo's CSRF prevention wants a JSON request; the export is one, whatever its HTTP form.
    headers.set('content-type', 'application/json');

    // One context for every page of the export: the caller is authenticated and scoped once.
    let context: Promise<TContext> | undefined;
    const contextOnce = () => (context ??= options.context(request, response));
    const run = async (query: string, variables: Record<string, unknown>, operationName?: string): Promise<Answer> => {
      const httpGraphQLRequest: HTTPGraphQLRequest = {
        method: 'POST',
        headers,
        search: '',
        body: { query, variables, ...(operationName !== undefined ? { operationName } : {}) },
      };
      const answered = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: contextOnce });
      const text = answered.body.kind === 'complete' ? answered.body.string : null;
      let body: Answer['body'] = null;
      try {
        body = text === null ? null : (JSON.parse(text) as Answer['body']);
      } catch {
        body = null;
      }
      return { response: answered, body };
    };
    /** The answer as /graphql would give it: status, headers and the JSON body. */
    const passOn = (answer: Answer) => {
      for (const [name, value] of answer.response.headers) response.setHeader(name, value);
      response.status(answer.response.status ?? 200).send(answer.response.body.kind === 'complete' ? answer.response.body.string : '');
    };
    const refuse = (refusal: ExportRefusal) => {
      response.status(400).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
    };
    const failed = (answer: Answer) =>
      (answer.response.status ?? 200) !== 200 || !answer.body || (answer.body.errors?.length ?? 0) > 0 || !answer.body.data;

    let exportRequest: ExportRequest;
    let plan: Plan | null;
    try {
      exportRequest = readRequest(request);
      plan = planOf(schema, exportRequest);
    } catch (error) {
      if (error instanceof ExportRefusal) return refuse(error);
      throw error;
    }
    const { query, variables, operationName } = exportRequest;
    if (!plan) {
      // Not valid GraphQL: the query, run as it is, gets the error /graphql gives.
      const answer = await run(query, variables, operationName);
      if (failed(answer)) return passOn(answer);
      return refuse(new ExportRefusal('There is no list in this query to export.'));
    }

    const { paged } = plan;
    const pageVariables = (pages: Paged, after: string | null) => ({ ...variables, [pages.first]: MAX_PAGE_SIZE, [pages.after]: after });
    let answer =
      paged === null
        ? await run(query, variables, operationName)
        : await run(paged.query, pageVariables(paged, paged.startAfter), operationName);
    if (failed(answer)) {
      // The errors of the query the client sent, not of its paged form (their locations differ).
      return passOn(paged === null ? answer : await run(query, variables, operationName));
    }

    const csv = stringify({ bom: true, header: true, columns: plan.columns.map((path) => path.join('.')), eof: true });
    response.status(200);
    response.setHeader('content-type', 'text/csv; charset=utf-8');
    response.setHeader('content-disposition', `attachment; filename="${plan.rootKey}.csv"`);
    for (const [name, value] of answer.response.headers)
      if (name !== 'content-type' && name !== 'content-length') response.setHeader(name, value);
    csv.pipe(response);
    const write = async (row: unknown) => {
      if (!csv.write(plan.columns.map((path) => cell(row, path)))) await new Promise((resolve) => csv.once('drain', resolve));
    };

    try {
      let written = 0;
      for (;;) {
        const root = answer.body!.data![plan.rootKey];
        const rows = plan.rows.kind === 'list' ? root : (root as Record<string, unknown> | null)?.[plan.rows.key];
        for (const row of Array.isArray(rows) ? rows : []) await write(row);
        written += Array.isArray(rows) ? rows.length : 0;
        if (plan.rows.kind === 'list' || paged === null) break;
        const pageInfo = (root as Record<string, { hasNextPage?: boolean; endCursor?: string | null }>)[PAGE_INFO_ALIAS];
        if (!pageInfo?.hasNextPage || !pageInfo.endCursor) break;
        answer = await run(paged.query, pageVariables(paged, pageInfo.endCursor), operationName);
        if (failed(answer)) throw new PageFailure(written, answer);
      }
      csv.end();
    } catch (error) {
      // Codes only: an error's message may quote the query's values.
      const failure =
        error instanceof PageFailure
          ? { rowsWritten: error.rowsWritten, status: error.status, codes: error.codes }
          : { error: 'unexpected' };
      logger.warn({ requestId: response.locals.requestId, ...failure }, 'CSV export cut off');
      csv.unpipe(response);
      response.destroy();
    }
  };
}
