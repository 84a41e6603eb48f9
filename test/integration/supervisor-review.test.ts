import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { encodeGlobalId } from '../../server/kernel/global-id';
import { normalizePersian } from '../../server/kernel/persian-text';
import { Cluster } from '../../server/modules/cluster/cluster.entity';
import { DevelopmentPlan, PlanKind, PlanStatus } from '../../server/modules/development-plan/development-plan.entity';
import { ExecutiveAgency } from '../../server/modules/executive-agency/executive-agency.entity';
import { Person } from '../../server/modules/person/person.entity';
import { Province } from '../../server/modules/province/province.entity';
import { PlanAssessment, SupervisorReview } from '../../server/modules/supervisor-review/supervisor-review.entity';
import { WorkingGroup, WorkingGroupLevel } from '../../server/modules/working-group/working-group.entity';
import { demoCluster, type DemoNames, demoNames, demoPlan } from '../setup/demo-rows';
import { expectAccepted, expectRefused, USER_ERRORS } from '../setup/mutations';
import { startTestApp, type TestApp } from '../setup/test-app';

const REVIEW = `mutation Review($input: SubmitSupervisorReviewInput!) {
  result: submitSupervisorReview(input: $input) {
    review {
      id reviewedOn period { label } findings recommendations
      supervisor { email } cluster { name } appointment { decreeNumber }
      routedToCentral { level } routedToProvincial { name }
      planAssessments { nodes { plan { title } performanceScore exportValue jobsCreated investment remarks } }
    }
    ${USER_ERRORS}
  }
}`;
const APPOINT = `mutation Appoint($input: AppointSupervisorInput!) { result: appointSupervisor(input: $input) { appointment { id } ${USER_ERRORS} } }`;

const EMAIL = (local: string) => `${local}@demo.cluster-oversight.ir`;
const SHARIATI = EMAIL('supervisor.shariati');
const BAGHERI = EMAIL('supervisor.bagheri');
const ZAMANI = EMAIL('supervisor.zamani');
const FARAHANI = EMAIL('supervisor.farahani');

let app: TestApp;
/** The demo's cluster names and plan titles, for what the API answers about demo rows. */
let demo: DemoNames;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  demo = await demoNames(app);
  ids.jewellery = (await demoCluster(app, '3211')).id;
  ids.leather = (await demoCluster(app, '1512')).id;
  ids.stone = (await demoCluster(app, '2396')).id;
  ids.saffron = (await demoCluster(app, '1079')).id;
  ids.pottery = (await demoCluster(app, '2393')).id;
  ids.jewelleryPlan = (await demoPlan(app, '3211', PlanStatus.APPROVED)).id;
  ids.saffronPlan = (await demoPlan(app, '1079', PlanStatus.APPROVED)).id;
  ids.saffronLab = (await demoPlan(app, '1079', PlanStatus.COMPLETED)).id;
  ids.stonePlan = (await demoPlan(app, '2396', PlanStatus.SUSPENDED)).id;
  ids.showroom = (await demoPlan(app, '1512', PlanStatus.REJECTED)).id;
  ids.potteryPlan = (await demoPlan(app, '2393', PlanStatus.PROPOSED)).id;
});
afterAll(() => app?.close());

function assessment(plan: string, extra: Record<string, unknown> = {}) {
  return { planId: plan, performanceScore: 74, exportValue: '420000000000', jobsCreated: 12, investment: '15000000000', ...extra };
}

function review(extra: Record<string, unknown> = {}) {
  return {
    clusterId: ids.jewellery,
    period: '1404-Q1',
    findings: 'Design registrations ahead of target; the hallmarking laboratory runs at capacity.',
    recommendations: ['Add a second shift at the hallmarking laboratory'],
    planAssessments: [assessment(ids.jewelleryPlan)],
    ...extra,
  };
}

describe('submitSupervisorReview (R6, Art. 4-3)', () => {
  it('refuses anyone but the supervisor in force on the review date → NOT_CURRENT_SUPERVISOR', async () => {
    // Another cluster's supervisor.
    await expectRefused(app, REVIEW, review(), ZAMANI, { code: 'NOT_CURRENT_SUPERVISOR', article: 'Art. 4-3' });
    // The cluster's own supervisor, on a day before her first decree took effect (2023-11-01).
    await expectRefused(app, REVIEW, review({ reviewedOn: '2023-10-31', period: '1402-Q3' }), SHARIATI, {
      code: 'NOT_CURRENT_SUPERVISOR',
      article: 'Art. 4-3',
    });
    // A cluster with no supervisor at all.
    await expectRefused(app, REVIEW, review({ clusterId: ids.pottery, planAssessments: [assessment(ids.potteryPlan)] }), FARAHANI, {
      code: 'NOT_CURRENT_SUPERVISOR',
    });
    // The working-group head who appointed her is not a supervisor either.
    await expectRefused(app, REVIEW, review(), EMAIL('head.tehran'), { code: 'NOT_CURRENT_SUPERVISOR' });
  });

  it('refuses a review without a recommendation that is not blank → RECOMMENDATIONS_REQUIRED (not a shape error)', async () => {
    const error = await expectRefused(app, REVIEW, review({ recommendations: [] }), SHARIATI, {
      code: 'RECOMMENDATIONS_REQUIRED',
      article: 'Art. 4-3',
    });
    expect(error.field).toEqual(['input', 'recommendations']);
    await expectRefused(app, REVIEW, review({ recommendations: ['  ', '\n'] }), SHARIATI, { code: 'RECOMMENDATIONS_REQUIRED' });
  });

  it("refuses another cluster's plan, or one plan assessed twice → VALIDATION", async () => {
    const error = await expectRefused(
      app,
      REVIEW,
      review({ planAssessments: [assessment(ids.jewelleryPlan), assessment(ids.saffronPlan)] }),
      SHARIATI,
      {
        code: 'VALIDATION',
        article: 'Art. 4-3',
      },
    );
    expect(error.field).toEqual(['input', 'planAssessments', '1', 'planId']);
    await expectRefused(
      app,
      REVIEW,
      review({ planAssessments: [assessment(ids.jewelleryPlan), assessment(ids.jewelleryPlan)] }),
      SHARIATI,
      {
        code: 'VALIDATION',
      },
    );
  });

  it('refuses a plan that was never approved → PLAN_NOT_APPROVED', async () => {
    // The Dubai showroom project of the leather cluster was rejected.
    await expectRefused(app, REVIEW, review({ clusterId: ids.leather, planAssessments: [assessment(ids.showroom)] }), BAGHERI, {
      code: 'PLAN_NOT_APPROVED',
      article: 'Art. 4-3',
    });
  });

  it('refuses a review dated after today (VALIDATION) or of a quarter not begun by the review date (PERIOD_NOT_STARTED)', async () => {
    await expectRefused(app, REVIEW, review({ reviewedOn: '2025-08-16' }), SHARIATI, { code: 'VALIDATION' });
    await expectRefused(app, REVIEW, review({ period: '1404-Q3' }), SHARIATI, { code: 'PERIOD_NOT_STARTED', article: 'Art. 4-3' });
  });

  it('refuses an unknown cluster or plan → NOT_FOUND', async () => {
    const nowhere = '00000000-0000-4000-8000-000000000000';
    await expectRefused(app, REVIEW, review({ clusterId: encodeGlobalId('Cluster', nowhere) }), SHARIATI, { code: 'NOT_FOUND' });
    await expectRefused(app, REVIEW, review({ planAssessments: [assessment(encodeGlobalId('DevelopmentPlan', nowhere))] }), SHARIATI, {
      code: 'NOT_FOUND',
    });
  });

  it.each([
    ['a score above 100', { planAssessments: [{ score: 101 }] }],
    ['a negative score', { planAssessments: [{ score: -1 }] }],
    ['a negative export value', { planAssessments: [{ exportValue: '-5' }] }],
    ['a negative investment', { planAssessments: [{ investment: '-1' }] }],
    ['negative jobs', { planAssessments: [{ jobsCreated: -1 }] }],
    ['a fractional amount of rials', { planAssessments: [{ exportValue: '10.5' }] }],
    ['no plan assessment', { planAssessments: [] }],
    ['51 plan assessments', { planAssessments: Array.from({ length: 51 }, () => ({})) }],
    ['21 recommendations', { recommendations: Array.from({ length: 21 }, (_, i) => `Recommendation ${i}`) }],
    ['a blank finding', { findings: ' ' }],
    ['a malformed period', { period: '1404-Q5' }],
  ])('rejects %s as malformed input (BAD_USER_INPUT)', async (_what, change) => {
    const input = review() as Record<string, unknown>;
    if ('planAssessments' in change) {
      input.planAssessments = (change.planAssessments as Array<Record<string, unknown>>).map(({ score, ...rest }) =>
        assessment(ids.jewelleryPlan, { ...(score === undefined ? {} : { performanceScore: score }), ...rest }),
      );
    } else {
      Object.assign(input, change);
    }
    const response = await app.graphql(REVIEW, { input }, { as: SHARIATI });
    expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('records the review with its assessments and routes it to the central and provincial secretariats', async () => {
    const payload = await expectAccepted<{ review: Record<string, unknown> }>(
      app,
      REVIEW,
      review({
        recommendations: ['  Add a second shift at the hallmarking laboratory ', '', 'Publish the design register online'],
        planAssessments: [assessment(ids.jewelleryPlan, { remarks: ' Above plan. ', exportValue: '1000000000000000' })],
      }),
      SHARIATI,
      'submitSupervisorReview',
    );
    expect(payload.review).toMatchObject({
      reviewedOn: '2025-08-15',
      period: { label: '1404-Q1' },
      recommendations: ['Add a second shift at the hallmarking laboratory', 'Publish the design register online'],
      supervisor: { email: SHARIATI },
      cluster: { name: demo.clusters['3211'] },
      routedToCentral: { level: 'CENTRAL' },
      routedToProvincial: { name: 'Tehran Province Export Development Working Group' },
      planAssessments: {
        nodes: [
          {
            plan: { title: demo.plans['3211/APPROVED'] },
            performanceScore: 74,
            exportValue: '1000000000000000',
            jobsCreated: 12,
            investment: '15000000000',
            remarks: 'Above plan.',
          },
        ],
      },
    });
    // Exact rials end to end: the largest amount an input may carry (MAX_INPUT_RIALS) survives the database.
    const stored = await app.orm.em
      .fork()
      .findOneOrFail(PlanAssessment, { review: { cluster: { name: demo.clusters['3211'] }, period: '1404-Q1' } });
    expect(String(stored.exportValue)).toBe('1000000000000000');
  });

  it('reviews suspended and completed plans, and records a review dated in the past under the decree then in force', async () => {
    // The stone recycling line is suspended.
    await expectAccepted(
      app,
      REVIEW,
      review({ clusterId: ids.stone, planAssessments: [assessment(ids.stonePlan, { performanceScore: 30, exportValue: '0' })] }),
      FARAHANI,
      'submitSupervisorReview',
    );
    // The saffron supervisor's first decree ran from 2024-04-15; the laboratory is completed now.
    const payload = await expectAccepted<{ review: { appointment: { decreeNumber: string }; reviewedOn: string } }>(
      app,
      REVIEW,
      review({
        clusterId: ids.saffron,
        reviewedOn: '2024-04-15',
        period: '1403-Q1',
        planAssessments: [assessment(ids.saffronPlan), assessment(ids.saffronLab, { performanceScore: 88 })],
      }),
      BAGHERI,
      'submitSupervisorReview',
    );
    expect(payload.review.reviewedOn).toBe('2024-04-15');
    const first = await app.graphql<{ supervisorAppointments: { nodes: Array<{ decreeNumber: string }> } }>(
      `query First($cluster: ID!) { supervisorAppointments(filter: { clusterIds: [$cluster], inForceOn: "2024-04-15" }) { nodes { decreeNumber } } }`,
      { cluster: ids.saffron },
    );
    expect(payload.review.appointment.decreeNumber).toBe(first.body.data?.supervisorAppointments.nodes[0].decreeNumber);
    // A day earlier, he was not yet the supervisor.
    await expectRefused(
      app,
      REVIEW,
      review({ clusterId: ids.saffron, reviewedOn: '2024-04-14', period: '1403-Q1', planAssessments: [assessment(ids.saffronPlan)] }),
      BAGHERI,
      {
        code: 'NOT_CURRENT_SUPERVISOR',
      },
    );
  });

  it('routes a review of a cluster in a province without a working group to the central secretariat only', async () => {
    // Given a cluster of East Azerbaijan (no provincial working group), its supervisor appointed by the
    // central head, and an approved plan
    const em = app.orm.em.fork();
    const cluster = em.create(Cluster, {
      name: 'Tabriz Handmade Carpet Cluster',
      nameFa: 'خوشه فرش دستباف تبریز',
      searchName: normalizePersian('خوشه فرش دستباف تبریز'),
      province: await em.findOneOrFail(Province, { code: 'IR-03' }),
      isicCode: '1393',
    });
    const plan = em.create(DevelopmentPlan, {
      cluster,
      executor: await em.findOneOrFail(Person, { email: EMAIL('executor.salehi') }),
      responsibleAgency: await em.findOneOrFail(ExecutiveAgency, { code: 'TPO' }),
      decidedBy: await em.findOneOrFail(WorkingGroup, { level: WorkingGroupLevel.CENTRAL }),
      title: 'Tabriz carpet export consortium',
      kind: PlanKind.PLAN,
      status: PlanStatus.APPROVED,
      proposedOn: '2025-01-10',
      decidedOn: '2025-02-01',
      startsOn: '2025-03-21',
      endsOn: '2026-03-20',
      proposedBudget: '40000000000',
      approvedBudget: '40000000000',
      currentBudget: '40000000000',
    });
    await em.flush();
    const central = await em.findOneOrFail(WorkingGroup, { level: WorkingGroupLevel.CENTRAL });
    await expectAccepted(
      app,
      APPOINT,
      {
        clusterId: encodeGlobalId('Cluster', cluster.id),
        supervisorId: encodeGlobalId('Person', (await em.findOneOrFail(Person, { email: ZAMANI })).id),
        workingGroupId: encodeGlobalId('WorkingGroup', central.id),
        decreeNumber: 'CWG-SUP-TEST-1',
        decreeDate: '2025-08-01',
        startsOn: '2025-08-01',
      },
      EMAIL('head.central'),
      'appointSupervisor',
    );
    // When the supervisor reviews it
    const payload = await expectAccepted<{ review: Record<string, unknown> }>(
      app,
      REVIEW,
      review({
        clusterId: encodeGlobalId('Cluster', cluster.id),
        planAssessments: [assessment(encodeGlobalId('DevelopmentPlan', plan.id))],
      }),
      ZAMANI,
      'submitSupervisorReview',
    );
    // Then only the central secretariat receives it
    expect(payload.review).toMatchObject({ routedToCentral: { level: 'CENTRAL' }, routedToProvincial: null });
    expect(await app.orm.em.fork().count(SupervisorReview, { cluster: cluster.id })).toBe(1);
  });
});
