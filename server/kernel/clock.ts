/**
 * "Today" for the rules of the regulation. Days are Iranian days (Asia/Tehran), so a report sent at
 * 23:30 in Tehran counts for that day. Tests and demos fix the date (`CLOCK_DATE`).
 */
export interface Clock {
  /** Today's date in Tehran, `YYYY-MM-DD`. */
  today(): string;
  now(): Date;
}

const TEHRAN_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit' });

export function systemClock(): Clock {
  return { today: () => TEHRAN_DATE.format(new Date()), now: () => new Date() };
}

export function fixedClock(date: string): Clock {
  return { today: () => date, now: () => new Date() };
}
