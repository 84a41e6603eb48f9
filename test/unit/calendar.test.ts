import { describe, expect, it } from 'vitest';

import {
  addDays,
  formatJalali,
  fromJalali,
  nextQuarter,
  oneYearTermEnd,
  parseIsoDate,
  parseQuarterLabel,
  previousQuarter,
  type Quarter,
  quarterEnd,
  quarterLabel,
  quarterOf,
  quarterStart,
  toIsoDate,
  toJalali,
} from '../../server/kernel/calendar';

function quarter(label: string): Quarter {
  const parsed = parseQuarterLabel(label);
  if (!parsed) throw new Error(`test setup: bad label ${label}`);
  return parsed;
}

describe('docs/domain.md section 4 checks', () => {
  it('1403-Q1 runs 2024-03-20 … 2024-06-20', () => {
    const q = quarter('1403-Q1');
    expect(quarterStart(q)).toBe('2024-03-20');
    expect(quarterEnd(q)).toBe('2024-06-20');
  });

  it('1403 is a leap year: 1403-Q4 ends 2025-03-20 and 1404-Q1 starts 2025-03-21', () => {
    expect(quarterEnd(quarter('1403-Q4'))).toBe('2025-03-20');
    expect(quarterStart(quarter('1404-Q1'))).toBe('2025-03-21');
    expect(toJalali('2025-03-20')).toEqual({ year: 1403, month: 12, day: 30 });
    expect(fromJalali({ year: 1403, month: 12, day: 30 })).toBe('2025-03-20');
  });

  it('the regulation approval date 1387/02/16 is 2008-05-05', () => {
    expect(toJalali('2008-05-05')).toEqual({ year: 1387, month: 2, day: 16 });
    expect(fromJalali({ year: 1387, month: 2, day: 16 })).toBe('2008-05-05');
    expect(formatJalali(toJalali('2008-05-05'))).toBe('1387/02/16');
  });
});

describe('quarterOf', () => {
  // [last day of the previous quarter, first day of the quarter, quarter label]
  const boundaries: Array<[string, string, string, string]> = [
    ['2024-03-19', '2024-03-20', '1402-Q4', '1403-Q1'],
    ['2024-06-20', '2024-06-21', '1403-Q1', '1403-Q2'],
    ['2024-09-21', '2024-09-22', '1403-Q2', '1403-Q3'],
    ['2024-12-20', '2024-12-21', '1403-Q3', '1403-Q4'],
    ['2025-03-20', '2025-03-21', '1403-Q4', '1404-Q1'],
    ['2025-06-21', '2025-06-22', '1404-Q1', '1404-Q2'],
    ['2025-09-22', '2025-09-23', '1404-Q2', '1404-Q3'],
    ['2025-12-21', '2025-12-22', '1404-Q3', '1404-Q4'],
    ['2026-03-20', '2026-03-21', '1404-Q4', '1405-Q1'],
  ];

  it.each(boundaries)('%s is in %s… and %s is in %s', (before, after, labelBefore, labelAfter) => {
    expect(quarterLabel(quarterOf(before))).toBe(labelBefore);
    expect(quarterLabel(quarterOf(after))).toBe(labelAfter);
    expect(quarterStart(quarter(labelAfter))).toBe(after);
    expect(quarterEnd(quarter(labelBefore))).toBe(before);
  });

  it('gives the quarter whose start and end enclose the date', () => {
    for (let date = '2024-03-01'; date <= '2026-04-01'; date = addDays(date, 7)) {
      const q = quarterOf(date);
      expect(quarterStart(q) <= date && date <= quarterEnd(q), date).toBe(true);
    }
  });
});

describe('nextQuarter / previousQuarter', () => {
  it('crosses the new year forwards', () => {
    expect(nextQuarter({ year: 1403, quarter: 4 })).toEqual({ year: 1404, quarter: 1 });
    expect(nextQuarter({ year: 1403, quarter: 1 })).toEqual({ year: 1403, quarter: 2 });
    expect(nextQuarter({ year: 1403, quarter: 3 })).toEqual({ year: 1403, quarter: 4 });
  });

  it('crosses the new year backwards', () => {
    expect(previousQuarter({ year: 1404, quarter: 1 })).toEqual({ year: 1403, quarter: 4 });
    expect(previousQuarter({ year: 1403, quarter: 2 })).toEqual({ year: 1403, quarter: 1 });
    expect(previousQuarter({ year: 1403, quarter: 4 })).toEqual({ year: 1403, quarter: 3 });
  });

  it('are inverses', () => {
    for (const label of ['1402-Q4', '1403-Q1', '1403-Q2', '1403-Q3', '1403-Q4', '1404-Q1']) {
      const q = quarter(label);
      expect(previousQuarter(nextQuarter(q))).toEqual(q);
      expect(nextQuarter(previousQuarter(q))).toEqual(q);
    }
  });

  it('consecutive quarters are contiguous', () => {
    const q = quarter('1403-Q4');
    expect(addDays(quarterEnd(q), 1)).toBe(quarterStart(nextQuarter(q)));
    expect(addDays(quarterEnd(previousQuarter(q)), 1)).toBe(quarterStart(q));
  });
});

describe('toJalali / fromJalali', () => {
  it('round-trips every day from 2020-01-01 to 2030-12-31', () => {
    let count = 0;
    let previous = toJalali('2019-12-31');
    for (let date = '2020-01-01'; date <= '2030-12-31'; date = addDays(date, 1)) {
      const jalali = toJalali(date);
      if (fromJalali(jalali) !== date) {
        expect.fail(`${date} -> ${formatJalali(jalali)} -> ${fromJalali(jalali)}`);
      }
      // Each Gregorian day is the next Jalali day.
      const advancesDay = jalali.year === previous.year && jalali.month === previous.month && jalali.day === previous.day + 1;
      const advancesMonth = jalali.year === previous.year && jalali.month === previous.month + 1 && jalali.day === 1;
      const advancesYear = jalali.year === previous.year + 1 && jalali.month === 1 && jalali.day === 1 && previous.month === 12;
      if (!(advancesDay || advancesMonth || advancesYear)) {
        expect.fail(`${date}: ${formatJalali(previous)} then ${formatJalali(jalali)}`);
      }
      previous = jalali;
      count += 1;
    }
    expect(count).toBe(4018);
  });

  it('rejects Solar Hijri dates that do not exist', () => {
    expect(() => fromJalali({ year: 1402, month: 12, day: 30 })).toThrow(RangeError); // 1402 is not leap
    expect(() => fromJalali({ year: 1403, month: 7, day: 31 })).toThrow(RangeError); // Mehr has 30 days
    expect(() => fromJalali({ year: 1403, month: 1, day: 0 })).toThrow(RangeError);
    expect(() => fromJalali({ year: 1403, month: 13, day: 1 })).toThrow(RangeError);
  });

  it('toJalali rejects a non-ISO date', () => {
    expect(() => toJalali('2024-02-30')).toThrow(RangeError);
  });

  it('formatJalali pads month and day', () => {
    expect(formatJalali({ year: 1403, month: 1, day: 1 })).toBe('1403/01/01');
    expect(formatJalali({ year: 1403, month: 12, day: 30 })).toBe('1403/12/30');
  });
});

describe('parseQuarterLabel', () => {
  it('parses valid labels', () => {
    expect(parseQuarterLabel('1403-Q1')).toEqual({ year: 1403, quarter: 1 });
    expect(parseQuarterLabel('1404-Q4')).toEqual({ year: 1404, quarter: 4 });
    expect(quarterLabel(quarter('1403-Q2'))).toBe('1403-Q2');
  });

  it.each(['1403-Q5', '1403Q1', '03-Q1', '', ' 1403-Q1', '1403-Q0', '1403-q1', '1403-Q1 ', '2024-Q1'])('rejects %j', (label) => {
    expect(parseQuarterLabel(label)).toBeNull();
  });
});

describe('parseIsoDate / toIsoDate / addDays', () => {
  it('parses valid dates to UTC midnight', () => {
    expect(parseIsoDate('2024-02-29')?.getTime()).toBe(Date.UTC(2024, 1, 29));
    expect(toIsoDate(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
  });

  it.each(['2024-02-30', '2024-2-01', '2024-02-01T00:00', '2023-02-29', '2024-13-01', '2024-00-10', '', ' 2024-02-01'])(
    'rejects %j',
    (value) => {
      expect(parseIsoDate(value)).toBeNull();
    },
  );

  it('addDays crosses month, year and leap day', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(() => addDays('nope', 1)).toThrow(RangeError);
  });
});

describe('oneYearTermEnd', () => {
  it('is one year later less a day', () => {
    expect(oneYearTermEnd('2024-03-20')).toBe('2025-03-19');
  });

  it('clamps 29 February like PostgreSQL date + interval 1 year, minus a day', () => {
    expect(oneYearTermEnd('2024-02-29')).toBe('2025-02-27');
  });

  it('ends on 29 February when the following year is leap', () => {
    expect(oneYearTermEnd('2023-03-01')).toBe('2024-02-29');
  });

  it('handles 1 January and rejects bad input', () => {
    expect(oneYearTermEnd('2024-01-01')).toBe('2024-12-31');
    expect(() => oneYearTermEnd('2024-02-30')).toThrow(RangeError);
  });
});
