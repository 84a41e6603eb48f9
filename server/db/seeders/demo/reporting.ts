/**
 * Demo data, quarterly reporting (R5): the obligations of every contract and approved plan from
 * 1403-Q1 to the quarter before `today`, and the reports sent for them: on time with progress unless a
 * scenario below says otherwise (late, missing, no progress with bottlenecks, corrected by a second
 * revision). Due dates, lateness, recipients and the content rules are those of the reporting module.
 */
import { addDays, previousQuarter, type Quarter, quarterEnd, quarterLabel, quarterOf } from '../../../kernel/calendar';
import type { AgentContract } from '../../../modules/agent-contract/agent-contract.entity';
import type { DevelopmentPlan } from '../../../modules/development-plan/development-plan.entity';
import { reportingStartsOn } from '../../../modules/development-plan/development-plan.rules';
import {
  BottleneckCategory,
  IndicatorActual,
  ObligationKind,
  ProgressReport,
  ReportBottleneck,
  ReportingObligation,
} from '../../../modules/reporting/reporting.entity';
import { quartersOverlapping } from '../../../modules/reporting/reporting.obligations';
import { isLate, recipientWorkingGroupOf, reportContentIsComplete, reportDueOn } from '../../../modules/reporting/reporting.rules';
import { CONTRACTS, responsibleGroupsOf } from './clusters';
import { clusterOf, daysBetween, type DemoContext, groupOf, holds, minDate, personOf, planOf } from './context';
import { hasApprovedBudget, PLANS, type PlanSpec } from './plans';
import { appointmentOn } from './supervisors';

/** Reporting obligations start with this quarter (the first full year of the demo programme). */
const FIRST_REPORTING_QUARTER: Quarter = { year: 1403, quarter: 1 };

// Report scenarios (everything not listed here is reported on time, with progress)
type ReportScenario =
  | { kind: 'late'; daysAfterDue: number }
  | { kind: 'missing' }
  | { kind: 'noProgress'; bottlenecks: { category: BottleneckCategory; description: string }[] }
  | { kind: 'corrected'; daysLater: number };

const REPORT_SCENARIOS: Readonly<Record<string, ReportScenario>> = {
  'K3a@1403-Q1': {
    kind: 'noProgress',
    bottlenecks: [
      {
        category: BottleneckCategory.HUMAN_RESOURCES,
        description: 'The cluster facilitator resigned and no replacement could be hired in the quarter; no joint action was started.',
      },
    ],
  },
  'K2@1403-Q3': { kind: 'late', daysAfterDue: 9 },
  'P1@1403-Q3': { kind: 'corrected', daysLater: 5 },
  'P5@1403-Q4': {
    kind: 'noProgress',
    bottlenecks: [
      {
        category: BottleneckCategory.REGULATORY,
        description: 'The provincial environment office has not issued the permit the recycling line needs to operate.',
      },
      {
        category: BottleneckCategory.FINANCING,
        description: 'The second instalment of the project budget was held back until the permit is granted.',
      },
    ],
  },
  'P4@1403-Q4': { kind: 'late', daysAfterDue: 20 },
  'K5@1404-Q1': { kind: 'missing' },
  'P2@1404-Q1': { kind: 'missing' },
};

function quarterIndex(quarter: Quarter): number {
  return quarter.year * 4 + quarter.quarter - 1;
}

/** Progress at the end of `asOf` over a term, in hundredths of a percent (0–10000), scaled by `pace`. */
function progressHundredths(startsOn: string, endsOn: string, asOf: string, pace: number): number {
  const total = daysBetween(startsOn, endsOn) + 1;
  const elapsed = Math.min(Math.max(daysBetween(startsOn, asOf) + 1, 0), total);
  return Math.min(10000, Math.max(100, Math.round((elapsed * 100 * pace) / total)));
}

function formatHundredths(value: number): string {
  return `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}

/** baseline + (target − baseline) × hundredths / 10000, on integers (works for lower-is-better too). */
function interpolate(baseline: string, target: string, hundredths: number): string {
  const from = BigInt(baseline);
  const to = BigInt(target);
  return (from + ((to - from) * BigInt(hundredths)) / 10000n).toString();
}

interface ObligationSource {
  key: string;
  cluster: string;
  obligor: string;
  kind: ObligationKind;
  contract: AgentContract | null;
  plan: DevelopmentPlan | null;
  planSpec: PlanSpec | null;
  /** The term, over which progress advances at `pace`. */
  startsOn: string;
  endsOn: string;
  /** The first and last days reports are owed for. */
  reportsFrom: string;
  lastDay: string;
  pace: number;
}

function obligationSources(ctx: DemoContext): ObligationSource[] {
  return [
    ...CONTRACTS.map((c) => ({
      key: c.key,
      cluster: c.cluster,
      obligor: c.agent,
      kind: ObligationKind.AGENT,
      contract: ctx.contracts.get(c.key)!,
      plan: null,
      planSpec: null,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      reportsFrom: c.startsOn,
      lastDay: c.terminatedOn ?? c.endsOn,
      pace: c.pace,
    })),
    ...PLANS.filter(hasApprovedBudget).map((p) => ({
      key: p.key,
      cluster: p.cluster,
      obligor: p.executor,
      kind: ObligationKind.PLAN_EXECUTOR,
      contract: null,
      plan: planOf(ctx, p.key),
      planSpec: p,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      reportsFrom: reportingStartsOn(p.startsOn, p.decidedOn!),
      lastDay: p.endsOn,
      pace: p.pace,
    })),
  ];
}

/**
 * Obligations and reports, written directly: the mutations date a report (and a waiver) today, and
 * the demo's were sent over two years. Each row is checked with the rules `submitProgressReport`,
 * `reviseProgressReport` and `waiveReportingObligation` apply.
 */
export function seedReporting(ctx: DemoContext): void {
  const { today } = ctx;
  const lastReportable = quarterIndex(previousQuarter(quarterOf(today)));
  let reportSequence = 0;
  for (const source of obligationSources(ctx)) {
    const recipient = recipientWorkingGroupOf(responsibleGroupsOf(source.cluster).map((key) => groupOf(ctx, key)));
    const planIndicators = source.planSpec ? ctx.indicators.get(source.planSpec.key)! : [];
    const indicatorNames = new Set(planIndicators.map((indicator) => indicator.name));
    const quarters = quartersOverlapping(source.reportsFrom, source.lastDay).filter(
      (quarter) => quarterIndex(quarter) >= quarterIndex(FIRST_REPORTING_QUARTER) && quarterIndex(quarter) <= lastReportable,
    );
    for (const quarter of quarters) {
      const period = quarterLabel(quarter);
      const periodEndsOn = quarterEnd(quarter);
      const dueOn = reportDueOn(periodEndsOn, ctx.graceDays);
      const scenario = REPORT_SCENARIOS[`${source.key}@${period}`];
      const waived = source.planSpec?.waiveFrom !== undefined && quarterIndex(quarter) >= quarterIndex(source.planSpec.waiveFrom);
      const waivedOn = waived ? minDate(addDays(periodEndsOn, 5), today) : null;

      reportSequence += 1;
      let submittedOn: string | null = null;
      if (!waived && scenario?.kind !== 'missing') {
        submittedOn =
          scenario?.kind === 'late' ? addDays(dueOn, scenario.daysAfterDue) : addDays(periodEndsOn, 3 + ((reportSequence * 7) % 10));
        if (submittedOn > today) submittedOn = null; // not sent yet: the obligation is DUE
      }

      const obligation = ctx.make(ReportingObligation, {
        kind: source.kind,
        obligor: personOf(ctx, source.obligor),
        cluster: clusterOf(ctx, source.cluster),
        agentContract: source.contract,
        plan: source.plan,
        period,
        periodEndsOn,
        dueOn,
        submittedOn,
        waivedOn,
        waiverReason: waived ? (source.planSpec!.waiverReason ?? 'Waived by the working group.') : null,
      });
      if (submittedOn === null) continue;

      const hundredths = progressHundredths(source.startsOn, source.endsOn, periodEndsOn, source.pace);
      const percent = formatHundredths(hundredths);
      const noProgress = scenario?.kind === 'noProgress';
      const bottlenecks = scenario?.kind === 'noProgress' ? scenario.bottlenecks : [];
      const what = source.planSpec ? `"${source.planSpec.title}"` : 'the cluster development programme';
      const writeReport = (on: string, revision: number, supersedes: ProgressReport | null, summary: string, actualScale: bigint) => {
        const which = `report ${source.key}@${period} revision ${revision}`;
        holds(
          reportContentIsComplete(
            {
              madeProgress: !noProgress,
              percentComplete: noProgress ? null : percent,
              bottleneckCount: bottlenecks.length,
              indicatorIds: noProgress ? [] : planIndicators.map((indicator) => indicator.name),
            },
            indicatorNames,
          ),
          which,
        );
        const supervisor = appointmentOn(ctx, source.cluster, on);
        const report = ctx.make(ProgressReport, {
          obligation,
          cluster: clusterOf(ctx, source.cluster),
          plan: source.plan,
          submittedBy: personOf(ctx, source.obligor),
          supersedes,
          recipientSupervisor: supervisor ? personOf(ctx, supervisor.supervisor) : null,
          recipientWorkingGroup: recipient,
          period,
          revision,
          submittedOn: on,
          late: isLate(on, dueOn),
          madeProgress: !noProgress,
          percentComplete: noProgress ? null : percent,
          summary,
        });
        for (const bottleneck of bottlenecks) {
          ctx.make(ReportBottleneck, { report, category: bottleneck.category, description: bottleneck.description });
        }
        if (!noProgress) {
          planIndicators.forEach((indicator, index) => {
            const value = BigInt(interpolate(indicator.baseline, indicator.target, hundredths));
            ctx.make(IndicatorActual, { report, indicator, value: (index === 0 ? value * actualScale : value).toString() });
          });
        }
        return report;
      };

      if (scenario?.kind === 'noProgress') {
        writeReport(submittedOn, 1, null, `${period}: no progress on ${what}. The reasons and bottlenecks are listed below.`, 1n);
      } else if (scenario?.kind === 'corrected') {
        // The first revision overstated the first indicator tenfold; the second corrects it.
        const original = writeReport(submittedOn, 1, null, `${period}: ${what} is ${percent}% complete.`, 10n);
        const correctedOn = addDays(submittedOn, scenario.daysLater);
        if (correctedOn <= today) {
          // Written after the first flush: the unit of work would otherwise insert the self-reference
          // as null and set it afterwards, which the revision CHECK refuses.
          ctx.afterFlush.push(() =>
            writeReport(
              correctedOn,
              2,
              original,
              `${period}: ${what} is ${percent}% complete. Correction of revision 1: the export value was overstated by a typing error.`,
              1n,
            ),
          );
        }
      } else {
        writeReport(
          submittedOn,
          1,
          null,
          `${period}: ${what} is ${percent}% complete.${scenario?.kind === 'late' ? ' Sent late: the figures from member firms arrived after the quarter closed.' : ''}`,
          1n,
        );
      }
    }
  }
}
