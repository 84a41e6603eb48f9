import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import type { Context } from '../../context';
import { parseQuarterLabel, quarterStart } from '../../kernel/calendar';
import { decimalOf, formatDecimal } from '../../kernel/decimal';
import { load } from '../../kernel/load';
import { inputId, type Payload, runMutation, snapshot } from '../../kernel/mutation';
import { enforce } from '../../kernel/rules';
import { actsForResponsibleGroupOn, responsibleWorkingGroups } from '../authority/authority';
import { termInForceOnFilter } from '../authority/term';
import { Cluster } from '../cluster/cluster.entity';
import { PlanIndicator } from '../development-plan/development-plan.entity';
import { Person } from '../person/person.entity';
import { SUPERVISOR_APPOINTMENT_TERM, SupervisorAppointment } from '../supervisor-appointment/supervisor-appointment.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { IndicatorActual, ProgressReport, ReportBottleneck, ReportingObligation } from './reporting.entity';
import type {
  ProgressReportContentInput,
  ReviseProgressReportInput,
  SubmitProgressReportInput,
  WaiveReportingObligationInput,
} from './reporting.inputs';
import * as rules from './reporting.rules';

/** The content of a report with its ids decoded (malformed ids fail as BAD_USER_INPUT before any work). */
interface DecodedContent {
  input: ProgressReportContentInput;
  actuals: { indicatorId: string; value: string }[];
}

function decodeContent(input: ProgressReportContentInput): DecodedContent {
  const actuals = (input.indicatorActuals ?? []).map((actual, index) => ({
    indicatorId: inputId(actual.indicatorId, 'PlanIndicator', `input.indicatorActuals.${index}.indicatorId`),
    value: actual.value,
  }));
  return { input, actuals };
}

/**
 * Loads the obligation `input.obligationId` names and locks its row: two reports, two revisions or a
 * report and a waiver sent at the same moment for one obligation are taken one after the other, so
 * the second sees the first.
 */
function lockObligation(em: EntityManager, obligationGlobalId: string): Promise<ReportingObligation> {
  return load(em, ReportingObligation, obligationGlobalId, 'input.obligationId', { lock: true });
}

/** Checks the content rules of R5 against the indicators of the obligation's plan. */
async function enforceContent(em: EntityManager, obligation: ReportingObligation, content: DecodedContent): Promise<void> {
  const indicators = obligation.plan ? await em.find(PlanIndicator, { plan: obligation.plan.id }) : [];
  enforce(
    rules.reportContentIsComplete(
      {
        madeProgress: content.input.madeProgress,
        percentComplete: content.input.percentComplete,
        bottleneckCount: content.input.bottlenecks?.length ?? 0,
        indicatorIds: content.actuals.map((actual) => actual.indicatorId),
      },
      new Set(indicators.map((indicator) => indicator.id)),
    ),
  );
}

/**
 * Writes one revision of a report with its bottlenecks and actuals, delivered (R5) to the cluster's
 * supervisor in force today and to its provincial working group (the central one where the province
 * has none).
 */
async function writeRevision(
  ctx: Context,
  em: EntityManager,
  obligation: ReportingObligation,
  content: DecodedContent,
  supersedes: ProgressReport | null,
): Promise<ProgressReport> {
  const today = ctx.clock.today();
  const cluster = await em.findOneOrFail(Cluster, obligation.cluster.id);
  const groups = await responsibleWorkingGroups(em, cluster);
  const appointment = await em.findOne(SupervisorAppointment, {
    cluster: cluster.id,
    ...termInForceOnFilter(SUPERVISOR_APPOINTMENT_TERM, today),
  });
  const { input } = content;
  const report = em.create(ProgressReport, {
    obligation,
    cluster,
    plan: obligation.plan ?? null,
    submittedBy: em.getReference(Person, ctx.viewer.person.id),
    supersedes,
    recipientSupervisor: appointment ? appointment.supervisor : null,
    recipientWorkingGroup: rules.recipientWorkingGroupOf(groups),
    period: obligation.period,
    revision: supersedes ? supersedes.revision + 1 : 1,
    submittedOn: today,
    late: rules.isLate(today, obligation.dueOn),
    madeProgress: input.madeProgress,
    percentComplete: input.madeProgress ? input.percentComplete! : null,
    summary: input.summary.trim(),
  });
  for (const bottleneck of input.bottlenecks ?? []) {
    em.create(ReportBottleneck, { report, category: bottleneck.category, description: bottleneck.description.trim() });
  }
  for (const actual of content.actuals) {
    em.create(IndicatorActual, {
      report,
      indicator: em.getReference(PlanIndicator, actual.indicatorId),
      value: formatDecimal(decimalOf(actual.value)),
    });
  }
  return report;
}

/** R5 (Art. 4-1): the obligor's quarterly report of progress, or of the bottlenecks that prevented it. */
export function submitProgressReport(ctx: Context, input: SubmitProgressReportInput): Promise<Payload<ProgressReport>> {
  const content = decodeContent(input);
  return runMutation(ctx, 'submitProgressReport', async (em) => {
    const obligation = await lockObligation(em, input.obligationId);
    const today = ctx.clock.today();
    enforce(rules.isObligor(obligation.obligor.id, ctx.viewer.person.id));
    enforce(rules.notWaived(obligation.waivedOn));
    enforce(rules.periodHasBegun(quarterStart(parseQuarterLabel(obligation.period)!), today));
    enforce(rules.notYetReported(await em.count(ProgressReport, { obligation: obligation.id })));
    await enforceContent(em, obligation, content);

    const report = await writeRevision(ctx, em, obligation, content, null);
    // The obligation's status follows from its first report (submittedLate is derived on flush).
    obligation.submittedOn = today;
    return { target: report };
  });
}

/**
 * R5 (Art. 4-1): a correction is a new revision that supersedes the latest one; every earlier
 * revision is kept unchanged. Only the obligor may send it.
 */
export function reviseProgressReport(ctx: Context, input: ReviseProgressReportInput): Promise<Payload<ProgressReport>> {
  const content = decodeContent(input);
  return runMutation(ctx, 'reviseProgressReport', async (em) => {
    const given = await load(em, ProgressReport, input.reportId, 'input.reportId');
    // A report's obligation is never deleted; the lock serialises this revision with any other change to it.
    const obligation = await em.findOneOrFail(ReportingObligation, given.obligation.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    enforce(rules.isObligor(obligation.obligor.id, ctx.viewer.person.id));
    enforce(rules.notWaived(obligation.waivedOn));
    await enforceContent(em, obligation, content);

    // Read after the lock: a revision sent a moment earlier is the one this supersedes.
    const latest = await em.findOneOrFail(ProgressReport, { obligation: obligation.id }, { orderBy: { revision: 'desc' } });
    const revision = await writeRevision(ctx, em, obligation, content, latest);
    return { target: revision };
  });
}

/**
 * A responsible working group (R4) waives a report that is no longer owed, e.g. while a plan is
 * suspended; only while no report has been sent for it.
 */
export function waiveReportingObligation(ctx: Context, input: WaiveReportingObligationInput): Promise<Payload<ReportingObligation>> {
  const workingGroupId = inputId(input.workingGroupId, 'WorkingGroup', 'input.workingGroupId');
  return runMutation(ctx, 'waiveReportingObligation', async (em) => {
    const obligation = await lockObligation(em, input.obligationId);
    const before = snapshot(obligation);
    const today = ctx.clock.today();
    const cluster = await em.findOneOrFail(Cluster, obligation.cluster.id);
    enforce(await actsForResponsibleGroupOn(em, ctx.viewer.person.id, cluster, workingGroupId, today));
    enforce(rules.canWaive(obligation, await em.count(ProgressReport, { obligation: obligation.id })));

    obligation.waivedOn = today;
    obligation.waiverReason = input.reason.trim();
    obligation.waivedBy = em.getReference(WorkingGroup, workingGroupId);
    return { target: obligation, before };
  });
}
