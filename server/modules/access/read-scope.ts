import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from './authentication';

/** What a viewer may read. `null` means no restriction. */
export interface ReadScope {
  /** Provinces whose clusters (and everything under them) the viewer may read. */
  provinceIds: ReadonlySet<string> | null;
  /** Node types a partner's key covers. */
  types: ReadonlySet<string> | null;
}

/** The read scope of a principal on `today`, derived from roles, seats and the data. */
export async function readScopeOf(_em: EntityManager, _principal: Principal, _today: string): Promise<ReadScope> {
  return { provinceIds: null, types: null };
}
