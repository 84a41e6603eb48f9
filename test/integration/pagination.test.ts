/**
 * Relay cursor connections (docs/domain.md section 5): walking a top-level list forwards and backwards,
 * windows between two cursors, the page-size limits, and nested connections page by page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestApp, type TestApp } from '../setup/test-app';
import { expectErrorCode, type Json, queryData } from './graphql-test-support';

let app: TestApp;

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: PageInfo;
}

const PAGE = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/** A page of reporting obligations (46 in the demo data), in the default order. */
async function obligations(args: { first?: number; last?: number; after?: string | null; before?: string | null }): Promise<Page> {
  const data = await queryData<{ list: Page }>(
    app,
    `query($first: Int, $last: Int, $after: String, $before: String) {
      list: reportingObligations(first: $first, last: $last, after: $after, before: $before) { ${PAGE} }
    }`,
    args,
  );
  return data.list;
}

const idsOf = (page: Page) => page.edges.map((edge) => edge.node.id);

/** Cursors name their edges: the page info agrees with the edges it describes. */
function expectConsistentCursors(page: Page) {
  expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
  expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor ?? null);
  expect(new Set(page.edges.map((edge) => edge.cursor)).size).toBe(page.edges.length);
}

/** Every obligation in order, with each one's cursor, read in one page of 100. */
let reference: { ids: string[]; cursors: string[]; total: number };

beforeAll(async () => {
  app = await startTestApp();
  const whole = await obligations({ first: 100 });
  reference = { ids: idsOf(whole), cursors: whole.edges.map((edge) => edge.cursor), total: whole.totalCount };
});
afterAll(() => app?.close());

describe('a top-level list', () => {
  it('has enough rows for the walks below, all in one page of 100', () => {
    expect(reference.total).toBeGreaterThan(30);
    expect(reference.total).toBeLessThanOrEqual(100);
    expect(reference.ids).toHaveLength(reference.total);
    expect(new Set(reference.ids).size).toBe(reference.total);
  });

  it('is walked forwards with first/after, every item exactly once and in order', async () => {
    // Given a page size that does not divide the list
    const size = 7;
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      // When the next page is read
      const page: Page = await obligations({ first: size, after });
      pages += 1;
      expectConsistentCursors(page);
      expect(page.totalCount).toBe(reference.total);
      seen.push(...idsOf(page));

      // Then the page info tells where the page sits
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 1);
      expect(page.pageInfo.hasNextPage).toBe(seen.length < reference.total);
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(size);
      after = page.pageInfo.endCursor;
      expect(pages).toBeLessThan(50);
    }
    // And the walk met every item once, in the order of the whole list
    expect(seen).toEqual(reference.ids);
    expect(pages).toBe(Math.ceil(reference.total / size));
  });

  it('is walked backwards with last/before, every item exactly once and in order', async () => {
    const size = 7;
    const seen: string[] = [];
    let before: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = await obligations({ last: size, before });
      pages += 1;
      expectConsistentCursors(page);
      expect(page.totalCount).toBe(reference.total);
      seen.unshift(...idsOf(page));

      expect(page.pageInfo.hasNextPage).toBe(pages > 1);
      expect(page.pageInfo.hasPreviousPage).toBe(seen.length < reference.total);
      if (!page.pageInfo.hasPreviousPage) break;
      expect(page.edges).toHaveLength(size);
      before = page.pageInfo.startCursor;
      expect(pages).toBeLessThan(50);
    }
    expect(seen).toEqual(reference.ids);
  });

  it('gives the same cursor to an item whichever page it is read in', async () => {
    const page = await obligations({ first: 5, after: reference.cursors[9] });
    expect(page.edges.map((edge) => edge.cursor)).toEqual(reference.cursors.slice(10, 15));
  });

  it('gives the tail with `last` alone', async () => {
    const page = await obligations({ last: 5 });
    expect(idsOf(page)).toEqual(reference.ids.slice(-5));
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expectConsistentCursors(page);
  });

  it('gives the head with `first` alone, and knows there is no page before it', async () => {
    const page = await obligations({ first: 5 });
    expect(idsOf(page)).toEqual(reference.ids.slice(0, 5));
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expectConsistentCursors(page);
  });

  it('returns the window between two cursors with first + after + before', async () => {
    // Given the cursors of items 10 and 20 (0-based), nine items apart
    const after = reference.cursors[10];
    const before = reference.cursors[20];

    // When fewer items than the window holds are asked for, the page starts right after `after`
    const short = await obligations({ first: 4, after, before });
    expect(idsOf(short)).toEqual(reference.ids.slice(11, 15));
    expect(short.pageInfo.hasNextPage).toBe(true);
    expect(short.pageInfo.hasPreviousPage).toBe(true);

    // When more are asked for than the window holds, the page stops before `before`
    const long = await obligations({ first: 50, after, before });
    expect(idsOf(long)).toEqual(reference.ids.slice(11, 20));
    expect(long.totalCount).toBe(reference.total);
    expectConsistentCursors(long);
  });

  it('returns the end of the window between two cursors with last + after + before', async () => {
    const after = reference.cursors[10];
    const before = reference.cursors[20];

    const short = await obligations({ last: 4, after, before });
    expect(idsOf(short)).toEqual(reference.ids.slice(16, 20));
    expect(short.pageInfo.hasPreviousPage).toBe(true);

    const long = await obligations({ last: 50, after, before });
    expect(idsOf(long)).toEqual(reference.ids.slice(11, 20));
  });

  it('returns nothing between two adjacent cursors, and nothing after the last item', async () => {
    const between = await obligations({ first: 10, after: reference.cursors[5], before: reference.cursors[6] });
    expect(between.edges).toEqual([]);
    expect(between.pageInfo.startCursor).toBeNull();
    expect(between.pageInfo.endCursor).toBeNull();

    const past = await obligations({ first: 10, after: reference.cursors[reference.total - 1] });
    expect(past.edges).toEqual([]);
    expect(past.totalCount).toBe(reference.total);
    expect(past.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it('walks to the first item with `before` alone', async () => {
    const page = await obligations({ before: reference.cursors[3] });
    expect(idsOf(page)).toEqual(reference.ids.slice(0, 3));
    expect(page.pageInfo.hasPreviousPage).toBe(false);
  });

  it('answers an empty list with empty edges, null cursors and no pages either side', async () => {
    const data = await queryData<{ list: Page }>(
      app,
      `{ list: reportingObligations(first: 10, filter: { periods: ["1390-Q1"] }) { ${PAGE} } }`,
    );
    expect(data.list).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it('uses a page of 20 when neither first nor last is given', async () => {
    const page = await obligations({});
    expect(idsOf(page)).toEqual(reference.ids.slice(0, 20));
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('accepts pages of 100, the largest allowed', async () => {
    const forwards = await obligations({ first: 100 });
    expect(idsOf(forwards)).toEqual(reference.ids);
    expect(forwards.pageInfo.hasNextPage).toBe(false);
    const backwards = await obligations({ last: 100 });
    expect(idsOf(backwards)).toEqual(reference.ids);
    expect(backwards.pageInfo.hasPreviousPage).toBe(false);
  });

  it.each([
    { args: { first: 0 } },
    { args: { first: 101 } },
    { args: { first: -1 } },
    { args: { last: 0 } },
    { args: { last: 101 } },
    { args: { first: 5, last: 5 } },
  ])('rejects $args with BAD_USER_INPUT', async ({ args }) => {
    await expectErrorCode(
      app,
      'BAD_USER_INPUT',
      'query($first: Int, $last: Int) { reportingObligations(first: $first, last: $last) { totalCount } }',
      args,
    );
  });

  it.each([
    'not-a-cursor',
    '!!!',
    Buffer.from('position:-1').toString('base64url'),
    Buffer.from('Cluster:3c22c0bc-bde3-4b49-8a30-095f83689dd0').toString('base64url'),
  ])('rejects the malformed cursor %j in after and in before with BAD_USER_INPUT', async (cursor) => {
    await expectErrorCode(app, 'BAD_USER_INPUT', 'query($c: String) { reportingObligations(first: 5, after: $c) { totalCount } }', {
      c: cursor,
    });
    await expectErrorCode(app, 'BAD_USER_INPUT', 'query($c: String) { reportingObligations(last: 5, before: $c) { totalCount } }', {
      c: cursor,
    });
  });

  it('rejects an empty cursor with BAD_USER_INPUT rather than reading it as no cursor', async () => {
    // An empty string is not a cursor this API returns; taking it for "from the start" would send a
    // client that lost its cursor back to the first page, silently.
    await expectErrorCode(app, 'BAD_USER_INPUT', '{ reportingObligations(first: 5, after: "") { totalCount } }');
    await expectErrorCode(app, 'BAD_USER_INPUT', '{ reportingObligations(last: 5, before: "") { totalCount } }');
  });
});

// ---------------------------------------------------------------------------------------------
// Nested connections
// ---------------------------------------------------------------------------------------------

interface NestedCase {
  /** The parents' top-level list and the nested connection under each parent. */
  parents: string;
  child: string;
  /** The top-level list that holds the same children, and its filter for one parent. */
  topLevel: string;
  filterType: string;
  filterFor: (parentId: string) => Json;
  /** Page size small enough that some parent needs several pages. */
  size: number;
}

const NESTED: NestedCase[] = [
  {
    parents: 'provinces',
    child: 'clusters',
    topLevel: 'clusters',
    filterType: 'ClusterFilter',
    filterFor: (id) => ({ provinceIds: [id] }),
    size: 1,
  },
  {
    parents: 'workingGroups',
    child: 'plans',
    topLevel: 'developmentPlans',
    filterType: 'DevelopmentPlanFilter',
    filterFor: (id) => ({ decidedByIds: [id] }),
    size: 1,
  },
  {
    parents: 'clusters',
    child: 'progressReports',
    topLevel: 'progressReports',
    filterType: 'ProgressReportFilter',
    // The nested list, like the top-level one by default, holds the latest revision of each report.
    filterFor: (id) => ({ clusterIds: [id] }),
    size: 3,
  },
  {
    parents: 'clusters',
    child: 'reportingObligations',
    topLevel: 'reportingObligations',
    filterType: 'ReportingObligationFilter',
    filterFor: (id) => ({ clusterIds: [id] }),
    size: 4,
  },
  {
    parents: 'people',
    child: 'executedPlans',
    topLevel: 'developmentPlans',
    filterType: 'DevelopmentPlanFilter',
    filterFor: (id) => ({ executorIds: [id] }),
    size: 1,
  },
];

interface ParentPages {
  list: { nodes: { id: string; children: Page }[] };
}

async function nestedPage(spec: NestedCase, first: number, after: string | null): Promise<ParentPages['list']['nodes']> {
  const data = await queryData<ParentPages>(
    app,
    `query($first: Int, $after: String) {
      list: ${spec.parents}(first: 100) { nodes { id children: ${spec.child}(first: $first, after: $after) { ${PAGE} } } }
    }`,
    { first, after },
  );
  return data.list.nodes;
}

async function topLevelIds(spec: NestedCase, parentId: string): Promise<{ totalCount: number; ids: string[] }> {
  const data = await queryData<{ list: { totalCount: number; nodes: { id: string }[] } }>(
    app,
    `query($filter: ${spec.filterType}) { list: ${spec.topLevel}(first: 100, filter: $filter) { totalCount nodes { id } } }`,
    { filter: spec.filterFor(parentId) },
  );
  return { totalCount: data.list.totalCount, ids: data.list.nodes.map((node) => node.id) };
}

describe.each(NESTED)('$parents.$child', (spec) => {
  it('walks every child of every parent with first/after, with the right totalCount per parent', async () => {
    // Given every parent's first page
    let parents = await nestedPage(spec, spec.size, null);
    const walked = new Map<string, string[]>(parents.map((parent) => [parent.id, []]));
    const totals = new Map<string, number>(parents.map((parent) => [parent.id, parent.children.totalCount]));
    let pageNumber = 0;

    for (;;) {
      pageNumber += 1;
      for (const parent of parents) {
        // Then each parent's page has the parent's own total, and the page info agrees with the edges
        expectConsistentCursors(parent.children);
        expect(parent.children.totalCount).toBe(totals.get(parent.id));
        expect(parent.children.edges.length).toBeLessThanOrEqual(spec.size);
        expect(parent.children.pageInfo.hasPreviousPage).toBe(pageNumber > 1);
        walked.get(parent.id)!.push(...idsOf(parent.children));
        expect(parent.children.pageInfo.hasNextPage).toBe(walked.get(parent.id)!.length < totals.get(parent.id)!);
      }
      // When the next page is read for all parents at once (cursors are positions, the same for all)
      const longest = parents.find((parent) => parent.children.pageInfo.hasNextPage);
      if (!longest) break;
      parents = await nestedPage(spec, spec.size, longest.children.pageInfo.endCursor);
      expect(pageNumber).toBeLessThan(60);
    }

    // Then each parent's children were met once each: those the top-level list holds for the parent
    let parentsWithSeveralPages = 0;
    for (const [parentId, children] of walked) {
      const topLevel = await topLevelIds(spec, parentId);
      expect(totals.get(parentId), `${spec.parents} ${parentId}`).toBe(topLevel.totalCount);
      expect(new Set(children).size).toBe(children.length);
      expect([...children].sort()).toEqual([...topLevel.ids].sort());
      if (children.length > spec.size) parentsWithSeveralPages += 1;
    }
    expect(parentsWithSeveralPages, 'some parent should need several pages').toBeGreaterThan(0);

    // And a page after the last child of the parent with the most children is past the end of
    // every parent: empty, but still counting the parent's children
    const longest = parents.reduce((a, b) => (b.children.totalCount > a.children.totalCount ? b : a));
    expect(longest.children.pageInfo.endCursor).not.toBeNull();
    const beyond = await nestedPage(spec, spec.size, longest.children.pageInfo.endCursor);
    expect(beyond.map((parent) => parent.id).sort()).toEqual([...walked.keys()].sort());
    for (const parent of beyond) {
      expect(parent.children.edges).toEqual([]);
      expect(parent.children.totalCount).toBe(totals.get(parent.id));
      expect(parent.children.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
    }
  });

  it('reads all children of each parent in one page of 100', async () => {
    const parents = await nestedPage(spec, 100, null);
    for (const parent of parents) {
      expect(parent.children.edges).toHaveLength(parent.children.totalCount);
      expect(parent.children.pageInfo.hasNextPage).toBe(false);
      expect(parent.children.pageInfo.hasPreviousPage).toBe(false);
    }
  });
});

describe('a nested connection', () => {
  it('uses a page of 20 when first is not given', async () => {
    // Given the cluster with the most reporting obligations
    const data = await queryData<{ clusters: { nodes: { reportingObligations: Page }[] } }>(
      app,
      `{ clusters(first: 100) { nodes { reportingObligations { ${PAGE} } } } }`,
    );
    const largest = data.clusters.nodes.map((node) => node.reportingObligations).sort((a, b) => b.totalCount - a.totalCount)[0];
    expect(largest.totalCount).toBeGreaterThan(0);
    expect(largest.edges).toHaveLength(Math.min(20, largest.totalCount));
  });

  it.each([0, 101, -1])('rejects first: %d with BAD_USER_INPUT', async (first) => {
    await expectErrorCode(
      app,
      'BAD_USER_INPUT',
      'query($first: Int) { provinces(first: 5) { nodes { clusters(first: $first) { totalCount } } } }',
      {
        first,
      },
    );
  });

  it('rejects a malformed cursor with BAD_USER_INPUT', async () => {
    await expectErrorCode(
      app,
      'BAD_USER_INPUT',
      '{ provinces(first: 5) { nodes { clusters(first: 2, after: "garbage!") { totalCount } } } }',
    );
  });
});
