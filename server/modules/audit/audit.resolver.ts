import { GraphQLJSONObject } from 'graphql-scalars';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context';
import { NodeEntity } from '../../kernel/node';
import { loadNode } from '../node/node.loader';
import { Person } from '../person/person.entity';
import { AuditEvent } from './audit-event.entity';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
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
