import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, type ClassType, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';

import { connectionOf, ForwardPageArgs, PageArgs, type SortDirection } from '../pagination';
import { DEFAULT_GROUPS, groupingNames, groupLimit, MAX_GROUP_KEYS, MAX_GROUPS } from './aggregate-description';
import { aggregateQuery, readGroups } from './aggregate-reader';
import { type ListDescription, nestedOrder } from './list-description';
import { readList } from './list-reader';
import type { NodeDescription } from './node-description';
import { readFieldOfEntity } from './node-reader';
import type { ReadRequest } from './read-engine';

/**
 * The root list queries of the descriptions, generated as TypeGraphQL resolver classes (the schema
 * stays code-first): `<query>(first, after, last, before, filter, orderBy): <Type>Connection`.
 */
export function listQueryResolvers<TContext>(
  lists: readonly ListDescription[],
  requestOf: (context: TContext) => ReadRequest,
): ClassType[] {
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
        return readList({ request: requestOf(context), info, list, args: page, filter, order: orderBy });
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

/**
 * The connection fields of the node descriptions (`childrenOf`), generated as TypeGraphQL field
 * resolvers: `<field>(first, after, filter, orderBy): <Child>Connection`, where `filter` and `orderBy`
 * are those of the child type's root list (absent when the type has no list). The read engine answers
 * them inside the statement of the parent; the resolver here serves a parent a resolver loaded.
 */
export function connectionFieldResolvers<TContext>(
  descriptions: readonly NodeDescription[],
  lists: readonly ListDescription[],
  requestOf: (context: TContext) => ReadRequest,
): ClassType[] {
  const listOf = new Map(lists.map((list) => [list.type, list]));
  return descriptions
    .map((description) => {
      const children = Object.entries(description.fields).filter(([, field]) => field.kind === 'children');
      if (children.length === 0) return null;
      const Connections = { [`${description.type}Connections`]: class {} }[`${description.type}Connections`];
      const prototype = Connections.prototype as Record<string, unknown>;
      for (const [name, field] of children) {
        if (field.kind !== 'children') continue;
        const childType = field.relation.entity.name;
        const list = listOf.get(childType);
        // A connection that names no order is refused here, when the schema is built, not when first read.
        nestedOrder(field.relation, list);
        const connection = connectionOf(childType);
        prototype[name] = function (parent: { id: string }, ...rest: unknown[]) {
          const [context, info] = rest.slice(-2) as [TContext, GraphQLResolveInfo];
          return readFieldOfEntity(requestOf(context), info, parent);
        };
        const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
        FieldResolver(() => connection, { description: field.description })(prototype, name, descriptor);
        Root()(prototype, name, 0);
        Args(() => ForwardPageArgs)(prototype, name, 1);
        let index = 2;
        if (list) {
          Arg('filter', () => list.Filter, { nullable: true, description: list.filter.argument })(prototype, name, index++);
          Arg('orderBy', () => list.Order, { nullable: true, description: 'Order; without it, the order the field describes.' })(
            prototype,
            name,
            index++,
          );
        }
        Ctx()(prototype, name, index++);
        Info()(prototype, name, index);
      }
      Resolver(() => description.entity)(Connections);
      return Connections;
    })
    .filter((resolver): resolver is ClassType => resolver !== null);
}

/**
 * The aggregate queries of the list descriptions that declare `aggregates`, generated as TypeGraphQL
 * resolver classes: `<query>(filter, groupBy, having, orderBy, first): [<Type>AggregateGroup!]!`,
 * each answered in one statement (aggregate-reader.ts) within the viewer's row scope.
 */
export function aggregateQueryResolvers<TContext>(
  lists: readonly ListDescription[],
  requestOf: (context: TContext) => ReadRequest,
): ClassType[] {
  return lists
    .filter((list) => list.aggregates)
    .map((list) => {
      const aggregates = list.aggregates!;
      const name = aggregates.query;
      const AggregateQuery = { [`${list.type}AggregateQuery`]: class {} }[`${list.type}AggregateQuery`];
      const prototype = AggregateQuery.prototype as Record<string, unknown>;
      prototype[name] = function (
        filter: Record<string, unknown> | null,
        groupBy: string[] | null,
        having: Record<string, unknown> | null,
        orderBy: { field: string; direction: SortDirection } | null,
        first: number | null,
        context: TContext,
        info: GraphQLResolveInfo,
      ) {
        list.query?.guard?.(context as never);
        const keys = groupingNames(aggregates.groupings, groupBy);
        const limit = groupLimit(first);
        return readGroups(
          requestOf(context),
          info,
          aggregateQuery(list, aggregates, info, { filter, groupBy, having, orderBy }, keys, limit),
        );
      };
      const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
      Query(() => [aggregates.Group], { description: aggregates.description })(prototype, name, descriptor);
      Arg('filter', () => list.Filter, { nullable: true, description: `${list.filter.argument} The same conditions as the list's.` })(
        prototype,
        name,
        0,
      );
      Arg('groupBy', () => [aggregates.GroupBy], {
        nullable: true,
        description: `Keys to group by: none for one group of every row, one, or at most ${MAX_GROUP_KEYS} for their cross.`,
      })(prototype, name, 1);
      Arg('having', () => aggregates.Having, {
        nullable: true,
        description: 'Conditions on the groups; groups that fail them are left out.',
      })(prototype, name, 2);
      Arg('orderBy', () => aggregates.Order, { nullable: true, description: 'Order of the groups (default KEYS ASC).' })(
        prototype,
        name,
        3,
      );
      Arg('first', () => Int, { nullable: true, description: `Most groups returned, 1 to ${MAX_GROUPS} (default ${DEFAULT_GROUPS}).` })(
        prototype,
        name,
        4,
      );
      Ctx()(prototype, name, 5);
      Info()(prototype, name, 6);
      Resolver()(AggregateQuery);
      return AggregateQuery;
    });
}
