import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { encodeGlobalId } from '../../server/kernel/global-id';
import { normalizePersian } from '../../server/kernel/persian-text';
import { Cluster } from '../../server/modules/cluster/cluster.entity';
import { ExecutiveAgency } from '../../server/modules/executive-agency/executive-agency.entity';
import { Person } from '../../server/modules/person/person.entity';
import { Province } from '../../server/modules/province/province.entity';
import {
  MembershipRole,
  WorkingGroup,
  WorkingGroupLevel,
  WorkingGroupMembership,
} from '../../server/modules/working-group/working-group.entity';
import { auditEventCount, databaseFingerprint } from '../setup/database-state';
import { expectAccepted, expectRefused, mutate, USER_ERRORS } from '../setup/mutations';
import { startTestApp, type TestApp } from '../setup/test-app';

const DEMO = 'demo.cluster-oversight.ir';
const ADMIN = `admin@${DEMO}`;
const CENTRAL_SECRETARIAT = `secretariat@${DEMO}`;
const ANALYST = `analyst@${DEMO}`;
const HEAD_CENTRAL = `head.central@${DEMO}`;
const HEAD_TEHRAN = `head.tehran@${DEMO}`;
const SECRETARIAT_TEHRAN = `secretariat.tehran@${DEMO}`;
const HEAD_ISFAHAN = `head.isfahan@${DEMO}`;
const SECRETARIAT_ISFAHAN = `secretariat.isfahan@${DEMO}`;
const MEMBER_ISFAHAN = `member.edbi.isfahan@${DEMO}`;
const AGENT = `agent.tavakoli@${DEMO}`;

const REGISTER_PERSON = `mutation Register($input: RegisterPersonInput!) {
  result: registerPerson(input: $input) { person { id email fullNameFa fullNameLatin phone qualifications systemRoles } ${USER_ERRORS} }
}`;
const RECORD_QUALIFICATION = `mutation Record($input: PersonQualificationInput!) {
  result: recordQualification(input: $input) { person { id qualifications } ${USER_ERRORS} }
}`;
const WITHDRAW_QUALIFICATION = `mutation Withdraw($input: PersonQualificationInput!) {
  result: withdrawQualification(input: $input) { person { id qualifications } ${USER_ERRORS} }
}`;
const REGISTER_AGENCY = `mutation Agency($input: RegisterExecutiveAgencyInput!) {
  result: registerExecutiveAgency(input: $input) { agency { id code name nameFa contractsDevelopmentAgents } ${USER_ERRORS} }
}`;
const FORM_GROUP = `mutation Form($input: FormProvincialWorkingGroupInput!) {
  result: formProvincialWorkingGroup(input: $input) { workingGroup { id level name nameFa province { code } head { email } } ${USER_ERRORS} }
}`;
const MEMBERSHIP_FIELDS = 'membership { id role startsOn endsOn person { email } workingGroup { name } nominatingAgency { code } }';
const APPOINT_HEAD = `mutation Head($input: AppointWorkingGroupHeadInput!) {
  result: appointWorkingGroupHead(input: $input) { ${MEMBERSHIP_FIELDS} ${USER_ERRORS} }
}`;
const ADD_MEMBER = `mutation Add($input: AddWorkingGroupMemberInput!) {
  result: addWorkingGroupMember(input: $input) { ${MEMBERSHIP_FIELDS} ${USER_ERRORS} }
}`;
const END_MEMBERSHIP = `mutation End($input: EndWorkingGroupMembershipInput!) {
  result: endWorkingGroupMembership(input: $input) { ${MEMBERSHIP_FIELDS} ${USER_ERRORS} }
}`;
const REGISTER_CLUSTER = `mutation Cluster($input: RegisterClusterInput!) {
  result: registerCluster(input: $input) { cluster { id name nameFa isicCode mainProducts status province { code } responsibleWorkingGroups { level } } ${USER_ERRORS} }
}`;
const CHANGE_STATUS = `mutation Status($input: ChangeClusterStatusInput!) {
  result: changeClusterStatus(input: $input) { cluster { id status } ${USER_ERRORS} }
}`;

const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';

let app: TestApp;

/**
 * Given a viewer whose account lacks a right that only a system role gives: a top-level FORBIDDEN,
 * no row of any table changed and no audit event written.
 */
async function expectForbidden(document: string, input: Record<string, unknown>, as: string): Promise<void> {
  const before = await databaseFingerprint(app.orm);
  const auditBefore = await auditEventCount(app.orm);
  const response = await app.graphql<{ result: unknown }>(document, { input }, { as });
  expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  expect(response.body.data?.result ?? null).toBeNull();
  expect(await auditEventCount(app.orm)).toBe(auditBefore);
  expect(await databaseFingerprint(app.orm)).toEqual(before);
}

async function expectBadInput(document: string, input: Record<string, unknown>, as: string): Promise<void> {
  const response = await app.graphql(document, { input }, { as });
  expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
}

const em = () => app.orm.em.fork();
const personId = async (email: string) => encodeGlobalId('Person', (await em().findOneOrFail(Person, { email })).id);
const agencyId = async (code: string) => encodeGlobalId('ExecutiveAgency', (await em().findOneOrFail(ExecutiveAgency, { code })).id);
const provinceId = async (code: string) => encodeGlobalId('Province', (await em().findOneOrFail(Province, { code })).id);
const groupId = async (code: string | null) =>
  encodeGlobalId(
    'WorkingGroup',
    (await em().findOneOrFail(WorkingGroup, code ? { province: { code } } : { level: WorkingGroupLevel.CENTRAL })).id,
  );
const seatId = async (groupCode: string | null, email: string, role: MembershipRole) =>
  encodeGlobalId(
    'WorkingGroupMembership',
    (
      await em().findOneOrFail(WorkingGroupMembership, {
        workingGroup: code(groupCode),
        person: { email },
        role,
      })
    ).id,
  );
const code = (groupCode: string | null) => (groupCode ? { province: { code: groupCode } } : { level: WorkingGroupLevel.CENTRAL });

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('registerPerson, recordQualification, withdrawQualification (house rule: ADMIN or CENTRAL_SECRETARIAT)', () => {
  const person = (overrides: Record<string, unknown> = {}) => ({
    fullNameFa: 'کیوان یکتا',
    fullNameLatin: 'Keyvan Yekta',
    email: 'Keyvan.Yekta@Registry.Test',
    phone: '+98 21 5555 0101',
    qualifications: ['DEVELOPMENT_AGENT'],
    systemRoles: ['ANALYST'],
    ...overrides,
  });

  it('refuses, as FORBIDDEN, anyone without the ADMIN or CENTRAL_SECRETARIAT role', async () => {
    for (const viewer of [ANALYST, HEAD_CENTRAL, SECRETARIAT_TEHRAN]) await expectForbidden(REGISTER_PERSON, person(), viewer);
  });

  it('lets only an administrator grant ADMIN', async () => {
    await expectForbidden(REGISTER_PERSON, person({ email: 'new.admin@registry.test', systemRoles: ['ADMIN'] }), CENTRAL_SECRETARIAT);
    const payload = await expectAccepted<{ person: Record<string, unknown> }>(
      app,
      REGISTER_PERSON,
      person({
        email: 'new.admin@registry.test',
        fullNameFa: 'بهاره نیک‌نام',
        fullNameLatin: 'Bahareh Niknam',
        systemRoles: ['ADMIN'],
        qualifications: null,
        phone: null,
      }),
      ADMIN,
      'registerPerson',
    );
    expect(payload.person).toMatchObject({ systemRoles: ['ADMIN'], qualifications: [], phone: null });
  });

  it('registers a person with the e-mail in lower case and the normalised Persian name for search', async () => {
    const payload = await expectAccepted<{ person: Record<string, unknown> }>(
      app,
      REGISTER_PERSON,
      person(),
      CENTRAL_SECRETARIAT,
      'registerPerson',
    );
    expect(payload.person).toMatchObject({
      email: 'keyvan.yekta@registry.test',
      fullNameFa: 'کیوان یکتا',
      fullNameLatin: 'Keyvan Yekta',
      phone: '+98 21 5555 0101',
      qualifications: ['DEVELOPMENT_AGENT'],
      systemRoles: ['ANALYST'],
    });
    const stored = await em().findOneOrFail(Person, { email: 'keyvan.yekta@registry.test' });
    expect(stored.searchName).toBe(normalizePersian('کیوان یکتا'));
    // Written with Arabic kaf and yeh, the name is still found.
    const found = await app.graphql<{ people: { nodes: Array<{ email: string }> } }>(
      `query Find($search: String!) { people(filter: { search: $search }) { nodes { email } } }`,
      { search: 'كيوان يكتا' },
    );
    expect(found.body.data?.people.nodes).toEqual([{ email: 'keyvan.yekta@registry.test' }]);
  });

  it('refuses a second person with the same e-mail, whatever its case, and a malformed address', async () => {
    const error = await expectRefused(app, REGISTER_PERSON, person({ email: 'KEYVAN.yekta@registry.test' }), CENTRAL_SECRETARIAT, {
      code: 'CONFLICT',
      article: 'House rule',
    });
    expect(error.field).toEqual(['input', 'email']);
    await expectBadInput(REGISTER_PERSON, person({ email: 'not-an-address' }), CENTRAL_SECRETARIAT);
  });

  it('records a qualification once, and refuses others than the registrars as FORBIDDEN', async () => {
    const id = await personId('keyvan.yekta@registry.test');
    const input = { personId: id, qualification: 'CLUSTER_DEVELOPMENT_EXPERTISE' };
    await expectForbidden(RECORD_QUALIFICATION, input, ANALYST);
    const payload = await expectAccepted<{ person: { qualifications: string[] } }>(
      app,
      RECORD_QUALIFICATION,
      input,
      ADMIN,
      'recordQualification',
    );
    expect([...payload.person.qualifications].sort()).toEqual(['CLUSTER_DEVELOPMENT_EXPERTISE', 'DEVELOPMENT_AGENT']);
    await expectRefused(app, RECORD_QUALIFICATION, input, ADMIN, { code: 'CONFLICT', article: 'Art. 3' });
    await expectRefused(app, RECORD_QUALIFICATION, { ...input, personId: encodeGlobalId('Person', UNKNOWN_UUID) }, ADMIN, {
      code: 'NOT_FOUND',
    });
  });

  it('withdraws a recorded qualification, unless a contract in force relies on it', async () => {
    const id = await personId('keyvan.yekta@registry.test');
    await expectForbidden(WITHDRAW_QUALIFICATION, { personId: id, qualification: 'DEVELOPMENT_AGENT' }, HEAD_ISFAHAN);
    const payload = await expectAccepted<{ person: { qualifications: string[] } }>(
      app,
      WITHDRAW_QUALIFICATION,
      { personId: id, qualification: 'DEVELOPMENT_AGENT' },
      CENTRAL_SECRETARIAT,
      'withdrawQualification',
    );
    expect(payload.person.qualifications).toEqual(['CLUSTER_DEVELOPMENT_EXPERTISE']);
    await expectRefused(app, WITHDRAW_QUALIFICATION, { personId: id, qualification: 'DEVELOPMENT_AGENT' }, CENTRAL_SECRETARIAT, {
      code: 'CONFLICT',
      article: 'Art. 3',
    });
    // The Tehran jewellery cluster's agent is under contract until 2026-09-30.
    await expectRefused(
      app,
      WITHDRAW_QUALIFICATION,
      { personId: await personId(AGENT), qualification: 'DEVELOPMENT_AGENT' },
      CENTRAL_SECRETARIAT,
      {
        code: 'CONFLICT',
        article: 'House rule',
      },
    );
    // The carpet cluster's supervisor holds a decree in force.
    await expectRefused(
      app,
      WITHDRAW_QUALIFICATION,
      { personId: await personId(`supervisor.zamani@${DEMO}`), qualification: 'CLUSTER_DEVELOPMENT_EXPERTISE' },
      CENTRAL_SECRETARIAT,
      { code: 'CONFLICT', article: 'House rule' },
    );
  });
});

describe('registerExecutiveAgency (house rule: ADMIN or CENTRAL_SECRETARIAT)', () => {
  const agency = (overrides: Record<string, unknown> = {}) => ({
    code: 'irica',
    name: 'Islamic Republic of Iran Customs Administration',
    nameFa: 'گمرک جمهوری اسلامی ایران',
    ...overrides,
  });

  it('refuses, as FORBIDDEN, anyone without the ADMIN or CENTRAL_SECRETARIAT role', async () => {
    await expectForbidden(REGISTER_AGENCY, agency(), ANALYST);
    await expectForbidden(REGISTER_AGENCY, agency(), HEAD_TEHRAN);
  });

  it('registers an agency with its code in upper case; it never contracts development agents', async () => {
    const payload = await expectAccepted<{ agency: Record<string, unknown> }>(
      app,
      REGISTER_AGENCY,
      agency(),
      CENTRAL_SECRETARIAT,
      'registerExecutiveAgency',
    );
    expect(payload.agency).toMatchObject({ code: 'IRICA', contractsDevelopmentAgents: false, nameFa: 'گمرک جمهوری اسلامی ایران' });
    expect(await em().count(ExecutiveAgency, { contractsDevelopmentAgents: true })).toBe(1);
  });

  it('refuses a code already registered, whatever its case, and a malformed code', async () => {
    const error = await expectRefused(app, REGISTER_AGENCY, agency({ code: 'Isipo' }), ADMIN, { code: 'CONFLICT' });
    expect(error.field).toEqual(['input', 'code']);
    await expectBadInput(REGISTER_AGENCY, agency({ code: '1X' }), ADMIN);
  });
});

describe('formProvincialWorkingGroup and appointWorkingGroupHead (Art. 3; ADMIN or CENTRAL_SECRETARIAT)', () => {
  it('refuses, as FORBIDDEN, anyone without the ADMIN or CENTRAL_SECRETARIAT role, a head included', async () => {
    const fars = await provinceId('IR-07');
    await expectForbidden(
      FORM_GROUP,
      { provinceId: fars, name: 'Fars Province Export Development Working Group', nameFa: 'کارگروه توسعه صادرات استان فارس' },
      HEAD_TEHRAN,
    );
    await expectForbidden(
      APPOINT_HEAD,
      { workingGroupId: await groupId('IR-10'), personId: await personId(`member.tpo@${DEMO}`), startsOn: '2025-10-01' },
      HEAD_CENTRAL,
    );
  });

  it("forms a province's working group once", async () => {
    const input = {
      provinceId: await provinceId('IR-07'),
      name: 'Fars Province Export Development Working Group',
      nameFa: 'کارگروه توسعه صادرات استان فارس',
    };
    const payload = await expectAccepted<{ workingGroup: Record<string, unknown> }>(
      app,
      FORM_GROUP,
      input,
      CENTRAL_SECRETARIAT,
      'formProvincialWorkingGroup',
    );
    expect(payload.workingGroup).toMatchObject({ level: 'PROVINCIAL', province: { code: 'IR-07' }, head: null });
    const error = await expectRefused(app, FORM_GROUP, input, ADMIN, { code: 'CONFLICT', article: 'Art. 3' });
    expect(error.field).toEqual(['input', 'provinceId']);
    await expectRefused(app, FORM_GROUP, { ...input, provinceId: await provinceId('IR-23') }, ADMIN, {
      code: 'CONFLICT',
      article: 'Art. 3',
    });
    await expectRefused(app, FORM_GROUP, { ...input, provinceId: encodeGlobalId('Province', UNKNOWN_UUID) }, ADMIN, { code: 'NOT_FOUND' });
  });

  it("appoints a new group's first head", async () => {
    const payload = await expectAccepted<{ membership: Record<string, unknown> }>(
      app,
      APPOINT_HEAD,
      {
        workingGroupId: await groupId('IR-07'),
        personId: await personId(`member.tpo@${DEMO}`),
        startsOn: '2025-08-01',
        nominatingAgencyId: await agencyId('TPO'),
      },
      ADMIN,
      'appointWorkingGroupHead',
    );
    expect(payload.membership).toMatchObject({
      role: 'HEAD',
      startsOn: '2025-08-01',
      endsOn: null,
      person: { email: `member.tpo@${DEMO}` },
      workingGroup: { name: 'Fars Province Export Development Working Group' },
      nominatingAgency: { code: 'TPO' },
    });
  });

  it("ends the sitting head's open seat the day before the new head takes office", async () => {
    const isfahan = await groupId('IR-10');
    const payload = await expectAccepted<{ membership: Record<string, unknown> }>(
      app,
      APPOINT_HEAD,
      { workingGroupId: isfahan, personId: await personId(`member.isipo@${DEMO}`), startsOn: '2025-10-01' },
      CENTRAL_SECRETARIAT,
      'appointWorkingGroupHead',
    );
    expect(payload.membership).toMatchObject({ role: 'HEAD', startsOn: '2025-10-01', endsOn: null, nominatingAgency: null });
    const seats = await em().find(
      WorkingGroupMembership,
      { workingGroup: code('IR-10'), role: MembershipRole.HEAD },
      { populate: ['person'], orderBy: { startsOn: 'asc' } },
    );
    expect(seats.map((seat) => [seat.person.email, seat.startsOn, seat.endsOn ?? null])).toEqual([
      [`former.head.isfahan@${DEMO}`, '2022-03-01', '2024-04-30'],
      [HEAD_ISFAHAN, '2024-05-01', '2025-09-30'],
      [`member.isipo@${DEMO}`, '2025-10-01', null],
    ]);
  });

  it('refuses a head whose term would overlap another head, and the sitting head again', async () => {
    const isfahan = await groupId('IR-10');
    // Starts while the previous head's (now closed) seat runs.
    const overlap = await expectRefused(
      app,
      APPOINT_HEAD,
      { workingGroupId: isfahan, personId: await personId(`member.mimt@${DEMO}`), startsOn: '2025-09-15' },
      ADMIN,
      { code: 'CONFLICT', article: 'Art. 3' },
    );
    expect(overlap.field).toEqual(['input', 'startsOn']);
    const again = await expectRefused(
      app,
      APPOINT_HEAD,
      { workingGroupId: isfahan, personId: await personId(`member.isipo@${DEMO}`), startsOn: '2026-01-01' },
      ADMIN,
      { code: 'CONFLICT', article: 'Art. 3' },
    );
    expect(again.field).toEqual(['input', 'personId']);
    await expectRefused(
      app,
      APPOINT_HEAD,
      { workingGroupId: isfahan, personId: encodeGlobalId('Person', UNKNOWN_UUID), startsOn: '2026-01-01' },
      ADMIN,
      {
        code: 'NOT_FOUND',
      },
    );
  });

  it('lets exactly one of two heads appointed from the same day at the same moment through', async () => {
    const fars = await groupId('IR-07');
    const [first, second] = await Promise.all([
      mutate(app, APPOINT_HEAD, { workingGroupId: fars, personId: await personId(`member.mimt@${DEMO}`), startsOn: '2026-03-21' }, ADMIN),
      mutate(
        app,
        APPOINT_HEAD,
        { workingGroupId: fars, personId: await personId(`member.iccima@${DEMO}`), startsOn: '2026-03-21' },
        CENTRAL_SECRETARIAT,
      ),
    ]);
    const codes = [first, second].map((payload) => payload.userErrors.map((error) => error.code));
    expect(codes.filter((list) => list.length === 0)).toHaveLength(1);
    expect(codes.flat()).toEqual(['CONFLICT']);
    const heads = await em().find(
      WorkingGroupMembership,
      { workingGroup: code('IR-07'), role: MembershipRole.HEAD },
      { orderBy: { startsOn: 'asc' } },
    );
    expect(heads.map((seat) => [seat.startsOn, seat.endsOn ?? null])).toEqual([
      ['2025-08-01', '2026-03-20'],
      ['2026-03-21', null],
    ]);
  });
});

describe('addWorkingGroupMember and endWorkingGroupMembership (Art. 3; registrars, and a provincial head for its group)', () => {
  let addedSeatId: string;

  it('refuses a member not introduced by an executive agency, and a head through this mutation', async () => {
    const input = {
      workingGroupId: await groupId('IR-10'),
      personId: await personId(`executor.salehi@${DEMO}`),
      role: 'MEMBER',
      startsOn: '2025-09-01',
    };
    const error = await expectRefused(app, ADD_MEMBER, input, HEAD_ISFAHAN, { code: 'VALIDATION', article: 'Art. 3' });
    expect(error.field).toEqual(['input', 'nominatingAgencyId']);
    await expectBadInput(ADD_MEMBER, { ...input, role: 'HEAD', nominatingAgencyId: await agencyId('TPO') }, ADMIN);
  });

  it("refuses, with NOT_RESPONSIBLE_WORKING_GROUP, anyone but the provincial group's head (or a registrar)", async () => {
    const input = {
      workingGroupId: await groupId('IR-10'),
      personId: await personId(`executor.salehi@${DEMO}`),
      role: 'MEMBER',
      nominatingAgencyId: await agencyId('TPO'),
      startsOn: '2025-09-01',
    };
    // (Analysts are read-only and refused every mutation outright: access-matrix.test.ts.)
    for (const viewer of [HEAD_TEHRAN, SECRETARIAT_ISFAHAN, MEMBER_ISFAHAN]) {
      await expectRefused(app, ADD_MEMBER, input, viewer, { code: 'NOT_RESPONSIBLE_WORKING_GROUP', article: 'House rule' });
    }
  });

  it('refuses, as FORBIDDEN, a provincial head adding a seat to the central group', async () => {
    await expectForbidden(
      ADD_MEMBER,
      {
        workingGroupId: await groupId(null),
        personId: await personId(`executor.salehi@${DEMO}`),
        role: 'SECRETARIAT',
        startsOn: '2025-09-01',
      },
      HEAD_ISFAHAN,
    );
  });

  it('lets the provincial head add a member introduced by an agency, once', async () => {
    const input = {
      workingGroupId: await groupId('IR-10'),
      personId: await personId(`executor.salehi@${DEMO}`),
      role: 'MEMBER',
      nominatingAgencyId: await agencyId('TPO'),
      startsOn: '2025-09-01',
    };
    const payload = await expectAccepted<{ membership: Record<string, unknown> & { id: string } }>(
      app,
      ADD_MEMBER,
      input,
      HEAD_ISFAHAN,
      'addWorkingGroupMember',
    );
    expect(payload.membership).toMatchObject({
      role: 'MEMBER',
      startsOn: '2025-09-01',
      endsOn: null,
      person: { email: `executor.salehi@${DEMO}` },
      workingGroup: { name: 'Isfahan Province Export Development Working Group' },
      nominatingAgency: { code: 'TPO' },
    });
    addedSeatId = payload.membership.id;
    await expectRefused(app, ADD_MEMBER, { ...input, startsOn: '2026-01-01' }, HEAD_ISFAHAN, { code: 'CONFLICT', article: 'House rule' });
  });

  it('lets the central secretariat add a secretariat seat to the central group', async () => {
    const payload = await expectAccepted<{ membership: Record<string, unknown> }>(
      app,
      ADD_MEMBER,
      {
        workingGroupId: await groupId(null),
        personId: await personId(`executor.yazdani@${DEMO}`),
        role: 'SECRETARIAT',
        startsOn: '2025-08-15',
      },
      CENTRAL_SECRETARIAT,
      'addWorkingGroupMember',
    );
    expect(payload.membership).toMatchObject({ role: 'SECRETARIAT', nominatingAgency: null, workingGroup: { name: expect.any(String) } });
  });

  it("refuses ending a head's seat or a central seat as FORBIDDEN for a provincial head", async () => {
    await expectForbidden(
      END_MEMBERSHIP,
      { membershipId: await seatId('IR-10', HEAD_ISFAHAN, MembershipRole.HEAD), endsOn: '2025-08-31' },
      HEAD_ISFAHAN,
    );
    await expectForbidden(
      END_MEMBERSHIP,
      { membershipId: await seatId(null, `member.tpo@${DEMO}`, MembershipRole.MEMBER), endsOn: '2025-08-31' },
      HEAD_ISFAHAN,
    );
  });

  it("refuses ending a provincial seat to anyone but that group's head (or a registrar)", async () => {
    for (const viewer of [HEAD_TEHRAN, SECRETARIAT_ISFAHAN]) {
      await expectRefused(app, END_MEMBERSHIP, { membershipId: addedSeatId, endsOn: '2025-12-31' }, viewer, {
        code: 'NOT_RESPONSIBLE_WORKING_GROUP',
      });
    }
  });

  it('ends a seat once, on a day not before it began', async () => {
    await expectRefused(app, END_MEMBERSHIP, { membershipId: addedSeatId, endsOn: '2025-08-31' }, HEAD_ISFAHAN, { code: 'VALIDATION' });
    const payload = await expectAccepted<{ membership: Record<string, unknown> }>(
      app,
      END_MEMBERSHIP,
      { membershipId: addedSeatId, endsOn: '2025-12-31' },
      HEAD_ISFAHAN,
      'endWorkingGroupMembership',
    );
    expect(payload.membership).toMatchObject({ startsOn: '2025-09-01', endsOn: '2025-12-31' });
    await expectRefused(app, END_MEMBERSHIP, { membershipId: addedSeatId, endsOn: '2026-01-31' }, HEAD_ISFAHAN, {
      code: 'INVALID_TRANSITION',
    });
    await expectRefused(
      app,
      END_MEMBERSHIP,
      { membershipId: encodeGlobalId('WorkingGroupMembership', UNKNOWN_UUID), endsOn: '2026-01-31' },
      ADMIN,
      {
        code: 'NOT_FOUND',
      },
    );
    // A registrar ends a central seat.
    await expectAccepted(
      app,
      END_MEMBERSHIP,
      { membershipId: await seatId(null, `member.iccima@${DEMO}`, MembershipRole.MEMBER), endsOn: '2025-08-31' },
      CENTRAL_SECRETARIAT,
      'endWorkingGroupMembership',
    );
  });
});

describe('registerCluster and changeClusterStatus (registrars, or the head or secretariat of a responsible working group)', () => {
  const cluster = async (overrides: Record<string, unknown> = {}) => ({
    provinceId: await provinceId('IR-10'),
    name: 'Kashan Tile Work Cluster',
    nameFa: 'خوشه کاشی‌کاری کاشان',
    isicCode: '2393',
    mainProducts: ['Glazed tiles', 'Mosaic panels'],
    ...overrides,
  });
  let kashanId: string;

  it("refuses, with NOT_RESPONSIBLE_WORKING_GROUP, anyone without a seat acting for the province's or the central group", async () => {
    // (Analysts are read-only and refused every mutation outright: access-matrix.test.ts.)
    for (const viewer of [HEAD_TEHRAN, MEMBER_ISFAHAN, AGENT]) {
      await expectRefused(app, REGISTER_CLUSTER, await cluster(), viewer, { code: 'NOT_RESPONSIBLE_WORKING_GROUP', article: 'Art. 3' });
    }
    // Yazd has no working group: only the registrars and the central group act there.
    await expectRefused(app, REGISTER_CLUSTER, await cluster({ provinceId: await provinceId('IR-21') }), SECRETARIAT_TEHRAN, {
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
    });
  });

  it("lets the province's secretariat register a cluster, IDENTIFIED unless told otherwise", async () => {
    const payload = await expectAccepted<{ cluster: Record<string, unknown> & { id: string } }>(
      app,
      REGISTER_CLUSTER,
      await cluster(),
      SECRETARIAT_ISFAHAN,
      'registerCluster',
    );
    expect(payload.cluster).toMatchObject({
      name: 'Kashan Tile Work Cluster',
      nameFa: 'خوشه کاشی‌کاری کاشان',
      isicCode: '2393',
      mainProducts: ['Glazed tiles', 'Mosaic panels'],
      status: 'IDENTIFIED',
      province: { code: 'IR-10' },
    });
    expect(payload.cluster.responsibleWorkingGroups).toEqual(expect.arrayContaining([{ level: 'CENTRAL' }, { level: 'PROVINCIAL' }]));
    expect(payload.cluster.responsibleWorkingGroups).toHaveLength(2);
    kashanId = payload.cluster.id;
    const stored = await em().findOneOrFail(Cluster, { name: 'Kashan Tile Work Cluster' });
    expect(stored.searchName).toBe(normalizePersian('خوشه کاشی‌کاری کاشان'));
  });

  it('refuses the same Persian name in the same province, however it is typed', async () => {
    // Arabic kaf and yeh, no zero-width non-joiner, a double space.
    const error = await expectRefused(
      app,
      REGISTER_CLUSTER,
      await cluster({ name: 'Kashan Tiles', nameFa: 'خوشه كاشيكاري  كاشان' }),
      HEAD_ISFAHAN,
      {
        code: 'CONFLICT',
        article: 'House rule',
      },
    );
    expect(error.field).toEqual(['input', 'nameFa']);
  });

  it('accepts the same name in another province, and a cluster where only the central group acts', async () => {
    await expectAccepted(
      app,
      REGISTER_CLUSTER,
      await cluster({ provinceId: await provinceId('IR-23'), status: 'ACTIVE' }),
      CENTRAL_SECRETARIAT,
      'registerCluster',
    );
    const yazd = await expectAccepted<{ cluster: Record<string, unknown> }>(
      app,
      REGISTER_CLUSTER,
      await cluster({ provinceId: await provinceId('IR-21'), name: 'Yazd Termeh Cluster', nameFa: 'خوشه ترمه یزد', isicCode: '1392' }),
      HEAD_CENTRAL,
      'registerCluster',
    );
    expect(yazd.cluster).toMatchObject({ province: { code: 'IR-21' }, responsibleWorkingGroups: [{ level: 'CENTRAL' }] });
  });

  it('refuses malformed input and an unknown province', async () => {
    await expectBadInput(REGISTER_CLUSTER, await cluster({ isicCode: '23A3' }), ADMIN);
    await expectBadInput(
      REGISTER_CLUSTER,
      await cluster({ mainProducts: Array.from({ length: 21 }, (_, index) => `Product ${index}`) }),
      ADMIN,
    );
    await expectRefused(app, REGISTER_CLUSTER, await cluster({ provinceId: encodeGlobalId('Province', UNKNOWN_UUID) }), ADMIN, {
      code: 'NOT_FOUND',
    });
  });

  it('moves a cluster through the programme, refusing moves the house rule does not allow', async () => {
    await expectRefused(app, CHANGE_STATUS, { clusterId: kashanId, status: 'ACTIVE' }, SECRETARIAT_TEHRAN, {
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
    });
    await expectRefused(app, CHANGE_STATUS, { clusterId: kashanId, status: 'GRADUATED' }, HEAD_ISFAHAN, {
      code: 'INVALID_TRANSITION',
      article: 'House rule',
    });
    const payload = await expectAccepted<{ cluster: Record<string, unknown> }>(
      app,
      CHANGE_STATUS,
      { clusterId: kashanId, status: 'ACTIVE' },
      HEAD_ISFAHAN,
      'changeClusterStatus',
    );
    expect(payload.cluster).toMatchObject({ status: 'ACTIVE' });
    await expectRefused(app, CHANGE_STATUS, { clusterId: kashanId, status: 'ACTIVE' }, ADMIN, { code: 'INVALID_TRANSITION' });
    await expectAccepted(app, CHANGE_STATUS, { clusterId: kashanId, status: 'GRADUATED' }, ADMIN, 'changeClusterStatus');
    await expectRefused(app, CHANGE_STATUS, { clusterId: encodeGlobalId('Cluster', UNKNOWN_UUID), status: 'ACTIVE' }, ADMIN, {
      code: 'NOT_FOUND',
    });
  });
});
