import { defineModule } from '../../kernel/module';
import { AuditEvent } from './audit-event.entity';
import { auditEventList, auditEventNode } from './audit.node';
import { AuditEventResolver } from './audit.resolver';

export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEvent],
  resolvers: [AuditEventResolver],
  nodes: [auditEventNode],
  lists: [auditEventList],
  scope: {
    AuditEvent: { kind: 'auditTrail' },
  },
});
