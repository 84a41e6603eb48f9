import type { Context } from '../../context';
import { decimalOf, formatDecimal, type ScaledDecimal } from '../../kernel/decimal';
import { fieldResolvers, mutationResolver, periodLabel, reference } from '../../kernel/resolver-factories';
import { DecimalScalar } from '../../kernel/scalars';
import { AgentContract } from '../agent-contract/agent-contract.entity';
import { Cluster } from '../cluster/cluster.entity';
import { DevelopmentPlan, PlanIndicator } from '../development-plan/development-plan.entity';
import { Person } from '../person/person.entity';
import { ResolutionTarget } from '../resolution/resolution.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { IndicatorActual, ObligationStatus, ProgressReport, ReportBottleneck, ReportingObligation } from './reporting.entity';
import { ReviseProgressReportInput, SubmitProgressReportInput, WaiveReportingObligationInput } from './reporting.inputs';
import { latestActualLoader, resolutionTargetActual, supersedingRevisionLoader } from './reporting.loaders';
import { achievementRateOf, gapOf, obligationStatus } from './reporting.rules';
import { reviseProgressReport, submitProgressReport, waiveReportingObligation } from './reporting.service';

const ReportingMutations = mutationResolver('ReportingMutations', {
  waiveReportingObligation: {
    description: `
      Waives a quarterly report that is no longer owed; by the head or secretariat of a responsible working group, only while no report has
      been sent (Art. 4-1, Art. 3).`,
    input: [WaiveReportingObligationInput, 'The waiver.'],
    payload: ['obligation', ReportingObligation, 'The waived obligation.'],
    run: waiveReportingObligation,
  },
  submitProgressReport: {
    description: `
      Sends the quarterly report owed for an obligation: progress with percent complete and indicator actuals, or the reasons and
      bottlenecks that prevented it; only by the obligor, once (Art. 4-1).`,
    input: [SubmitProgressReportInput, 'The report.'],
    payload: ['report', ProgressReport, 'The report as recorded (revision 1).'],
    run: submitProgressReport,
  },
  reviseProgressReport: {
    description: `
      Corrects a report with a new revision that supersedes the latest one; earlier revisions are kept unchanged (Art. 4-1).`,
    input: [ReviseProgressReportInput, 'The corrected report.'],
    payload: ['report', ProgressReport, 'The new revision.'],
    run: reviseProgressReport,
  },
});

const ReportingObligationFields = fieldResolvers(ReportingObligation, {
  status: {
    type: () => ObligationStatus,
    description: 'Where the obligation stands today.',
    resolve: (obligation: ReportingObligation, ctx: Context): ObligationStatus => obligationStatus(obligation, ctx.clock.today()),
  },
  period: periodLabel('The quarter reported on.'),
  obligor: reference(Person, 'Who owes the report: the agent or the plan executor.'),
  cluster: reference(Cluster, 'The cluster.'),
  agentContract: reference(AgentContract, 'The agent contract the obligation comes from, for agent obligations.', { nullable: true }),
  plan: reference(DevelopmentPlan, 'The plan the obligation comes from, for executor obligations.', { nullable: true }),
  waivedBy: reference(WorkingGroup, 'The responsible working group that waived the obligation, when recorded.', { nullable: true }),
});

const ProgressReportFields = fieldResolvers(ProgressReport, {
  period: periodLabel('The quarter reported on.'),
  obligation: reference(ReportingObligation, 'The obligation this report answers.'),
  cluster: reference(Cluster, 'The cluster.'),
  plan: reference(DevelopmentPlan, "The plan, for a plan executor's report.", { nullable: true }),
  submittedBy: reference(Person, 'Who submitted it.'),
  supersedes: reference(ProgressReport, 'The earlier revision this one corrects.', { nullable: true }),
  supersededBy: {
    type: () => ProgressReport,
    nullable: true,
    description: 'The later revision that corrects this one; null for the latest revision.',
    resolve: (report: ProgressReport, ctx: Context) => supersedingRevisionLoader(ctx).load(report.id),
  },
  recipientSupervisor: reference(Person, 'Recipient: the supervisor in office when it was sent (Art. 4-1).', { nullable: true }),
  recipientWorkingGroup: reference(
    WorkingGroup,
    "Recipient: the cluster's provincial working group, or the central one where the province has none (Art. 4-1).",
  ),
});

const ReportBottleneckFields = fieldResolvers(ReportBottleneck, {
  report: reference(ProgressReport, 'The report.'),
});

const IndicatorActualFields = fieldResolvers(IndicatorActual, {
  report: reference(ProgressReport, 'The report that stated the value.'),
  indicator: reference(PlanIndicator, 'The indicator.'),
});

/** A decimal field, null where the value is. */
const decimalField = <TRow>(description: string, value: (row: TRow, ctx: Context) => Promise<ScaledDecimal | null>) => ({
  type: () => DecimalScalar,
  nullable: true,
  description,
  resolve: async (row: TRow, ctx: Context): Promise<string | null> => {
    const decimal = await value(row, ctx);
    return decimal === null ? null : formatDecimal(decimal);
  },
});

/**
 * R10 (preamble): the gap between performance and target of a row with a target and a direction,
 * from its latest actual; `describe` words the first two fields for the row's kind.
 */
function gapFields<TRow extends { higherIsBetter: boolean }>(
  target: (row: TRow) => string,
  latestActual: (row: TRow, ctx: Context) => Promise<ScaledDecimal | null>,
  descriptions: { latestActual: string; gap: string },
) {
  return {
    latestActual: decimalField(descriptions.latestActual, latestActual),
    gap: decimalField(descriptions.gap, async (row: TRow, ctx) =>
      gapOf(decimalOf(target(row)), await latestActual(row, ctx), row.higherIsBetter),
    ),
    achievementRate: decimalField(
      'Achievement rate, comparable across units: actual ÷ target when higher is better, (2 × target − actual) ÷ target when lower is better ' +
        '(1 at the target, above 1 when better), to 4 places; null without an actual or with a target of 0.',
      async (row: TRow, ctx) => achievementRateOf(decimalOf(target(row)), await latestActual(row, ctx), row.higherIsBetter),
    ),
  };
}

const PlanIndicatorGapFields = fieldResolvers(
  PlanIndicator,
  gapFields(
    (indicator: PlanIndicator) => indicator.target,
    (indicator, ctx) => latestActualLoader(ctx).load(indicator.id),
    {
      latestActual:
        'Latest actual: the value stated by the latest revision of the latest report (by quarter) that states it; null before any.',
      gap: 'How far the latest actual falls short of the target: target − actual when higher is better, actual − target otherwise; negative when ahead; null without an actual.',
    },
  ),
);

const ResolutionTargetGapFields = fieldResolvers(
  ResolutionTarget,
  gapFields(
    (target: ResolutionTarget) => target.targetValue,
    (target, ctx) => resolutionTargetActual(ctx, target),
    {
      latestActual:
        "Latest actual: the sum of the latest actuals of the linked plans' indicators with the same indicator name and unit; null when none has an actual.",
      gap: 'How far the latest actual falls short of the target value: target − actual when higher is better, actual − target otherwise; null without an actual.',
    },
  ),
);

export const reportingResolvers = [
  ReportingMutations,
  ReportingObligationFields,
  ProgressReportFields,
  ReportBottleneckFields,
  IndicatorActualFields,
  PlanIndicatorGapFields,
  ResolutionTargetGapFields,
];
