/**
 * Demo data, development plans and projects: approved, suspended, completed, proposed and rejected
 * ones, with their indicators and the resolutions they carry out.
 */
import { type Quarter, quarterEnd } from '../../../kernel/calendar';
import { groupIsResponsible } from '../../../modules/authority/authority.rules';
import {
  DevelopmentPlan,
  PlanIndicator,
  PlanKind,
  PlanResolution,
  PlanStatus,
} from '../../../modules/development-plan/development-plan.entity';
import {
  decisionDateIsValid,
  indicatorNamesAreDistinct,
  planTermIsValid,
  resolutionFitsPlan,
  termNotOverAtApproval,
} from '../../../modules/development-plan/development-plan.rules';
import { AGENCY_CODES, type AgencyCode } from '../reference-data';
import { responsibleGroupsOf } from './clusters';
import { agencyOf, byKey, clusterOf, type DemoContext, type GroupKey, groupOf, holds, personOf } from './context';
import { RESOLUTIONS } from './resolutions';

export interface IndicatorSpec {
  name: string;
  unit: string;
  /** Whole numbers, so actuals can be computed exactly. */
  baseline: string;
  target: string;
  higherIsBetter: boolean;
}

export interface PlanSpec {
  key: string;
  cluster: string;
  executor: string;
  agency: AgencyCode;
  decidedBy: GroupKey | null;
  title: string;
  kind: PlanKind;
  status: PlanStatus;
  proposedOn: string;
  decidedOn: string | null;
  startsOn: string;
  endsOn: string;
  proposedBudget: string;
  approvedBudget: string | null;
  pace: number;
  indicators: IndicatorSpec[];
  resolutions: string[];
  /** Obligations from this quarter on are waived (the plan is suspended). */
  waiveFrom?: Quarter;
  waiverReason?: string;
}

export const PLANS: readonly PlanSpec[] = [
  {
    key: 'P1',
    cluster: 'C1',
    executor: 'executorRostami',
    agency: AGENCY_CODES.ISIPO,
    decidedBy: 'TEHRAN',
    title: 'Jewellery design centre and hallmarking laboratory',
    kind: PlanKind.PLAN,
    status: PlanStatus.APPROVED,
    proposedOn: '2023-12-01',
    decidedOn: '2024-01-15',
    startsOn: '2024-02-01',
    endsOn: '2026-01-31',
    proposedBudget: '130000000000',
    approvedBudget: '120000000000',
    pace: 95,
    indicators: [
      { name: 'Export value', unit: 'rial', baseline: '250000000000', target: '600000000000', higherIsBetter: true },
      { name: 'Firms with a registered design', unit: 'firms', baseline: '12', target: '60', higherIsBetter: true },
    ],
    resolutions: ['TEH-R1'],
  },
  {
    key: 'P2',
    cluster: 'C3',
    executor: 'executorSalehi',
    agency: AGENCY_CODES.TPO,
    decidedBy: 'ISFAHAN',
    title: 'Carpet export marketing and international trade fairs',
    kind: PlanKind.PLAN,
    status: PlanStatus.APPROVED,
    proposedOn: '2024-05-01',
    decidedOn: '2024-06-10',
    startsOn: '2024-07-01',
    endsOn: '2026-06-30',
    proposedBudget: '90000000000',
    approvedBudget: '85000000000',
    pace: 70,
    indicators: [
      { name: 'Export value', unit: 'rial', baseline: '900000000000', target: '1600000000000', higherIsBetter: true },
      { name: 'Foreign buyers contacted', unit: 'buyers', baseline: '20', target: '150', higherIsBetter: true },
    ],
    resolutions: ['ISF-R1', 'CWG-R1'],
  },
  {
    key: 'P3',
    cluster: 'C5',
    executor: 'executorYazdani',
    agency: AGENCY_CODES.ISIPO,
    decidedBy: 'KHORASAN',
    title: 'Saffron processing and packaging upgrade',
    kind: PlanKind.PLAN,
    status: PlanStatus.APPROVED,
    proposedOn: '2024-04-01',
    decidedOn: '2024-05-05',
    startsOn: '2024-06-01',
    endsOn: '2026-05-31',
    proposedBudget: '60000000000',
    approvedBudget: '60000000000',
    pace: 100,
    indicators: [
      { name: 'Export value', unit: 'rial', baseline: '400000000000', target: '900000000000', higherIsBetter: true },
      { name: 'Share of saffron sold in bulk', unit: 'percent', baseline: '70', target: '35', higherIsBetter: false },
    ],
    resolutions: ['KHR-R1'],
  },
  {
    key: 'P4',
    cluster: 'C2',
    executor: 'executorSoltani',
    agency: AGENCY_CODES.MIMT,
    decidedBy: 'CENTRAL',
    title: 'Shared leather finishing centre',
    kind: PlanKind.PROJECT,
    status: PlanStatus.APPROVED,
    proposedOn: '2024-06-20',
    decidedOn: '2024-07-20',
    startsOn: '2024-08-01',
    endsOn: '2026-07-31',
    proposedBudget: '210000000000',
    approvedBudget: '200000000000',
    pace: 80,
    indicators: [
      { name: 'Finishing capacity in use', unit: 'percent', baseline: '0', target: '70', higherIsBetter: true },
      { name: 'Firms using the centre', unit: 'firms', baseline: '0', target: '45', higherIsBetter: true },
    ],
    resolutions: ['CWG-R2'],
  },
  {
    key: 'P5',
    cluster: 'C4',
    executor: 'executorRostami',
    agency: AGENCY_CODES.MIMT,
    decidedBy: 'ISFAHAN',
    title: 'Stone waste recycling line',
    kind: PlanKind.PROJECT,
    status: PlanStatus.SUSPENDED,
    proposedOn: '2024-02-05',
    decidedOn: '2024-03-10',
    startsOn: '2024-04-01',
    endsOn: '2025-12-31',
    proposedBudget: '50000000000',
    approvedBudget: '45000000000',
    pace: 55,
    indicators: [
      { name: 'Waste stone ratio', unit: 'percent', baseline: '30', target: '18', higherIsBetter: false },
      { name: 'Recycled aggregate sold', unit: 'tonnes', baseline: '0', target: '40000', higherIsBetter: true },
    ],
    resolutions: ['ISF-R2'],
    waiveFrom: { year: 1404, quarter: 1 },
    waiverReason:
      'The Isfahan working group suspended the project pending the environmental permit for the recycling site; no progress report is owed while it is suspended.',
  },
  {
    key: 'P6',
    cluster: 'C5',
    executor: 'executorYazdani',
    agency: AGENCY_CODES.ISIPO,
    decidedBy: 'KHORASAN',
    title: 'Saffron quality-control laboratory',
    kind: PlanKind.PROJECT,
    status: PlanStatus.COMPLETED,
    proposedOn: '2023-09-25',
    decidedOn: '2023-10-15',
    startsOn: '2023-11-01',
    endsOn: quarterEnd({ year: 1403, quarter: 3 }),
    proposedBudget: '28000000000',
    approvedBudget: '25000000000',
    pace: 100,
    indicators: [
      { name: 'Samples tested per quarter', unit: 'samples', baseline: '0', target: '1200', higherIsBetter: true },
      { name: 'Lots certified for export', unit: 'lots', baseline: '0', target: '300', higherIsBetter: true },
    ],
    resolutions: [],
  },
  {
    key: 'P7',
    cluster: 'C6',
    executor: 'executorSoltani',
    agency: AGENCY_CODES.TVTO,
    decidedBy: null,
    title: 'Diagnostic study and pottery design workshops',
    kind: PlanKind.PLAN,
    status: PlanStatus.PROPOSED,
    proposedOn: '2025-05-10',
    decidedOn: null,
    startsOn: '2025-10-01',
    endsOn: '2026-09-30',
    proposedBudget: '18000000000',
    approvedBudget: null,
    pace: 0,
    indicators: [],
    resolutions: [],
  },
  {
    key: 'P8',
    cluster: 'C2',
    executor: 'executorSoltani',
    agency: AGENCY_CODES.TPO,
    decidedBy: 'TEHRAN',
    title: 'Permanent leather showroom in Dubai',
    kind: PlanKind.PROJECT,
    status: PlanStatus.REJECTED,
    proposedOn: '2024-02-10',
    decidedOn: '2024-04-15',
    startsOn: '2024-06-01',
    endsOn: '2025-05-31',
    proposedBudget: '75000000000',
    approvedBudget: null,
    pace: 0,
    indicators: [],
    resolutions: [],
  },
];

export function planSpecOf(key: string): PlanSpec {
  const spec = PLANS.find((p) => p.key === key);
  if (!spec) throw new Error(`Demo data: unknown plan "${key}"`);
  return spec;
}

/** A plan's approved budget is set when it was approved (and kept when suspended or completed). */
export function hasApprovedBudget(spec: PlanSpec): boolean {
  const statusesWithApprovedBudget: readonly PlanStatus[] = [PlanStatus.APPROVED, PlanStatus.SUSPENDED, PlanStatus.COMPLETED];
  return statusesWithApprovedBudget.includes(spec.status);
}

/**
 * Checked with the rules of `proposePlan` and `approvePlan`/`rejectPlan`; written directly in their
 * final state, with the current budget after the adjustments (`ctx.budgetHistory`), because the
 * mutations date proposals and decisions today. Approving also creates the obligations of the whole
 * term, and the demo's run only to the quarter before today (reporting.ts).
 */
export function seedPlans(ctx: DemoContext): void {
  for (const spec of PLANS) {
    const what = `plan ${spec.key}`;
    const approved = spec.approvedBudget !== null;
    const responsible = responsibleGroupsOf(spec.cluster);
    holds(planTermIsValid(spec.startsOn, spec.endsOn), what);
    holds(indicatorNamesAreDistinct(spec.indicators.map((indicator) => indicator.name)), what);
    if (spec.status !== PlanStatus.PROPOSED) {
      if (!spec.decidedBy || !spec.decidedOn) throw new Error(`Demo data: ${what} must be decided by a responsible working group`);
      holds(groupIsResponsible(spec.decidedBy, responsible), what);
      holds(decisionDateIsValid(spec.decidedOn, spec.proposedOn, ctx.today), what);
      if (approved) holds(termNotOverAtApproval(spec.decidedOn, spec.endsOn), what);
    }
    if (approved !== hasApprovedBudget(spec)) throw new Error(`Demo data: ${what} budget does not match its status`);
    const history = ctx.budgetHistory.get(spec.key) ?? [];
    const plan = ctx.make(DevelopmentPlan, {
      cluster: clusterOf(ctx, spec.cluster),
      executor: personOf(ctx, spec.executor),
      responsibleAgency: agencyOf(ctx, spec.agency),
      decidedBy: spec.decidedBy ? groupOf(ctx, spec.decidedBy) : null,
      title: spec.title,
      kind: spec.kind,
      status: spec.status,
      proposedOn: spec.proposedOn,
      decidedOn: spec.decidedOn,
      startsOn: spec.startsOn,
      endsOn: spec.endsOn,
      proposedBudget: spec.proposedBudget,
      approvedBudget: spec.approvedBudget,
      currentBudget: approved ? (history.length > 0 ? history[history.length - 1].after.toString() : spec.approvedBudget) : null,
      version: 1,
    });
    ctx.plans.set(spec.key, plan);
    ctx.indicators.set(
      spec.key,
      spec.indicators.map((indicator) =>
        ctx.make(PlanIndicator, {
          plan,
          name: indicator.name,
          unit: indicator.unit,
          baseline: indicator.baseline,
          target: indicator.target,
          higherIsBetter: indicator.higherIsBetter,
        }),
      ),
    );
    for (const [index, resolutionKey] of spec.resolutions.entries()) {
      const resolutionSpec = RESOLUTIONS.find((r) => r.key === resolutionKey);
      if (!resolutionSpec) throw new Error(`Demo data: unknown resolution "${resolutionKey}"`);
      holds(
        resolutionFitsPlan({ workingGroupId: resolutionSpec.group, clusterId: resolutionSpec.cluster }, spec.cluster, responsible, [
          'resolutions',
          String(index),
        ]),
        what,
      );
      ctx.make(PlanResolution, { plan, resolution: byKey(ctx.resolutions, resolutionKey, 'resolution') });
    }
  }
}
