import type { Viewer } from '../../context';
import { forbidden } from '../../kernel/errors';
import { isRegistrar } from './person.rules';

/**
 * Top-level FORBIDDEN for registry actions whose right comes from the account's system role alone
 * (ADMIN or CENTRAL_SECRETARIAT), not from a working-group seat. Called before `runMutation`.
 */
export function requireRegistrar(viewer: Viewer, action: string): void {
  if (!isRegistrar(viewer.systemRoles)) throw forbidden(`Only the system administrator or the central secretariat may ${action}.`);
}
