import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Clock } from '../../server/kernel/clock';
import { DEMO_TODAY } from '../setup/constants';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';
import { expectErrorCode, type Json, queryData } from './graphql-test-support';

/** A clock the test moves from day to day, to ask for the current period on chosen dates. */
const clock: Clock & { date: string } = { date: DEMO_TODAY, today: () => clock.date, now: () => new Date() };

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ clock });
});
afterAll(() => app?.close());

const PERIOD_FIELDS = 'label year quarter startsOn endsOn';

async function currentPeriodOn(date: string): Promise<Json> {
  clock.date = date;
  try {
    return (await queryData(app, `{ currentPeriod { ${PERIOD_FIELDS} } }`)).currentPeriod;
  } finally {
    clock.date = DEMO_TODAY;
  }
}

async function sqlCount(sql: string, params: unknown[]): Promise<number> {
  const rows = await app.orm.em.fork().getConnection().execute<{ count: string }[]>(sql, params);
  return Number(rows[0].count);
}

describe('currentPeriod', () => {
  it('follows the fixed clock across the Solar Hijri new year after a leap year (1403 has 30 days of Esfand)', async () => {
    // 2025-03-20 is 30 Esfand 1403, the leap day; 2025-03-21 is 1 Farvardin 1404.
    expect(await currentPeriodOn('2025-03-20')).toEqual({
      label: '1403-Q4',
      year: 1403,
      quarter: 4,
      startsOn: '2024-12-21',
      endsOn: '2025-03-20',
    });
    expect(await currentPeriodOn('2025-03-21')).toEqual({
      label: '1404-Q1',
      year: 1404,
      quarter: 1,
      startsOn: '2025-03-21',
      endsOn: '2025-06-21',
    });
  });

  it('follows the fixed clock across the new year after a common year (1402 ends on 29 Esfand)', async () => {
    expect(await currentPeriodOn('2024-03-19')).toMatchObject({ label: '1402-Q4', endsOn: '2024-03-19' });
    expect(await currentPeriodOn('2024-03-20')).toMatchObject({ label: '1403-Q1', startsOn: '2024-03-20', endsOn: '2024-06-20' });
  });

  it('is the quarter of the demo day by default', async () => {
    // 2025-08-15 is 24 Mordad 1404: Tir–Shahrivar, Q2.
    expect((await queryData(app, `{ currentPeriod { label } }`)).currentPeriod.label).toBe('1404-Q2');
  });
});

describe('period and periods', () => {
  it('gives the days of a quarter from its label', async () => {
    const data = await queryData(
      app,
      `{ leap: period(label: "1403-Q4") { ${PERIOD_FIELDS} } first: period(label: "1403-Q1") { startsOn endsOn } }`,
    );
    expect(data.leap).toEqual({ label: '1403-Q4', year: 1403, quarter: 4, startsOn: '2024-12-21', endsOn: '2025-03-20' });
    expect(data.first).toEqual({ startsOn: '2024-03-20', endsOn: '2024-06-20' });
  });

  it('lists consecutive quarters across the new year, each starting the day after the previous one ends', async () => {
    const { periods } = await queryData(app, `{ periods(from: "1402-Q3", to: "1404-Q2") { ${PERIOD_FIELDS} } }`);
    expect(periods.map((p: Json) => p.label)).toEqual([
      '1402-Q3',
      '1402-Q4',
      '1403-Q1',
      '1403-Q2',
      '1403-Q3',
      '1403-Q4',
      '1404-Q1',
      '1404-Q2',
    ]);
    for (let i = 1; i < periods.length; i += 1) {
      const dayAfter = new Date(Date.parse(`${periods[i - 1].endsOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(periods[i].startsOn).toBe(dayAfter);
    }
    // Esfand of the leap year 1403 has 30 days, that of 1402 has 29: Q4 of 1403 is one day longer.
    const days = (p: Json) => (Date.parse(p.endsOn) - Date.parse(p.startsOn)) / 86_400_000 + 1;
    expect(days(periods[5]) - days(periods[1])).toBe(1);
    expect((await queryData(app, `{ periods(from: "1404-Q1", to: "1404-Q1") { label } }`)).periods).toEqual([{ label: '1404-Q1' }]);
  });

  it('is bounded: at most 200 quarters, never backwards, labels only', async () => {
    expect((await queryData(app, `{ periods(from: "1370-Q1", to: "1419-Q4") { label } }`)).periods).toHaveLength(200);
    await expectErrorCode(app, 'BAD_USER_INPUT', `{ periods(from: "1370-Q1", to: "1420-Q1") { label } }`);
    await expectErrorCode(app, 'BAD_USER_INPUT', `{ periods(from: "1404-Q1", to: "1403-Q4") { label } }`);
    await expectErrorCode(app, 'BAD_USER_INPUT', `{ period(label: "1403-Q5") { label } }`);
    await expectErrorCode(app, 'BAD_USER_INPUT', `{ periods(from: "1403", to: "1404-Q1") { label } }`);
  });
});

describe('period range filters', () => {
  const lists = [
    { query: 'reportingObligations', table: 'reporting_obligation' },
    { query: 'progressReports', table: 'progress_report' },
    { query: 'supervisorReviews', table: 'supervisor_review' },
    { query: 'agencyAssessments', table: 'agency_assessment' },
    { query: 'periodicReports', table: 'periodic_report' },
  ];

  it.each(lists)('$query: a range across the new year holds exactly the rows of its quarters', async ({ query, table }) => {
    const ranges = [
      { range: { from: '1403-Q4', to: '1404-Q1' }, where: `"period" between '1403-Q4' and '1404-Q1'` },
      { range: { from: '1404-Q1' }, where: `"period" >= '1404-Q1'` },
      { range: { to: '1403-Q4' }, where: `"period" <= '1403-Q4'` },
    ];
    let seen = 0;
    for (const { range, where } of ranges) {
      const data = await queryData(
        app,
        // Progress reports list every revision only when asked (by default the latest of each).
        `query($range: PeriodRange!) { list: ${query}(first: 100, filter: { period: $range${table === 'progress_report' ? ', latestRevisionOnly: false' : ''} }) { totalCount nodes { period { label } } } }`,
        { range },
        { as: ANALYST },
      );
      const expected = await sqlCount(`select count(*) from "${table}" where ${where}`, []);
      expect(data.list.totalCount).toBe(expected);
      for (const node of data.list.nodes) {
        if (range.from) expect(node.period.label >= range.from).toBe(true);
        if (range.to) expect(node.period.label <= range.to).toBe(true);
      }
      seen += expected;
    }
    // Progress reports, reviews and obligations of the demo data fall on both sides of the new year.
    if (table !== 'agency_assessment' && table !== 'periodic_report') expect(seen).toBeGreaterThan(0);
  });

  it('the range equals the list of its quarters, and a reversed or overlong range is BAD_USER_INPUT', async () => {
    const data = await queryData(
      app,
      `{ range: reportingObligations(filter: { period: { from: "1403-Q3", to: "1404-Q2" } }) { totalCount }
         listed: reportingObligations(filter: { periods: ["1403-Q3", "1403-Q4", "1404-Q1", "1404-Q2"] }) { totalCount } }`,
      undefined,
      { as: ANALYST },
    );
    expect(data.range.totalCount).toBe(data.listed.totalCount);
    expect(data.range.totalCount).toBeGreaterThan(0);
    await expectErrorCode(
      app,
      'BAD_USER_INPUT',
      `{ reportingObligations(filter: { period: { from: "1404-Q1", to: "1403-Q4" } }) { totalCount } }`,
      undefined,
      { as: ANALYST },
    );
    await expectErrorCode(
      app,
      'BAD_USER_INPUT',
      `{ progressReports(filter: { period: { from: "1350-Q1", to: "1404-Q1" } }) { totalCount } }`,
      undefined,
      { as: ANALYST },
    );
  });
});
