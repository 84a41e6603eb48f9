import type { EntityManager } from '@mikro-orm/postgresql';

import { parseQuarterLabel, quarterEnd, quarterStart } from '../../kernel/calendar';
import { decimalOf } from '../../kernel/decimal';
import { LATEST_ACTUALS_SQL } from '../reporting/reporting.loaders';
import { compilePeriodicFigures, type FigureInputs, type InProvince } from './periodic-report.figures';

/** Joins a row's cluster to its province; `alias` is the table holding `cluster_id`. */
const PROVINCE_OF = (alias: string) => `join "cluster" c on c."id" = ${alias}."cluster_id" join "province" pv on pv."id" = c."province_id"`;
const PROVINCE_COLUMNS = `pv."code" as "provinceCode", pv."name_en" as "provinceName"`;

/** Reads what the figures count, in a handful of statements whatever the amount of data. */
async function loadFigureInputs(
  em: EntityManager,
  period: string,
  periodStartsOn: string,
  periodEndsOn: string,
  asOf: string,
): Promise<FigureInputs> {
  const obligations = await em.execute<
    (InProvince & { periodEndsOn: string; dueOn: string; submittedOn: string | null; waivedOn: string | null })[]
  >(
    `select ${PROVINCE_COLUMNS}, o."period_ends_on"::text as "periodEndsOn", o."due_on"::text as "dueOn", ` +
      `o."submitted_on"::text as "submittedOn", o."waived_on"::text as "waivedOn" ` +
      `from "reporting_obligation" o ${PROVINCE_OF('o')} where o."period" = ?`,
    [period],
  );
  const reports = await em.execute<(InProvince & { revision: number })[]>(
    `select ${PROVINCE_COLUMNS}, r."revision" from "progress_report" r ${PROVINCE_OF('r')} where r."period" = ? and r."submitted_on" <= ?`,
    [period, asOf],
  );
  const reviews = await em.execute<InProvince[]>(
    `select ${PROVINCE_COLUMNS} from "supervisor_review" s ${PROVINCE_OF('s')} where s."period" = ? and s."reviewed_on" <= ?`,
    [period, asOf],
  );
  const plans = await em.execute<(InProvince & { approvedBudget: string; currentBudget: string })[]>(
    `select ${PROVINCE_COLUMNS}, d."approved_budget"::text as "approvedBudget", d."current_budget"::text as "currentBudget" ` +
      `from "development_plan" d ${PROVINCE_OF('d')} where d."approved_budget" is not null`,
  );
  const indicators = await em.execute<(InProvince & { id: string; target: string; higherIsBetter: boolean })[]>(
    `select ${PROVINCE_COLUMNS}, i."id", i."target"::text as "target", i."higher_is_better" as "higherIsBetter" ` +
      `from "plan_indicator" i join "development_plan" d on d."id" = i."plan_id" ${PROVINCE_OF('d')} where d."approved_budget" is not null`,
  );
  const actuals = await em.execute<{ indicatorId: string; value: string }[]>(LATEST_ACTUALS_SQL(true), [
    `{${indicators.map((indicator) => indicator.id).join(',')}}`,
    period,
  ]);
  const actualOf = new Map(actuals.map((actual) => [actual.indicatorId, decimalOf(actual.value)]));
  const [disputes] = await em.execute<{ count: string }[]>(`select count(*)::text as "count" from "dispute" where "raised_on" <= ?`, [
    asOf,
  ]);

  return {
    period,
    periodStartsOn,
    periodEndsOn,
    asOf,
    obligations,
    reports: reports.map((report) => ({ ...report, revision: Number(report.revision) })),
    reviews,
    plans: plans.map((plan) => ({ ...plan, approvedBudget: BigInt(plan.approvedBudget), currentBudget: BigInt(plan.currentBudget) })),
    indicators: indicators.map((indicator) => ({
      provinceCode: indicator.provinceCode,
      provinceName: indicator.provinceName,
      target: decimalOf(indicator.target),
      latestActual: actualOf.get(indicator.id) ?? null,
      higherIsBetter: indicator.higherIsBetter,
    })),
    disputesLodged: Number(disputes.count),
  };
}

/**
 * R10 (closing): the figures of the periodic report of `period` (a quarter label) taken on `asOf`, as
 * stored in the report's `figures`. The one source of a report's figures: `issuePeriodicReport` and
 * the demo data both take them from here, so every periodic report has the same shape.
 */
export async function periodicFiguresOf(em: EntityManager, period: string, asOf: string): Promise<Record<string, unknown>> {
  const quarter = parseQuarterLabel(period);
  if (!quarter) throw new RangeError(`periodicFiguresOf: "${period}" is not a quarter label`);
  return compilePeriodicFigures(await loadFigureInputs(em, period, quarterStart(quarter), quarterEnd(quarter), asOf));
}
