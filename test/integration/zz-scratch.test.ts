import { afterAll, beforeAll, it } from 'vitest';
import { startTestApp, type TestApp } from '../setup/test-app';

let app: TestApp;
beforeAll(async () => { app = await startTestApp(); });
afterAll(() => app?.close());

const qs: [string, Record<string, unknown>?][] = [
  ['{ clusters(first: 100) { nodes { name province { code } responsibleWorkingGroups { level name } } } }'],
  ['{ people(first: 0) { totalCount } }'],
  ['{ people(first: 101) { totalCount } }'],
  ['{ people(last: 0) { totalCount } }'],
  ['{ people(first: 1, last: 1) { totalCount } }'],
  ['{ people(after: "zzz") { totalCount } }'],
  ['{ reportingObligations(filter: { periods: ["1403-Q5"] }) { totalCount } }'],
  ['query($p: [PeriodLabel!]) { reportingObligations(filter: { periods: $p }) { totalCount } }', { p: ['1403-Q5'] }],
  ['{ resolutions(filter: { adoptedFrom: "2024-02-30" }) { totalCount } }'],
  ['{ clusters(filter: { provinceIds: ["abc"] }) { totalCount } }'],
  ['{ province: provinces(first: 1) { nodes { id clusters(first: 0) { totalCount } } } }'],
  ['{ provinces(filter: { search: "خراسان" }) { totalCount nodes { nameFa nameEn } } }'],
  ['{ provinces(filter: { search: "kerman" }) { totalCount nodes { nameFa nameEn } } }'],
  ['{ reportingObligations(first: 100) { totalCount nodes { period { label } status dueOn submittedOn waivedOn } } }'],
  ['{ auditEvents { totalCount nodes { id action targetType target { __typename id } } } }'],
  ['{ workingGroups { nodes { name head { fullNameLatin } headMembership { role startsOn endsOn person { fullNameLatin } } } } }'],
  ['{ developmentPlans(first: 100, orderBy: { field: DECIDED_ON, direction: DESC }) { nodes { title decidedOn approvedBudget currentBudget status } } }'],
];
it('explores', async () => {
  for (const [q, v] of qs) {
    const r = await app.graphql(q, v);
    console.log(q, '\n', r.status, JSON.stringify(r.body, null, 0).slice(0, 3000));
  }
  const r = await app.graphql('{ viewer { id } }', undefined, { token: null });
  console.log('noauth', r.status, JSON.stringify(r.body));
});
