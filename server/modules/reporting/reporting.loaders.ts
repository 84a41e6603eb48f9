import type DataLoader from 'dataloader';

import type { Context } from '../../context';
import { decimalOf, type ScaledDecimal, sumDecimals } from '../../kernel/decimal';
import { normalizePersian } from '../../kernel/persian-text';
import { scopeSql } from '../access/row-scope';
import { ProgressReport } from './reporting.entity';

/** Only current revisions count: a superseded revision's values were corrected. */
const CURRENT_REVISION = `not exists (select 1 from "progress_report" later where later."supersedes_id" = r."id")`;
/** Among current revisions, the report of the latest quarter wins, then the latest submitted. */
const LATEST_FIRST = `r."period" desc, r."submitted_on" desc, r."revision" desc, r."created_at" desc`;

/**
 * Latest actual of each plan indicator (R10): the value stated by the latest revision of the latest
 * report that states it. `upToPeriod` limits the reports to quarters up to a given one (for
 * periodic reports). Parameters: the indicator ids as a uuid array, then the period if limited.
 */
export const LATEST_ACTUALS_SQL = (upToPeriod: boolean) =>
  `select distinct on (a."indicator_id") a."indicator_id" as "indicatorId", a."value"::text as "value" ` +
  `from "indicator_actual" a join "progress_report" r on r."id" = a."report_id" ` +
  `where a."indicator_id" = any(?::uuid[]) and ${CURRENT_REVISION} ` +
  (upToPeriod ? `and r."period" <= ? ` : '') +
  `order by a."indicator_id", ${LATEST_FIRST}`;

/**
 * SQL of the latest actual (R10) of the indicator whose id `indicatorId` computes, as text; null
 * before any. The same choice as LATEST_ACTUALS_SQL, for one indicator (the read engine's).
 */
export function latestActualSql(indicatorId: string): string {
  return (
    `(select a."value"::text from "indicator_actual" a join "progress_report" r on r."id" = a."report_id" ` +
    `where a."indicator_id" = ${indicatorId} and ${CURRENT_REVISION} order by ${LATEST_FIRST} limit 1)`
  );
}

/**
 * Plan indicators, each with its latest actual as text in `"@latest_actual"` (as latestActualSql
 * gives it), found for all of them in one pass: the indicators `where` admits (a condition on the
 * alias `t0`; `true` for all), their current actuals sorted once. A sort on the achievement rate
 * needs every row's actual; looked up row by row it costs an index walk per indicator.
 */
export function indicatorsWithLatestActualSql(where: string): string {
  const admitted = where === 'true' ? '' : ` and a."indicator_id" in (select t0."id" from "plan_indicator" t0 where ${where})`;
  return (
    `(select i.*, la."value"::text as "@latest_actual" from "plan_indicator" i left join (` +
    `select distinct on (a."indicator_id") a."indicator_id", a."value" from "indicator_actual" a join "progress_report" r on r."id" = a."report_id" ` +
    `where ${CURRENT_REVISION}${admitted} order by a."indicator_id", ${LATEST_FIRST}) la on la."indicator_id" = i."id")`
  );
}

/** Latest actual per indicator id, batched: one statement for every indicator asked for in a tick. */
export function latestActualLoader(ctx: Context): DataLoader<string, ScaledDecimal | null> {
  return ctx.loaders.loader<string, ScaledDecimal | null>('latestIndicatorActual', async (indicatorIds) => {
    const rows = await ctx.em
      .getConnection()
      .execute<{ indicatorId: string; value: string }[]>(LATEST_ACTUALS_SQL(false), [`{${indicatorIds.join(',')}}`]);
    const byIndicator = new Map(rows.map((row) => [row.indicatorId, decimalOf(row.value)]));
    return indicatorIds.map((id) => byIndicator.get(id) ?? null);
  });
}

export interface LinkedActual {
  name: string;
  unit: string;
  value: string;
}

/** How an indicator's name or unit is compared: normalised Persian (case and spacing ignored). */
export function indicatorKey(name: string, unit: string): string {
  return `${normalizePersian(name)}\u0000${normalizePersian(unit)}`;
}

/**
 * The latest actuals of the indicators of the plans linked to each resolution, batched: one
 * statement for every resolution asked for in a tick. Indicators without an actual are left out.
 */
function linkedActualsLoader(ctx: Context): DataLoader<string, LinkedActual[]> {
  return ctx.loaders.loader<string, LinkedActual[]>('resolutionLinkedActuals', async (resolutionIds) => {
    const rows = await ctx.em
      .getConnection()
      .execute<(LinkedActual & { resolutionId: string })[]>(
        linkedActualsSql(
          `pr."resolution_id" as "resolutionId", i."name", i."unit", latest."value"`,
          `pr."resolution_id" = any(?::uuid[])`,
          scopeSql(ctx.em, ctx.viewer, 'DevelopmentPlan', 'p'),
        ),
        [`{${resolutionIds.join(',')}}`],
      );
    return resolutionIds.map((id) => rows.filter((row) => row.resolutionId === id));
  });
}

/**
 * SQL selecting `select` from the indicators (`i`, with their latest actual `latest."value"`) of the
 * plans linked (`pr`) to the resolutions `resolutionCondition` picks; indicators without an actual
 * are left out. A resolution may be linked to plans of several provinces: only the plans within
 * `planScope` (the viewer's scope on DevelopmentPlan aliased `p`; null when unrestricted) count.
 */
export function linkedActualsSql(select: string, resolutionCondition: string, planScope: string | null): string {
  const inScope = planScope ? ` and exists (select 1 from "development_plan" p where p."id" = pr."plan_id" and ${planScope})` : '';
  return (
    `select ${select} ` +
    `from "plan_resolution" pr join "plan_indicator" i on i."plan_id" = pr."plan_id" ` +
    `join lateral (select a."value"::text as "value" from "indicator_actual" a join "progress_report" r on r."id" = a."report_id" ` +
    `where a."indicator_id" = i."id" and ${CURRENT_REVISION} order by ${LATEST_FIRST} limit 1) latest on true ` +
    `where ${resolutionCondition}${inScope}`
  );
}

/**
 * SQL of the actual of the resolution target aliased `alias` (R10), numeric: the same figure as
 * targetActualOf, in the database, so that lists can filter and sort on it. The sum of the latest
 * actuals of the linked plans' indicators with the same name and unit, compared by
 * `persian_search_key` (the database's normalizePersian, migration 0006); null when none, as `sum`
 * of no rows is. Only the plans within `planScope` count (see linkedActualsSql).
 */
export function targetActualSql(alias: string, planScope: string | null): string {
  return `(${linkedActualsSql(
    `sum(latest."value"::numeric)`,
    `pr."resolution_id" = ${alias}."resolution_id" and persian_search_key(i."name") = persian_search_key(${alias}."indicator") ` +
      `and persian_search_key(i."unit") = persian_search_key(${alias}."unit")`,
    planScope,
  )})`;
}

/**
 * A target's actual from the latest actuals of the linked plans' indicators (R10): the sum of those
 * measuring the same thing (same indicator name and unit, compared normalised); null when none.
 */
export function targetActualOf(target: { indicator: string; unit: string }, actuals: readonly LinkedActual[]): ScaledDecimal | null {
  const key = indicatorKey(target.indicator, target.unit);
  const matching = actuals.filter((actual) => indicatorKey(actual.name, actual.unit) === key).map((actual) => decimalOf(actual.value));
  return matching.length > 0 ? sumDecimals(matching) : null;
}

/**
 * Latest actual of a resolution target (R10). A resolution's targets are carried out by the plans
 * linked to it; a target's actual is the sum of the latest actuals of those plans' indicators that
 * measure the same thing (same indicator name and unit, compared normalised). Null when no such
 * indicator has an actual yet.
 */
export async function resolutionTargetActual(
  ctx: Context,
  target: { resolution: { id: string }; indicator: string; unit: string },
): Promise<ScaledDecimal | null> {
  return targetActualOf(target, await linkedActualsLoader(ctx).load(target.resolution.id));
}

/** The later revision that supersedes each report, batched. */
export function supersedingRevisionLoader(ctx: Context): DataLoader<string, ProgressReport | null> {
  return ctx.loaders.loader<string, ProgressReport | null>('supersedingRevision', async (reportIds) => {
    const later = await ctx.em.find(ProgressReport, { supersedes: { $in: [...reportIds] } });
    const bySuperseded = new Map(later.map((report) => [report.supersedes!.id, report]));
    return reportIds.map((id) => bySuperseded.get(id) ?? null);
  });
}
