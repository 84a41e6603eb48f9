import { defineModule } from '../../kernel/module';
import { Person } from '../person/person.entity';
import { auditEventList, auditEventNode } from './audit.node';
import { auditResolvers } from './audit.resolver';
import { AuditEvent } from './audit-event.entity';

export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEvent],
  resolvers: auditResolvers,
  nodes: [auditEventNode],
  lists: [auditEventList],
  scope: {
    AuditEvent: { kind: 'auditTrail' },
  },
  // R12: one event per committed act, written in the act's own transaction by the mutation runner.
  audit: (tx, record) => {
    tx.create(AuditEvent, {
      actor: tx.getReference(Person, record.actorId),
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId,
      occurredAt: new Date(),
      before: record.before,
      after: record.after,
    });
  },
});
