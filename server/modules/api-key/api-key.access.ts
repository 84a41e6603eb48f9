import type { Viewer } from '../../context';
import { forbidden } from '../../kernel/errors';
import { isKeyAdministrator } from './api-key.rules';

/** Top-level FORBIDDEN unless the viewer is a system administrator (house rule). Called before `runMutation`. */
export function requireKeyAdministrator(viewer: Viewer, action: string): void {
  // A key never manages keys, even if its account were given the ADMIN role.
  if (viewer.apiKey || !isKeyAdministrator(viewer.systemRoles)) throw forbidden(`Only the system administrator may ${action}.`);
}
