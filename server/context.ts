import { randomUUID } from 'node:crypto';

import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';

import { DEFAULT_OVERSIGHT_SETTINGS, type OversightSettings } from './config/oversight-settings';
import type { Clock } from './kernel/clock';
import { LoaderRegistry } from './kernel/loaders';
import { mutationHooksOf } from './kernel/module';
import type { MutationHooks } from './kernel/mutation';
import { modules } from './modules';
import { authenticate, type PresentedCredentials, type Principal } from './modules/access/authentication';
import { type ReadScope, readScopeOf } from './modules/access/read-scope';
import { type Person, type SystemRole } from './modules/person/person.entity';

/** Who is asking: the person behind the credentials, their account's roles, and what they may read. */
export interface Viewer {
  person: Person;
  systemRoles: ReadonlySet<SystemRole>;
  /** The partner API key used, if the request came with one. */
  apiKey: Principal['apiKey'];
  /** What the viewer may read (row-level scope). */
  scope: ReadScope;
}

export type { OversightSettings };

/** Everything made per request, and nowhere else (STYLE.md, convention 2). */
export interface Context {
  requestId: string;
  em: EntityManager;
  loaders: LoaderRegistry;
  viewer: Viewer;
  clock: Clock;
  settings: OversightSettings;
  /** False when `node`/`nodes` are read as entities by the resolvers: the reference the read engine is checked against. */
  readEngine: boolean;
  /** The modules' hooks the mutation runner calls: audit, idempotency, constraint errors (kernel/mutation.ts). */
  mutations: MutationHooks;
}

/** Gathered from the manifests once, when the first request needs them. */
let mutationHooks: MutationHooks | undefined;

export interface ContextDependencies {
  orm: MikroORM;
  clock: Clock;
  settings?: OversightSettings;
  readEngine?: boolean;
}

export async function createContext(
  deps: ContextDependencies,
  credentials: PresentedCredentials,
  requestId: string = randomUUID(),
): Promise<Context> {
  const em = deps.orm.em.fork();
  const principal = await authenticate(em, credentials);
  const scope = await readScopeOf(em, principal, deps.clock.today());
  return {
    requestId,
    em,
    loaders: new LoaderRegistry(em),
    viewer: { person: principal.person, systemRoles: new Set(principal.person.systemRoles), apiKey: principal.apiKey, scope },
    clock: deps.clock,
    settings: deps.settings ?? DEFAULT_OVERSIGHT_SETTINGS,
    readEngine: deps.readEngine !== false,
    mutations: (mutationHooks ??= mutationHooksOf(modules)),
  };
}
