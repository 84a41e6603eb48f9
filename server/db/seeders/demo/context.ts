/**
 * What the chapters of the demo data share: the entity manager, the day the data is built around,
 * the rows written so far (by key) and the count per entity, and `holds`, which turns a rule of the
 * modules (`*.rules.ts`) into a check of the data: a rule that does not hold stops the seeding, so an
 * edit cannot produce data the mutations would refuse.
 */
import type { EntityClass, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { parseIsoDate } from '../../../kernel/calendar';
import type { RuleResult } from '../../../kernel/rules';
import type { AgentContract } from '../../../modules/agent-contract/agent-contract.entity';
import type { Cluster } from '../../../modules/cluster/cluster.entity';
import type { DevelopmentPlan, PlanIndicator } from '../../../modules/development-plan/development-plan.entity';
import type { ExecutiveAgency } from '../../../modules/executive-agency/executive-agency.entity';
import type { Person } from '../../../modules/person/person.entity';
import type { Province } from '../../../modules/province/province.entity';
import type { Resolution } from '../../../modules/resolution/resolution.entity';
import type { SupervisorAppointment } from '../../../modules/supervisor-appointment/supervisor-appointment.entity';
import type { SupervisorReview } from '../../../modules/supervisor-review/supervisor-review.entity';
import type { WorkingGroup } from '../../../modules/working-group/working-group.entity';
import type { AgencyCode } from '../reference-data';

/** The central working group and the three provincial ones of the demo data. */
export const GROUP_KEYS = ['CENTRAL', 'TEHRAN', 'ISFAHAN', 'KHORASAN'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];
export type ProvincialGroupKey = Exclude<GroupKey, 'CENTRAL'>;

/** A supervisor decree as written, with the keys the later chapters look it up by. */
export interface AppointmentRecord {
  cluster: string;
  supervisor: string;
  startsOn: string;
  endsOn: string;
  row: SupervisorAppointment;
}

/** A plan's budget history: each adjustment with the budget before and after it. */
export interface BudgetStep {
  plan: string;
  review: string;
  group: GroupKey;
  decidedBy: string;
  decidedOn: string;
  reason: string;
  before: bigint;
  amount: bigint;
  after: bigint;
}

type SeedData<T extends object> = Omit<RequiredEntityData<T>, 'createdAt' | 'globalId' | 'lastDayInForce'>;

export interface DemoContext {
  em: EntityManager;
  /** "Today": obligations run to the quarter before it, decrees in force include it. */
  today: string;
  graceDays: number;
  counts: Record<string, number>;
  /** Creates and persists a row, and counts it. */
  make<T extends object>(entity: EntityClass<T>, data: SeedData<T>): T;
  provinces: Map<string, Province>;
  agencies: Map<string, ExecutiveAgency>;
  people: Map<string, Person>;
  groups: Map<GroupKey, WorkingGroup>;
  clusters: Map<string, Cluster>;
  contracts: Map<string, AgentContract>;
  appointments: AppointmentRecord[];
  resolutions: Map<string, Resolution>;
  plans: Map<string, DevelopmentPlan>;
  indicators: Map<string, PlanIndicator[]>;
  budgetHistory: Map<string, BudgetStep[]>;
  reviews: Map<string, SupervisorReview>;
  /** Work to do after the first flush (rows that refer to rows of their own table). */
  afterFlush: (() => void)[];
}

export function newDemoContext(em: EntityManager, today: string, graceDays: number): DemoContext {
  const counts: Record<string, number> = {};
  return {
    em,
    today,
    graceDays,
    counts,
    make<T extends object>(entity: EntityClass<T>, data: SeedData<T>): T {
      const row = em.create(entity, data as unknown as RequiredEntityData<T>);
      em.persist(row);
      counts[entity.name] = (counts[entity.name] ?? 0) + 1;
      return row;
    },
    provinces: new Map(),
    agencies: new Map(),
    people: new Map(),
    groups: new Map(),
    clusters: new Map(),
    contracts: new Map(),
    appointments: [],
    resolutions: new Map(),
    plans: new Map(),
    indicators: new Map(),
    budgetHistory: new Map(),
    reviews: new Map(),
    afterFlush: [],
  };
}

export function byKey<K, T>(map: Map<K, T>, key: K, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data: unknown ${what} "${String(key)}"`);
  return value;
}

export const agencyOf = (ctx: DemoContext, code: AgencyCode) => byKey(ctx.agencies, code, 'agency');
export const personOf = (ctx: DemoContext, key: string) => byKey(ctx.people, key, 'person');
export const groupOf = (ctx: DemoContext, key: GroupKey) => byKey(ctx.groups, key, 'working group');
export const clusterOf = (ctx: DemoContext, key: string) => byKey(ctx.clusters, key, 'cluster');
export const planOf = (ctx: DemoContext, key: string) => byKey(ctx.plans, key, 'plan');

/**
 * A value of the data files (data/*.json) that must be one of `allowed`: JSON carries plain strings,
 * so the enum values, agency codes and group keys are checked when the table is read.
 */
export function oneOf<const V extends string>(allowed: readonly V[], value: string, what: string): V {
  if (!(allowed as readonly string[]).includes(value))
    throw new Error(`Demo data: ${what}: "${value}" is not one of ${allowed.join(', ')}`);
  return value as V;
}

/** A rule of the modules that must hold for the demo data; `what` says which row broke it. */
export function holds(result: RuleResult, what: string): void {
  if (result) throw new Error(`Demo data: ${what}: ${result.code}: ${result.message}`);
}

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to)!.getTime() - parseIsoDate(from)!.getTime()) / 86_400_000);
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}
