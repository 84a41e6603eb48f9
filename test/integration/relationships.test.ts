/**
 * Object references agree in both directions, derived relationships (current agent and supervisor,
 * working-group heads, responsible working groups, budgets after adjustments, obligation statuses)
 * follow the rules of docs/domain.md sections 2–4, and the scalar formats of section 4 hold for every
 * value the API returns (clock fixed at 2025-08-15).
 */
import type { EntityClass } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AgencyAssessment } from '../../server/modules/agency-assessment/agency-assessment.entity';
import { AgentContract } from '../../server/modules/agent-contract/agent-contract.entity';
import { BudgetAdjustment } from '../../server/modules/budget-adjustment/budget-adjustment.entity';
import { Cluster } from '../../server/modules/cluster/cluster.entity';
import { DevelopmentPlan, PlanIndicator } from '../../server/modules/development-plan/development-plan.entity';
import { Dispute, DisputeParty, DisputeStep } from '../../server/modules/dispute/dispute.entity';
import { PeriodicReport } from '../../server/modules/periodic-report/periodic-report.entity';
import { IndicatorActual, ProgressReport, ReportBottleneck, ReportingObligation } from '../../server/modules/reporting/reporting.entity';
import { Resolution, ResolutionTarget } from '../../server/modules/resolution/resolution.entity';
import { SupervisorAppointment } from '../../server/modules/supervisor-appointment/supervisor-appointment.entity';
import { PlanAssessment, SupervisorReview } from '../../server/modules/supervisor-review/supervisor-review.entity';
import { WorkingGroupMembership } from '../../server/modules/working-group/working-group.entity';
import { DEMO_TODAY } from '../setup/constants';
import { startTestApp, type TestApp } from '../setup/test-app';
import { addDays, isIsoDate, type Json, queryData } from './graphql-test-support';

let app: TestApp;
const TODAY = DEMO_TODAY;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

// ---------------------------------------------------------------------------------------------
// Parent → children → parent
// ---------------------------------------------------------------------------------------------

interface BackReference {
  /** Top-level list of the parents (with its arguments), nested connection, and the child's field naming the parent. */
  parents: string;
  children: string;
  back: string;
  /** The child entity and its property naming the parent, to count the children independently. */
  entity: EntityClass<object>;
  property: string;
}

const reference = (parents: string, children: string, back: string, entity: EntityClass<object>, property = back): BackReference => ({
  parents,
  children,
  back,
  entity,
  property,
});

const BACK_REFERENCES: BackReference[] = [
  reference('provinces', 'clusters', 'province', Cluster),
  reference('workingGroups', 'resolutions', 'workingGroup', Resolution),
  reference('workingGroups', 'plans', 'decidedBy', DevelopmentPlan),
  reference('workingGroups', 'memberships', 'workingGroup', WorkingGroupMembership),
  reference('workingGroups', 'supervisorAppointments', 'workingGroup', SupervisorAppointment),
  reference('workingGroups', 'disputes', 'forum', Dispute),
  reference('workingGroups', 'budgetAdjustments', 'workingGroup', BudgetAdjustment),
  reference('workingGroups', 'agencyAssessments', 'workingGroup', AgencyAssessment),
  reference('workingGroups', 'periodicReports', 'workingGroup', PeriodicReport),
  reference('executiveAgencies', 'resolutions', 'responsibleAgency', Resolution),
  reference('executiveAgencies', 'developmentPlans', 'responsibleAgency', DevelopmentPlan),
  reference('executiveAgencies', 'agentContracts', 'agency', AgentContract),
  reference('executiveAgencies', 'assessments', 'agency', AgencyAssessment),
  reference('people', 'agentContracts', 'agent', AgentContract),
  reference('people', 'supervisorAppointments', 'supervisor', SupervisorAppointment),
  reference('people', 'executedPlans', 'executor', DevelopmentPlan),
  reference('people', 'memberships', 'person', WorkingGroupMembership),
  reference('people', 'reportingObligations', 'obligor', ReportingObligation),
  reference('people', 'reportsSubmitted', 'submittedBy', ProgressReport),
  reference('people', 'reportsReceived', 'recipientSupervisor', ProgressReport),
  reference('people', 'reviews', 'supervisor', SupervisorReview),
  reference('clusters', 'agentContracts', 'cluster', AgentContract),
  reference('clusters', 'supervisorAppointments', 'cluster', SupervisorAppointment),
  reference('clusters', 'plans', 'cluster', DevelopmentPlan),
  reference('clusters', 'resolutions', 'cluster', Resolution),
  reference('clusters', 'reportingObligations', 'cluster', ReportingObligation),
  reference('clusters', 'progressReports', 'cluster', ProgressReport),
  reference('clusters', 'reviews', 'cluster', SupervisorReview),
  reference('clusters', 'disputes', 'cluster', Dispute),
  reference('agentContracts', 'reportingObligations', 'agentContract', ReportingObligation),
  reference('supervisorAppointments', 'reviews', 'appointment', SupervisorReview),
  reference('resolutions', 'targets', 'resolution', ResolutionTarget),
  reference('developmentPlans', 'indicators', 'plan', PlanIndicator),
  reference('developmentPlans', 'reportingObligations', 'plan', ReportingObligation),
  reference('developmentPlans', 'progressReports', 'plan', ProgressReport),
  reference('developmentPlans', 'assessments', 'plan', PlanAssessment),
  reference('developmentPlans', 'budgetAdjustments', 'plan', BudgetAdjustment),
  reference('planIndicators', 'actuals', 'indicator', IndicatorActual),
  reference('reportingObligations', 'reports', 'obligation', ProgressReport),
  reference('progressReports', 'bottlenecks', 'report', ReportBottleneck),
  reference('progressReports', 'indicatorActuals', 'report', IndicatorActual),
  reference('supervisorReviews', 'planAssessments', 'review', PlanAssessment),
  reference('supervisorReviews', 'budgetAdjustments', 'basisReview', BudgetAdjustment),
  reference('disputes', 'parties', 'dispute', DisputeParty),
  reference('disputes', 'steps', 'dispute', DisputeStep),
];

/** How to read every parent of a kind in one query (every revision of progress reports; indicators through their plans). */
function parentsQuery(parents: string, inner: string): { query: string; nodes: (data: Json) => Json[] } {
  if (parents === 'planIndicators') {
    return {
      query: `{ developmentPlans(first: 100) { nodes { indicators(first: 20) { nodes { ${inner} } } } } }`,
      nodes: (data) => data.developmentPlans.nodes.flatMap((plan: Json) => plan.indicators.nodes),
    };
  }
  const args = parents === 'progressReports' ? 'first: 100, filter: { latestRevisionOnly: false }' : 'first: 100';
  return { query: `{ list: ${parents}(${args}) { totalCount nodes { ${inner} } } }`, nodes: (data) => data.list.nodes };
}

describe('parent → children → parent', () => {
  it.each(BACK_REFERENCES)('$parents.$children[].$back is the parent, and every $children row is under its parent', async (spec) => {
    // Given every parent with all its children, each child naming its parent
    const { query, nodes } = parentsQuery(
      spec.parents,
      `id children: ${spec.children}(first: 100) { totalCount nodes { id back: ${spec.back} { id } } }`,
    );
    const parents = nodes(await queryData(app, query));
    expect(parents.length).toBeGreaterThan(0);

    const listed: string[] = [];
    for (const parent of parents) {
      // Then each child names the parent it is listed under, and the parent counts its children
      expect(parent.children.totalCount).toBe(parent.children.nodes.length);
      for (const child of parent.children.nodes) {
        expect(child.back?.id, `${spec.parents} ${parent.id} lists ${child.id}`).toBe(parent.id);
        listed.push(child.id);
      }
    }
    // And every child that has a parent is listed, once, under it (of reports, the latest revisions:
    // a corrected revision is history, listed only under its obligation with every revision)
    const latestOnly = spec.entity === ProgressReport && spec.children !== 'reports' ? { supersededBy: null } : {};
    const withParent = await app.orm.em.fork().count(spec.entity, { [spec.property]: { $ne: null }, ...latestOnly });
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.length).toBe(withParent);
    expect(withParent, 'the demo data should exercise this relationship').toBeGreaterThan(0);
  });

  it('resolution.plans and plan.resolutions hold the same links, seen from both ends', async () => {
    const data = await queryData(
      app,
      `{ resolutions(first: 100) { nodes { id plans(first: 20) { totalCount nodes { id resolutions(first: 20) { nodes { id } } } } } }
         developmentPlans(first: 100) { nodes { id resolutions(first: 20) { nodes { id plans(first: 20) { nodes { id } } } } } } }`,
    );
    const fromResolutions = new Set<string>();
    for (const resolution of data.resolutions.nodes) {
      for (const plan of resolution.plans.nodes) {
        expect(plan.resolutions.nodes.map((r: Json) => r.id)).toContain(resolution.id);
        fromResolutions.add(`${resolution.id}|${plan.id}`);
      }
    }
    const fromPlans = new Set<string>();
    for (const plan of data.developmentPlans.nodes) {
      for (const resolution of plan.resolutions.nodes) {
        expect(resolution.plans.nodes.map((p: Json) => p.id)).toContain(plan.id);
        fromPlans.add(`${resolution.id}|${plan.id}`);
      }
    }
    expect(fromResolutions.size).toBeGreaterThan(0);
    expect([...fromPlans].sort()).toEqual([...fromResolutions].sort());
  });

  it('cluster.province.clusters contains the cluster', async () => {
    const data = await queryData(app, '{ clusters(first: 100) { nodes { id province { id clusters(first: 100) { nodes { id } } } } } }');
    expect(data.clusters.nodes.length).toBeGreaterThan(0);
    for (const cluster of data.clusters.nodes) {
      expect(cluster.province.clusters.nodes.map((c: Json) => c.id)).toContain(cluster.id);
    }
  });

  it('province.workingGroup is the provincial working group of that province, and null where none is formed', async () => {
    const data = await queryData(
      app,
      `{ provinces(first: 100) { nodes { id code workingGroup { id level province { id } } } }
         workingGroups(first: 100, filter: { level: PROVINCIAL }) { nodes { id province { code } } } }`,
    );
    const groupByCode = new Map<string, string>(data.workingGroups.nodes.map((group: Json) => [group.province.code, group.id]));
    expect(groupByCode.size).toBeGreaterThan(0);
    for (const province of data.provinces.nodes) {
      expect(province.workingGroup?.id ?? null, province.code).toBe(groupByCode.get(province.code) ?? null);
      if (province.workingGroup) {
        expect(province.workingGroup.level).toBe('PROVINCIAL');
        expect(province.workingGroup.province.id).toBe(province.id);
      }
    }
  });

  it('nested lists count what the matching top-level filter counts', async () => {
    // Given each working group's resolutions and each cluster's plans, read nested
    const data = await queryData(
      app,
      `{ workingGroups(first: 100) { nodes { id resolutions { totalCount } } } clusters(first: 100) { nodes { id plans { totalCount } } } }`,
    );
    for (const group of data.workingGroups.nodes) {
      const top = await queryData(app, 'query($id: ID!) { resolutions(filter: { workingGroupIds: [$id] }) { totalCount } }', {
        id: group.id,
      });
      expect(group.resolutions.totalCount).toBe(top.resolutions.totalCount);
    }
    for (const cluster of data.clusters.nodes) {
      const top = await queryData(app, 'query($id: ID!) { developmentPlans(filter: { clusterIds: [$id] }) { totalCount } }', {
        id: cluster.id,
      });
      expect(cluster.plans.totalCount).toBe(top.developmentPlans.totalCount);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Derived relationships
// ---------------------------------------------------------------------------------------------

const inForceOn = (startsOn: string, lastDay: string, day: string) => startsOn <= day && day <= lastDay;

describe('who is in office today', () => {
  it('cluster.currentSupervisorAppointment is the decree in force today, and currentSupervisor its supervisor', async () => {
    const data = await queryData(
      app,
      `{ clusters(first: 100) { nodes { id
          currentSupervisorAppointment { id startsOn endsOn revokedOn inForce cluster { id } supervisor { id } }
          currentSupervisor { id }
          supervisorAppointments(first: 100) { nodes { id startsOn endsOn revokedOn } } } } }`,
    );
    let withSupervisor = 0;
    for (const cluster of data.clusters.nodes) {
      // Given the cluster's decrees in force today, worked out from their terms
      const inForce = cluster.supervisorAppointments.nodes.filter((a: Json) => inForceOn(a.startsOn, a.revokedOn ?? a.endsOn, TODAY));
      expect(inForce.length, 'at most one decree in force (R3)').toBeLessThanOrEqual(1);

      // Then the current appointment is that decree, and the current supervisor its supervisor
      const current = cluster.currentSupervisorAppointment;
      expect(current?.id ?? null).toBe(inForce[0]?.id ?? null);
      expect(cluster.currentSupervisor?.id ?? null).toBe(current?.supervisor.id ?? null);
      if (current) {
        withSupervisor += 1;
        expect(current.inForce).toBe(true);
        expect(current.cluster.id).toBe(cluster.id);
        expect(inForceOn(current.startsOn, current.revokedOn ?? current.endsOn, TODAY)).toBe(true);
      }

      // And the top-level list agrees
      const top = await queryData(
        app,
        'query($id: ID!, $day: Date!) { supervisorAppointments(filter: { clusterIds: [$id], inForceOn: $day }) { nodes { id } } }',
        {
          id: cluster.id,
          day: TODAY,
        },
      );
      expect(top.supervisorAppointments.nodes.map((a: Json) => a.id)).toEqual(current ? [current.id] : []);
    }
    expect(withSupervisor).toBeGreaterThan(0);
    expect(withSupervisor).toBeLessThan(data.clusters.nodes.length);
  });

  it('cluster.currentAgentContract is the contract in force today, and currentAgent its agent', async () => {
    const data = await queryData(
      app,
      `{ clusters(first: 100) { nodes { id
          currentAgentContract { id startsOn endsOn terminatedOn inForce agent { id } cluster { id } }
          currentAgent { id }
          agentContracts(first: 100) { nodes { id startsOn endsOn terminatedOn inForce } } } } }`,
    );
    let withAgent = 0;
    for (const cluster of data.clusters.nodes) {
      const inForce = cluster.agentContracts.nodes.filter((c: Json) => inForceOn(c.startsOn, c.terminatedOn ?? c.endsOn, TODAY));
      expect(inForce.length, 'at most one contract in force (R2)').toBeLessThanOrEqual(1);
      for (const contract of cluster.agentContracts.nodes) expect(contract.inForce).toBe(inForce.includes(contract));
      const current = cluster.currentAgentContract;
      expect(current?.id ?? null).toBe(inForce[0]?.id ?? null);
      expect(cluster.currentAgent?.id ?? null).toBe(current?.agent.id ?? null);
      if (current) {
        withAgent += 1;
        expect(current.cluster.id).toBe(cluster.id);
      }
    }
    expect(withAgent).toBeGreaterThan(0);
  });

  it('workingGroup.head is the person of the HEAD seat in force today, and headMembership that seat', async () => {
    const data = await queryData(
      app,
      `{ workingGroups(first: 100) { nodes { id head { id } headMembership { id role person { id } }
          memberships(first: 100) { nodes { id role startsOn endsOn person { id } } } } } }`,
    );
    expect(data.workingGroups.nodes.length).toBeGreaterThan(0);
    let formerHeads = 0;
    for (const group of data.workingGroups.nodes) {
      const heads = group.memberships.nodes.filter((m: Json) => m.role === 'HEAD');
      const inOffice = heads.filter((m: Json) => inForceOn(m.startsOn, m.endsOn ?? '9999-12-31', TODAY));
      formerHeads += heads.length - inOffice.length;
      expect(inOffice.length, 'one head at a time (Art. 3)').toBeLessThanOrEqual(1);
      expect(group.headMembership?.id ?? null).toBe(inOffice[0]?.id ?? null);
      expect(group.head?.id ?? null).toBe(inOffice[0]?.person.id ?? null);
      if (group.headMembership) expect(group.headMembership.person.id).toBe(group.head.id);
    }
    expect(formerHeads, 'the demo data has heads whose term has ended').toBeGreaterThan(0);
  });

  it('cluster.responsibleWorkingGroups is [the central group, the group of its province]', async () => {
    const data = await queryData(
      app,
      `{ central: workingGroups(filter: { level: CENTRAL }) { nodes { id } }
         clusters(first: 100) { nodes { id province { workingGroup { id } } responsibleWorkingGroups { id level } } } }`,
    );
    expect(data.central.nodes).toHaveLength(1);
    const centralId = data.central.nodes[0].id;
    for (const cluster of data.clusters.nodes) {
      const provincial = cluster.province.workingGroup?.id;
      expect(cluster.responsibleWorkingGroups.map((group: Json) => group.id)).toEqual(provincial ? [centralId, provincial] : [centralId]);
    }
  });

  it('progress reports go to the provincial working group and to the supervisor in office on the day they were sent', async () => {
    const data = await queryData(
      app,
      `{ progressReports(first: 100, filter: { latestRevisionOnly: false }) { nodes { id submittedOn
          recipientWorkingGroup { id } recipientSupervisor { id }
          cluster { province { workingGroup { id } } supervisorAppointments(first: 100) { nodes { startsOn endsOn revokedOn supervisor { id } } } } } } }`,
    );
    expect(data.progressReports.nodes.length).toBeGreaterThan(0);
    for (const report of data.progressReports.nodes) {
      expect(report.recipientWorkingGroup.id).toBe(report.cluster.province.workingGroup.id);
      const inOffice = report.cluster.supervisorAppointments.nodes.find((a: Json) =>
        inForceOn(a.startsOn, a.revokedOn ?? a.endsOn, report.submittedOn),
      );
      expect(report.recipientSupervisor?.id ?? null, report.id).toBe(inOffice?.supervisor.id ?? null);
    }
  });

  it('supervisor reviews come from the supervisor of the decree they cite, routed to the central and provincial groups', async () => {
    const data = await queryData(
      app,
      `{ central: workingGroups(filter: { level: CENTRAL }) { nodes { id } }
         supervisorReviews(first: 100) { nodes { id reviewedOn supervisor { id } cluster { id province { workingGroup { id } } }
           appointment { startsOn endsOn revokedOn supervisor { id } cluster { id } }
           routedToCentral { id } routedToProvincial { id } } } }`,
    );
    for (const review of data.supervisorReviews.nodes) {
      expect(review.supervisor.id).toBe(review.appointment.supervisor.id);
      expect(review.cluster.id).toBe(review.appointment.cluster.id);
      expect(inForceOn(review.appointment.startsOn, review.appointment.revokedOn ?? review.appointment.endsOn, review.reviewedOn)).toBe(
        true,
      );
      expect(review.routedToCentral.id).toBe(data.central.nodes[0].id);
      expect(review.routedToProvincial?.id).toBe(review.cluster.province.workingGroup.id);
    }
  });

  it('dispute steps chain from OPEN_PROVINCIAL to the dispute state, heard at the right forum', async () => {
    const data = await queryData(
      app,
      `{ central: workingGroups(filter: { level: CENTRAL }) { nodes { id } }
         disputes(first: 100) { nodes { id state forum { id } cluster { province { workingGroup { id } } }
           steps(first: 100) { nodes { fromState toState occurredAt workingGroup { id } } } } } }`,
    );
    const centralId = data.central.nodes[0].id;
    expect(data.disputes.nodes.length).toBeGreaterThan(0);
    for (const dispute of data.disputes.nodes) {
      const steps = dispute.steps.nodes;
      expect(steps[0]).toMatchObject({ fromState: null, toState: 'OPEN_PROVINCIAL' });
      expect(steps[0].workingGroup.id, 'lodged at the provincial group (R7)').toBe(dispute.cluster.province.workingGroup.id);
      for (let index = 1; index < steps.length; index += 1) {
        expect(steps[index].fromState).toBe(steps[index - 1].toState);
        expect(steps[index].occurredAt >= steps[index - 1].occurredAt).toBe(true);
      }
      expect(steps[steps.length - 1].toState).toBe(dispute.state);
      const escalated = ['ESCALATED', 'RESOLVED_CENTRAL'].includes(dispute.state);
      expect(dispute.forum.id).toBe(escalated ? centralId : dispute.cluster.province.workingGroup.id);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Budgets (Art. 4-4)
// ---------------------------------------------------------------------------------------------

describe('plan budgets', () => {
  it('plan.budgetAdjustments come in the order decided, chain from the approved budget and end at currentBudget', async () => {
    const data = await queryData(
      app,
      `{ developmentPlans(first: 100) { nodes { id status approvedBudget currentBudget
          budgetAdjustments(first: 100) { nodes { id decidedOn amount direction budgetBefore resultingBudget } } } } }`,
    );
    let adjusted = 0;
    for (const plan of data.developmentPlans.nodes) {
      const adjustments = plan.budgetAdjustments.nodes;
      if (plan.approvedBudget === null) {
        expect(plan.currentBudget).toBeNull();
        expect(adjustments).toEqual([]);
        continue;
      }
      const approved = BigInt(plan.approvedBudget);
      let budget = approved;
      for (let index = 0; index < adjustments.length; index += 1) {
        const adjustment = adjustments[index];
        // In the order decided
        if (index > 0) expect(adjustment.decidedOn >= adjustments[index - 1].decidedOn).toBe(true);
        // Each starts where the previous one ended, and its arithmetic holds
        expect(BigInt(adjustment.budgetBefore)).toBe(budget);
        expect(BigInt(adjustment.budgetBefore) + BigInt(adjustment.amount)).toBe(BigInt(adjustment.resultingBudget));
        expect(adjustment.direction).toBe(BigInt(adjustment.amount) > 0n ? 'INCREASE' : 'DECREASE');
        budget = BigInt(adjustment.resultingBudget);
        // The cumulative change stays within 10% of the approved budget
        expect(budget * 10n >= approved * 9n && budget * 10n <= approved * 11n, `${plan.id} after ${adjustment.id}`).toBe(true);
      }
      // And the last resulting budget is the plan's current budget
      expect(BigInt(plan.currentBudget)).toBe(budget);
      if (adjustments.length > 0) adjusted += 1;
    }
    expect(adjusted).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Scalars: money, decimals, dates, instants
// ---------------------------------------------------------------------------------------------

/** Where to read every object of a type: a top-level list, or a nested one under a list of parents. */
const TYPE_SOURCES: Record<string, { list: string; nested?: string; args?: string }> = {
  Province: { list: 'provinces' },
  ExecutiveAgency: { list: 'executiveAgencies' },
  Person: { list: 'people' },
  WorkingGroup: { list: 'workingGroups' },
  WorkingGroupMembership: { list: 'workingGroups', nested: 'memberships' },
  Cluster: { list: 'clusters' },
  AgentContract: { list: 'agentContracts' },
  SupervisorAppointment: { list: 'supervisorAppointments' },
  Resolution: { list: 'resolutions' },
  ResolutionTarget: { list: 'resolutions', nested: 'targets' },
  DevelopmentPlan: { list: 'developmentPlans' },
  PlanIndicator: { list: 'developmentPlans', nested: 'indicators' },
  ReportingObligation: { list: 'reportingObligations' },
  ProgressReport: { list: 'progressReports', args: 'filter: { latestRevisionOnly: false }' },
  ReportBottleneck: { list: 'progressReports', nested: 'bottlenecks', args: 'filter: { latestRevisionOnly: false }' },
  IndicatorActual: { list: 'progressReports', nested: 'indicatorActuals', args: 'filter: { latestRevisionOnly: false }' },
  SupervisorReview: { list: 'supervisorReviews' },
  PlanAssessment: { list: 'supervisorReviews', nested: 'planAssessments' },
  Dispute: { list: 'disputes' },
  DisputeParty: { list: 'disputes', nested: 'parties' },
  DisputeStep: { list: 'disputes', nested: 'steps' },
  BudgetAdjustment: { list: 'budgetAdjustments' },
  AgencyAssessment: { list: 'agencyAssessments' },
  PeriodicReport: { list: 'periodicReports' },
  AuditEvent: { list: 'auditEvents' },
};

interface FieldInfo {
  type: string;
  field: string;
  scalar: string;
  nullable: boolean;
}

/** Every field of a node type whose type is one of `scalars` (or an object type such as Period), from introspection. */
async function fieldsOfType(scalars: string[]): Promise<FieldInfo[]> {
  const data = await queryData(
    app,
    `{ __type(name: "Node") { possibleTypes { name fields { name args { name } type { kind name ofType { kind name } } } } } }`,
  );
  const out: FieldInfo[] = [];
  for (const type of data.__type.possibleTypes.filter((candidate: Json) => !ADMIN_ONLY_TYPES.includes(candidate.name))) {
    for (const field of type.fields) {
      const named = field.type.kind === 'NON_NULL' ? field.type.ofType : field.type;
      if (named.kind !== 'LIST' && scalars.includes(named.name) && field.args.length === 0) {
        out.push({ type: type.name, field: field.name, scalar: named.name, nullable: field.type.kind !== 'NON_NULL' });
      }
    }
  }
  return out;
}

/** Every object of `typeName`, with the given selection. */
async function everyObject(typeName: string, selection: string): Promise<Json[]> {
  const source = TYPE_SOURCES[typeName];
  const args = ['first: 100', source.args].filter(Boolean).join(', ');
  if (!source.nested) {
    const data = await queryData(app, `{ list: ${source.list}(${args}) { nodes { ${selection} } } }`);
    return data.list.nodes;
  }
  const data = await queryData(
    app,
    `{ list: ${source.list}(${args}) { nodes { child: ${source.nested}(first: 100) { nodes { ${selection} } } } } }`,
  );
  return data.list.nodes.flatMap((parent: Json) => parent.child.nodes);
}

const FORMATS: Record<string, RegExp> = {
  // Whole rials, no sign, no leading zeros (amounts of adjustments may be negative, see below).
  Rial: /^(0|[1-9]\d*)$/,
  Decimal: /^-?(0|[1-9]\d*)(\.\d+)?$/,
  DateTime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
};

/** Types only administrators read (partner API keys): covered by api-keys.test.ts, not by the analyst's walk. */
const ADMIN_ONLY_TYPES = ['ApiKey'];

describe('scalar formats', () => {
  it('has a source for every node type', async () => {
    const data = await queryData(app, '{ __type(name: "Node") { possibleTypes { name } } }');
    const readable = data.__type.possibleTypes.map((type: Json) => type.name).filter((name: string) => !ADMIN_ONLY_TYPES.includes(name));
    expect(readable.filter((name: string) => !TYPE_SOURCES[name])).toEqual([]);
  });

  it.each(['Rial', 'Decimal', 'Date', 'DateTime'])('every %s field of every object is well formed', async (scalar) => {
    // Given every field of that scalar type on the node types
    const fields = await fieldsOfType([scalar]);
    expect(fields.length).toBeGreaterThan(0);
    const offenders: string[] = [];
    let checked = 0;
    for (const type of [...new Set(fields.map((field) => field.type))]) {
      const ofType = fields.filter((field) => field.type === type);
      // When every object of the type is read
      const objects = await everyObject(type, `id ${ofType.map((field) => field.field).join(' ')}`);
      for (const object of objects) {
        for (const { field, nullable } of ofType) {
          // Then each value has the scalar's format
          const value = object[field];
          if (value === null) {
            if (!nullable) offenders.push(`${type}.${field} is null on ${object.id}`);
            continue;
          }
          checked += 1;
          const signed = type === 'BudgetAdjustment' && field === 'amount';
          const ok =
            scalar === 'Date'
              ? isIsoDate(value)
              : typeof value === 'string' &&
                (signed ? /^-?[1-9]\d*$/ : FORMATS[scalar]).test(value) &&
                (scalar !== 'DateTime' || !Number.isNaN(Date.parse(value)));
          if (!ok) offenders.push(`${type}.${field} = ${JSON.stringify(value)}`);
        }
      }
    }
    expect(offenders).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('money is exact: a budget beyond 2^53 would still be written digit for digit', async () => {
    // Given the amounts of the demo data, compared as integers rather than floats
    const data = await queryData(app, '{ developmentPlans(first: 100) { nodes { proposedBudget } } }');
    for (const plan of data.developmentPlans.nodes) {
      expect(typeof plan.proposedBudget).toBe('string');
      expect(BigInt(plan.proposedBudget).toString()).toBe(plan.proposedBudget);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Periods (docs/domain.md section 4)
// ---------------------------------------------------------------------------------------------

const PERSIAN_CALENDAR = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The Solar Hijri date of an ISO date, from the platform's calendar data (independent of the server's helpers). */
function solarHijri(isoDate: string): { year: number; month: number; day: number } {
  const parts = PERSIAN_CALENDAR.formatToParts(new Date(`${isoDate}T00:00:00Z`));
  const part = (type: string) => Number.parseInt(parts.find((p) => p.type === type)!.value, 10);
  return { year: part('year'), month: part('month'), day: part('day') };
}

interface Period {
  label: string;
  year: number;
  quarter: number;
  startsOn: string;
  endsOn: string;
}

describe('periods', () => {
  let periods: Period[];

  beforeAll(async () => {
    const fields = await fieldsOfType(['Period']);
    periods = [];
    for (const { type, field } of fields) {
      const objects = await everyObject(type, `${field} { label year quarter startsOn endsOn }`);
      periods.push(...objects.map((object) => object[field] as Period));
    }
  });

  it('are read from every Period field of the schema', () => {
    expect(periods.length).toBeGreaterThan(50);
  });

  it('are consistent with their label: year, quarter, first and last day in the Solar Hijri calendar', () => {
    for (const period of periods) {
      expect(period.label).toBe(`${period.year}-Q${period.quarter}`);
      expect(period.quarter).toBeGreaterThanOrEqual(1);
      expect(period.quarter).toBeLessThanOrEqual(4);
      expect(isIsoDate(period.startsOn) && isIsoDate(period.endsOn)).toBe(true);
      // The quarter starts on day 1 of its first month and ends the day before the next quarter starts.
      expect(solarHijri(period.startsOn), period.label).toEqual({ year: period.year, month: (period.quarter - 1) * 3 + 1, day: 1 });
      const last = solarHijri(period.endsOn);
      expect({ year: last.year, month: last.month }, period.label).toEqual({ year: period.year, month: period.quarter * 3 });
      const next = solarHijri(addDays(period.endsOn, 1));
      expect(next.day, period.label).toBe(1);
      expect(next.month, period.label).toBe(period.quarter === 4 ? 1 : period.quarter * 3 + 1);
    }
  });

  it('match the calendar checks of docs/domain.md: 1403-Q1, the leap year 1403, and 1404-Q1', () => {
    const byLabel = new Map(periods.map((period) => [period.label, period]));
    expect(byLabel.get('1403-Q1')).toMatchObject({ year: 1403, quarter: 1, startsOn: '2024-03-20', endsOn: '2024-06-20' });
    expect(byLabel.get('1403-Q4')).toMatchObject({ year: 1403, quarter: 4, endsOn: '2025-03-20' });
    expect(byLabel.get('1404-Q1')).toMatchObject({ year: 1404, quarter: 1, startsOn: '2025-03-21' });
  });

  it('follow one another without gaps', () => {
    const byLabel = new Map(periods.map((period) => [period.label, period]));
    for (const period of byLabel.values()) {
      const nextLabel = period.quarter === 4 ? `${period.year + 1}-Q1` : `${period.year}-Q${period.quarter + 1}`;
      const next = byLabel.get(nextLabel);
      if (next) expect(next.startsOn).toBe(addDays(period.endsOn, 1));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Reporting obligations (Art. 4-1, R5)
// ---------------------------------------------------------------------------------------------

/** The status R5 gives an obligation on `today`, worked out here from its dates. */
function expectedStatus(obligation: Json, today: string): string {
  if (obligation.waivedOn) return 'WAIVED';
  if (obligation.submittedOn) return obligation.submittedOn <= obligation.dueOn ? 'SUBMITTED_ON_TIME' : 'SUBMITTED_LATE';
  if (today <= obligation.period.endsOn) return 'PENDING';
  return today <= obligation.dueOn ? 'DUE' : 'OVERDUE';
}

describe('reporting obligations', () => {
  let obligations: Json[];
  let statuses: string[];

  beforeAll(async () => {
    const data = await queryData(
      app,
      `{ reportingObligations(first: 100) { totalCount nodes { id status dueOn submittedOn waivedOn waiverReason
          period { label endsOn } reports(first: 100) { nodes { submittedOn late revision } } } }
         __type(name: "ObligationStatus") { enumValues { name } } }`,
    );
    obligations = data.reportingObligations.nodes;
    expect(obligations).toHaveLength(data.reportingObligations.totalCount);
    statuses = data.__type.enumValues.map((value: Json) => value.name);
  });

  it('have a status consistent with dueOn, submittedOn, waivedOn and the clock (2025-08-15)', () => {
    const wrong = obligations
      .filter((obligation) => obligation.status !== expectedStatus(obligation, TODAY))
      .map((obligation) => `${obligation.id}: ${obligation.status}, expected ${expectedStatus(obligation, TODAY)}`);
    expect(wrong).toEqual([]);
    // The demo data exercises more than one status
    expect(new Set(obligations.map((obligation) => obligation.status)).size).toBeGreaterThan(2);
  });

  it('are due 15 days after their quarter ends, and record the first report and its lateness', () => {
    for (const obligation of obligations) {
      expect(obligation.dueOn).toBe(addDays(obligation.period.endsOn, 15));
      expect(obligation.waivedOn === null, obligation.id).toBe(obligation.waiverReason === null);
      const reports = obligation.reports.nodes;
      const first = [...reports].sort((a: Json, b: Json) => a.revision - b.revision)[0];
      expect(obligation.submittedOn, obligation.id).toBe(first?.submittedOn ?? null);
      for (const report of reports) expect(report.late).toBe(report.submittedOn > obligation.dueOn);
    }
  });

  it('filtered by each status are exactly those whose status field has that value', async () => {
    let total = 0;
    for (const status of statuses) {
      // When the list is filtered on one status
      const data = await queryData(
        app,
        'query($status: ObligationStatus!) { reportingObligations(first: 100, filter: { statuses: [$status] }) { totalCount nodes { id status } } }',
        {
          status,
        },
      );
      const expected = obligations.filter((obligation) => obligation.status === status).map((obligation) => obligation.id);
      // Then it holds exactly the obligations with that status
      expect(data.reportingObligations.nodes.map((node: Json) => node.status)).toEqual(expected.map(() => status));
      expect(data.reportingObligations.nodes.map((node: Json) => node.id).sort(), status).toEqual(expected.sort());
      expect(data.reportingObligations.totalCount, status).toBe(expected.length);
      total += expected.length;
    }
    // And the statuses partition the list
    expect(total).toBe(obligations.length);
  });
});
