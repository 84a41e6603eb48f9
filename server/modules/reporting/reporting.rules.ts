import { addDays } from '../../kernel/calendar';
import { ObligationStatus } from './reporting.entity';

/** Default grace period after a quarter's last day before a report is late (Art. 4-1, house rule). */
export const DEFAULT_GRACE_DAYS = 15;

/** Due date of a quarterly report: the quarter's last day plus the grace period (R5). */
export function reportDueOn(periodEndsOn: string, graceDays: number): string {
  return addDays(periodEndsOn, graceDays);
}

export interface ObligationDates {
  periodEndsOn: string;
  dueOn: string;
  submittedOn?: string | null;
  waivedOn?: string | null;
}

/** Where an obligation stands on `today` (R5). */
export function obligationStatus(obligation: ObligationDates, today: string): ObligationStatus {
  if (obligation.waivedOn) return ObligationStatus.WAIVED;
  if (obligation.submittedOn) {
    return obligation.submittedOn <= obligation.dueOn ? ObligationStatus.SUBMITTED_ON_TIME : ObligationStatus.SUBMITTED_LATE;
  }
  if (today <= obligation.periodEndsOn) return ObligationStatus.PENDING;
  return today <= obligation.dueOn ? ObligationStatus.DUE : ObligationStatus.OVERDUE;
}

/** The same statuses as database conditions, so that lists filter and count them in SQL. */
export function obligationStatusCondition(status: ObligationStatus, today: string): Record<string, unknown> {
  switch (status) {
    case ObligationStatus.WAIVED:
      return { waivedOn: { $ne: null } };
    case ObligationStatus.SUBMITTED_ON_TIME:
      return { waivedOn: null, submittedLate: false };
    case ObligationStatus.SUBMITTED_LATE:
      return { waivedOn: null, submittedLate: true };
    case ObligationStatus.PENDING:
      return { waivedOn: null, submittedOn: null, periodEndsOn: { $gte: today } };
    case ObligationStatus.DUE:
      return { waivedOn: null, submittedOn: null, periodEndsOn: { $lt: today }, dueOn: { $gte: today } };
    case ObligationStatus.OVERDUE:
      return { waivedOn: null, submittedOn: null, dueOn: { $lt: today } };
  }
}
