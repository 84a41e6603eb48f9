import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccepted, USER_ERRORS } from '../setup/mutations';
import { startTestApp, type TestApp } from '../setup/test-app';

const CENTRAL_SECRETARIAT = 'secretariat@demo.cluster-oversight.ir';

const ISSUE = `mutation Issue($input: IssuePeriodicReportInput!) {
  result: issuePeriodicReport(input: $input) { report { period { label } status figures } ${USER_ERRORS} }
}`;
const ALL_REPORTS = `{ periodicReports(first: 100) { nodes { period { label } status figures } } }`;

interface Report {
  period: { label: string };
  status: string;
  figures: unknown;
}

/**
 * The shape of a JSON value: for an object its keys with the shape of each, for an array the shape
 * its items share (they must share one), otherwise the type of the value (`null` is a type of its own).
 */
function shapeOf(value: unknown, path = '$'): unknown {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const shapes = value.map((item, index) => shapeOf(item, `${path}[${index}]`));
    for (const [index, shape] of shapes.entries()) {
      if (JSON.stringify(shape) !== JSON.stringify(shapes[0])) throw new Error(`${path}[${index}] differs in shape from ${path}[0]`);
    }
    return shapes.length > 0 ? [shapes[0]] : [];
  }
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((key) => [key, shapeOf((value as Record<string, unknown>)[key], `${path}.${key}`)]),
    );
  }
  return typeof value;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('periodic reports of the demo data', () => {
  it('have exactly the shape of a report issued through issuePeriodicReport', async () => {
    // Given the demo data's reports (an issued one and a draft)
    const seeded = await app.graphql<{ periodicReports: { nodes: Report[] } }>(ALL_REPORTS);
    expect(seeded.body.errors).toBeUndefined();
    const reports = seeded.body.data!.periodicReports.nodes;
    expect(reports.map((report) => `${report.period.label} ${report.status}`).sort()).toEqual(['1403-Q4 ISSUED', '1404-Q1 DRAFT']);

    // When the central secretariat issues a quarter that has no report yet
    const issued = await expectAccepted<{ report: Report }>(app, ISSUE, { period: '1403-Q3' }, CENTRAL_SECRETARIAT, 'issuePeriodicReport');
    expect(issued.report).toMatchObject({ period: { label: '1403-Q3' }, status: 'ISSUED' });

    // Then every seeded report has the same keys, at every depth, with values of the same types.
    const expected = shapeOf(issued.report.figures);
    expect(expected).toMatchObject({ byProvince: [expect.any(Object)], obligations: { byStatus: expect.any(Object) } });
    for (const report of reports) {
      expect({ period: report.period.label, shape: shapeOf(report.figures) }).toEqual({ period: report.period.label, shape: expected });
    }
  });
});
