import { GraphQLJSONObject } from 'graphql-scalars';

import type { Context } from '../../context';
import { NodeEntity } from '../../kernel/node';
import { fieldResolvers, reference } from '../../kernel/resolver-factories';
import { loadNode } from '../node/node.loader';
import { Person } from '../person/person.entity';
import { AuditEvent } from './audit-event.entity';

const AuditEventFields = fieldResolvers(AuditEvent, {
  actor: reference(Person, 'Who made the change; null for system changes.', { nullable: true }),
  target: {
    type: () => NodeEntity,
    nullable: true,
    description: 'The changed object.',
    resolve: (event: AuditEvent, ctx: Context) => loadNode(ctx, event.targetType, event.targetId),
  },
  before: {
    type: () => GraphQLJSONObject,
    nullable: true,
    description: 'The object as it was before the change; null when created.',
    resolve: (event: AuditEvent): Record<string, unknown> | null => event.before ?? null,
  },
  after: {
    type: () => GraphQLJSONObject,
    nullable: true,
    description: 'The object as it was after the change.',
    resolve: (event: AuditEvent): Record<string, unknown> | null => event.after ?? null,
  },
});

export const auditResolvers = [AuditEventFields];
