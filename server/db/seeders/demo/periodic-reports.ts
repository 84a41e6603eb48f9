/**
 * Demo data, periodic reports (R10, closing article): the central working group's report of the
 * quarter before last, issued by its secretariat five weeks after the quarter ended, and a draft of
 * the last quarter. Their figures come from `periodicFiguresOf`, the function `issuePeriodicReport`
 * takes them from, read from the rows the other chapters wrote; so they must be flushed first.
 */
import { addDays, previousQuarter, quarterEnd, quarterLabel, quarterOf, quarterStart } from '../../../kernel/calendar';
import { actsForCentralWorkingGroup } from '../../../modules/authority/authority.rules';
import { periodicFiguresOf } from '../../../modules/periodic-report/periodic-report.compile';
import { PeriodicReport, PeriodicReportStatus } from '../../../modules/periodic-report/periodic-report.entity';
import { quarterHasEnded } from '../../../modules/periodic-report/periodic-report.rules';
import { type DemoContext, groupOf, holds, minDate, personOf } from './context';
import { demoSeatsOn } from './groups';

/** Days after a quarter's last day on which the demo's report of it was issued. */
const ISSUED_DAYS_AFTER_QUARTER = 35;

/**
 * Written directly because `issuePeriodicReport` issues today and the demo's report was issued in the
 * past. The issued report's figures are taken as of its day of issue from the data as seeded, as the
 * mutation would take them on that day (statuses of obligations are the ones recorded; in the demo
 * data every report of that quarter was sent by then).
 */
export async function seedPeriodicReports(ctx: DemoContext): Promise<void> {
  const draftQuarter = previousQuarter(quarterOf(ctx.today));
  const issuedQuarter = previousQuarter(draftQuarter);
  const issuedOn = minDate(addDays(quarterEnd(issuedQuarter), ISSUED_DAYS_AFTER_QUARTER), ctx.today);
  const what = `periodic report of ${quarterLabel(issuedQuarter)}`;
  holds(actsForCentralWorkingGroup('CENTRAL', demoSeatsOn('secretariat', issuedOn)), what);
  holds(quarterHasEnded(quarterStart(issuedQuarter), quarterEnd(issuedQuarter), issuedOn), what);
  const issuedFigures = await periodicFiguresOf(ctx.em, quarterLabel(issuedQuarter), issuedOn);
  const draftFigures = await periodicFiguresOf(ctx.em, quarterLabel(draftQuarter), ctx.today);

  ctx.make(PeriodicReport, {
    workingGroup: groupOf(ctx, 'CENTRAL'),
    issuedBy: personOf(ctx, 'secretariat'),
    period: quarterLabel(issuedQuarter),
    status: PeriodicReportStatus.ISSUED,
    issuedAt: new Date(`${issuedOn}T09:00:00Z`),
    figures: issuedFigures,
  });
  ctx.make(PeriodicReport, {
    workingGroup: groupOf(ctx, 'CENTRAL'),
    issuedBy: null,
    period: quarterLabel(draftQuarter),
    status: PeriodicReportStatus.DRAFT,
    issuedAt: null,
    figures: draftFigures,
  });
}
