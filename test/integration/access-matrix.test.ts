import 'reflect-metadata';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../server/context';
import { encodeGlobalId } from '../../server/kernel/global-id';
import { scopeSql } from '../../server/modules/access/row-scope';
import { Person, SystemRole } from '../../server/modules/person/person.entity';
import { databaseFingerprint } from '../setup/database-state';
import { startTestApp, type TestApp } from '../setup/test-app';

/**
 * The access matrix, generated from the schema: every mutation is tried as every role, with a
 * minimal well-formed input on Tehran objects. Analysts and partners change nothing (top-level
 * FORBIDDEN, no row changed); the other roles get what the table below says: OK, a rule code of
 * `userErrors`, or a top-level code. A mutation missing from the table fails the test.
 */
const D = 'demo.cluster-oversight.ir';
const ROLES = {
  admin: `admin@${D}`,
  central: `secretariat@${D}`,
  otherProvince: `secretariat.isfahan@${D}`,
  analyst: `analyst@${D}`,
  partner: `partner.matrix@${D}`,
  supervisor: `supervisor.shariati@${D}`,
  agent: `agent.tavakoli@${D}`,
  executor: `executor.rostami@${D}`,
} as const;
type Role = keyof typeof ROLES;
const WRITERS: Role[] = ['otherProvince', 'supervisor', 'agent', 'executor', 'central', 'admin'];

/**
 * Operation groups of the README's access matrix:
 * - `keys`: API keys, system administrator only (others: top-level FORBIDDEN);
 * - `registrar`: registers and seats, system administrator and central secretariat only (others FORBIDDEN);
 * - `jurisdiction`: business actions of the regulation; nobody is FORBIDDEN, the rules (R4 …) refuse
 *   whoever has no seat, appointment, contract or plan for the object with a rule code.
 */
type Group = 'keys' | 'registrar' | 'jurisdiction';
const MATRIX: Record<string, Group> = {
  createApiKey: 'keys',
  revokeApiKey: 'keys',
  appointWorkingGroupHead: 'registrar',
  endWorkingGroupMembership: 'registrar',
  formProvincialWorkingGroup: 'registrar',
  recordQualification: 'registrar',
  registerExecutiveAgency: 'registrar',
  registerPerson: 'registrar',
  withdrawQualification: 'registrar',
  addWorkingGroupMember: 'jurisdiction',
  adjustPlanBudget: 'jurisdiction',
  adoptResolution: 'jurisdiction',
  appointSupervisor: 'jurisdiction',
  approvePlan: 'jurisdiction',
  assessAgency: 'jurisdiction',
  changeClusterStatus: 'jurisdiction',
  completePlan: 'jurisdiction',
  decideDispute: 'jurisdiction',
  endAgentContract: 'jurisdiction',
  escalateDispute: 'jurisdiction',
  issuePeriodicReport: 'jurisdiction',
  linkPlanToResolution: 'jurisdiction',
  proposePlan: 'jurisdiction',
  raiseDispute: 'jurisdiction',
  recordProvincialOutcome: 'jurisdiction',
  registerCluster: 'jurisdiction',
  rejectPlan: 'jurisdiction',
  resumePlan: 'jurisdiction',
  reviseProgressReport: 'jurisdiction',
  revokeSupervisorAppointment: 'jurisdiction',
  signAgentContract: 'jurisdiction',
  submitProgressReport: 'jurisdiction',
  submitSupervisorReview: 'jurisdiction',
  suspendPlan: 'jurisdiction',
  unlinkPlanFromResolution: 'jurisdiction',
  waiveReportingObligation: 'jurisdiction',
};

/** What the provincial secretariat of another province may be answered on Tehran objects: a refusal. */
const REFUSALS = new Set([
  'NOT_RESPONSIBLE_WORKING_GROUP',
  'NOT_WORKING_GROUP_HEAD',
  'NOT_OBLIGOR',
  'NOT_CURRENT_SUPERVISOR',
  'VALIDATION',
  // Generated inputs are minimal: where a shape check (class-validator) fires first, the rules are not reached.
  'BAD_USER_INPUT',
]);

let app: TestApp;
const rowIds = new Map<string, string>();

const ID_TYPES: Record<string, string> = {
  cluster: 'Cluster', plan: 'DevelopmentPlan', workingGroup: 'WorkingGroup', person: 'Person', agent: 'Person', supervisor: 'Person',
  executor: 'Person', agency: 'ExecutiveAgency', responsibleAgency: 'ExecutiveAgency', nominatingAgency: 'ExecutiveAgency', province: 'Province',
  dispute: 'Dispute', obligation: 'ReportingObligation', report: 'ProgressReport', appointment: 'SupervisorAppointment',
  contract: 'AgentContract', agentContract: 'AgentContract', resolution: 'Resolution', membership: 'WorkingGroupMembership',
  review: 'SupervisorReview', basisReview: 'SupervisorReview', indicator: 'PlanIndicator', apiKey: 'ApiKey', forum: 'WorkingGroup',
};

function idFor(field: string): string {
  const stem = field.replace(/Ids?$/, '');
  const type = ID_TYPES[stem] ?? 'Person';
  return encodeGlobalId(type, rowIds.get(type) ?? '00000000-0000-4000-8000-000000000000');
}

function valueFor(field: string, type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [valueFor(field, inner.ofType)];
  const named = getNamedType(inner);
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const child of Object.values(named.getFields())) if (isNonNullType(child.type)) value[child.name] = valueFor(child.name, child.type);
    return value;
  }
  if (isEnumType(named)) return named.getValues()[0].value;
  if (!isScalarType(named)) throw new Error(`No value for ${field}`);
  const scalars: Record<string, unknown> = {
    ID: idFor(field), Date: '2025-08-01', DateTime: '2027-07-01T00:00:00Z', Decimal: '1', PeriodLabel: '1404-Q1', Rial: '1000000',
    JSONObject: {}, Int: 1, Float: 1, Boolean: false,
  };
  if (named.name in scalars) return scalars[named.name];
  if (/email/i.test(field)) return 'matrix@example.com';
  if (/code/i.test(field)) return 'MATRIX';
  return 'Access matrix text';
}

/**
 * Where the schema's types alone do not make a well-formed input (enum choices, list sizes, formats
 * checked by the input's shape rules), the few fields that make it well formed, so that every
 * mutation reaches its rules rather than stopping at BAD_USER_INPUT.
 */
function inputFor(mutation: string, type: GraphQLInputType): Record<string, unknown> {
  const input = valueFor('input', type) as Record<string, unknown>;
  const overrides: Record<string, Record<string, unknown>> = {
    addWorkingGroupMember: { role: 'MEMBER', nominatingAgencyId: idFor('agencyId') },
    raiseDispute: { forumWorkingGroupId: idFor('workingGroupId'), parties: [{ personId: idFor('personId') }, { agencyId: idFor('agencyId') }] },
    registerCluster: { isicCode: '1393', name: 'Access matrix cluster', nameFa: 'خوشه ماتریس دسترسی' },
  };
  return { ...input, ...overrides[mutation] };
}

async function attempt(mutation: string, input: unknown, role: Role): Promise<string> {
  const response = await app.graphql<{ result: { userErrors: { code: string }[] } | null }>(
    `mutation($input: ${inputTypeName(mutation)}) { result: ${mutation}(input: $input) { userErrors { code } } }`,
    { input },
    { as: ROLES[role] },
  );
  const topLevel = response.body.errors?.[0]?.extensions?.code;
  if (topLevel) return String(topLevel);
  const codes = response.body.data!.result!.userErrors.map((error) => error.code);
  return codes.length === 0 ? 'OK' : codes.join(',');
}

function inputTypeName(mutation: string): string {
  return String(app.app.schema.getMutationType()!.getFields()[mutation].args.find((arg) => arg.name === 'input')!.type);
}

beforeAll(async () => {
  app = await startTestApp();
  const em = app.orm.em.fork();
  em.create(Person, {
    fullNameFa: 'شریک ماتریس', fullNameLatin: 'Matrix Partner', searchName: 'شریک ماتریس', email: ROLES.partner,
    systemRoles: [SystemRole.PARTNER], qualifications: [],
  } as never);
  await em.flush();
  // Rows in Tehran (or national), found with the read scope of a Tehran-only viewer.
  const [tehran] = await em.getConnection().execute<{ id: string }[]>(`select id from province where code = 'IR-23'`);
  const tehranViewer = { scope: { provinceIds: new Set([tehran.id]), types: null, auditTrail: true, apiKeys: true, readOnly: false } } as unknown as Viewer;
  for (const meta of Object.values(em.getMetadata().getAll())) {
    if (!('globalId' in (meta.class?.prototype ?? {}))) continue;
    const condition = scopeSql(em, tehranViewer, meta.className) ?? 'true';
    const rows = await em.getConnection().execute<{ id: string }[]>(`select t.id from "${meta.tableName}" t where ${condition} order by t.id limit 1`);
    if (rows[0]) rowIds.set(meta.className, rows[0].id);
  }
  rowIds.set('Province', tehran.id);
  // People are readable by all, so "the first person" could be anyone, even a role under test, who
  // could then act for themself or be seated as a head by an earlier mutation of the matrix. Name a
  // Tehran member who is none of the roles tried, the same on every run.
  const [person] = await em.getConnection().execute<{ id: string }[]>(`select id from person where email = 'member.tpo.tehran@demo.cluster-oversight.ir'`);
  rowIds.set('Person', person.id);
  // Likewise the working group: Tehran's, not whichever group's uuid sorts first (the central group
  // is visible everywhere, and its seats are the registrars' business).
  const [tehranGroup] = await em.getConnection().execute<{ id: string }[]>(`select id from working_group where province_id = ?`, [tehran.id]);
  rowIds.set('WorkingGroup', tehranGroup.id);
}, 60_000);

afterAll(async () => {
  await app?.close();
});

describe('the access matrix', () => {
  it('has an entry for every mutation of the schema', () => {
    const mutations = Object.keys(app.app.schema.getMutationType()!.getFields()).sort();
    expect(mutations.filter((name) => !(name in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((name) => !mutations.includes(name))).toEqual([]);
  });

  it('lets analysts and partners change nothing: every mutation is FORBIDDEN', async () => {
    const before = await databaseFingerprint(app.orm);
    for (const [name, field] of Object.entries(app.app.schema.getMutationType()!.getFields())) {
      const input = inputFor(name, field.args[0].type);
      for (const role of ['analyst', 'partner'] as Role[]) expect(await attempt(name, input, role), `${name} as ${role}`).toBe('FORBIDDEN');
    }
    expect(await databaseFingerprint(app.orm)).toEqual(before);
  }, 120_000);

  it('answers every other role as the matrix says', async () => {
    const observed: Record<string, Partial<Record<Role, string>>> = {};
    for (const [name, field] of Object.entries(app.app.schema.getMutationType()!.getFields())) {
      const input = inputFor(name, field.args[0].type);
      observed[name] = {};
      for (const role of WRITERS) {
        const before = role === 'otherProvince' ? await databaseFingerprint(app.orm) : null;
        observed[name][role] = await attempt(name, input, role);
        // A provincial secretariat never changes another province's data.
        if (before) expect(await databaseFingerprint(app.orm), `${name} as ${role}`).toEqual(before);
      }
    }
    if (process.env.ACCESS_MATRIX_PRINT) console.log(JSON.stringify(observed, null, 1));
    for (const [name, answers] of Object.entries(observed)) {
      const group = MATRIX[name];
      for (const role of WRITERS) {
        const answer = answers[role]!;
        const mayAct = group === 'jurisdiction' || role === 'admin' || (group === 'registrar' && role === 'central');
        // A provincial group's head may end seats of that group: others are refused by the rule instead.
        if (!mayAct && name === 'endWorkingGroupMembership') expect(['FORBIDDEN', ...REFUSALS], `${name} as ${role}`).toContain(answer);
        else if (!mayAct) expect(answer, `${name} as ${role}`).toBe('FORBIDDEN');
        else expect(answer, `${name} as ${role}`).not.toBe('FORBIDDEN');
        if (role === 'otherProvince' && mayAct) expect(REFUSALS.has(answer.split(',')[0]), `${name} as ${role}: ${answer}`).toBe(true);
      }
    }
  }, 180_000);
});
