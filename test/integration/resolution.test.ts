import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { encodeGlobalId } from '../../server/kernel/global-id';
import { PlanStatus } from '../../server/modules/development-plan/development-plan.entity';
import { ExecutiveAgency } from '../../server/modules/executive-agency/executive-agency.entity';
import { Province } from '../../server/modules/province/province.entity';
import { Resolution } from '../../server/modules/resolution/resolution.entity';
import { WorkingGroup, WorkingGroupLevel } from '../../server/modules/working-group/working-group.entity';
import { demoCluster, type DemoNames, demoNames, demoPlan } from '../setup/demo-rows';
import { expectAccepted, expectRefused, mutate, USER_ERRORS } from '../setup/mutations';
import { startTestApp, type TestApp } from '../setup/test-app';
import { queryData } from './graphql-test-support';

const ADOPT = `mutation Adopt($input: AdoptResolutionInput!) {
  result: adoptResolution(input: $input) {
    resolution { id number adoptedOn title text workingGroup { name } cluster { name } responsibleAgency { code }
      targets { nodes { indicator unit targetValue higherIsBetter dueQuarter { label endsOn } } } }
    ${USER_ERRORS}
  }
}`;
const LINK = `mutation Link($input: LinkPlanToResolutionInput!) {
  result: linkPlanToResolution(input: $input) { plan { id title resolutions { nodes { number } } } ${USER_ERRORS} }
}`;
const UNLINK = `mutation Unlink($input: UnlinkPlanFromResolutionInput!) {
  result: unlinkPlanFromResolution(input: $input) { plan { id title resolutions { nodes { number } } } ${USER_ERRORS} }
}`;

const DOMAIN = 'demo.cluster-oversight.ir';
const HEAD_KHORASAN = `head.khorasan@${DOMAIN}`;
const SECRETARIAT_KHORASAN = `secretariat.khorasan@${DOMAIN}`;
const MEMBER_KHORASAN = `member.isipo.khorasan@${DOMAIN}`;
const SECRETARIAT_TEHRAN = `secretariat.tehran@${DOMAIN}`;
const HEAD_CENTRAL = `head.central@${DOMAIN}`;
const CENTRAL_SECRETARIAT = `secretariat@${DOMAIN}`;

let app: TestApp;
/** The demo's cluster names and plan titles, for what the API answers about demo rows. */
let demo: DemoNames;
let ids: Record<string, string>;

async function demoIds(): Promise<Record<string, string>> {
  const em = app.orm.em.fork();
  const group = async (code: string) => encodeGlobalId('WorkingGroup', (await em.findOneOrFail(WorkingGroup, { province: { code } })).id);
  const resolution = async (number: string) => encodeGlobalId('Resolution', (await em.findOneOrFail(Resolution, { number })).id);
  return {
    saffron: (await demoCluster(app, '1079')).id,
    pottery: (await demoCluster(app, '2393')).id,
    khorasan: await group('IR-09'),
    tehran: await group('IR-23'),
    central: encodeGlobalId('WorkingGroup', (await em.findOneOrFail(WorkingGroup, { level: WorkingGroupLevel.CENTRAL })).id),
    edbi: encodeGlobalId('ExecutiveAgency', (await em.findOneOrFail(ExecutiveAgency, { code: 'EDBI' })).id),
    saffronPlan: (await demoPlan(app, '1079', PlanStatus.APPROVED)).id,
    tehranJewellery: await resolution('TEH-1402-15'),
    centralLeather: await resolution('CWG-1403-03'),
    centralCarpets: await resolution('CWG-1402-07'),
    khorasanSaffron: await resolution('KHR-1403-02'),
  };
}

let counter = 0;
function resolutionFor(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    workingGroupId: ids.khorasan,
    clusterId: ids.saffron,
    number: `KHR-1404-T${counter}`,
    adoptedOn: '2025-08-10',
    title: 'Saffron export credit without real-estate collateral',
    text: 'بانک توسعه صادرات ایران فاکتورهای صادراتی را به عنوان وثیقه خط اعتباری زعفران بپذیرد.',
    responsibleAgencyId: ids.edbi,
    targets: [
      { indicator: 'Export credit disbursed', unit: 'rial', targetValue: '120000000000', dueQuarter: '1404-Q4', higherIsBetter: true },
      {
        indicator: 'Share of loans refused for collateral',
        unit: 'percent',
        targetValue: '10',
        dueQuarter: '1404-Q3',
        higherIsBetter: false,
      },
    ],
    ...overrides,
  };
}

beforeAll(async () => {
  app = await startTestApp();
  demo = await demoNames(app);
  ids = await demoIds();
});
afterAll(() => app?.close());

describe('adoptResolution (Art. 1, Art. 2, R4)', () => {
  it("records a provincial group's resolution about one of its clusters, with its targets", async () => {
    const input = resolutionFor();
    const { resolution } = await expectAccepted<{ resolution: Record<string, unknown> }>(
      app,
      ADOPT,
      input,
      SECRETARIAT_KHORASAN,
      'adoptResolution',
    );
    expect(resolution).toMatchObject({
      number: input.number,
      adoptedOn: '2025-08-10',
      text: input.text,
      workingGroup: { name: 'Razavi Khorasan Province Export Development Working Group' },
      cluster: { name: demo.clusters['1079'] },
      responsibleAgency: { code: 'EDBI' },
      targets: {
        nodes: [
          {
            indicator: 'Share of loans refused for collateral',
            unit: 'percent',
            targetValue: '10.0000',
            higherIsBetter: false,
            dueQuarter: { label: '1404-Q3', endsOn: '2025-12-21' },
          },
          {
            indicator: 'Export credit disbursed',
            unit: 'rial',
            targetValue: '120000000000.0000',
            higherIsBetter: true,
            dueQuarter: { label: '1404-Q4', endsOn: '2026-03-20' },
          },
        ],
      },
    });
  });

  it('lets the central working group adopt one about any cluster, and any group adopt one about no cluster', async () => {
    await expectAccepted(
      app,
      ADOPT,
      resolutionFor({ workingGroupId: ids.central, number: 'CWG-1404-T1' }),
      HEAD_CENTRAL,
      'adoptResolution',
    );
    const { resolution } = await expectAccepted<{ resolution: Record<string, unknown> }>(
      app,
      ADOPT,
      resolutionFor({ workingGroupId: ids.tehran, clusterId: null, number: 'TEH-1404-T1', targets: [] }),
      SECRETARIAT_TEHRAN,
      'adoptResolution',
    );
    expect(resolution).toMatchObject({
      cluster: null,
      workingGroup: { name: 'Tehran Province Export Development Working Group' },
      targets: { nodes: [] },
    });
  });

  it('refuses a resolution about a cluster by a group not responsible for it (R4)', async () => {
    await expectRefused(app, ADOPT, resolutionFor({ workingGroupId: ids.tehran }), SECRETARIAT_TEHRAN, {
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
      article: 'Art. 3',
    });
  });

  it('refuses anyone but the head or secretariat of the adopting group, with or without a cluster (R4)', async () => {
    await expectRefused(app, ADOPT, resolutionFor(), MEMBER_KHORASAN, { code: 'NOT_RESPONSIBLE_WORKING_GROUP', article: 'Art. 3' });
    await expectRefused(app, ADOPT, resolutionFor({ clusterId: null }), MEMBER_KHORASAN, { code: 'NOT_RESPONSIBLE_WORKING_GROUP' });
    await expectRefused(app, ADOPT, resolutionFor({ clusterId: null }), SECRETARIAT_TEHRAN, { code: 'NOT_RESPONSIBLE_WORKING_GROUP' });
    await expectRefused(app, ADOPT, resolutionFor({ workingGroupId: ids.central }), SECRETARIAT_KHORASAN, {
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
    });
  });

  it('refuses a number the group already used, but not one another group used', async () => {
    const error = await expectRefused(app, ADOPT, resolutionFor({ number: 'KHR-1403-02' }), HEAD_KHORASAN, { code: 'CONFLICT' });
    expect(error.field).toEqual(['input', 'number']);
    await expectRefused(app, ADOPT, resolutionFor({ number: ' KHR-1403-02 ' }), HEAD_KHORASAN, { code: 'CONFLICT' });
    await expectAccepted(
      app,
      ADOPT,
      resolutionFor({ workingGroupId: ids.central, number: 'KHR-1403-02' }),
      CENTRAL_SECRETARIAT,
      'adoptResolution',
    );
  });

  it('lets exactly one of two simultaneous adoptions of one number through', async () => {
    const input = resolutionFor();
    const results = await Promise.all([mutate(app, ADOPT, input, HEAD_KHORASAN), mutate(app, ADOPT, input, SECRETARIAT_KHORASAN)]);
    expect(results.filter((result) => result.userErrors.length === 0)).toHaveLength(1);
    expect(results.flatMap((result) => result.userErrors.map((error) => error.code))).toEqual(['CONFLICT']);
  });

  it('refuses a resolution dated in the future, and a target due in a quarter already over', async () => {
    const future = await expectRefused(app, ADOPT, resolutionFor({ adoptedOn: '2025-08-16' }), HEAD_KHORASAN, { code: 'VALIDATION' });
    expect(future.field).toEqual(['input', 'adoptedOn']);
    const targets = [{ indicator: 'Jobs', unit: 'jobs', targetValue: '40', dueQuarter: '1404-Q1', higherIsBetter: true }];
    const past = await expectRefused(app, ADOPT, resolutionFor({ targets }), HEAD_KHORASAN, { code: 'VALIDATION' });
    expect(past.field).toEqual(['input', 'targets', '0', 'dueQuarter']);
  });

  it('refuses unknown references, and rejects malformed input before any rule runs', async () => {
    await expectRefused(
      app,
      ADOPT,
      resolutionFor({ responsibleAgencyId: encodeGlobalId('ExecutiveAgency', '00000000-0000-4000-8000-000000000000') }),
      HEAD_KHORASAN,
      {
        code: 'NOT_FOUND',
      },
    );
    const target = { indicator: 'Jobs', unit: 'jobs', targetValue: '40', dueQuarter: '1404-Q4', higherIsBetter: true };
    for (const overrides of [
      { targets: Array.from({ length: 21 }, () => target) },
      { targets: [{ ...target, dueQuarter: '1404-Q5' }] },
      { targets: [{ ...target, targetValue: '1e3' }] },
      { targets: [{ ...target, unit: '' }] },
      { number: '' },
      { text: '  ' },
      { clusterId: ids.khorasan },
    ]) {
      const response = await app.graphql(ADOPT, { input: resolutionFor(overrides) }, { as: HEAD_KHORASAN });
      expect(response.body.errors?.[0].extensions?.code, JSON.stringify(overrides)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('linkPlanToResolution and unlinkPlanFromResolution', () => {
  it("links and unlinks a plan and a resolution of its cluster's group, with the audit trail", async () => {
    const { resolution } = await expectAccepted<{ resolution: { id: string; number: string } }>(
      app,
      ADOPT,
      resolutionFor(),
      HEAD_KHORASAN,
      'adoptResolution',
    );
    const link = { planId: ids.saffronPlan, resolutionId: resolution.id };
    const linked = await expectAccepted<{ plan: { resolutions: { nodes: Array<{ number: string }> } } }>(
      app,
      LINK,
      link,
      SECRETARIAT_KHORASAN,
      'linkPlanToResolution',
    );
    expect(linked.plan.resolutions.nodes.map((node) => node.number).sort()).toEqual(['KHR-1403-02', resolution.number].sort());

    await expectRefused(app, LINK, link, SECRETARIAT_KHORASAN, { code: 'CONFLICT' });

    const unlinked = await expectAccepted<{ plan: { resolutions: { nodes: Array<{ number: string }> } } }>(
      app,
      UNLINK,
      link,
      HEAD_KHORASAN,
      'unlinkPlanFromResolution',
    );
    expect(unlinked.plan.resolutions.nodes.map((node) => node.number)).toEqual(['KHR-1403-02']);
    await expectRefused(app, UNLINK, link, HEAD_KHORASAN, { code: 'NOT_FOUND' });

    const trail = await app.graphql<{ auditEvents: { nodes: Array<{ action: string; before: { resolutionIds: string[] } }> } }>(
      `query Trail($id: ID!) { auditEvents(filter: { targetIds: [$id] }) { nodes { action before } } }`,
      { id: ids.saffronPlan },
    );
    const events = trail.body.data!.auditEvents.nodes;
    expect(events.map((event) => event.action).sort()).toEqual(['linkPlanToResolution', 'unlinkPlanFromResolution']);
    expect(events.find((event) => event.action === 'linkPlanToResolution')!.before.resolutionIds).toHaveLength(1);
    expect(events.find((event) => event.action === 'unlinkPlanFromResolution')!.before.resolutionIds).toHaveLength(2);
  });

  it("links a central resolution about no cluster, by the central group's secretariat", async () => {
    const link = { planId: ids.saffronPlan, resolutionId: ids.centralCarpets };
    await expectAccepted(app, LINK, link, CENTRAL_SECRETARIAT, 'linkPlanToResolution');
    await expectAccepted(app, UNLINK, link, CENTRAL_SECRETARIAT, 'unlinkPlanFromResolution');
  });

  it("refuses a resolution of a group not responsible for the plan's cluster (R4)", async () => {
    await expectRefused(app, LINK, { planId: ids.saffronPlan, resolutionId: ids.tehranJewellery }, SECRETARIAT_TEHRAN, {
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
      article: 'Art. 3',
    });
  });

  it("refuses anyone but the head or secretariat of the resolution's group (R4)", async () => {
    await expectRefused(app, LINK, { planId: ids.saffronPlan, resolutionId: ids.centralCarpets }, SECRETARIAT_KHORASAN, {
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
      article: 'Art. 3',
    });
    await expectRefused(app, UNLINK, { planId: ids.saffronPlan, resolutionId: ids.khorasanSaffron }, MEMBER_KHORASAN, {
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
    });
  });

  it('refuses a resolution about another cluster', async () => {
    // CWG-1403-03 is the central group's resolution about the Tehran leather goods cluster.
    await expectRefused(app, LINK, { planId: ids.saffronPlan, resolutionId: ids.centralLeather }, CENTRAL_SECRETARIAT, {
      code: 'VALIDATION',
      article: 'Art. 2',
    });
  });

  it('refuses an unknown plan, and rejects an id of another type as malformed input', async () => {
    await expectRefused(
      app,
      LINK,
      { planId: encodeGlobalId('DevelopmentPlan', '00000000-0000-4000-8000-000000000000'), resolutionId: ids.khorasanSaffron },
      HEAD_KHORASAN,
      { code: 'NOT_FOUND' },
    );
    const response = await app.graphql(
      LINK,
      { input: { planId: ids.khorasanSaffron, resolutionId: ids.khorasanSaffron } },
      { as: HEAD_KHORASAN },
    );
    expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('resolutions by province', () => {
  const BY_PROVINCE = `query($filter: ResolutionFilter) { resolutions(first: 100, filter: $filter) { totalCount nodes { number } } }`;
  const numbers = async (filter: Record<string, unknown>) =>
    (await queryData<{ resolutions: { nodes: { number: string }[] } }>(app, BY_PROVINCE, { filter })).resolutions.nodes
      .map((node) => node.number)
      .sort();

  it("takes the cluster's province, else the adopting group's; a central resolution about no cluster is in none", async () => {
    // Given a Tehran resolution about no cluster, beside the demo's central one about a Tehran cluster and central one about none
    await expectAccepted(
      app,
      ADOPT,
      resolutionFor({ workingGroupId: ids.tehran, clusterId: null, number: 'TEH-1404-P1', targets: [] }),
      SECRETARIAT_TEHRAN,
      'adoptResolution',
    );
    const tehranProvince = encodeGlobalId('Province', (await app.orm.em.fork().findOneOrFail(Province, { code: 'IR-23' })).id);

    // When resolutions are listed by Tehran's code and by its id
    const [byCode, byId] = [await numbers({ provinceCodes: ['IR-23'] }), await numbers({ provinceIds: [tehranProvince] })];

    // Then both hold the Tehran group's resolutions, with and without a cluster, and the central one about a Tehran cluster
    expect(byCode).toEqual(byId);
    expect(byCode).toEqual(expect.arrayContaining(['TEH-1404-P1', 'TEH-1402-15', 'CWG-1403-03']));
    expect(byCode).not.toContain('KHR-1403-02');
    // And the central resolution about no cluster belongs to no province: outside every province's list, inside its complement
    const codes = (await queryData<{ provinces: { nodes: { code: string }[] } }>(app, '{ provinces(first: 100) { nodes { code } } }'))
      .provinces.nodes;
    const everyProvince = await numbers({ provinceCodes: codes.map((province) => province.code) });
    expect(everyProvince).toEqual(expect.arrayContaining(['TEH-1404-P1', 'CWG-1403-03', 'KHR-1403-02']));
    expect(everyProvince).not.toContain('CWG-1402-07');
    expect(await numbers({ not: { provinceCodes: ['IR-23'] } })).toContain('CWG-1402-07');
  });
});
