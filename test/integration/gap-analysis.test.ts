import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { decodeGlobalId, encodeGlobalId } from '../../server/kernel/global-id';
import { expectAccepted, USER_ERRORS } from '../setup/mutations';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';
import { foldPersian } from './graphql-test-support';

/**
 * Gap analysis (R10, preamble): the top-level lists of plan indicators and of resolution targets with
 * their achievement rate, ordered and filtered by it, checked against rates computed here from each
 * indicator's target and latest actual, and against actuals and counts made here from plain SQL.
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
  const magnitude =
    (2n * (numerator < 0n ? -numerator : numerator) + (target < 0n ? -target : target)) / (2n * (target < 0n ? -target : target));
  return negative ? -magnitude : magnitude;
}

const format = (value: bigint | null) =>
  value === null
    ? null
    : `${value < 0n ? '-' : ''}${(value < 0n ? -value : value) / 10_000n}.${((value < 0n ? -value : value) % 10_000n).toString().padStart(4, '0')}`;

const FIELDS = 'id name target latestActual gap higherIsBetter achievementRate';

describe('planIndicators', () => {
  it('lists every indicator, worst achievement rate first, ties by the larger gap, without a rate last', async () => {
    const [{ count }] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ count: number }[]>('select count(*)::int as count from plan_indicator');
    const result = await data(
      `{ planIndicators(first: 100, orderBy: { field: ACHIEVEMENT_RATE, direction: ASC }) { totalCount nodes { ${FIELDS} } } }`,
    );
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
    const first = await data(
      `{ planIndicators(first: 4, orderBy: { field: ACHIEVEMENT_RATE, direction: ASC }) { pageInfo { endCursor } nodes { id } } }`,
    );
    const second = await data(
      `query($after: String) { planIndicators(first: 5, after: $after, orderBy: { field: ACHIEVEMENT_RATE, direction: ASC }) { nodes { id } } }`,
      {
        after: first.planIndicators.pageInfo.endCursor,
      },
    );
    expect([...first.planIndicators.nodes, ...second.planIndicators.nodes]).toEqual(whole.planIndicators.nodes);
  });

  it('filters on the achievement rate', async () => {
    const all = await data(`{ planIndicators(first: 100) { nodes { ${FIELDS} } } }`);
    const below = (all.planIndicators.nodes as Json[]).filter((node) => rateOf(node as never) !== null && rateOf(node as never)! < 5_000n);
    expect(below.length).toBeGreaterThan(0);
    const result = await data(
      `{ planIndicators(first: 100, filter: { achievementRate: { lt: "0.5" } }, orderBy: { field: ACHIEVEMENT_RATE, direction: DESC }) { totalCount nodes { id achievementRate } } }`,
    );
    expect(result.planIndicators.totalCount).toBe(below.length);
    expect(new Set(result.planIndicators.nodes.map((node: Json) => node.id))).toEqual(new Set(below.map((node) => node.id)));
    const withoutActual = await data(
      `{ planIndicators(first: 100, filter: { hasActual: false }) { nodes { latestActual achievementRate } } }`,
    );
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
    const result = await data(
      `{ planIndicators(first: 100) { totalCount nodes { plan { cluster { province { code } } } } } }`,
      undefined,
      ISFAHAN_SECRETARIAT,
    );
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
    expect(byRate.planIndicators.nodes.map((node: Json) => [node.id, node.achievementRate])).toEqual(
      worstFirst.map((node) => [node.id, format(rateOf(node as never))]),
    );
    const byGap = await data(query(', orderBy: { field: ABSOLUTE_GAP, direction: DESC }'), undefined, ISFAHAN_SECRETARIAT);
    expect(new Set(byGap.planIndicators.nodes.map((node: Json) => node.id))).toEqual(new Set(rows.map((node) => node.id)));
    const gaps = byGap.planIndicators.nodes.map((node: Json) => size(node.gap));
    const withGap = gaps.filter((gap: number | null) => gap !== null);
    expect(withGap).toEqual([...withGap].sort((a, b) => b - a));
    expect(gaps.slice(withGap.length).every((gap: number | null) => gap === null)).toBe(true);
  });
});

/**
 * Resolution targets: a target's actual is the sum of the latest actuals of the linked plans'
 * indicators with the same name and unit (compared normalised), counting only the plans the viewer
 * may read. The expected actuals are made here from the rows, in plain SQL and JavaScript.
 */
describe('resolutionTargets', () => {
  const DOMAIN = 'demo.cluster-oversight.ir';
  const CENTRAL_SECRETARIAT = `secretariat@${DOMAIN}`;
  const TARGET_FIELDS =
    'id indicator unit targetValue higherIsBetter latestActual gap achievementRate dueQuarter { label } resolution { number }';
  const CENTRAL_NUMBER = 'CWG-1404-G1';
  /** A Persian indicator name as a plan writes it (with ZWNJs), and as a target writes it (spaces, Arabic yeh). */
  const PERSIAN_PLAN_NAME = 'خریداران خارجیِ تماس\u200cگرفته';
  const PERSIAN_TARGET_NAME = 'خريداران خارجي تماس گرفته';

  /** What this test compares names and units by: the domain's folding, spaces and ZWNJs ignored. */
  const keyOf = (text: string) =>
    foldPersian(text.normalize('NFC'))
      .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
      .replace(/ /g, '');

  interface TargetRow {
    id: string;
    resolutionId: string;
    indicator: string;
    unit: string;
    target: string;
    higherIsBetter: boolean;
    provinceCode: string | null;
  }
  interface LinkedRow {
    resolutionId: string;
    name: string;
    unit: string;
    value: string;
    provinceCode: string;
  }
  let targets: TargetRow[];
  let linked: LinkedRow[];

  const sql = <T>(text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute<T[]>(text, params);
  const scaled = (text: string) => {
    const [whole, fraction = ''] = text.replace('-', '').split('.');
    const value = BigInt(whole) * 10_000n + BigInt(fraction.padEnd(4, '0').slice(0, 4) || '0');
    return text.startsWith('-') ? -value : value;
  };

  /** The actual of a target as a viewer of `provinces` (null: every province) sees it, from the rows. */
  function expectedActual(target: TargetRow, provinces: string[] | null): string | null {
    const matching = linked.filter(
      (row) =>
        row.resolutionId === target.resolutionId &&
        keyOf(row.name) === keyOf(target.indicator) &&
        keyOf(row.unit) === keyOf(target.unit) &&
        (provinces === null || provinces.includes(row.provinceCode)),
    );
    return matching.length === 0 ? null : format(matching.reduce((sum, row) => sum + scaled(row.value), 0n));
  }

  function expected(provinces: string[] | null) {
    return targets
      .filter((target) => provinces === null || target.provinceCode === null || provinces.includes(target.provinceCode))
      .map((target) => {
        const latestActual = expectedActual(target, provinces);
        const rate = rateOf({ target: target.target, latestActual, higherIsBetter: target.higherIsBetter });
        const gap = latestActual === null ? null : (target.higherIsBetter ? 1n : -1n) * (scaled(target.target) - scaled(latestActual));
        return { id: encodeGlobalId('ResolutionTarget', target.id), latestActual, rate, gap, higherIsBetter: target.higherIsBetter };
      });
  }

  /** Worst first: the lowest rate, ties by the larger absolute gap, then by id; without a rate last. */
  function worstFirst<T extends { id: string; rate: bigint | null; gap: bigint | null }>(rows: T[]): T[] {
    const magnitude = (gap: bigint | null) => (gap === null ? -1n : gap < 0n ? -gap : gap);
    const uuid = (id: string) => decodeGlobalId(id)!.id;
    return [...rows].sort((a, b) => {
      if (a.rate === null || b.rate === null) return a.rate === b.rate ? (uuid(a.id) < uuid(b.id) ? -1 : 1) : a.rate === null ? 1 : -1;
      if (a.rate !== b.rate) return a.rate < b.rate ? -1 : 1;
      if (magnitude(a.gap) !== magnitude(b.gap)) return magnitude(a.gap) > magnitude(b.gap) ? -1 : 1;
      return uuid(a.id) < uuid(b.id) ? -1 : 1;
    });
  }

  beforeAll(async () => {
    // Given a central resolution about no cluster (in no province, readable by all), carried out by a
    // Tehran plan and an Isfahan plan, whose targets match their indicators written differently
    const em = app.orm.em.fork();
    const one = async (text: string, params: unknown[]) => (await em.getConnection().execute<{ id: string }[]>(text, params))[0].id;
    // A province's plan with an indicator of that name that has a reported actual.
    const planId = async (provinceCode: string, indicator: string) =>
      encodeGlobalId(
        'DevelopmentPlan',
        await one(
          `select d.id from development_plan d join cluster c on c.id = d.cluster_id join province p on p.id = c.province_id ` +
            `join plan_indicator i on i.plan_id = d.id where p.code = ? and i.name = ? ` +
            `and exists (select 1 from indicator_actual a where a.indicator_id = i.id) order by d.id limit 1`,
          [provinceCode, indicator],
        ),
      );
    const tehranPlan = await planId('IR-23', 'Export value');
    const isfahanPlan = await planId('IR-10', 'Foreign buyers contacted');
    await em
      .getConnection()
      .execute(`update plan_indicator set name = ? where name = 'Foreign buyers contacted' and plan_id = ?`, [
        PERSIAN_PLAN_NAME,
        decodeGlobalId(isfahanPlan)!.id,
      ]);
    const adopted = await expectAccepted<{ resolution: { id: string } }>(
      app,
      `mutation Adopt($input: AdoptResolutionInput!) { result: adoptResolution(input: $input) { resolution { id } ${USER_ERRORS} } }`,
      {
        workingGroupId: encodeGlobalId('WorkingGroup', await one(`select id from working_group where level = 'CENTRAL'`, [])),
        clusterId: null,
        number: CENTRAL_NUMBER,
        adoptedOn: '2025-08-10',
        title: 'National programme for export of hand-made goods',
        text: 'سازمان توسعه تجارت ایران صادرات کالاهای دست‌ساز را پشتیبانی کند.',
        responsibleAgencyId: encodeGlobalId('ExecutiveAgency', await one(`select id from executive_agency where code = 'TPO'`, [])),
        targets: [
          // Same indicator in case and spacing only: the Tehran and the Isfahan plan's export values add up.
          { indicator: 'EXPORT  VALUE', unit: 'Rial', targetValue: '3000000000000', dueQuarter: '1404-Q4', higherIsBetter: true },
          { indicator: PERSIAN_TARGET_NAME, unit: 'buyers', targetValue: '400', dueQuarter: '1405-Q1', higherIsBetter: true },
          { indicator: 'Artisans trained', unit: 'people', targetValue: '900', dueQuarter: '1405-Q2', higherIsBetter: true },
        ],
      },
      CENTRAL_SECRETARIAT,
      'adoptResolution',
    );
    const link = `mutation Link($input: LinkPlanToResolutionInput!) { result: linkPlanToResolution(input: $input) { plan { id } ${USER_ERRORS} } }`;
    for (const plan of [tehranPlan, isfahanPlan]) {
      await expectAccepted(app, link, { planId: plan, resolutionId: adopted.resolution.id }, CENTRAL_SECRETARIAT, 'linkPlanToResolution');
    }

    const resolutionProvince =
      `select r.id, p.code from resolution r join working_group wg on wg.id = r.working_group_id ` +
      `left join cluster c on c.id = r.cluster_id left join province p on p.id = coalesce(c.province_id, wg.province_id)`;
    targets = await sql<TargetRow>(
      `select t.id, t.resolution_id as "resolutionId", t.indicator, t.unit, t.target_value::text as target, t.higher_is_better as "higherIsBetter", rp.code as "provinceCode" ` +
        `from resolution_target t join (${resolutionProvince}) rp on rp.id = t.resolution_id`,
    );
    // Every linked plan's indicators with their latest actual: the current revision of the latest report (by quarter) stating one.
    linked = await sql<LinkedRow>(
      `select pr.resolution_id as "resolutionId", i.name, i.unit, latest.value, pv.code as "provinceCode" ` +
        `from plan_resolution pr join plan_indicator i on i.plan_id = pr.plan_id join development_plan d on d.id = pr.plan_id ` +
        `join cluster c on c.id = d.cluster_id join province pv on pv.id = c.province_id ` +
        `join (select distinct on (a.indicator_id) a.indicator_id, a.value::text as value from indicator_actual a join progress_report r on r.id = a.report_id ` +
        `where not exists (select 1 from progress_report s where s.supersedes_id = r.id) ` +
        `order by a.indicator_id, r.period desc, r.submitted_on desc, r.revision desc, r.created_at desc) latest on latest.indicator_id = i.id`,
    );
  });

  it('gives each target the sum of the matching latest actuals, its gap and its achievement rate', async () => {
    const result = await data(`{ resolutionTargets(first: 100) { totalCount nodes { ${TARGET_FIELDS} } } }`);
    const nodes = result.resolutionTargets.nodes as Json[];
    const wanted = new Map(expected(null).map((row) => [row.id, row]));
    expect(result.resolutionTargets.totalCount).toBe(targets.length);
    expect(new Set(nodes.map((node) => node.id))).toEqual(new Set(wanted.keys()));
    for (const node of nodes) {
      const row = wanted.get(node.id)!;
      expect({ id: node.id, latestActual: node.latestActual, gap: node.gap, achievementRate: node.achievementRate }).toEqual({
        id: row.id,
        latestActual: row.latestActual,
        gap: format(row.gap),
        achievementRate: format(row.rate),
      });
    }
    // The export value target sums a Tehran and an Isfahan plan; the Persian one matches across ZWNJ, space, vowel mark and Arabic yeh.
    const central = nodes.filter((node) => node.resolution.number === CENTRAL_NUMBER);
    const byIndicator = (indicator: string) => central.find((node) => node.indicator === indicator)!;
    const exportValues = linked.filter(
      (row) =>
        keyOf(row.name) === keyOf('Export value') &&
        row.resolutionId === targets.find((t) => t.indicator === 'EXPORT  VALUE')!.resolutionId,
    );
    expect(new Set(exportValues.map((row) => row.provinceCode))).toEqual(new Set(['IR-23', 'IR-10']));
    expect(byIndicator('EXPORT  VALUE').latestActual).toBe(format(exportValues.reduce((sum, row) => sum + scaled(row.value), 0n)));
    expect(byIndicator(PERSIAN_TARGET_NAME).latestActual).not.toBeNull();
    expect(byIndicator('Artisans trained')).toMatchObject({ latestActual: null, gap: null, achievementRate: null });
  });

  it('lists the 5 worst targets first, ties by the larger gap, targets without a rate last', async () => {
    const worst = worstFirst(expected(null));
    const rated = worst.filter((row) => row.rate !== null);
    expect(rated.length).toBeGreaterThan(5);
    // A lower-is-better target is rated by (2 × target − actual) ÷ target, among the others.
    expect(rated.some((row) => !row.higherIsBetter)).toBe(true);
    const five = await data(
      `{ resolutionTargets(first: 5, orderBy: { field: ACHIEVEMENT_RATE, direction: ASC }) { nodes { id achievementRate } } }`,
    );
    expect(five.resolutionTargets.nodes).toEqual(worst.slice(0, 5).map((row) => ({ id: row.id, achievementRate: format(row.rate) })));
    const all = await data(`{ resolutionTargets(first: 100, orderBy: { field: ACHIEVEMENT_RATE, direction: ASC }) { nodes { id } } }`);
    expect(all.resolutionTargets.nodes.map((node: Json) => node.id)).toEqual(worst.map((row) => row.id));
    // Descending, the best come first and those without a rate still last.
    const best = await data(
      `{ resolutionTargets(first: 100, orderBy: { field: ACHIEVEMENT_RATE, direction: DESC }) { nodes { achievementRate } } }`,
    );
    const rates = best.resolutionTargets.nodes.map((node: Json) => node.achievementRate);
    expect(rates.slice(0, rated.length)).toEqual(
      [...rated].sort((a, b) => (a.rate! > b.rate! ? -1 : a.rate! < b.rate! ? 1 : 0)).map((row) => format(row.rate)),
    );
    expect(rates.slice(rated.length).every((rate: string | null) => rate === null)).toBe(true);
    // Pages by cursor in the same order.
    const first = await data(
      `{ resolutionTargets(first: 3, orderBy: { field: ACHIEVEMENT_RATE, direction: ASC }) { pageInfo { endCursor } nodes { id } } }`,
    );
    const next = await data(
      `query($after: String) { resolutionTargets(first: 100, after: $after, orderBy: { field: ACHIEVEMENT_RATE, direction: ASC }) { nodes { id } } }`,
      {
        after: first.resolutionTargets.pageInfo.endCursor,
      },
    );
    expect([...first.resolutionTargets.nodes, ...next.resolutionTargets.nodes].map((node: Json) => node.id)).toEqual(
      worst.map((row) => row.id),
    );
    // By absolute gap, largest first, without an actual last.
    const gaps = await data(`{ resolutionTargets(first: 100, orderBy: { field: ABSOLUTE_GAP, direction: DESC }) { nodes { gap } } }`);
    const sizes = gaps.resolutionTargets.nodes.map((node: Json) => (node.gap === null ? null : scaled(node.gap.replace('-', ''))));
    const known = sizes.filter((size: bigint | null) => size !== null) as bigint[];
    expect(known).toEqual([...known].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    expect(sizes.slice(known.length).every((size: bigint | null) => size === null)).toBe(true);
  });

  it('filters on the achievement rate, the actual, the province and the due quarter', async () => {
    const rows = expected(null);
    const ids = async (filter: Record<string, unknown>) =>
      new Set(
        (
          await data(`query($filter: ResolutionTargetFilter) { resolutionTargets(first: 100, filter: $filter) { nodes { id } } }`, {
            filter,
          })
        ).resolutionTargets.nodes.map((node: Json) => node.id),
      );
    const below = rows.filter((row) => row.rate !== null && row.rate < 5_000n);
    expect(below.length).toBeGreaterThan(0);
    expect(await ids({ achievementRate: { lt: '0.5' } })).toEqual(new Set(below.map((row) => row.id)));
    expect(await ids({ hasActual: false })).toEqual(new Set(rows.filter((row) => row.latestActual === null).map((row) => row.id)));
    expect(await ids({ higherIsBetter: false })).toEqual(new Set(rows.filter((row) => !row.higherIsBetter).map((row) => row.id)));
    const isfahan = targets
      .filter((target) => target.provinceCode === 'IR-10')
      .map((target) => encodeGlobalId('ResolutionTarget', target.id));
    expect(isfahan.length).toBeGreaterThan(0);
    expect(await ids({ provinceCodes: ['IR-10'] })).toEqual(new Set(isfahan));
    const [{ count }] = await sql<{ count: number }>(
      `select count(*)::int as count from resolution_target where due_quarter between '1404-Q2' and '1404-Q4'`,
    );
    expect(count).toBeGreaterThan(0);
    expect((await ids({ dueQuarter: { from: '1404-Q2', to: '1404-Q4' } })).size).toBe(count);
  });

  it('sums, filters and sorts only the plans a provincial viewer may read', async () => {
    // The Isfahan secretariat reads the targets of Isfahan resolutions and of resolutions in no province.
    const visible = expected(['IR-10']);
    const result = await data(
      `{ resolutionTargets(first: 100, orderBy: { field: ACHIEVEMENT_RATE, direction: ASC }) { totalCount nodes { ${TARGET_FIELDS} } } }`,
      undefined,
      ISFAHAN_SECRETARIAT,
    );
    expect(result.resolutionTargets.totalCount).toBe(visible.length);
    expect(
      result.resolutionTargets.nodes.map((node: Json) => ({
        id: node.id,
        latestActual: node.latestActual,
        achievementRate: node.achievementRate,
      })),
    ).toEqual(worstFirst(visible).map((row) => ({ id: row.id, latestActual: row.latestActual, achievementRate: format(row.rate) })));
    // The central export value target counts only the Isfahan plan for them: a lower rate than the analyst's.
    const central = (rows: ReturnType<typeof expected>) =>
      rows.find((row) => row.id === encodeGlobalId('ResolutionTarget', targets.find((t) => t.indicator === 'EXPORT  VALUE')!.id))!;
    const [everywhere, inIsfahan] = [central(expected(null)), central(visible)];
    expect(inIsfahan.rate! < everywhere.rate!).toBe(true);
    // A filter at the analyst's rate keeps it for the Isfahan viewer, who sees the lower rate, and not for the analyst.
    const query = `query($filter: ResolutionTargetFilter) { resolutionTargets(first: 100, filter: $filter) { nodes { id } } }`;
    const filter = { achievementRate: { lt: format(everywhere.rate) } };
    const forIsfahan = await data(query, { filter }, ISFAHAN_SECRETARIAT);
    const forAnalyst = await data(query, { filter });
    expect(forIsfahan.resolutionTargets.nodes.map((node: Json) => node.id)).toContain(inIsfahan.id);
    expect(forAnalyst.resolutionTargets.nodes.map((node: Json) => node.id)).not.toContain(everywhere.id);
  });

  it('orders and filters the targets of a resolution the same way', async () => {
    const central = targets.find((target) => target.indicator === 'EXPORT  VALUE')!.resolutionId;
    const own = worstFirst(
      expected(null).filter(
        (row) => targets.find((target) => encodeGlobalId('ResolutionTarget', target.id) === row.id)!.resolutionId === central,
      ),
    );
    const result = await data(
      `query($id: ID!) { node(id: $id) { ... on Resolution { targets(first: 10, orderBy: { field: ACHIEVEMENT_RATE, direction: ASC }) { nodes { id } }
        rated: targets(first: 10, filter: { hasActual: true }) { nodes { id } } } } }`,
      { id: encodeGlobalId('Resolution', central) },
    );
    expect(result.node.targets.nodes.map((node: Json) => node.id)).toEqual(own.map((row) => row.id));
    expect(new Set(result.node.rated.nodes.map((node: Json) => node.id))).toEqual(
      new Set(own.filter((row) => row.latestActual !== null).map((row) => row.id)),
    );
  });

  it('answers the worst targets in one SQL statement beyond authentication', async () => {
    await data(`{ resolutionTargets(first: 1) { nodes { id } } }`);
    app.resetQueries();
    await data(
      `{ resolutionTargets(first: 20, orderBy: { field: ACHIEVEMENT_RATE, direction: ASC }) { totalCount nodes { ${TARGET_FIELDS} } } }`,
    );
    const reads = app.queries.filter((query) => query.includes('resolution_target'));
    expect(reads).toHaveLength(1);
  });
});
