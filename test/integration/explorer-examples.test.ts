import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ANALYST_EXAMPLES } from '../../server/explorer-examples';
import { DEMO_TODAY } from '../setup/constants';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';

/**
 * The explorer's analyst tabs (server/explorer-examples.ts) run as the analyst through the real API
 * on the demo data: each answers without errors and with something in every root field, so that an
 * example cannot rot when the schema or the data changes. The page offers exactly these tabs.
 */

type Json = Record<string, any>;

let app: TestApp;
/** The cluster given two more overdue quarters, so that "two or more overdue" has an answer. */
let overdueCluster = '';

async function sql<T = Json>(text: string, values: unknown[] = []): Promise<T[]> {
  return app.orm.em.fork().getConnection().execute<T[]>(text, values);
}

beforeAll(async () => {
  app = await startTestApp();
  // The demo data has no cluster with two overdue reports; one plan's obligations gain two overdue
  // quarters of 1401, long past their due dates, so the question's example answers with one cluster.
  const [template] = await sql<Json>(
    `select o.*, c.name as cluster_name from reporting_obligation o join cluster c on c.id = o.cluster_id
     where o.kind = 'PLAN_EXECUTOR' order by o.id limit 1`,
  );
  overdueCluster = template.cluster_name;
  for (const [period, endsOn] of [
    ['1401-Q1', '2022-06-21'],
    ['1401-Q2', '2022-09-22'],
  ]) {
    await sql(
      `insert into reporting_obligation (id, kind, obligor_id, cluster_id, plan_id, period, period_ends_on, due_on)
       values (gen_random_uuid(), 'PLAN_EXECUTOR', ?, ?, ?, ?, ?::date, ?::date + 15)`,
      [template.obligor_id, template.cluster_id, template.plan_id, period, endsOn, endsOn],
    );
  }
});

afterAll(async () => {
  await app?.close();
});

function operationOf(query: string): OperationDefinitionNode {
  const operations = parse(query).definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  expect(operations).toHaveLength(1);
  return operations[0];
}

/** Root fields of an answer that are null, an empty list, or a connection without nodes. */
function emptyRootFields(data: Json): string[] {
  return Object.entries(data)
    .filter(
      ([, value]) =>
        value === null || (Array.isArray(value) && value.length === 0) || (Array.isArray(value?.nodes) && value.nodes.length === 0),
    )
    .map(([name]) => name);
}

describe('the explorer’s analyst examples', () => {
  it('has one tab per question, titled by a unique operation name, the question on its first line', () => {
    expect(ANALYST_EXAMPLES.map((example) => example.title)).toEqual([
      'BudgetPerProvince',
      'OnTimeSharePerProvinceLastFourQuarters',
      'TenWorstPlanIndicators',
      'ClustersWithTwoOrMoreOverdueReports',
      'PersianSearchCarpetClusters',
      'CurrentPeriod',
    ]);
    for (const example of ANALYST_EXAMPLES) {
      expect(operationOf(example.query).name?.value).toBe(example.title);
      expect(example.query.split('\n')[0]).toBe(`# ${example.question}`);
      // GraphiQL's own rule for a tab's title: the first non-comment line naming an operation.
      expect(/^(?!#).*(query|subscription|mutation)\s+([a-zA-Z0-9_]+)/m.exec(example.query)?.[2]).toBe(example.title);
    }
  });

  it.each(ANALYST_EXAMPLES.map((example) => [example.title, example] as const))(
    '%s answers the analyst without errors, with data in every root field',
    async (_title, example) => {
      const response = await app.graphql<Json>(example.query, undefined, { as: ANALYST });
      expect(response.status).toBe(200);
      expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
      const data = response.body.data as Json;
      const rootFields = operationOf(example.query).selectionSet.selections.map((selection) =>
        selection.kind === Kind.FIELD ? (selection.alias ?? selection.name).value : selection.kind,
      );
      expect(Object.keys(data)).toEqual(rootFields);
      expect(emptyRootFields(data)).toEqual([]);
    },
  );

  it('answers the questions with the demo data’s figures', async () => {
    const answer = async (title: string) => {
      const example = ANALYST_EXAMPLES.find((candidate) => candidate.title === title)!;
      return (await app.graphql<Json>(example.query)).body.data as Json;
    };
    const budget = await answer('BudgetPerProvince');
    expect(budget.clusterAggregates.map((group: Json) => group.keys.province.code)).toEqual(['IR-09', 'IR-10', 'IR-23']);
    const onTime = await answer('OnTimeSharePerProvinceLastFourQuarters');
    expect(onTime.reportingCompliance.every((group: Json) => group.onTimeRate !== null && group.due > 0)).toBe(true);
    const worst = await answer('TenWorstPlanIndicators');
    expect(worst.planIndicators.nodes).toHaveLength(10);
    const rates = worst.planIndicators.nodes.map((node: Json) => Number(node.achievementRate));
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    const overdue = await answer('ClustersWithTwoOrMoreOverdueReports');
    expect(overdue.reportingObligationAggregates.map((group: Json) => group.keys.cluster.name)).toContain(overdueCluster);
    expect(overdue.reportingObligationAggregates.every((group: Json) => group.count >= 2)).toBe(true);
    const search = await answer('PersianSearchCarpetClusters');
    expect(search.clusters.nodes.every((node: Json) => node.nameFa.includes('فرش'))).toBe(true);
    const period = await answer('CurrentPeriod');
    expect(DEMO_TODAY).toBe('2025-08-15');
    expect(period.currentPeriod.label).toBe('1404-Q2');
    expect(period.lastFourQuarters.map((quarter: Json) => quarter.label)).toEqual(['1403-Q3', '1403-Q4', '1404-Q1', '1404-Q2']);
  });

  it('is what the explorer page opens with, each tab with the page’s headers', async () => {
    const response = await fetch(app.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    const config = JSON.parse(/const config = (\{.*\});/.exec(html)![1]) as {
      tabs: Array<{ query: string; headers: string }>;
      headers: string;
    };
    expect(config.tabs.map((tab) => tab.query)).toEqual(ANALYST_EXAMPLES.map((example) => example.query));
    for (const tab of config.tabs) expect(tab.headers).toBe(config.headers);
    expect(html).toContain('defaultTabs: config.tabs');
  });
});
