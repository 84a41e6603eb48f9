import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';

import type { Context } from './context';
import { guardInputText } from './kernel/input-hygiene';
import { aggregateQueryResolvers, connectionFieldResolvers, listQueryResolvers } from './kernel/read/list-resolvers';
import { installReadEngine } from './kernel/read/read-engine';
import { listDescriptions, nodeDescriptions, resolvers } from './modules';
import { readRequestOf } from './modules/access/row-scope';

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the decorated classes. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      ...resolvers,
      ...listQueryResolvers<Context>(listDescriptions, readRequestOf),
      ...aggregateQueryResolvers<Context>(listDescriptions, readRequestOf),
      ...connectionFieldResolvers<Context>(nodeDescriptions, listDescriptions, readRequestOf),
    ] as unknown as NonEmptyArray<Function>,
    // Shape checks of inputs (class-validator) fail as BAD_USER_INPUT before any resolver runs.
    validate: { forbidUnknownValues: false },
  }).then((schema) => {
    // TypeGraphQL has no option for the root types' descriptions; they document the SDK too.
    const query = schema.getQueryType();
    const mutation = schema.getMutationType();
    if (query) query.description = 'Reads: lists across provinces, relationships, any object by id.';
    if (mutation) mutation.description = 'Business actions of the regulation; each returns the changed object and `userErrors`.';
    // Every argument of every field, present and future, is checked for NUL, lone surrogates, bidi
    // overrides and control characters before its resolver runs (kernel/input-hygiene.ts).
    return installReadEngine(guardInputText(schema), nodeDescriptions, listDescriptions);
  });
  return built;
}

/** The SDL as committed in `schema/schema.graphql`: sorted, so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
