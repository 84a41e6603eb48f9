/**
 * Demo data, development plans and projects: approved, suspended, completed, proposed and rejected
 * ones, with their indicators and the resolutions they carry out.
 */
import { parseQuarterLabel, type Quarter } from '../../../kernel/calendar';
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
import { agencyOf, byKey, clusterOf, type DemoContext, GROUP_KEYS, type GroupKey, groupOf, holds, oneOf, personOf } from './context';
import planRows from './data/plans.json';
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
  /** Obligations from this quarter on are waived (the plan is suspended); `1404-Q1` in data/plans.json. */
  waiveFrom?: Quarter;
  waiverReason?: string;
}

/** The plans as data/plans.json states them. */
export const PLANS: readonly PlanSpec[] = planRows.map((row) => {
  const what = `plan ${row.key}`;
  return {
    ...row,
    agency: oneOf(Object.values(AGENCY_CODES), row.agency, what),
    decidedBy: row.decidedBy === null ? null : oneOf(GROUP_KEYS, row.decidedBy, what),
    kind: oneOf(Object.values(PlanKind), row.kind, what),
    status: oneOf(Object.values(PlanStatus), row.status, what),
    waiveFrom: row.waiveFrom === undefined ? undefined : quarterOfLabel(row.waiveFrom, what),
  };
});

function quarterOfLabel(label: string, what: string): Quarter {
  const quarter = parseQuarterLabel(label);
  if (!quarter) throw new Error(`Demo data: ${what}: bad quarter ${label}`);
  return quarter;
}

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
