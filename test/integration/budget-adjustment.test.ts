import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { encodeGlobalId } from '../../server/kernel/global-id';
import { BudgetAdjustment } from '../../server/modules/budget-adjustment/budget-adjustment.entity';
import { DevelopmentPlan, PlanStatus } from '../../server/modules/development-plan/development-plan.entity';
import { WorkingGroup, WorkingGroupLevel } from '../../server/modules/working-group/working-group.entity';
import {
  buildCluster,
  buildPlan,
  buildReview,
  buildSupervisorAppointment,
  type BuiltAppointment,
  type BuiltCluster,
  type BuiltPlan,
} from '../setup/builders';
import { DEMO_TODAY } from '../setup/constants';
import { auditEventCount } from '../setup/database-state';
import { expectAccepted, expectRefused, mutate, USER_ERRORS } from '../setup/mutations';
import { startTestApp, type TestApp } from '../setup/test-app';

const ADJUST = `mutation Adjust($input: AdjustPlanBudgetInput!) {
  result: adjustPlanBudget(input: $input) {
    adjustment { id amount budgetBefore resultingBudget reason decidedOn direction
      workingGroup { name } decidedBy { email } basisReview { id reviewedOn }
      plan { id approvedBudget currentBudget } }
    ${USER_ERRORS}
  }
}`;

/** The central working group is reference data; its secretariat signs in as the demo's. */
const CENTRAL_SECRETARIAT = 'secretariat@demo.cluster-oversight.ir';

interface Adjustment {
  amount: string;
  budgetBefore: string;
  resultingBudget: string;
  direction: string;
  plan: { approvedBudget: string; currentBudget: string };
  [key: string]: unknown;
}

let app: TestApp;
let ids: Record<string, string>;
/** Three clusters, each in a province of its own with its working group's head, secretariat and member. */
let khorasan: BuiltCluster;
let tehran: BuiltCluster;
let isfahan: BuiltCluster;
let khorasanSupervisor: BuiltAppointment;
let HEAD_KHORASAN: string;
let SECRETARIAT_KHORASAN: string;
let MEMBER_KHORASAN: string;
let SECRETARIAT_TEHRAN: string;
let HEAD_TEHRAN: string;
let SECRETARIAT_ISFAHAN: string;

/**
 * The plans and reviews the rules are checked on: a saffron plan at 100% of its approved budget
 * (review 66), a leather plan (review 55), a jewellery plan at 109% (reviews 72 and 78), a carpet
 * plan at 94% (reviews 48 and 63), a suspended stone plan (review 41) and a proposed pottery plan.
 */
async function buildPlans(): Promise<Record<string, string>> {
  khorasan = await buildCluster(app);
  tehran = await buildCluster(app);
  isfahan = await buildCluster(app);
  khorasanSupervisor = await buildSupervisorAppointment(app, khorasan, { startsOn: '2025-03-01' });
  const tehranSupervisor = await buildSupervisorAppointment(app, tehran, { startsOn: '2025-03-01' });
  const isfahanSupervisor = await buildSupervisorAppointment(app, isfahan, { startsOn: '2024-07-01' });
  const saffron = await buildPlan(app, khorasan, { approvedBudget: '60000000000', decidedOn: '2024-06-10' });
  const pottery = await buildPlan(app, khorasan, { status: PlanStatus.PROPOSED, approvedBudget: '30000000000' });
  const jewellery = await buildPlan(app, tehran, {
    approvedBudget: '120000000000',
    currentBudget: '130800000000',
    decidedOn: '2024-03-01',
  });
  const leather = await buildPlan(app, tehran, { approvedBudget: '200000000000', decidedOn: '2024-09-01' });
  const carpets = await buildPlan(app, isfahan, { approvedBudget: '85000000000', currentBudget: '79900000000', decidedOn: '2024-06-01' });
  const stone = await buildPlan(app, isfahan, { status: PlanStatus.SUSPENDED, approvedBudget: '75000000000', decidedOn: '2024-06-01' });
  const review = (cluster: BuiltCluster, appointment: BuiltAppointment, plan: BuiltPlan, score: number, reviewedOn: string) =>
    buildReview(app, cluster, appointment, [{ plan, score }], { reviewedOn });
  HEAD_KHORASAN = khorasan.group.head.email;
  SECRETARIAT_KHORASAN = khorasan.group.secretariat.email;
  MEMBER_KHORASAN = khorasan.group.member.email;
  SECRETARIAT_TEHRAN = tehran.group.secretariat.email;
  HEAD_TEHRAN = tehran.group.head.email;
  SECRETARIAT_ISFAHAN = isfahan.group.secretariat.email;
  return {
    khorasan: khorasan.group.id,
    tehran: tehran.group.id,
    isfahan: isfahan.group.id,
    central: encodeGlobalId('WorkingGroup', (await app.orm.em.fork().findOneOrFail(WorkingGroup, { level: WorkingGroupLevel.CENTRAL })).id),
    jewellery: jewellery.id,
    carpets: carpets.id,
    saffron: saffron.id,
    leather: leather.id,
    stone: stone.id,
    pottery: pottery.id,
    jewelleryReview72: (await review(tehran, tehranSupervisor, jewellery, 72, '2025-04-10')).id,
    jewelleryReview78: (await review(tehran, tehranSupervisor, jewellery, 78, '2025-07-20')).id,
    carpetReview48: (await review(isfahan, isfahanSupervisor, carpets, 48, '2024-10-10')).id,
    carpetReview63: (await review(isfahan, isfahanSupervisor, carpets, 63, '2025-04-12')).id,
    saffronReview66: (await review(khorasan, khorasanSupervisor, saffron, 66, '2025-07-20')).id,
    leatherReview55: (await review(tehran, tehranSupervisor, leather, 55, '2025-04-20')).id,
    stoneReview41: (await review(isfahan, isfahanSupervisor, stone, 41, '2025-04-12')).id,
  };
}

/**
 * An APPROVED plan of the Khorasan cluster whose current budget equals its approved budget, and a
 * review by the cluster's supervisor in force that scored it `score`.
 */
async function approvedPlanWithReview(approvedBudget: string, score: number): Promise<{ planId: string; reviewId: string; id: string }> {
  const plan = await buildPlan(app, khorasan, { approvedBudget });
  const review = await buildReview(app, khorasan, khorasanSupervisor, [{ plan, score }]);
  return { planId: plan.id, reviewId: review.id, id: plan.uuid };
}

beforeAll(async () => {
  app = await startTestApp();
  ids = await buildPlans();
});
afterAll(() => app?.close());

describe('adjustPlanBudget (R8, Art. 4-4)', () => {
  it("raises a performing plan's budget: the adjustment records before, amount and result; the approved budget stays", async () => {
    const { adjustment } = await expectAccepted<{ adjustment: Adjustment }>(
      app,
      ADJUST,
      {
        planId: ids.saffron,
        workingGroupId: ids.khorasan,
        basisReviewId: ids.saffronReview66,
        amount: '1800000000',
        reason: 'Score 66: a fourth packaging line.',
      },
      SECRETARIAT_KHORASAN,
      'adjustPlanBudget',
    );
    expect(adjustment).toMatchObject({
      amount: '1800000000',
      budgetBefore: '60000000000',
      resultingBudget: '61800000000',
      direction: 'INCREASE',
      reason: 'Score 66: a fourth packaging line.',
      decidedOn: DEMO_TODAY,
      workingGroup: { name: khorasan.group.name },
      decidedBy: { email: SECRETARIAT_KHORASAN },
      basisReview: { id: ids.saffronReview66 },
      plan: { approvedBudget: '60000000000', currentBudget: '61800000000' },
    });
  });

  it("lowers an under-performing plan's budget, decided by the central working group", async () => {
    const { adjustment } = await expectAccepted<{ adjustment: Adjustment }>(
      app,
      ADJUST,
      {
        planId: ids.leather,
        workingGroupId: ids.central,
        basisReviewId: ids.leatherReview55,
        amount: '-10000000000',
        reason: 'Score 55: tender delays.',
        decidedOn: '2025-05-01',
      },
      CENTRAL_SECRETARIAT,
      'adjustPlanBudget',
    );
    expect(adjustment).toMatchObject({
      budgetBefore: '200000000000',
      amount: '-10000000000',
      resultingBudget: '190000000000',
      direction: 'DECREASE',
      decidedOn: '2025-05-01',
      plan: { approvedBudget: '200000000000', currentBudget: '190000000000' },
    });
  });

  it('refuses a group not responsible for the cluster, and anyone but its head or secretariat (R4)', async () => {
    const input = {
      planId: ids.saffron,
      workingGroupId: ids.tehran,
      basisReviewId: ids.saffronReview66,
      amount: '100',
      reason: 'Not ours.',
    };
    await expectRefused(app, ADJUST, input, HEAD_TEHRAN, { code: 'NOT_RESPONSIBLE_WORKING_GROUP', article: 'Art. 3' });
    await expectRefused(app, ADJUST, { ...input, workingGroupId: ids.khorasan }, MEMBER_KHORASAN, {
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
      article: 'Art. 3',
    });
    await expectRefused(app, ADJUST, { ...input, workingGroupId: ids.khorasan }, SECRETARIAT_TEHRAN, {
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
    });
  });

  it('refuses a plan that is not APPROVED: suspended or only proposed', async () => {
    await expectRefused(
      app,
      ADJUST,
      { planId: ids.stone, workingGroupId: ids.isfahan, basisReviewId: ids.stoneReview41, amount: '-1000000000', reason: 'Score 41.' },
      SECRETARIAT_ISFAHAN,
      { code: 'PLAN_NOT_APPROVED', article: 'Art. 4-4' },
    );
    await expectRefused(
      app,
      ADJUST,
      {
        planId: ids.pottery,
        workingGroupId: ids.khorasan,
        basisReviewId: ids.saffronReview66,
        amount: '1000000',
        reason: 'Proposed only.',
      },
      HEAD_KHORASAN,
      { code: 'PLAN_NOT_APPROVED', article: 'Art. 4-4' },
    );
  });

  it('refuses a review that did not assess the plan, or one made after the decision', async () => {
    const other = await expectRefused(
      app,
      ADJUST,
      {
        planId: ids.saffron,
        workingGroupId: ids.khorasan,
        basisReviewId: ids.jewelleryReview72,
        amount: '1000000',
        reason: 'Wrong review.',
      },
      HEAD_KHORASAN,
      { code: 'REVIEW_REQUIRED', article: 'Art. 4-4' },
    );
    expect(other.field).toEqual(['input', 'basisReviewId']);
    // The 63-point carpet review is of 2025-04-12; a decision of 2025-01-05 cannot rest on it.
    await expectRefused(
      app,
      ADJUST,
      {
        planId: ids.carpets,
        workingGroupId: ids.isfahan,
        basisReviewId: ids.carpetReview63,
        amount: '1000000',
        reason: 'Too early.',
        decidedOn: '2025-01-05',
      },
      SECRETARIAT_ISFAHAN,
      { code: 'REVIEW_REQUIRED', article: 'Art. 4-4' },
    );
  });

  it('refuses an increase against a score below 60 and a decrease against a score of 60 or more', async () => {
    const increase = await expectRefused(
      app,
      ADJUST,
      { planId: ids.leather, workingGroupId: ids.central, basisReviewId: ids.leatherReview55, amount: '1000000', reason: 'More money.' },
      CENTRAL_SECRETARIAT,
      { code: 'ADJUSTMENT_AGAINST_PERFORMANCE', article: 'Art. 4-4' },
    );
    expect(increase.message).toContain('55');
    await expectRefused(
      app,
      ADJUST,
      { planId: ids.saffron, workingGroupId: ids.khorasan, basisReviewId: ids.saffronReview66, amount: '-1000000', reason: 'Less money.' },
      HEAD_KHORASAN,
      { code: 'ADJUSTMENT_AGAINST_PERFORMANCE', article: 'Art. 4-4' },
    );
  });

  it('keeps the cumulative change within 110%: the jewellery plan at 109% may gain 1%, not a rial more', async () => {
    // Approved 120,000,000,000; current 130,800,000,000 (+9%) as built.
    const input = {
      planId: ids.jewellery,
      workingGroupId: ids.tehran,
      basisReviewId: ids.jewelleryReview78,
      reason: 'Score 78: a fourth trade mission.',
    };
    const error = await expectRefused(app, ADJUST, { ...input, amount: '1200000001' }, SECRETARIAT_TEHRAN, {
      code: 'BUDGET_CAP_EXCEEDED',
      article: 'Art. 4-4',
    });
    expect(error.message).toContain('132000000000');
    const { adjustment } = await expectAccepted<{ adjustment: Adjustment }>(
      app,
      ADJUST,
      { ...input, amount: '1200000000' },
      SECRETARIAT_TEHRAN,
      'adjustPlanBudget',
    );
    expect(adjustment.plan).toMatchObject({ approvedBudget: '120000000000', currentBudget: '132000000000' });
    await expectRefused(app, ADJUST, { ...input, amount: '1' }, SECRETARIAT_TEHRAN, { code: 'BUDGET_CAP_EXCEEDED' });
  });

  it('keeps the cumulative change within 90%: the carpet plan at 94% may lose 4%, not a rial more', async () => {
    // Approved 85,000,000,000; current 79,900,000,000 (−6%) as built; 90% is 76,500,000,000.
    const input = {
      planId: ids.carpets,
      workingGroupId: ids.isfahan,
      basisReviewId: ids.carpetReview48,
      reason: 'Score 48: one more fair dropped.',
    };
    await expectRefused(app, ADJUST, { ...input, amount: '-3400000001' }, SECRETARIAT_ISFAHAN, {
      code: 'BUDGET_CAP_EXCEEDED',
      article: 'Art. 4-4',
    });
    const { adjustment } = await expectAccepted<{ adjustment: Adjustment }>(
      app,
      ADJUST,
      { ...input, amount: '-3400000000' },
      SECRETARIAT_ISFAHAN,
      'adjustPlanBudget',
    );
    expect(adjustment).toMatchObject({
      budgetBefore: '79900000000',
      resultingBudget: '76500000000',
      plan: { approvedBudget: '85000000000', currentBudget: '76500000000' },
    });
  });

  it('refuses a decision dated in the future or before the approval, and unknown references', async () => {
    const input = {
      planId: ids.saffron,
      workingGroupId: ids.khorasan,
      basisReviewId: ids.saffronReview66,
      amount: '1000',
      reason: 'Dates.',
    };
    await expectRefused(app, ADJUST, { ...input, decidedOn: '2025-08-16' }, HEAD_KHORASAN, { code: 'VALIDATION' });
    await expectRefused(app, ADJUST, { ...input, decidedOn: '2024-05-04' }, HEAD_KHORASAN, { code: 'VALIDATION' });
    await expectRefused(
      app,
      ADJUST,
      { ...input, basisReviewId: encodeGlobalId('SupervisorReview', '00000000-0000-4000-8000-000000000000') },
      HEAD_KHORASAN,
      {
        code: 'NOT_FOUND',
      },
    );
  });

  it('rejects a zero, fractional or non-numeric amount and ids of the wrong type as malformed input', async () => {
    const input = {
      planId: ids.saffron,
      workingGroupId: ids.khorasan,
      basisReviewId: ids.saffronReview66,
      amount: '1000',
      reason: 'Shape.',
    };
    for (const overrides of [
      { amount: '0' },
      { amount: '-0' },
      { amount: '1.5' },
      { amount: 'ten' },
      { amount: '' },
      { reason: ' ' },
      { basisReviewId: ids.saffron },
    ]) {
      const response = await app.graphql(ADJUST, { input: { ...input, ...overrides } }, { as: HEAD_KHORASAN });
      expect(response.body.errors?.[0].extensions?.code, JSON.stringify(overrides)).toBe('BAD_USER_INPUT');
    }
  });

  it('has the database refuse a budget outside the band even when written past the rules', async () => {
    const { id } = await approvedPlanWithReview('1000000', 70);
    const connection = app.orm.em.fork().getConnection();
    await expect(connection.execute(`update development_plan set current_budget = 1100001 where id = ?`, [id])).rejects.toThrow(
      /development_plan_budget_band/,
    );
    await expect(connection.execute(`update development_plan set current_budget = 899999 where id = ?`, [id])).rejects.toThrow(
      /development_plan_budget_band/,
    );
    await connection.execute(`update development_plan set current_budget = 1100000 where id = ?`, [id]);
  });
});

describe('simultaneous adjustments of one plan', () => {
  it('accepts exactly three of 40 simultaneous +3% increases: the budget ends at 109% of the approved budget, exactly', async () => {
    const approved = 50_000_000_000n;
    const { planId, reviewId, id } = await approvedPlanWithReview(approved.toString(), 75);
    const auditBefore = await auditEventCount(app.orm, 'adjustPlanBudget');
    const step = (approved * 3n) / 100n;
    const input = {
      planId,
      workingGroupId: ids.khorasan,
      basisReviewId: reviewId,
      amount: step.toString(),
      reason: 'Score 75: drying units for more villages.',
    };

    const results = await Promise.all(
      Array.from({ length: 40 }, () => mutate<{ adjustment: Adjustment | null }>(app, ADJUST, input, SECRETARIAT_KHORASAN)),
    );

    const accepted = results.filter((result) => result.userErrors.length === 0);
    const codes = results.flatMap((result) => result.userErrors.map((error) => error.code));
    expect(accepted).toHaveLength(3);
    expect(codes).toHaveLength(37);
    expect(new Set(codes)).toEqual(new Set(['BUDGET_CAP_EXCEEDED']));
    // Each accepted adjustment started where the previous one ended.
    expect(accepted.map((result) => result.adjustment!.budgetBefore).sort()).toEqual(['50000000000', '51500000000', '53000000000']);

    const em = app.orm.em.fork();
    const plan = await em.findOneOrFail(DevelopmentPlan, id);
    expect(plan.currentBudget).toBe(((approved * 109n) / 100n).toString());
    expect(plan.approvedBudget).toBe(approved.toString());
    expect(plan.version).toBe(4);
    const rows = await em.find(BudgetAdjustment, { plan: id }, { orderBy: { budgetBefore: 'asc' } });
    expect(rows).toHaveLength(3);
    expect(rows.map((row) => [row.budgetBefore, row.amount, row.resultingBudget])).toEqual([
      ['50000000000', '1500000000', '51500000000'],
      ['51500000000', '1500000000', '53000000000'],
      ['53000000000', '1500000000', '54500000000'],
    ]);
    expect(await auditEventCount(app.orm, 'adjustPlanBudget')).toBe(auditBefore + 3);
  }, 120_000); // 40 transactions with retries: slow on a loaded machine, and what it checks is the count, not the time
});
