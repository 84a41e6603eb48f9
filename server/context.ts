import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { TokenService } from './kernel/auth';
import type { Clock } from './kernel/clock';
import { LoaderRegistry } from './kernel/loaders';
import { authenticate, type Credentials, type Principal } from './modules/access/authentication';
import { readScopeOf, type ReadScope } from './modules/access/read-scope';
import { Person, SystemRole } from './modules/person/person.entity';
import { DEFAULT_GRACE_DAYS } from './modules/reporting/reporting.rules';

/** Who is asking: the person behind the credentials, their account's roles, and what they may read. */
export interface Viewer {
  person: Person;
  systemRoles: ReadonlySet<SystemRole>;
  /** The partner API key used, if the request came with one. */
  apiKey: Principal['apiKey'];
  /** What the viewer may read (row-level scope). */
  scope: ReadScope;
}

/** Settings of the oversight rules that deployments may change. */
export interface OversightSettings {
  /** Days after a quarter's last day before a quarterly report is late (Art. 4-1). */
  reportGraceDays: number;
  /** Longest plan term in years (house rule; PLAN_MAX_TERM_YEARS); DEFAULT_PLAN_MAX_TERM_YEARS when absent. */
  planMaxTermYears?: number;
}

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
}

export interface ContextDependencies {
  orm: MikroORM;
  tokens: TokenService;
  clock: Clock;
  settings?: OversightSettings;
  readEngine?: boolean;
}

export async function createContext(deps: ContextDependencies, credentials: Credentials, requestId: string = randomUUID()): Promise<Context> {
  const em = deps.orm.em.fork();
  const principal = await authenticate(em, deps.tokens, credentials);
  const scope = await readScopeOf(em, principal, deps.clock.today());
  return {
    requestId,
    em,
    loaders: new LoaderRegistry(em),
    viewer: { person: principal.person, systemRoles: new Set(principal.person.systemRoles), apiKey: principal.apiKey, scope },
    clock: deps.clock,
    settings: deps.settings ?? { reportGraceDays: DEFAULT_GRACE_DAYS },
    readEngine: deps.readEngine !== false,
  };
}
