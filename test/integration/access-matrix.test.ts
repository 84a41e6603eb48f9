import 'reflect-metadata';

import type { GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Person, SystemRole } from '../../server/modules/person/person.entity';
import { databaseFingerprint } from '../setup/database-state';
import { startTestApp, type TestApp } from '../setup/test-app';
import { type WellFormedInputs, wellFormedInputs } from '../setup/well-formed-inputs';

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
let inputs: WellFormedInputs;

function inputFor(mutation: string, type: GraphQLInputType): Record<string, unknown> {
  return inputs.inputFor(mutation, type);
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
  return String(
    app.app.schema
      .getMutationType()!
      .getFields()
      [mutation].args.find((arg) => arg.name === 'input')!.type,
  );
}

beforeAll(async () => {
  app = await startTestApp();
  const em = app.orm.em.fork();
  em.create(Person, {
    fullNameFa: 'شریک ماتریس',
    fullNameLatin: 'Matrix Partner',
    searchName: 'شریک ماتریس',
    email: ROLES.partner,
    systemRoles: [SystemRole.PARTNER],
    qualifications: [],
  } as never);
  await em.flush();
  inputs = await wellFormedInputs(app);
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
