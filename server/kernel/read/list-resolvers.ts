import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver, type ClassType } from 'type-graphql';
import { PageArgs, type SortDirection } from '../pagination';
import type { ListDescription } from './list-description';
import { readList } from './list-reader';
import type { ReadRequest } from './read-engine';

/**
 * The root list queries of the descriptions, generated as TypeGraphQL resolver classes (the schema
 * stays code-first): `<query>(first, after, last, before, filter, orderBy): <Type>Connection`.
 */
export function listQueryResolvers<TContext>(lists: readonly ListDescription[], requestOf: (context: TContext) => ReadRequest): ClassType[] {
  return lists
    .filter((list) => list.query)
    .map((list) => {
      const { name, description } = list.query!;
      const ListQuery = { [`${list.type}ListQuery`]: class {} }[`${list.type}ListQuery`];
      const prototype = ListQuery.prototype as Record<string, unknown>;
      prototype[name] = function (
        page: PageArgs,
        filter: Record<string, unknown> | null,
        orderBy: { field: string; direction: SortDirection } | null,
        context: TContext,
        info: GraphQLResolveInfo,
      ) {
        list.query!.guard?.(context as never);
        return readList(requestOf(context), info, list, page, filter, orderBy);
      };
      const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
      Query(() => list.connection, { description })(prototype, name, descriptor);
      Args(() => PageArgs)(prototype, name, 0);
      Arg('filter', () => list.Filter, { nullable: true, description: list.filter.argument })(prototype, name, 1);
      Arg('orderBy', () => list.Order, { nullable: true, description: list.order.argument })(prototype, name, 2);
      Ctx()(prototype, name, 3);
      Info()(prototype, name, 4);
      Resolver()(ListQuery);
      return ListQuery;
    });
}
