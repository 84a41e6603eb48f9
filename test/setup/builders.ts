import { randomBytes } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import { oneYearTermEnd } from '../../server/kernel/calendar';
import { AgentContract } from '../../server/modules/agent-contract/agent-contract.entity';
import { Cluster, ClusterStatus } from '../../server/modules/cluster/cluster.entity';
import { DevelopmentPlan, PlanIndicator, PlanKind, PlanStatus } from '../../server/modules/development-plan/development-plan.entity';
import { ExecutiveAgency } from '../../server/modules/executive-agency/executive-agency.entity';
import { Person, Qualification, SystemRole } from '../../server/modules/person/person.entity';
import { Province } from '../../server/modules/province/province.entity';
import { SupervisorAppointment } from '../../server/modules/supervisor-appointment/supervisor-appointment.entity';
import { PlanAssessment, SupervisorReview } from '../../server/modules/supervisor-review/supervisor-review.entity';
import {
  MembershipRole,
  WorkingGroup,
  WorkingGroupLevel,
  WorkingGroupMembership,
} from '../../server/modules/working-group/working-group.entity';
import type { TestApp } from './test-app';

/**
 * Builders for the rows a test asserts on. Each inserts what it is given through the ORM (one fork,
 * one flush) with names no other builder call reuses, and returns global ids and sign-in e-mails, so
 * that a test never depends on the titles, names or scores of the demo data set.
 */

let sequence = 0;
const runTag = randomBytes(3).toString('hex');

/** A suffix unique within the test run: a per-file random tag and a counter. */
export function uniqueSuffix(): string {
  sequence += 1;
  return `${runTag}${sequence}`;
}

/** Persian digits of a suffix, so Persian names stay Persian. */
function persianDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => '۰۱۲۳۴۵۶۷۸۹'[Number(digit)]).replace(/[a-f]/g, (letter) => 'ابپتثج'['abcdef'.indexOf(letter)]);
}

export interface BuiltPerson {
  /** Global id. */
  id: string;
  uuid: string;
  email: string;
  fullNameLatin: string;
  fullNameFa: string;
}

function personRow(
  em: EntityManager,
  label: string,
  options: { qualifications?: Qualification[]; systemRoles?: SystemRole[] } = {},
): Person {
  const suffix = uniqueSuffix();
  const person = em.create(Person, {
    fullNameFa: `شخص آزمون ${persianDigits(suffix)}`,
    fullNameLatin: `Test ${label} ${suffix}`,
    searchName: '',
    email: `${label.toLowerCase().replace(/[^a-z]+/g, '.')}.${suffix}@test.cluster-oversight.ir`,
    qualifications: options.qualifications ?? [],
    systemRoles: options.systemRoles ?? [],
  });
  em.persist(person);
  return person;
}

function builtPerson(person: Person): BuiltPerson {
  return { id: person.globalId, uuid: person.id, email: person.email, fullNameLatin: person.fullNameLatin, fullNameFa: person.fullNameFa };
}

/** A person with the given qualifications and roles and no seat, contract or appointment. */
export async function buildPerson(
  app: TestApp,
  options: { label?: string; qualifications?: Qualification[]; systemRoles?: SystemRole[] } = {},
): Promise<BuiltPerson> {
  const em = app.orm.em.fork();
  const person = personRow(em, options.label ?? 'person', options);
  await em.flush();
  return builtPerson(person);
}

export interface BuiltWorkingGroup {
  id: string;
  uuid: string;
  name: string;
  provinceId: string;
  provinceUuid: string;
  provinceCode: string;
  /** Head in office since 2022-01-01. */
  head: BuiltPerson;
  /** Secretariat seat since 2022-01-01, with the PROVINCIAL_SECRETARIAT role. */
  secretariat: BuiltPerson;
  /** A member introduced by ISIPO since 2022-01-01: a seat, but neither head nor secretariat. */
  member: BuiltPerson;
}

/**
 * The provincial working group of a province that has none yet, with a head and a secretariat seat.
 * Each call takes another province of the reference data.
 */
export async function buildProvincialGroup(app: TestApp): Promise<BuiltWorkingGroup> {
  const em = app.orm.em.fork();
  const taken = (await em.find(WorkingGroup, { level: WorkingGroupLevel.PROVINCIAL }, { fields: ['province'] })).map((g) => g.province!.id);
  const [province] = await em.find(Province, taken.length > 0 ? { id: { $nin: taken } } : {}, { orderBy: { code: 'asc' }, limit: 1 });
  if (!province) throw new Error('buildProvincialGroup: every province already has a working group');
  const suffix = uniqueSuffix();
  const group = em.create(WorkingGroup, {
    level: WorkingGroupLevel.PROVINCIAL,
    province,
    name: `Test Province Working Group ${suffix}`,
    nameFa: `کارگروه آزمون ${persianDigits(suffix)}`,
    searchName: '',
  });
  const head = personRow(em, 'head');
  const secretariat = personRow(em, 'secretariat', { systemRoles: [SystemRole.PROVINCIAL_SECRETARIAT] });
  const member = personRow(em, 'member');
  em.persist(group);
  for (const [person, role] of [
    [head, MembershipRole.HEAD],
    [secretariat, MembershipRole.SECRETARIAT],
  ] as const) {
    em.persist(em.create(WorkingGroupMembership, { workingGroup: group, person, role, startsOn: '2022-01-01' }));
  }
  em.persist(
    em.create(WorkingGroupMembership, {
      workingGroup: group,
      person: member,
      role: MembershipRole.MEMBER,
      nominatingAgency: await em.findOneOrFail(ExecutiveAgency, { code: 'ISIPO' }),
      startsOn: '2022-01-01',
    }),
  );
  await em.flush();
  return {
    id: group.globalId,
    uuid: group.id,
    name: group.name,
    provinceId: province.globalId,
    provinceUuid: province.id,
    provinceCode: province.code,
    head: builtPerson(head),
    secretariat: builtPerson(secretariat),
    member: builtPerson(member),
  };
}

export interface BuiltCluster {
  id: string;
  uuid: string;
  name: string;
  nameFa: string;
  isicCode: string;
  /** The provincial working group responsible for it, with its head and secretariat. */
  group: BuiltWorkingGroup;
}

/**
 * A cluster in a province of its own (its working group, head and secretariat built with it), or in
 * the province of `group` when given.
 */
export async function buildCluster(
  app: TestApp,
  options: { group?: BuiltWorkingGroup; status?: ClusterStatus; isicCode?: string; name?: string; nameFa?: string } = {},
): Promise<BuiltCluster> {
  const group = options.group ?? (await buildProvincialGroup(app));
  const em = app.orm.em.fork();
  const suffix = uniqueSuffix();
  const cluster = em.create(Cluster, {
    name: options.name ?? `Test Cluster ${suffix}`,
    nameFa: options.nameFa ?? `خوشه آزمون ${persianDigits(suffix)}`,
    searchName: '',
    province: em.getReference(Province, group.provinceUuid),
    isicCode: options.isicCode ?? '1030',
    mainProducts: ['Test products'],
    status: options.status ?? ClusterStatus.ACTIVE,
  });
  em.persist(cluster);
  await em.flush();
  return { id: cluster.globalId, uuid: cluster.id, name: cluster.name, nameFa: cluster.nameFa, isicCode: cluster.isicCode, group };
}

export interface BuiltContract {
  id: string;
  uuid: string;
  contractNumber: string;
  agent: BuiltPerson;
}

/** A qualified development agent under an ISIPO contract for the cluster (R2). */
export async function buildAgentContract(
  app: TestApp,
  cluster: BuiltCluster,
  options: { startsOn?: string; endsOn?: string; agent?: BuiltPerson } = {},
): Promise<BuiltContract> {
  const em = app.orm.em.fork();
  const agent = options.agent
    ? em.getReference(Person, options.agent.uuid)
    : personRow(em, 'agent', { qualifications: [Qualification.DEVELOPMENT_AGENT] });
  const contract = em.create(AgentContract, {
    contractNumber: `TEST-CD-${uniqueSuffix()}`,
    cluster: em.getReference(Cluster, cluster.uuid),
    agent,
    agency: await em.findOneOrFail(ExecutiveAgency, { contractsDevelopmentAgents: true }),
    startsOn: options.startsOn ?? '2024-01-01',
    endsOn: options.endsOn ?? '2026-12-31',
  });
  em.persist(contract);
  await em.flush();
  return {
    id: contract.globalId,
    uuid: contract.id,
    contractNumber: contract.contractNumber,
    agent: options.agent ?? builtPerson(agent as Person),
  };
}

export interface BuiltAppointment {
  id: string;
  uuid: string;
  decreeNumber: string;
  startsOn: string;
  endsOn: string;
  supervisor: BuiltPerson;
}

/** A supervisor with cluster-development expertise, appointed by the head of the cluster's provincial group for one year (R3). */
export async function buildSupervisorAppointment(
  app: TestApp,
  cluster: BuiltCluster,
  options: { startsOn?: string; supervisor?: BuiltPerson } = {},
): Promise<BuiltAppointment> {
  const em = app.orm.em.fork();
  const startsOn = options.startsOn ?? '2025-03-01';
  const supervisor = options.supervisor
    ? em.getReference(Person, options.supervisor.uuid)
    : personRow(em, 'supervisor', { qualifications: [Qualification.CLUSTER_DEVELOPMENT_EXPERTISE] });
  const appointment = em.create(SupervisorAppointment, {
    cluster: em.getReference(Cluster, cluster.uuid),
    supervisor,
    workingGroup: em.getReference(WorkingGroup, cluster.group.uuid),
    appointedBy: em.getReference(Person, cluster.group.head.uuid),
    decreeNumber: `TEST-SUP-${uniqueSuffix()}`,
    decreeDate: startsOn,
    startsOn,
    endsOn: oneYearTermEnd(startsOn),
  });
  em.persist(appointment);
  await em.flush();
  return {
    id: appointment.globalId,
    uuid: appointment.id,
    decreeNumber: appointment.decreeNumber,
    startsOn: appointment.startsOn,
    endsOn: appointment.endsOn,
    supervisor: options.supervisor ?? builtPerson(supervisor as Person),
  };
}

export interface IndicatorSpec {
  name: string;
  unit: string;
  baseline: string;
  target: string;
  higherIsBetter?: boolean;
}

export interface BuiltPlan {
  id: string;
  uuid: string;
  title: string;
  executor: BuiltPerson;
  /** Global ids of the indicators, in the order given. */
  indicatorIds: string[];
}

/**
 * A plan of the cluster decided by its provincial working group: APPROVED with `approvedBudget`
 * (and `currentBudget`, the approved one unless given) by default, with an executor of its own.
 */
export async function buildPlan(
  app: TestApp,
  cluster: BuiltCluster,
  options: {
    status?: PlanStatus;
    approvedBudget?: string;
    currentBudget?: string;
    proposedBudget?: string;
    proposedOn?: string;
    decidedOn?: string;
    startsOn?: string;
    endsOn?: string;
    title?: string;
    executor?: BuiltPerson;
    agencyCode?: string;
    indicators?: IndicatorSpec[];
  } = {},
): Promise<BuiltPlan> {
  const em = app.orm.em.fork();
  const status = options.status ?? PlanStatus.APPROVED;
  const decided = status !== PlanStatus.PROPOSED;
  const budgeted = decided && status !== PlanStatus.REJECTED;
  const approvedBudget = options.approvedBudget ?? '50000000000';
  const executor = options.executor ? em.getReference(Person, options.executor.uuid) : personRow(em, 'executor');
  const plan = em.create(DevelopmentPlan, {
    cluster: em.getReference(Cluster, cluster.uuid),
    executor,
    responsibleAgency: await em.findOneOrFail(ExecutiveAgency, { code: options.agencyCode ?? 'ISIPO' }),
    decidedBy: decided ? em.getReference(WorkingGroup, cluster.group.uuid) : null,
    title: options.title ?? `Test plan ${uniqueSuffix()}`,
    searchTitle: '',
    kind: PlanKind.PROJECT,
    status,
    proposedOn: options.proposedOn ?? '2025-01-10',
    decidedOn: decided ? (options.decidedOn ?? '2025-02-01') : null,
    startsOn: options.startsOn ?? '2025-03-01',
    endsOn: options.endsOn ?? '2027-02-28',
    proposedBudget: options.proposedBudget ?? approvedBudget,
    approvedBudget: budgeted ? approvedBudget : null,
    currentBudget: budgeted ? (options.currentBudget ?? approvedBudget) : null,
    suspendedOn: status === PlanStatus.SUSPENDED ? '2025-06-01' : null,
    suspensionReason: status === PlanStatus.SUSPENDED ? 'Suspended for a test.' : null,
    completedOn: status === PlanStatus.COMPLETED ? '2025-06-30' : null,
    rejectionReason: status === PlanStatus.REJECTED ? 'Rejected for a test.' : null,
  });
  em.persist(plan);
  const indicators = (options.indicators ?? []).map((spec) => {
    const indicator = em.create(PlanIndicator, { plan, higherIsBetter: true, ...spec });
    em.persist(indicator);
    return indicator;
  });
  await em.flush();
  return {
    id: plan.globalId,
    uuid: plan.id,
    title: plan.title,
    executor: options.executor ?? builtPerson(executor as Person),
    indicatorIds: indicators.map((indicator) => indicator.globalId),
  };
}

export interface BuiltReview {
  id: string;
  uuid: string;
}

/**
 * A review by the supervisor of `appointment` that scored each plan as given, routed to the central
 * and the cluster's provincial working group (written with the ORM: the reviews module's own tests
 * submit reviews through the API).
 */
export async function buildReview(
  app: TestApp,
  cluster: BuiltCluster,
  appointment: BuiltAppointment,
  assessments: Array<{ plan: BuiltPlan; score: number }>,
  options: { reviewedOn?: string; period?: string } = {},
): Promise<BuiltReview> {
  const em = app.orm.em.fork();
  const review = em.create(SupervisorReview, {
    appointment: em.getReference(SupervisorAppointment, appointment.uuid),
    cluster: em.getReference(Cluster, cluster.uuid),
    supervisor: em.getReference(Person, appointment.supervisor.uuid),
    routedToCentral: await em.findOneOrFail(WorkingGroup, { level: WorkingGroupLevel.CENTRAL }),
    routedToProvincial: em.getReference(WorkingGroup, cluster.group.uuid),
    reviewedOn: options.reviewedOn ?? '2025-07-20',
    period: options.period ?? '1404-Q1',
    findings: 'Findings of a test review.',
    recommendations: ['Keep to the plan'],
  });
  em.persist(review);
  for (const { plan, score } of assessments) {
    em.persist(
      em.create(PlanAssessment, {
        review,
        plan: em.getReference(DevelopmentPlan, plan.uuid),
        performanceScore: score,
        exportValue: '30000000000',
        jobsCreated: 12,
        investment: '4000000000',
      }),
    );
  }
  await em.flush();
  return { id: review.globalId, uuid: review.id };
}
