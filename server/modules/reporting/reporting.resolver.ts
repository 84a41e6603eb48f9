import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context';
import { decimalOf, formatDecimal } from '../../kernel/decimal';
import { payloadType } from '../../kernel/mutation';
import { Period } from '../../kernel/period';
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

const SubmitProgressReportPayload = payloadType('SubmitProgressReport', 'report', ProgressReport, 'The report as recorded (revision 1).');
const ReviseProgressReportPayload = payloadType('ReviseProgressReport', 'report', ProgressReport, 'The new revision.');
const WaiveReportingObligationPayload = payloadType(
  'WaiveReportingObligation',
  'obligation',
  ReportingObligation,
  'The waived obligation.',
);

@Resolver(() => ReportingObligation)
export class ReportingObligationResolver {
  @Mutation(() => WaiveReportingObligationPayload, {
    description:
      'Waives a quarterly report that is no longer owed; by the head or secretariat of a responsible working group, only while no report has been sent (Art. 4-1, Art. 3).',
  })
  waiveReportingObligation(
    @Arg('input', () => WaiveReportingObligationInput, { description: 'The waiver.' }) input: WaiveReportingObligationInput,
    @Ctx() ctx: Context,
  ) {
    return waiveReportingObligation(ctx, input);
  }

  @FieldResolver(() => ObligationStatus, { description: 'Where the obligation stands today.' })
  status(@Root() obligation: ReportingObligation, @Ctx() ctx: Context): ObligationStatus {
    return obligationStatus(obligation, ctx.clock.today());
  }

  @FieldResolver(() => Period, { description: 'The quarter reported on.' })
  period(@Root() obligation: ReportingObligation): Period {
    return Period.fromLabel(obligation.period);
  }

  @FieldResolver(() => Person, { description: 'Who owes the report: the agent or the plan executor.' })
  obligor(@Root() obligation: ReportingObligation, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, obligation.obligor);
  }

  @FieldResolver(() => Cluster, { description: 'The cluster.' })
  cluster(@Root() obligation: ReportingObligation, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Cluster, obligation.cluster);
  }

  @FieldResolver(() => AgentContract, {
    nullable: true,
    description: 'The agent contract the obligation comes from, for agent obligations.',
  })
  agentContract(@Root() obligation: ReportingObligation, @Ctx() ctx: Context) {
    return ctx.loaders.reference(AgentContract, obligation.agentContract);
  }

  @FieldResolver(() => DevelopmentPlan, { nullable: true, description: 'The plan the obligation comes from, for executor obligations.' })
  plan(@Root() obligation: ReportingObligation, @Ctx() ctx: Context) {
    return ctx.loaders.reference(DevelopmentPlan, obligation.plan);
  }

  @FieldResolver(() => WorkingGroup, {
    nullable: true,
    description: 'The responsible working group that waived the obligation, when recorded.',
  })
  waivedBy(@Root() obligation: ReportingObligation, @Ctx() ctx: Context) {
    return ctx.loaders.reference(WorkingGroup, obligation.waivedBy);
  }
}

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @Mutation(() => SubmitProgressReportPayload, {
    description:
      'Sends the quarterly report owed for an obligation: progress with percent complete and indicator actuals, or the reasons and bottlenecks that prevented it; only by the obligor, once (Art. 4-1).',
  })
  submitProgressReport(
    @Arg('input', () => SubmitProgressReportInput, { description: 'The report.' }) input: SubmitProgressReportInput,
    @Ctx() ctx: Context,
  ) {
    return submitProgressReport(ctx, input);
  }

  @Mutation(() => ReviseProgressReportPayload, {
    description: 'Corrects a report with a new revision that supersedes the latest one; earlier revisions are kept unchanged (Art. 4-1).',
  })
  reviseProgressReport(
    @Arg('input', () => ReviseProgressReportInput, { description: 'The corrected report.' }) input: ReviseProgressReportInput,
    @Ctx() ctx: Context,
  ) {
    return reviseProgressReport(ctx, input);
  }

  @FieldResolver(() => Period, { description: 'The quarter reported on.' })
  period(@Root() report: ProgressReport): Period {
    return Period.fromLabel(report.period);
  }

  @FieldResolver(() => ReportingObligation, { description: 'The obligation this report answers.' })
  obligation(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return ctx.loaders.reference(ReportingObligation, report.obligation);
  }

  @FieldResolver(() => Cluster, { description: 'The cluster.' })
  cluster(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Cluster, report.cluster);
  }

  @FieldResolver(() => DevelopmentPlan, { nullable: true, description: "The plan, for a plan executor's report." })
  plan(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return ctx.loaders.reference(DevelopmentPlan, report.plan);
  }

  @FieldResolver(() => Person, { description: 'Who submitted it.' })
  submittedBy(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, report.submittedBy);
  }

  @FieldResolver(() => ProgressReport, { nullable: true, description: 'The earlier revision this one corrects.' })
  supersedes(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return ctx.loaders.reference(ProgressReport, report.supersedes);
  }

  @FieldResolver(() => ProgressReport, {
    nullable: true,
    description: 'The later revision that corrects this one; null for the latest revision.',
  })
  supersededBy(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return supersedingRevisionLoader(ctx).load(report.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Recipient: the supervisor in office when it was sent (Art. 4-1).' })
  recipientSupervisor(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, report.recipientSupervisor);
  }

  @FieldResolver(() => WorkingGroup, {
    description: "Recipient: the cluster's provincial working group, or the central one where the province has none (Art. 4-1).",
  })
  recipientWorkingGroup(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return ctx.loaders.reference(WorkingGroup, report.recipientWorkingGroup);
  }
}

@Resolver(() => ReportBottleneck)
export class ReportBottleneckResolver {
  @FieldResolver(() => ProgressReport, { description: 'The report.' })
  report(@Root() bottleneck: ReportBottleneck, @Ctx() ctx: Context) {
    return ctx.loaders.reference(ProgressReport, bottleneck.report);
  }
}

@Resolver(() => IndicatorActual)
export class IndicatorActualResolver {
  @FieldResolver(() => ProgressReport, { description: 'The report that stated the value.' })
  report(@Root() actual: IndicatorActual, @Ctx() ctx: Context) {
    return ctx.loaders.reference(ProgressReport, actual.report);
  }

  @FieldResolver(() => PlanIndicator, { description: 'The indicator.' })
  indicator(@Root() actual: IndicatorActual, @Ctx() ctx: Context) {
    return ctx.loaders.reference(PlanIndicator, actual.indicator);
  }
}

/** R10 (preamble): the gap between performance and target of each plan indicator. */
@Resolver(() => PlanIndicator)
export class PlanIndicatorGapResolver {
  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description:
      'Latest actual: the value stated by the latest revision of the latest report (by quarter) that states it; null before any.',
  })
  async latestActual(@Root() indicator: PlanIndicator, @Ctx() ctx: Context): Promise<string | null> {
    const actual = await latestActualLoader(ctx).load(indicator.id);
    return actual === null ? null : formatDecimal(actual);
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description:
      'How far the latest actual falls short of the target: target − actual when higher is better, actual − target otherwise; negative when ahead; null without an actual.',
  })
  async gap(@Root() indicator: PlanIndicator, @Ctx() ctx: Context): Promise<string | null> {
    const gap = gapOf(decimalOf(indicator.target), await latestActualLoader(ctx).load(indicator.id), indicator.higherIsBetter);
    return gap === null ? null : formatDecimal(gap);
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description:
      'Achievement rate, comparable across units: actual ÷ target when higher is better, (2 × target − actual) ÷ target when lower is better ' +
      '(1 at the target, above 1 when better), to 4 places; null without an actual or with a target of 0.',
  })
  async achievementRate(@Root() indicator: PlanIndicator, @Ctx() ctx: Context): Promise<string | null> {
    const rate = achievementRateOf(decimalOf(indicator.target), await latestActualLoader(ctx).load(indicator.id), indicator.higherIsBetter);
    return rate === null ? null : formatDecimal(rate);
  }
}

/** R10 (preamble): the gap between performance and the targets of resolutions. */
@Resolver(() => ResolutionTarget)
export class ResolutionTargetGapResolver {
  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description:
      "Latest actual: the sum of the latest actuals of the linked plans' indicators with the same indicator name and unit; null when none has an actual.",
  })
  async latestActual(@Root() target: ResolutionTarget, @Ctx() ctx: Context): Promise<string | null> {
    const actual = await resolutionTargetActual(ctx, target);
    return actual === null ? null : formatDecimal(actual);
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description:
      'How far the latest actual falls short of the target value: target − actual when higher is better, actual − target otherwise; null without an actual.',
  })
  async gap(@Root() target: ResolutionTarget, @Ctx() ctx: Context): Promise<string | null> {
    const gap = gapOf(decimalOf(target.targetValue), await resolutionTargetActual(ctx, target), target.higherIsBetter);
    return gap === null ? null : formatDecimal(gap);
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description:
      'Achievement rate, comparable across units: actual ÷ target when higher is better, (2 × target − actual) ÷ target when lower is better ' +
      '(1 at the target, above 1 when better), to 4 places; null without an actual or with a target of 0.',
  })
  async achievementRate(@Root() target: ResolutionTarget, @Ctx() ctx: Context): Promise<string | null> {
    const rate = achievementRateOf(decimalOf(target.targetValue), await resolutionTargetActual(ctx, target), target.higherIsBetter);
    return rate === null ? null : formatDecimal(rate);
  }
}
