import type { ClassType } from 'type-graphql';

import type { UserError } from './errors';
import type { IdempotencyHooks, MutationHooks } from './mutation';
import type { ListDescription } from './read/list-description';
import type { NodeDescription } from './read/node-description';

/**
 * Which rows of a node type a viewer may read, as the module that owns the type declares it
 * (modules/access/row-scope.ts turns it into SQL for every read).
 */
export type ScopeRule =
  /** Reference data and people: every viewer (partners only with the type in their key). */
  | { kind: 'public' }
  /**
   * The row's province is the first non-null of these property paths (each ending in a Province
   * reference); when all are null the row is national (e.g. the central working group) and public.
   */
  | { kind: 'province'; paths: readonly string[] }
  /** National records: only viewers who read every province. */
  | { kind: 'national' }
  /** The audit trail: administrators, the central secretariat and analysts (ReadScope.auditTrail). */
  | { kind: 'auditTrail' }
  /** API keys: system administrators (ReadScope.apiKeys). */
  | { kind: 'apiKeys' };

/** A row of a province, reached by the first non-null of these property paths (see ScopeRule). */
export const inProvince = (...paths: string[]): ScopeRule => ({ kind: 'province', paths });
export const PUBLIC: ScopeRule = { kind: 'public' };
export const NATIONAL: ScopeRule = { kind: 'national' };

/**
 * What a module brings to the application, in one place: its entities (the ORM's tables), its
 * resolver classes, the node and list descriptions the read engine and the generated schema are
 * derived from, and the row scope of each node type it owns. The application reads the list of
 * manifests (modules/index.ts) and nothing else.
 */
export interface ModuleManifest {
  name: string;
  entities?: readonly ClassType[];
  resolvers?: readonly ClassType[];
  nodes?: readonly NodeDescription[];
  lists?: readonly ListDescription[];
  /** The row scope of every node type of the module; a node type missing here is readable by nobody. */
  scope?: Readonly<Record<string, ScopeRule>>;
  /**
   * The user error each database constraint of the module's tables stands for when it fires: the
   * constraints that back a rule up (exclusion, unique, check), so that a race lost in the database
   * is the same user error as the rule checked first.
   */
  constraintErrors?: Readonly<Record<string, () => UserError>>;
  /** Writes a committed act's audit event inside its transaction (R12); exactly one module provides it. */
  audit?: MutationHooks['audit'];
  /** Keeps mutations' `Idempotency-Key`s; at most one module provides it. */
  idempotency?: IdempotencyHooks;
}

/** The mutation runner's hooks, gathered from the manifests (kernel/mutation.ts). */
export function mutationHooksOf(manifests: readonly ModuleManifest[]): MutationHooks {
  const audits = manifests.filter((manifest) => manifest.audit);
  if (audits.length !== 1) throw new Error(`Exactly one module writes the audit trail; found ${audits.length}.`);
  const idempotency = manifests.filter((manifest) => manifest.idempotency);
  if (idempotency.length > 1) throw new Error('At most one module keeps idempotency keys.');
  const constraintErrors = new Map<string, () => UserError>();
  for (const manifest of manifests) {
    for (const [constraint, error] of Object.entries(manifest.constraintErrors ?? {})) {
      if (constraintErrors.has(constraint)) throw new Error(`The constraint ${constraint} is claimed by two modules.`);
      constraintErrors.set(constraint, error);
    }
  }
  return { audit: audits[0].audit!, idempotency: idempotency[0]?.idempotency, constraintErrors };
}

export function defineModule(manifest: ModuleManifest): ModuleManifest {
  return manifest;
}
