import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { TokenService } from './kernel/auth';
import type { Clock } from './kernel/clock';
import { unauthenticated } from './kernel/errors';
import { LoaderRegistry } from './kernel/loaders';
import { Person, SystemRole } from './modules/person/person.entity';
import { DEFAULT_GRACE_DAYS } from './modules/reporting/reporting.rules';

/** Who is asking: the person behind the token and the roles granted to their account. */
export interface Viewer {
  person: Person;
  systemRoles: ReadonlySet<SystemRole>;
}

/** Settings of the oversight rules that deployments may change. */
export interface OversightSettings {
  /** Days after a quarter's last day before a quarterly report is late (Art. 4-1). */
  reportGraceDays: number;
}

/** Everything made per request, and nowhere else (STYLE.md, convention 2). */
export interface Context {
  requestId: string;
  em: EntityManager;
  loaders: LoaderRegistry;
  viewer: Viewer;
  clock: Clock;
  settings: OversightSettings;
}

export interface ContextDependencies {
  orm: MikroORM;
  tokens: TokenService;
  clock: Clock;
  settings?: OversightSettings;
}

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/;

export async function createContext(deps: ContextDependencies, authorization: string | undefined, requestId: string = randomUUID()): Promise<Context> {
  const match = authorization ? BEARER.exec(authorization.trim()) : null;
  if (!match) throw unauthenticated();
  const claims = await deps.tokens.verify(match[1]);
  if (!claims) throw unauthenticated('The bearer token is invalid or expired.');
  const em = deps.orm.em.fork();
  const person = await em.findOne(Person, { id: claims.personId });
  if (!person) throw unauthenticated('The bearer token names no known person.');
  return {
    requestId,
    em,
    loaders: new LoaderRegistry(em),
    viewer: { person, systemRoles: new Set(person.systemRoles) },
    clock: deps.clock,
    settings: deps.settings ?? { reportGraceDays: DEFAULT_GRACE_DAYS },
  };
}
