import type DataLoader from 'dataloader';
import type { Context } from '../../context';
import { decimalOf, sumDecimals, type ScaledDecimal } from '../../kernel/decimal';
import { normalizePersian } from '../../kernel/persian-text';
import { ProgressReport } from './reporting.entity';

/**
 * Latest actual of each plan indicator (R10): the value stated by the latest revision of the latest
 * report that states it. Only current revisions count (a superseded revision's values were
 * corrected); among them the report of the latest quarter wins, then the latest submitted.
 * `upToPeriod` limits the reports to quarters up to a given one (for periodic reports).
 */
export const LATEST_ACTUALS_SQL = (upToPeriod: boolean) =>
  `select distinct on (a."indicator_id") a."indicator_id" as "indicatorId", a."value"::text as "value" ` +
  `from "indicator_actual" a join "progress_report" r on r."id" = a."report_id" ` +
  `where a."indicator_id" = any(?::uuid[]) ` +
  `and not exists (select 1 from "progress_report" later where later."supersedes_id" = r."id") ` +
  (upToPeriod ? `and r."period" <= ? ` : '') +
  `order by a."indicator_id", r."period" desc, r."submitted_on" desc, r."revision" desc, r."created_at" desc`;

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

interface LinkedIndicator {
  indicatorId: string;
  name: string;
  unit: string;
}

/** How an indicator's name or unit is compared: normalised Persian, case and spacing ignored. */
export function indicatorKey(name: string, unit: string): string {
  return `${normalizePersian(name).toLowerCase()}\u0000${normalizePersian(unit).toLowerCase()}`;
}

/** Indicators of the plans linked to each resolution, batched: one statement per tick. */
function linkedIndicatorLoader(ctx: Context): DataLoader<string, LinkedIndicator[]> {
  return ctx.loaders.loader<string, LinkedIndicator[]>('resolutionLinkedIndicators', async (resolutionIds) => {
    const rows = await ctx.em.getConnection().execute<(LinkedIndicator & { resolutionId: string })[]>(
      `select pr."resolution_id" as "resolutionId", i."id" as "indicatorId", i."name", i."unit" ` +
        `from "plan_resolution" pr join "plan_indicator" i on i."plan_id" = pr."plan_id" ` +
        `where pr."resolution_id" = any(?::uuid[])`,
      [`{${resolutionIds.join(',')}}`],
    );
    return resolutionIds.map((id) => rows.filter((row) => row.resolutionId === id));
  });
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
  const key = indicatorKey(target.indicator, target.unit);
  const linked = (await linkedIndicatorLoader(ctx).load(target.resolution.id)).filter((indicator) => indicatorKey(indicator.name, indicator.unit) === key);
  const actuals = (await latestActualLoader(ctx).loadMany(linked.map((indicator) => indicator.indicatorId))).filter(
    (value): value is ScaledDecimal => typeof value === 'bigint',
  );
  return actuals.length > 0 ? sumDecimals(actuals) : null;
}

/** The later revision that supersedes each report, batched. */
export function supersedingRevisionLoader(ctx: Context): DataLoader<string, ProgressReport | null> {
  return ctx.loaders.loader<string, ProgressReport | null>('supersedingRevision', async (reportIds) => {
    const later = await ctx.em.find(ProgressReport, { supersedes: { $in: [...reportIds] } });
    const bySuperseded = new Map(later.map((report) => [report.supersedes!.id, report]));
    return reportIds.map((id) => bySuperseded.get(id) ?? null);
  });
}
