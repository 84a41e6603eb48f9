import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fixedClock } from '../../server/kernel/clock';
import { encodeGlobalId } from '../../server/kernel/global-id';
import { ExecutiveAgency } from '../../server/modules/executive-agency/executive-agency.entity';
import { WorkingGroup, WorkingGroupLevel } from '../../server/modules/working-group/working-group.entity';
import { expectAccepted, expectRefused, mutate, USER_ERRORS } from '../setup/mutations';
import { startTestApp, type TestApp } from '../setup/test-app';

const ASSESS = `mutation Assess($input: AssessAgencyInput!) {
  result: assessAgency(input: $input) {
    assessment { id rating opinion period { label startsOn } workingGroup { name } agency { code } assessedBy { email } }
    ${USER_ERRORS}
  }
}`;

const DOMAIN = 'demo.cluster-oversight.ir';
const HEAD_TEHRAN = `head.tehran@${DOMAIN}`;
const SECRETARIAT_TEHRAN = `secretariat.tehran@${DOMAIN}`;
const MEMBER_TEHRAN = `member.tpo.tehran@${DOMAIN}`;
const SECRETARIAT_ISFAHAN = `secretariat.isfahan@${DOMAIN}`;
const CENTRAL_SECRETARIAT = `secretariat@${DOMAIN}`;
const AGENT = `agent.tavakoli@${DOMAIN}`;

let app: TestApp;
let ids: Record<string, string>;

async function demoIds(): Promise<Record<string, string>> {
  const em = app.orm.em.fork();
  const agency = async (code: string) => encodeGlobalId('ExecutiveAgency', (await em.findOneOrFail(ExecutiveAgency, { code })).id);
  return {
    tehran: encodeGlobalId('WorkingGroup', (await em.findOneOrFail(WorkingGroup, { province: { code: 'IR-23' } })).id),
    central: encodeGlobalId('WorkingGroup', (await em.findOneOrFail(WorkingGroup, { level: WorkingGroupLevel.CENTRAL })).id),
    isipo: await agency('ISIPO'),
    edbi: await agency('EDBI'),
    tpo: await agency('TPO'),
    mimt: await agency('MIMT'),
  };
}

function assessmentFor(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    workingGroupId: ids.tehran,
    agencyId: ids.isipo,
    period: '1404-Q1',
    rating: 'GOOD',
    opinion: 'Payments to the development agent were on time; the hallmarking laboratory got its equipment.',
    ...overrides,
  };
}

beforeAll(async () => {
  app = await startTestApp();
  ids = await demoIds();
});
afterAll(() => app?.close());

describe('assessAgency (R9, Art. 4-4)', () => {
  it("records a provincial working group's opinion of an agency for a past quarter", async () => {
    const { assessment } = await expectAccepted<{ assessment: Record<string, unknown> }>(
      app,
      ASSESS,
      assessmentFor(),
      HEAD_TEHRAN,
      'assessAgency',
    );
    expect(assessment).toMatchObject({
      rating: 'GOOD',
      period: { label: '1404-Q1', startsOn: '2025-03-21' },
      workingGroup: { name: 'Tehran Province Export Development Working Group' },
      agency: { code: 'ISIPO' },
      assessedBy: { email: HEAD_TEHRAN },
    });
  });

  it('lets a provincial group assess any agency, and the central group through its secretariat', async () => {
    // EDBI has no plan in Tehran: the group still gives its opinion of the agency as seen from the province.
    await expectAccepted(app, ASSESS, assessmentFor({ agencyId: ids.edbi, rating: 'FAIR' }), SECRETARIAT_TEHRAN, 'assessAgency');
    await expectAccepted(
      app,
      ASSESS,
      assessmentFor({ workingGroupId: ids.central, agencyId: ids.tpo, rating: 'VERY_POOR' }),
      CENTRAL_SECRETARIAT,
      'assessAgency',
    );
  });

  it('accepts the quarter in progress (1404-Q2 began on 2025-06-22) and refuses one that has not begun', async () => {
    await expectAccepted(app, ASSESS, assessmentFor({ period: '1404-Q2', agencyId: ids.mimt }), HEAD_TEHRAN, 'assessAgency');
    const error = await expectRefused(app, ASSESS, assessmentFor({ period: '1404-Q3' }), HEAD_TEHRAN, {
      code: 'PERIOD_NOT_STARTED',
      article: 'Art. 4-4',
    });
    expect(error.field).toEqual(['input', 'period']);
  });

  it('refuses a second assessment of the same agency, quarter and working group', async () => {
    // The demo data holds Tehran's assessment of ISIPO for 1403-Q3.
    await expectRefused(app, ASSESS, assessmentFor({ period: '1403-Q3', rating: 'POOR' }), SECRETARIAT_TEHRAN, {
      code: 'CONFLICT',
      article: 'Art. 4-4',
    });
    // Another working group may assess the same agency for the same quarter.
    await expectAccepted(
      app,
      ASSESS,
      assessmentFor({ workingGroupId: ids.central, period: '1403-Q3' }),
      CENTRAL_SECRETARIAT,
      'assessAgency',
    );
  });

  it('lets exactly one of two simultaneous assessments through', async () => {
    const input = assessmentFor({ period: '1403-Q2', agencyId: ids.tpo });
    const results = await Promise.all([mutate(app, ASSESS, input, HEAD_TEHRAN), mutate(app, ASSESS, input, SECRETARIAT_TEHRAN)]);
    expect(results.filter((result) => result.userErrors.length === 0)).toHaveLength(1);
    expect(results.flatMap((result) => result.userErrors.map((error) => error.code))).toEqual(['CONFLICT']);
  });

  it('refuses anyone but the head or secretariat of the assessing group (R4)', async () => {
    for (const as of [MEMBER_TEHRAN, SECRETARIAT_ISFAHAN, AGENT]) {
      await expectRefused(app, ASSESS, assessmentFor({ period: '1403-Q4' }), as, {
        code: 'NOT_RESPONSIBLE_WORKING_GROUP',
        article: 'Art. 3',
      });
    }
    await expectRefused(app, ASSESS, assessmentFor({ workingGroupId: ids.central, period: '1403-Q4' }), HEAD_TEHRAN, {
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
    });
  });

  it('refuses an unknown agency, and rejects malformed input before any rule runs', async () => {
    await expectRefused(
      app,
      ASSESS,
      assessmentFor({ agencyId: encodeGlobalId('ExecutiveAgency', '00000000-0000-4000-8000-000000000000') }),
      HEAD_TEHRAN,
      {
        code: 'NOT_FOUND',
      },
    );
    for (const overrides of [
      { period: '1404-Q5' },
      { period: '1404Q1' },
      { rating: 'EXCELLENT' },
      { opinion: '' },
      { opinion: '   ' },
      { agencyId: ids.tehran },
    ]) {
      const response = await app.graphql(ASSESS, { input: assessmentFor(overrides) }, { as: HEAD_TEHRAN });
      expect(response.body.errors?.[0].extensions?.code, JSON.stringify(overrides)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('assessAgency on the first day of a quarter', () => {
  it('accepts the quarter from its first day (1404-Q3 begins 2025-09-23)', async () => {
    const onFirstDay = await startTestApp({ clock: fixedClock('2025-09-23') });
    try {
      await expectAccepted(onFirstDay, ASSESS, assessmentFor({ period: '1404-Q3' }), HEAD_TEHRAN, 'assessAgency');
    } finally {
      await onFirstDay.close();
    }
  });

  it('refuses it the day before', async () => {
    const dayBefore = await startTestApp({ clock: fixedClock('2025-09-22') });
    try {
      await expectRefused(dayBefore, ASSESS, assessmentFor({ period: '1404-Q3' }), HEAD_TEHRAN, { code: 'PERIOD_NOT_STARTED' });
    } finally {
      await dayBefore.close();
    }
  });
});
