import { anyNodeBy, describeNode } from '../../kernel/read/node-description';

export const auditEventNode = describeNode('AuditEvent', {
  // The changed object, of the type the event names; null when outside the viewer's scope (as `node`).
  target: anyNodeBy((alias) => `${alias}."target_type"`, (alias) => `${alias}."target_id"`),
});
