import { LockMode } from '@mikro-orm/core';

import type { Context } from '../../context';
import { parseQuarterLabel, quarterEnd, quarterStart } from '../../kernel/calendar';
import { type Payload, runMutation, snapshot } from '../../kernel/mutation';
import { enforce } from '../../kernel/rules';
import { actsForCentralGroupOn, centralWorkingGroup } from '../authority/authority';
import { Person } from '../person/person.entity';
import { periodicFiguresOf } from './periodic-report.compile';
import { PeriodicReport, PeriodicReportStatus } from './periodic-report.entity';
import type { IssuePeriodicReportInput } from './periodic-report.inputs';
import { notYetIssued, quarterHasEnded } from './periodic-report.rules';

/**
 * R10 (closing): the central secretariat issues the periodic report of a quarter that has ended,
 * with its compliance and gap figures taken today; a draft of the quarter becomes the issued report.
 * Once issued it is frozen.
 */
export function issuePeriodicReport(ctx: Context, input: IssuePeriodicReportInput): Promise<Payload<PeriodicReport>> {
  return runMutation(ctx, 'issuePeriodicReport', async (em) => {
    const today = ctx.clock.today();
    const central = await centralWorkingGroup(em);
    enforce(await actsForCentralGroupOn(em, ctx.viewer.person.id, central.id, today));
    const quarter = parseQuarterLabel(input.period)!;
    const startsOn = quarterStart(quarter);
    const endsOn = quarterEnd(quarter);
    enforce(quarterHasEnded(startsOn, endsOn, today));
    // Locked: two secretaries issuing the same draft at once are taken one after the other.
    const existing = await em.findOne(
      PeriodicReport,
      { workingGroup: central.id, period: input.period },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    enforce(notYetIssued(existing?.status ?? null));

    const before = existing ? snapshot(existing) : null;
    const figures = await periodicFiguresOf(em, input.period, today);
    const report = existing ?? em.create(PeriodicReport, { workingGroup: central, period: input.period, figures });
    report.figures = figures;
    report.status = PeriodicReportStatus.ISSUED;
    report.issuedAt = ctx.clock.now();
    report.issuedBy = em.getReference(Person, ctx.viewer.person.id);
    return { target: report, before };
  });
}
