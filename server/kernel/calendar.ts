/**
 * Solar Hijri (Jalali) calendar and fiscal quarters (docs/domain.md section 4).
 *
 * Conversion from Gregorian uses the platform's ICU `persian` calendar through `Intl`, which is
 * maintained with the Iranian calendar's leap-year rules; the reverse direction searches a few
 * days around an arithmetic estimate and checks each candidate with the same `Intl` formatter,
 * so no month tables are hand-rolled here.
 */

export interface JalaliDate {
  year: number;
  month: number;
  day: number;
}

/** A fiscal quarter: Q1 = Farvardin–Khordad, Q2 = Tir–Shahrivar, Q3 = Mehr–Azar, Q4 = Dey–Esfand. */
export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

const PERSIAN = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD_LABEL = /^(\d{4})-Q([1-4])$/;
const DAY_MS = 86_400_000;

/** Parses a strict ISO calendar date (`YYYY-MM-DD`) to a UTC midnight `Date`, or null. */
export function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return toIsoDate(date) === value ? date : null;
}

/** Formats the UTC calendar day of a `Date` as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds whole days to an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const date = parseIsoDate(isoDate);
  if (!date) throw new RangeError(`Not an ISO date: ${isoDate}`);
  return toIsoDate(new Date(date.getTime() + days * DAY_MS));
}

/** The Solar Hijri date of a Gregorian ISO date. */
export function toJalali(isoDate: string): JalaliDate {
  const date = parseIsoDate(isoDate);
  if (!date) throw new RangeError(`Not an ISO date: ${isoDate}`);
  const parts = PERSIAN.formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** Formats a Solar Hijri date as `YYYY/MM/DD`, the way Iranian documents write it. */
export function formatJalali(date: JalaliDate): string {
  return `${date.year}/${String(date.month).padStart(2, '0')}/${String(date.day).padStart(2, '0')}`;
}

function compareJalali(a: JalaliDate, b: JalaliDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The Gregorian ISO date of a Solar Hijri date; throws if the date does not exist. */
export function fromJalali(target: JalaliDate): string {
  // Months 1–6 have 31 days, 7–11 have 30, Esfand 29 or 30; Farvardin 1 falls on March 20 or 21.
  const dayOfYear = target.month <= 7 ? (target.month - 1) * 31 : 186 + (target.month - 7) * 30;
  let guess = toIsoDate(new Date(Date.UTC(target.year + 621, 2, 20) + (dayOfYear + target.day - 1) * DAY_MS));
  for (let step = 0; step < 4; step += 1) {
    const diff = compareJalali(toJalali(guess), target);
    if (diff === 0) return guess;
    guess = addDays(guess, diff > 0 ? -1 : 1);
  }
  if (compareJalali(toJalali(guess), target) === 0) return guess;
  throw new RangeError(`No such Solar Hijri date: ${formatJalali(target)}`);
}

/** The quarter a Gregorian ISO date falls in. */
export function quarterOf(isoDate: string): Quarter {
  const { year, month } = toJalali(isoDate);
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as Quarter['quarter'] };
}

/** `1403-Q2`. */
export function quarterLabel(quarter: Quarter): string {
  return `${quarter.year}-Q${quarter.quarter}`;
}

/** Parses `1403-Q2`; returns null for anything else. */
export function parseQuarterLabel(label: string): Quarter | null {
  const match = PERIOD_LABEL.exec(label);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1300 || year > 1500) return null;
  return { year, quarter: Number(match[2]) as Quarter['quarter'] };
}

/** First Gregorian day of a quarter. */
export function quarterStart(quarter: Quarter): string {
  return fromJalali({ year: quarter.year, month: (quarter.quarter - 1) * 3 + 1, day: 1 });
}

/** Last Gregorian day of a quarter (the day before the next quarter starts). */
export function quarterEnd(quarter: Quarter): string {
  return addDays(quarterStart(nextQuarter(quarter)), -1);
}

export function nextQuarter(quarter: Quarter): Quarter {
  return quarter.quarter === 4
    ? { year: quarter.year + 1, quarter: 1 }
    : { year: quarter.year, quarter: (quarter.quarter + 1) as Quarter['quarter'] };
}

export function previousQuarter(quarter: Quarter): Quarter {
  return quarter.quarter === 1
    ? { year: quarter.year - 1, quarter: 4 }
    : { year: quarter.year, quarter: (quarter.quarter - 1) as Quarter['quarter'] };
}

/**
 * The last day of a term of `years` whole years starting on `startsOn`: the same month and day
 * `years` later (29 February clamped to 28 February), less one day.
 */
export function termEndAfterYears(startsOn: string, years: number): string {
  const start = parseIsoDate(startsOn);
  if (!start) throw new RangeError(`Not an ISO date: ${startsOn}`);
  const year = start.getUTCFullYear() + years;
  const lastDayOfMonth = new Date(Date.UTC(year, start.getUTCMonth() + 1, 0)).getUTCDate();
  const anniversary = new Date(Date.UTC(year, start.getUTCMonth(), Math.min(start.getUTCDate(), lastDayOfMonth)));
  return toIsoDate(new Date(anniversary.getTime() - DAY_MS));
}

/** The date one year after `startsOn`, less one day: the only term a supervisor decree may have (Art. 3). */
export function oneYearTermEnd(startsOn: string): string {
  const start = parseIsoDate(startsOn);
  if (!start) throw new RangeError(`Not an ISO date: ${startsOn}`);
  // Same month and day a year later, clamped to the month's end (29 February -> 28 February), as
  // PostgreSQL's `date + interval '1 year'` does, so the database CHECK and this rule agree.
  const year = start.getUTCFullYear() + 1;
  const lastDayOfMonth = new Date(Date.UTC(year, start.getUTCMonth() + 1, 0)).getUTCDate();
  const anniversary = new Date(Date.UTC(year, start.getUTCMonth(), Math.min(start.getUTCDate(), lastDayOfMonth)));
  return toIsoDate(new Date(anniversary.getTime() - DAY_MS));
}
