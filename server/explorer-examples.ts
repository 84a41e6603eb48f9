/**
 * The analysts' questions the explorer opens with, one tab each. GraphiQL titles a tab by the name
 * of its operation, so each operation is named after its question (`title`), and the question in
 * words is the tab's first line. The quarters are the demo data's last four (today 2025-08-15 is
 * 1404-Q2); `currentPeriod` and `periods` give them for any other day.
 *
 * test/integration/explorer-examples.test.ts runs every query here as the analyst through the API,
 * so the examples fail the build when the schema or the data they rely on changes.
 */
export interface ExplorerExample {
  /** The operation's name, which GraphiQL shows as the tab's title. */
  title: string;
  /** The question in words, the first line of the tab. */
  question: string;
  /** The whole text of the tab. */
  query: string;
}

function example(title: string, question: string, notes: string[], body: string): ExplorerExample {
  const comments = [question, ...notes].map((line) => `# ${line}`).join('\n');
  return { title, question, query: `${comments}\nquery ${title} {\n${body.trim()}\n}\n` };
}

export const ANALYST_EXAMPLES: readonly ExplorerExample[] = [
  example(
    'BudgetPerProvince',
    'Clusters and their approved and current budget per province (exact Rial sums, no page limits).',
    [
      'Every request needs a bearer token: set it under "Headers" below.',
      'The same as CSV for a spreadsheet: GET or POST /export.csv with this query and the same Authorization header.',
    ],
    `
  clusterAggregates(groupBy: [PROVINCE]) {
    keys { province { code nameEn nameFa } }
    count
    sum { approvedBudget currentBudget }
  }`,
  ),
  example(
    'OnTimeSharePerProvinceLastFourQuarters',
    'Share of quarterly reports on time per province, over the last four quarters (1403-Q3 to 1404-Q2).',
    ['Rates are fractions 0 to 1 of the reports due; the "CurrentPeriod" tab lists the quarter labels.'],
    `
  reportingCompliance(from: "1403-Q3", to: "1404-Q2", groupBy: [PROVINCE]) {
    keys { province { code nameEn } }
    expected
    due
    onTime
    late
    overdue
    onTimeRate
    completenessRate
  }`,
  ),
  example(
    'TenWorstPlanIndicators',
    'The 10 plan indicators with the worst gap, comparable across units (achievement rate, worst first).',
    ['The achievement rate is actual / target, or (2 x target - actual) / target when lower is better.'],
    `
  planIndicators(first: 10, orderBy: { field: ACHIEVEMENT_RATE, direction: ASC }) {
    nodes {
      name
      unit
      higherIsBetter
      target
      latestActual
      gap
      achievementRate
      plan { cluster { name province { code } } }
    }
  }`,
  ),
  example(
    'ClustersWithTwoOrMoreOverdueReports',
    'Clusters with two or more overdue reports.',
    ['On the demo data no cluster has two (the answer is an empty list); with gte: 1 two clusters show.'],
    `
  reportingObligationAggregates(groupBy: [CLUSTER], filter: { statuses: [OVERDUE] }, having: { count: { gte: 2 } }) {
    keys { cluster { name province { code } } }
    count
  }`,
  ),
  example(
    'PersianSearchCarpetClusters',
    'Persian search: clusters whose name has «فرش» (carpet).',
    ['Arabic and Persian letters, a ZWNJ or a space, tatweel (فـرش) and vowel marks (فَرش) all find the same.'],
    `
  clusters(filter: { search: "فرش" }) {
    totalCount
    nodes { name nameFa province { code nameEn } }
  }`,
  ),
  example(
    'CurrentPeriod',
    'The current quarter, and the last four quarters with their Gregorian days.',
    ['Use these labels in `from`/`to` and in period filters instead of computing Solar Hijri quarters.'],
    `
  currentPeriod { label year quarter startsOn endsOn }
  lastFourQuarters: periods(from: "1403-Q3", to: "1404-Q2") { label startsOn endsOn }`,
  ),
];
