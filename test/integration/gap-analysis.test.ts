import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';

/**
 * Gap analysis (R10, preamble): the top-level list of plan indicators with their achievement rate,
 * ordered and filtered by it, checked against rates computed here from each indicator's target and
 * latest actual, and counts made in SQL.
 */

const ISFAHAN_SECRETARIAT = 'secretariat.isfahan@demo.cluster-oversight.ir';

let app: TestApp;
type Json = Record<string, any>;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

async function data<T = Json>(query: string, variables?: Record<string, unknown>, as = ANALYST): Promise<T> {
  const response = await app.graphql<T>(query, variables, { as });
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data as T;
}

/** The rate computed here, in ten-thousandths, from the strings the API gives (no floating point). */
function rateOf(indicator: { target: string; latestActual: string | null; higherIsBetter: boolean }): bigint | null {
  if (indicator.latestActual === null) return null;
  const scaled = (text: string) => {
    const [whole, fraction = ''] = text.replace('-', '').split('.');
    const value = BigInt(whole) * 10_000n + BigInt(fraction.padEnd(4, '0').slice(0, 4) || '0');
    return text.startsWith('-') ? -value : value;
  };
  const target = scaled(indicator.target);
  const actual = scaled(indicator.latestActual);
  if (target === 0n) return null;
  const achieved = indicator.higherIsBetter ? actual : 2n * target - actual;
  const numerator = achieved * 10_000n;
  const negative = numerator < 0n !== target < 0n;
  const magnitude = (2n * (numerator < 0n ? -numerator : numerator) + (target < 0n ? -target : target)) / (2n * (target < 0n ? -target : target));
  return negative ? -magnitude : magnitude;
}

const format = (value: bigint | null) => (value === null ? null : `${value < 0n ? '-' : ''}${(value < 0n ? -value : value) / 10_000n}.${((value < 0n ? -value : value) % 10_000n).toString().padStart(4, '0')}`);

const FIELDS = 'id name target latestActual gap higherIsBetter achievementRate';

describe('planIndicators', () => {
  it('lists every indicator, worst achievement rate first, ties by the larger gap, without a rate last', async () => {
    const [{ count }] = await app.orm.em.fork().getConnection().execute<{ count: number }[]>('select count(*)::int as count from plan_indicator');
    const result = await data(`{ planIndicators(first: 100, orderBy: { field: ACHIEVEMENT_RATE, direction: ASC }) { totalCount nodes { ${FIELDS} } } }`);
    const nodes = result.planIndicators.nodes as Json[];
    expect(result.planIndicators.totalCount).toBe(count);
    expect(nodes).toHaveLength(count);
    for (const node of nodes) expect(node.achievementRate).toBe(format(rateOf(node as never)));
    const rated = nodes.filter((node) => node.achievementRate !== null);
    expect(rated.length).toBeGreaterThan(3);
    expect(nodes.slice(rated.length).every((node) => node.achievementRate === null)).toBe(true);
    const rates = rated.map((node) => rateOf(node as never)!);
    for (let index = 1; index < rates.length; index += 1) {
      expect(rates[index] >= rates[index - 1]).toBe(true);
      if (rates[index] === rates[index - 1]) {
        const gap = (node: Json) => Math.abs(Number(node.gap));
        expect(gap(rated[index])).toBeLessThanOrEqual(gap(rated[index - 1]));
      }
    }
    // A lower-is-better indicator is among them, rated by (2 × target − actual) ÷ target.
    expect(rated.some((node) => node.higherIsBetter === false)).toBe(true);
  });

  it('pages by cursor in the same order', async () => {
    const whole = await data(`{ planIndicators(first: 9, orderBy: { field: ACHIEVEMENT_RATE, direction: ASC }) { nodes { id } } }`);
    const first = await data(`{ planIndicators(first: 4, orderBy: { field: ACHIEVEMENT_RATE, direction: ASC }) { pageInfo { endCursor } nodes { id } } }`);
    const second = await data(`query($after: String) { planIndicators(first: 5, after: $after, orderBy: { field: ACHIEVEMENT_RATE, direction: ASC }) { nodes { id } } }`, {
      after: first.planIndicators.pageInfo.endCursor,
    });
    expect([...first.planIndicators.nodes, ...second.planIndicators.nodes]).toEqual(whole.planIndicators.nodes);
  });

  it('filters on the achievement rate', async () => {
    const all = await data(`{ planIndicators(first: 100) { nodes { ${FIELDS} } } }`);
    const below = (all.planIndicators.nodes as Json[]).filter((node) => rateOf(node as never) !== null && rateOf(node as never)! < 5_000n);
    expect(below.length).toBeGreaterThan(0);
    const result = await data(`{ planIndicators(first: 100, filter: { achievementRate: { lt: "0.5" } }, orderBy: { field: ACHIEVEMENT_RATE, direction: DESC }) { totalCount nodes { id achievementRate } } }`);
    expect(result.planIndicators.totalCount).toBe(below.length);
    expect(new Set(result.planIndicators.nodes.map((node: Json) => node.id))).toEqual(new Set(below.map((node) => node.id)));
    const withoutActual = await data(`{ planIndicators(first: 100, filter: { hasActual: false }) { nodes { latestActual achievementRate } } }`);
    for (const node of withoutActual.planIndicators.nodes) expect(node).toEqual({ latestActual: null, achievementRate: null });
  });

  it("lists only a provincial viewer's indicators", async () => {
    const [{ count }] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ count: number }[]>(
        `select count(*)::int as count from plan_indicator i join development_plan d on d.id = i.plan_id join cluster c on c.id = d.cluster_id join province p on p.id = c.province_id where p.code = 'IR-10'`,
      );
    expect(count).toBeGreaterThan(0);
    const result = await data(`{ planIndicators(first: 100) { totalCount nodes { plan { cluster { province { code } } } } } }`, undefined, ISFAHAN_SECRETARIAT);
    expect(result.planIndicators.totalCount).toBe(count);
    for (const node of result.planIndicators.nodes) expect(node.plan.cluster.province.code).toBe('IR-10');
  });

  it('sorted on the rate or the gap for a provincial viewer with a filter: their rows only, in the order computed here', async () => {
    // These sorts read every latest actual in one pass over the actuals the scope and the filter
    // admit (rootSource); the list sorted by name reads them one indicator at a time.
    const query = (order: string) =>
      `{ planIndicators(first: 100, filter: { higherIsBetter: true }${order}) { totalCount nodes { ${FIELDS} plan { cluster { province { code } } } } } }`;
    const byName = await data(query(''), undefined, ISFAHAN_SECRETARIAT);
    const rows = byName.planIndicators.nodes as Json[];
    expect(rows.length).toBeGreaterThan(1);
    for (const node of rows) expect([node.plan.cluster.province.code, node.higherIsBetter]).toEqual(['IR-10', true]);
    const size = (gap: string | null) => (gap === null ? null : Number(gap.replace('-', '')));
    const worstFirst = [...rows].sort((a, b) => {
      const [x, y] = [rateOf(a as never), rateOf(b as never)];
      if (x !== y) return x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
      const [p, q] = [size(a.gap), size(b.gap)];
      if (p !== q) return p === null ? 1 : q === null ? -1 : q - p;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
    const byRate = await data(query(', orderBy: { field: ACHIEVEMENT_RATE, direction: ASC }'), undefined, ISFAHAN_SECRETARIAT);
    expect(byRate.planIndicators.totalCount).toBe(rows.length);
    expect(byRate.planIndicators.nodes.map((node: Json) => [node.id, node.achievementRate])).toEqual(worstFirst.map((node) => [node.id, format(rateOf(node as never))]));
    const byGap = await data(query(', orderBy: { field: ABSOLUTE_GAP, direction: DESC }'), undefined, ISFAHAN_SECRETARIAT);
    expect(new Set(byGap.planIndicators.nodes.map((node: Json) => node.id))).toEqual(new Set(rows.map((node) => node.id)));
    const gaps = byGap.planIndicators.nodes.map((node: Json) => size(node.gap));
    const withGap = gaps.filter((gap: number | null) => gap !== null);
    expect(withGap).toEqual([...withGap].sort((a, b) => b - a));
    expect(gaps.slice(withGap.length).every((gap: number | null) => gap === null)).toBe(true);
  });
});
