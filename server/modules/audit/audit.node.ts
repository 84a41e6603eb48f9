import { ID } from 'type-graphql';

import { badUserInput } from '../../kernel/errors';
import { decodeGlobalId } from '../../kernel/global-id';
import { MAX_FILTER_VALUES } from '../../kernel/list-inputs';
import { connectionType, SortDirection } from '../../kernel/pagination';
import * as filter from '../../kernel/read/filters';
import { describeList, orderBy } from '../../kernel/read/list-description';
import { anyNodeBy, describeNode } from '../../kernel/read/node-description';
import { AuditEvent } from './audit-event.entity';

/** Relay connection types of the module's node types. */
export const AuditEventConnection = connectionType(AuditEvent, 'AuditEvent', 'audit event');

export const auditEventNode = describeNode(AuditEvent, {
  // The changed object, of the type the event names; null when outside the viewer's scope (as `node`).
  target: anyNodeBy(
    (alias) => `${alias}."target_type"`,
    (alias) => `${alias}."target_id"`,
  ),
});

/** The row ids of global ids of any node type: an audit event's target may be of every type. */
function targetRowIds(globalIds: readonly string[], path: string): string[] {
  if (globalIds.length > MAX_FILTER_VALUES) throw badUserInput(`\`${path}\` lists at most ${MAX_FILTER_VALUES} ids.`, path);
  return globalIds.map((globalId) => {
    const decoded = decodeGlobalId(globalId);
    if (!decoded) throw badUserInput(`\`${path}\` must list ids returned by this API.`, path);
    return decoded.id;
  });
}

export const auditEventList = describeList({
  type: 'AuditEvent',
  query: { name: 'auditEvents', description: 'Committed changes, latest first: the audit trail (house rule R12).' },
  filter: {
    on: 'audit events',
    argument: 'Conditions on events.',
    fields: {
      targetIds: filter.custom(
        () => [ID],
        'Ids of the changed objects: the audit trail of each.',
        (globalIds: string[], t, { params }, path) => `${t}."target_id" = any(${params.bind(targetRowIds(globalIds, path))}::uuid[])`,
      ),
      actorIds: filter.ids('Person', 'Person ids of the actors.', (t) => `${t}."actor_id"`),
      actions: filter.values(
        () => [String],
        'Business actions, e.g. ["appointSupervisor"].',
        (t) => `${t}."action"`,
      ),
    },
  },
  order: {
    on: 'audit events',
    default: 'OCCURRED_AT',
    defaultDirection: SortDirection.DESC,
    argument: 'Order (default OCCURRED_AT DESC: latest first).',
    orderings: {
      OCCURRED_AT: orderBy('timestamptz', (t) => `${t}."occurred_at"`),
    },
  },
});
