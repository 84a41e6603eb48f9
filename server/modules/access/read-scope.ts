import type { EntityManager } from '@mikro-orm/postgresql';

import { AGENT_CONTRACT_TERM, AgentContract } from '../agent-contract/agent-contract.entity';
import { termInForceOnFilter } from '../authority/term';
import { DevelopmentPlan, PlanStatus } from '../development-plan/development-plan.entity';
import { SystemRole } from '../person/person.entity';
import { SUPERVISOR_APPOINTMENT_TERM, SupervisorAppointment } from '../supervisor-appointment/supervisor-appointment.entity';
import { MembershipRole, SEAT_TERM, WorkingGroupLevel, WorkingGroupMembership } from '../working-group/working-group.entity';
import type { Principal } from './authentication';

/** Plan statuses a working group's approval led to. */
const DECIDED_PLAN_STATUSES = [PlanStatus.APPROVED, PlanStatus.SUSPENDED, PlanStatus.COMPLETED];

/** What a viewer may read. `null` means no restriction. */
export interface ReadScope {
  /**
   * Provinces whose clusters (and everything under them) the viewer may read; `null` is every
   * province, an empty set none (national records — reference data, people, the central working
   * group and its resolutions without a cluster — stay readable).
   */
  provinceIds: ReadonlySet<string> | null;
  /** Node types a partner's key covers (`null`: every type). */
  types: ReadonlySet<string> | null;
  /** May read the audit trail: system administrators, the central secretariat and analysts. */
  auditTrail: boolean;
  /** May read API keys: system administrators signed in with a bearer token. */
  apiKeys: boolean;
  /** Changes nothing: analysts and partners (API keys or PARTNER accounts). */
  readOnly: boolean;
}

/**
 * The key's types less those that would expose a type outside the key: a type whose rows hold a
 * required reference (a non-null field such as `Cluster.province`) to a type the key does not
 * cover is unreadable too, so a required field never has to answer with a row the key may not see.
 */
function readableTypes(em: EntityManager, types: readonly string[]): Set<string> {
  const metadata = em.getMetadata();
  const readable = new Set(types);
  for (let changed = true; changed;) {
    changed = false;
    for (const name of [...readable]) {
      const meta = metadata.find(name);
      if (!meta) continue;
      const required = Object.values(meta.properties).filter(
        (property) => (property.kind === 'm:1' || (property.kind === '1:1' && property.owner)) && !property.nullable,
      );
      if (required.some((property) => !readable.has(property.type))) {
        readable.delete(name);
        changed = true;
      }
    }
  }
  return readable;
}

/** Roles that read every province. */
const NATIONAL_ROLES: readonly SystemRole[] = [SystemRole.ADMIN, SystemRole.CENTRAL_SECRETARIAT, SystemRole.ANALYST];

/**
 * The read scope of a principal on `today`, derived from roles, seats and the data:
 * - a partner key: the key's provinces (null = all) and types, nothing else;
 * - ADMIN, CENTRAL_SECRETARIAT, ANALYST: every province;
 * - PROVINCIAL_SECRETARIAT: the provinces of the provincial working groups where the person holds a
 *   SECRETARIAT seat today;
 * - anyone else: a seat in the central group today → every province; a seat in a provincial group →
 *   its province; supervisor in force, agent under contract, executor of an approved (or since
 *   suspended or completed) plan → those clusters'
 *   provinces. A person with none of these reads no province-scoped data (an empty set).
 */
export async function readScopeOf(em: EntityManager, principal: Principal, today: string): Promise<ReadScope> {
  const roles = new Set(principal.person.systemRoles);
  const auditTrail = !principal.apiKey && NATIONAL_ROLES.some((role) => roles.has(role));
  const apiKeys = !principal.apiKey && roles.has(SystemRole.ADMIN);
  const readOnly = Boolean(principal.apiKey) || roles.has(SystemRole.ANALYST) || roles.has(SystemRole.PARTNER);
  const base = { auditTrail, apiKeys, readOnly };

  if (principal.apiKey) {
    const { provinceIds, types } = principal.apiKey;
    return { ...base, provinceIds: provinceIds ? new Set(provinceIds) : null, types: types ? readableTypes(em, types) : null };
  }
  if (NATIONAL_ROLES.some((role) => roles.has(role))) return { ...base, provinceIds: null, types: null };

  const personId = principal.person.id;
  const provinces = new Set<string>();
  if (roles.has(SystemRole.PROVINCIAL_SECRETARIAT)) {
    const seats = await em.find(
      WorkingGroupMembership,
      {
        person: personId,
        role: MembershipRole.SECRETARIAT,
        workingGroup: { level: WorkingGroupLevel.PROVINCIAL },
        ...termInForceOnFilter(SEAT_TERM, today),
      },
      { populate: ['workingGroup'] },
    );
    for (const seat of seats) if (seat.workingGroup.province) provinces.add(seat.workingGroup.province.id);
    return { ...base, provinceIds: provinces, types: null };
  }

  const [seats, appointments, contracts, plans] = await Promise.all([
    em.find(WorkingGroupMembership, { person: personId, ...termInForceOnFilter(SEAT_TERM, today) }, { populate: ['workingGroup'] }),
    em.find(
      SupervisorAppointment,
      { supervisor: personId, ...termInForceOnFilter(SUPERVISOR_APPOINTMENT_TERM, today) },
      { populate: ['cluster'] },
    ),
    em.find(AgentContract, { agent: personId, ...termInForceOnFilter(AGENT_CONTRACT_TERM, today) }, { populate: ['cluster'] }),
    // Only plans a responsible working group approved: anyone may propose a plan naming themselves its
    // executor, and a proposal must not open a province's records to its author.
    em.find(DevelopmentPlan, { executor: personId, status: { $in: DECIDED_PLAN_STATUSES } }, { populate: ['cluster'] }),
  ]);
  if (seats.some((seat) => seat.workingGroup.level === WorkingGroupLevel.CENTRAL)) return { ...base, provinceIds: null, types: null };
  for (const seat of seats) if (seat.workingGroup.province) provinces.add(seat.workingGroup.province.id);
  for (const { cluster } of [...appointments, ...contracts, ...plans]) provinces.add(cluster.province.id);
  return { ...base, provinceIds: provinces, types: null };
}
