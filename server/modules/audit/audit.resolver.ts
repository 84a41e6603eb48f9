import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root, Info } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Context } from '../../context';
import { checkListSize, compact, idsOfType, MAX_FILTER_VALUES } from '../../kernel/list-inputs';
import { badUserInput } from '../../kernel/errors';
import { decodeGlobalId } from '../../kernel/global-id';
import { NodeEntity } from '../../kernel/node';
import { PageArgs } from '../../kernel/pagination';
import { AuditEventConnection } from '../connections';
import { loadNode } from '../node/node.loader';
import { Person } from '../person/person.entity';
import { AuditEvent } from './audit-event.entity';
import { listInScope } from '../access/row-scope';

@InputType({ description: 'Conditions on audit events; all given conditions must hold.' })
export class AuditEventFilter {
  @Field(() => [ID], { nullable: true, description: 'Ids of the changed objects: the audit trail of each.' })
  targetIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Person ids of the actors.' })
  actorIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Business actions, e.g. ["appointSupervisor"].' })
  actions?: string[] | null;
}

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Query(() => AuditEventConnection, { description: 'Committed changes, latest first: the audit trail (house rule R12).' })
  auditEvents(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true, description: 'Conditions on events.' }) filter: AuditEventFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    if ((filter?.targetIds?.length ?? 0) > MAX_FILTER_VALUES) throw badUserInput(`\`filter.targetIds\` lists at most ${MAX_FILTER_VALUES} ids.`);
    const targetIds = filter?.targetIds?.map((globalId) => {
      const decoded = decodeGlobalId(globalId);
      if (!decoded) throw badUserInput('`filter.targetIds` must list ids returned by this API.', 'filter.targetIds');
      return decoded.id;
    });
    const where = compact({
      targetId: targetIds ? { $in: targetIds } : undefined,
      actor: filter?.actorIds ? { $in: idsOfType(filter.actorIds, 'Person', 'filter.actorIds') } : undefined,
      action: filter?.actions ? { $in: checkListSize(filter.actions, 'filter.actions') } : undefined,
    });
    return listInScope(ctx, info, AuditEvent, where, { occurredAt: 'desc' }, page);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who made the change; null for system changes.' })
  actor(@Root() event: AuditEvent, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, event.actor);
  }

  @FieldResolver(() => NodeEntity, { nullable: true, description: 'The changed object.' })
  target(@Root() event: AuditEvent, @Ctx() ctx: Context) {
    return loadNode(ctx, event.targetType, event.targetId);
  }

  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: 'The object as it was before the change; null when created.' })
  before(@Root() event: AuditEvent): Record<string, unknown> | null {
    return event.before ?? null;
  }

  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: 'The object as it was after the change.' })
  after(@Root() event: AuditEvent): Record<string, unknown> | null {
    return event.after ?? null;
  }
}
