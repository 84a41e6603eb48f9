import {
  getNamedType,
  getNullableType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  isInputObjectType,
  isListType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Context } from '../../server/context';
import { decodeGlobalId, encodeGlobalId } from '../../server/kernel/global-id';
import { mutationHooksOf } from '../../server/kernel/module';
import { dataExceptionError, postgresError, runMutation } from '../../server/kernel/mutation';
import { TEXT_EXTENSION } from '../../server/kernel/text-hygiene';
import { modules } from '../../server/modules';
import { ClusterStatus } from '../../server/modules/cluster/cluster.entity';
import { ExecutiveAgency } from '../../server/modules/executive-agency/executive-agency.entity';
import { Person, Qualification } from '../../server/modules/person/person.entity';
import { ReportingObligation } from '../../server/modules/reporting/reporting.entity';
import { buildCluster, buildPerson, type BuiltCluster, type BuiltPerson } from '../setup/builders';
import { auditEventCount, databaseFingerprint } from '../setup/database-state';
import { expectAccepted, expectRefused, USER_ERRORS } from '../setup/mutations';
import { startTestApp, type TestApp } from '../setup/test-app';
import { type WellFormedInputs, wellFormedInputs } from '../setup/well-formed-inputs';

/**
 * Hostile input replayed on the real stack, generated from the schema: for every mutation, every
 * String/ID, Date/DateTime and Rial field of its input (nested inputs and lists included, optional
 * fields too) gets each class of bad value in turn, on an otherwise well-formed input (the access
 * matrix's). Each answer must be BAD_USER_INPUT (text faults naming the field), never
 * INTERNAL_SERVER_ERROR, and no row of any table may change. A new mutation or field is covered
 * without touching this file.
 */
const D = 'demo.cluster-oversight.ir';
const ADMIN = `admin@${D}`;

interface Leaf {
  /** Field names from the input down to the leaf; a list on the way is entered at index 0. */
  fields: string[];
  /** The path the API names in its error, e.g. `input.indicators.0.name`. */
  path: string;
  scalar: string;
  long: boolean;
}

function leavesOf(type: GraphQLInputObjectType, fields: string[] = [], path = 'input', seen = new Set<string>()): Leaf[] {
  if (seen.has(type.name)) return [];
  const leaves: Leaf[] = [];
  for (const field of Object.values(type.getFields())) {
    const list = isListType(getNullableType(field.type));
    const named = getNamedType(field.type);
    const at = `${path}.${field.name}${list ? '.0' : ''}`;
    if (isInputObjectType(named)) leaves.push(...leavesOf(named, [...fields, field.name], at, new Set([...seen, type.name])));
    else if (isScalarType(named))
      leaves.push({ fields: [...fields, field.name], path: at, scalar: named.name, long: field.extensions?.[TEXT_EXTENSION] === 'long' });
  }
  return leaves;
}

/** A copy of `base` with `value` at `leaf`, creating optional parents with their required fields. */
function inject(base: Record<string, unknown>, type: GraphQLInputObjectType, leaf: Leaf, value: unknown): Record<string, unknown> {
  const root = structuredClone(base);
  let container = root;
  let containerType = type;
  leaf.fields.forEach((name, index) => {
    const field = containerType.getFields()[name];
    const list = isListType(getNullableType(field.type));
    if (index === leaf.fields.length - 1) {
      container[name] = list ? [value] : value;
      return;
    }
    container[name] ??= inputs.valueFor(name, field.type);
    const child = container[name] as Record<string, unknown> | Record<string, unknown>[];
    container = Array.isArray(child) ? child[0] : child;
    containerType = getNamedType(field.type) as GraphQLInputObjectType;
  });
  return root;
}

/** Text that must be refused wherever it appears. */
const TEXT_FAULTS: Record<string, string> = {
  NUL: 'Text\u0000after',
  'lone high surrogate': 'Text\uD800after',
  'lone low surrogate': 'Text\uDC00after',
  'bidi override (RLO)': 'invoice\u202Etxt.exe',
  'bidi isolate (RLI)': 'name\u2067hidden\u2069',
  'C0 control (ESC, terminal colour)': 'red\u001B[31mtext',
  'C0 control (BEL)': 'bell\u0007',
  'C1 control (CSI)': 'csi\u009B31m',
  DEL: 'del\u007F',
  'line separator U+2028': 'one\u2028two',
};
/** Refused in names, codes and ids; allowed in long text. */
const SHORT_ONLY_FAULTS: Record<string, string> = { 'line break': 'one\ntwo', 'CR LF': 'one\r\ntwo', tab: 'one\ttwo' };
/** Long text people really write: line breaks, tabs, ZWNJ and an RLM before Persian digits in brackets. */
const GOOD_LONG_TEXT = 'نخستین سطر گزارش‌ها\r\nسطر دوم\tبا جدول\n\u200F(۱۴۰۳)';

const YEARS = ['0000-01-01', '1970-01-01', '1999-12-31', '2101-01-01', '8999-12-31', '9999-12-31'];
const MONEY_BEYOND = ['1000000000000001', '-1000000000000001', '838488366986797801', '9223372036854775807', '9223372036854775808'];
const MONEY_AT_BOUND = ['1000000000000000', '-1000000000000000'];

let app: TestApp;
let inputs: WellFormedInputs;

interface Answer {
  code: string;
  field?: unknown;
  message?: string;
}

async function send(mutation: string, typeName: string, input: unknown): Promise<Answer> {
  const response = await app.graphql<{ result: { userErrors: { code: string }[] } | null }>(
    `mutation($input: ${typeName}) { result: ${mutation}(input: $input) { userErrors { code } } }`,
    { input },
    { as: ADMIN },
  );
  const error = response.body.errors?.[0];
  if (error) return { code: String(error.extensions?.code), field: error.extensions?.field, message: error.message };
  const codes = response.body.data!.result!.userErrors.map((userError) => userError.code);
  return { code: codes.length === 0 ? 'OK' : `userError:${codes.join(',')}` };
}

/**
 * The same mutation several times in one request, one alias per input (at most the alias limit, 15):
 * text faults are refused by each field's resolver, so each alias gets its own answer. (Date and
 * amount faults fail variable coercion, which refuses the whole request, so those go one by one.)
 */
async function sendBatch(mutation: string, typeName: string, inputs: unknown[]): Promise<Answer[]> {
  const variables = Object.fromEntries(inputs.map((input, index) => [`i${index}`, input]));
  const declarations = inputs.map((_input, index) => `$i${index}: ${typeName}`).join(', ');
  const fields = inputs.map((_input, index) => `r${index}: ${mutation}(input: $i${index}) { userErrors { code } }`).join(' ');
  const response = await app.graphql<Record<string, { userErrors: { code: string }[] } | null>>(
    `mutation(${declarations}) { ${fields} }`,
    variables,
    { as: ADMIN },
  );
  return inputs.map((_input, index) => {
    const error =
      response.body.errors?.find((candidate) => candidate.path?.[0] === `r${index}`) ??
      (response.body.data ? undefined : response.body.errors?.[0]);
    if (error) return { code: String(error.extensions?.code), field: error.extensions?.field, message: error.message };
    const codes = response.body.data![`r${index}`]!.userErrors.map((userError) => userError.code);
    return { code: codes.length === 0 ? 'OK' : `userError:${codes.join(',')}` };
  });
}

function mutations() {
  return Object.entries(app.app.schema.getMutationType()!.getFields()).map(([name, field]) => {
    const argument = field.args.find((arg) => arg.name === 'input')!;
    const type = getNamedType(argument.type) as GraphQLInputObjectType;
    return {
      name,
      typeName: String(argument.type),
      type,
      base: inputs.inputFor(name, argument.type as GraphQLInputType),
      leaves: leavesOf(type),
    };
  });
}

beforeAll(async () => {
  app = await startTestApp();
  inputs = await wellFormedInputs(app);
}, 60_000);
afterAll(async () => {
  await app?.close();
});

describe('hostile input on every mutation', () => {
  it('refuses every class of bad text, date and amount in every field with BAD_USER_INPUT, changing nothing', async () => {
    const counts = { mutations: 0, combinations: 0, refusals: 0, internalErrors: 0, fields: 0 };
    const failures: string[] = [];
    const startedAt = Date.now();
    for (const mutation of mutations()) {
      counts.mutations += 1;
      const before = await databaseFingerprint(app.orm);
      const auditBefore = await auditEventCount(app.orm);
      for (const leaf of mutation.leaves) {
        counts.fields += 1;
        const textCases: Array<{ name: string; value: unknown }> = [];
        const valueCases: Array<{ name: string; value: unknown }> = [];
        if (leaf.scalar === 'String' || leaf.scalar === 'ID') {
          for (const [name, value] of Object.entries(TEXT_FAULTS)) textCases.push({ name, value });
          if (!leaf.long) for (const [name, value] of Object.entries(SHORT_ONLY_FAULTS)) textCases.push({ name, value });
        }
        if (leaf.scalar === 'Date') for (const date of YEARS) valueCases.push({ name: `date ${date}`, value: date });
        if (leaf.scalar === 'DateTime') for (const date of YEARS) valueCases.push({ name: `instant ${date}`, value: `${date}T00:00:00Z` });
        if (leaf.scalar === 'Rial') for (const amount of MONEY_BEYOND) valueCases.push({ name: `amount ${amount}`, value: amount });
        const answers = [
          ...(textCases.length > 0
            ? await sendBatch(
                mutation.name,
                mutation.typeName,
                textCases.map((testCase) => inject(mutation.base, mutation.type, leaf, testCase.value)),
              )
            : []),
          ...(await Promise.all(
            valueCases.map((testCase) =>
              send(mutation.name, mutation.typeName, inject(mutation.base, mutation.type, leaf, testCase.value)),
            ),
          )),
        ];
        [...textCases, ...valueCases].forEach((testCase, index) => {
          const answer = answers[index];
          counts.combinations += 1;
          if (answer.code === 'INTERNAL_SERVER_ERROR') counts.internalErrors += 1;
          const label = `${mutation.name} ${leaf.path} ${testCase.name}: ${JSON.stringify(answer)}`;
          if (answer.code !== 'BAD_USER_INPUT') failures.push(label);
          else if (index < textCases.length && answer.field !== leaf.path) failures.push(`${label} (field not named)`);
          else counts.refusals += 1;
        });
      }
      expect(await auditEventCount(app.orm), mutation.name).toBe(auditBefore);
      expect(await databaseFingerprint(app.orm), mutation.name).toEqual(before);
    }
    console.info(
      `input hygiene: ${counts.mutations} mutations, ${counts.fields} fields, ${counts.combinations} field × class combinations, ${counts.refusals} refusals, ${counts.internalErrors} internal errors, ${Date.now() - startedAt} ms`,
    );
    expect(failures).toEqual([]);
    expect(counts.internalErrors).toBe(0);
    expect(counts.mutations).toBe(36);
    expect(counts.combinations).toBeGreaterThan(500);
  }, 120_000);

  it('accepts line breaks, tabs, ZWNJ and RLM in long text: no field marked long text is refused for them', async () => {
    let longFields = 0;
    for (const mutation of mutations()) {
      for (const leaf of mutation.leaves.filter((candidate) => candidate.long)) {
        longFields += 1;
        const answer = await send(mutation.name, mutation.typeName, inject(mutation.base, mutation.type, leaf, GOOD_LONG_TEXT));
        expect(answer.code, `${mutation.name} ${leaf.path}`).not.toBe('INTERNAL_SERVER_ERROR');
        expect(answer.field, `${mutation.name} ${leaf.path}: ${answer.message}`).not.toBe(leaf.path);
      }
    }
    // reasons, descriptions, findings, opinions, decisions, summaries, remarks, recommendations, texts
    expect(longFields).toBeGreaterThanOrEqual(17);
  }, 60_000);

  it('answers amounts at the bound (±10^15 rials) without an internal error', async () => {
    for (const mutation of mutations()) {
      for (const leaf of mutation.leaves.filter((candidate) => candidate.scalar === 'Rial')) {
        for (const amount of MONEY_AT_BOUND) {
          const answer = await send(mutation.name, mutation.typeName, inject(mutation.base, mutation.type, leaf, amount));
          expect(answer.code, `${mutation.name} ${leaf.path} ${amount}`).not.toBe('INTERNAL_SERVER_ERROR');
          expect(answer.message ?? '', `${mutation.name} ${leaf.path} ${amount}`).not.toMatch(/beyond the largest amount/);
        }
      }
    }
  }, 60_000);

  it('checks query arguments too: a NUL in a filter is BAD_USER_INPUT naming the argument', async () => {
    const response = await app.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: 'abc\u0000' }, { as: ADMIN });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

const PROPOSE = `mutation($input: ProposePlanInput!) { result: proposePlan(input: $input) { plan { id endsOn } ${USER_ERRORS} } }`;
const APPROVE = `mutation($input: ApprovePlanInput!) { result: approvePlan(input: $input) { plan { id approvedBudget reportingObligations(first: 100) { totalCount } } ${USER_ERRORS} } }`;
const SIGN = `mutation($input: SignAgentContractInput!) { result: signAgentContract(input: $input) { contract { id } ${USER_ERRORS} } }`;

describe('terms and amounts', () => {
  let ids: Record<string, string>;
  /** A cluster in a province of its own, a person to propose and execute plans, and a qualified agent. */
  let cluster: BuiltCluster;
  let executor: BuiltPerson;
  let agent: BuiltPerson;
  beforeAll(async () => {
    const em = app.orm.em.fork();
    cluster = await buildCluster(app, { status: ClusterStatus.IDENTIFIED });
    executor = await buildPerson(app, { label: 'executor' });
    agent = await buildPerson(app, { label: 'agent', qualifications: [Qualification.DEVELOPMENT_AGENT] });
    ids = {
      pottery: cluster.id,
      soltani: executor.id,
      tvto: encodeGlobalId('ExecutiveAgency', (await em.findOneOrFail(ExecutiveAgency, { code: 'TVTO' })).id),
      khorasan: cluster.group.id,
    };
  });

  const proposal = (overrides: Record<string, unknown>) => ({
    clusterId: ids.pottery,
    title: `Kiln renewal ${Math.random()}`,
    kind: 'PROJECT',
    executorId: ids.soltani,
    responsibleAgencyId: ids.tvto,
    proposedBudget: '40000000000',
    startsOn: '2025-10-01',
    endsOn: '2026-09-30',
    indicators: [{ name: 'Export value', unit: 'rial', baseline: '0', target: '25000000000', higherIsBetter: true }],
    ...overrides,
  });

  it('refuses a plan longer than ten years as a VALIDATION user error, and accepts exactly ten', async () => {
    const error = await expectRefused(app, PROPOSE, proposal({ endsOn: '2035-10-01' }), executor.email, {
      code: 'VALIDATION',
      article: 'House rule',
    });
    expect(error.field).toEqual(['input', 'endsOn']);
    expect(error.message).toContain('2035-09-30');
    await expectAccepted(app, PROPOSE, proposal({ endsOn: '2035-09-30' }), executor.email, 'proposePlan');
  });

  it('refuses an agent contract longer than ten years before it creates any obligation', async () => {
    const em = app.orm.em.fork();
    const isipo = await em.findOneOrFail(ExecutiveAgency, { contractsDevelopmentAgents: true });
    const obligationsBefore = await em.count(ReportingObligation, {});
    await expectRefused(
      app,
      SIGN,
      {
        clusterId: ids.pottery,
        agentId: agent.id,
        agencyId: encodeGlobalId('ExecutiveAgency', isipo.id),
        contractNumber: `LONG-${Date.now()}`,
        startsOn: '2030-01-01',
        endsOn: '2045-01-01',
      },
      cluster.group.secretariat.email,
      { code: 'VALIDATION', article: 'House rule' },
    );
    expect(await app.orm.em.fork().count(ReportingObligation, {})).toBe(obligationsBefore);
  });

  it('approves a plan of 10^15 rials; the budget band CHECK compares in numeric and cannot overflow bigint', async () => {
    const proposed = await expectAccepted<{ plan: { id: string } }>(
      app,
      PROPOSE,
      proposal({ proposedBudget: '1000000000000000' }),
      executor.email,
      'proposePlan',
    );
    const approved = await expectAccepted<{ plan: { approvedBudget: string; reportingObligations: { totalCount: number } } }>(
      app,
      APPROVE,
      { planId: proposed.plan.id, workingGroupId: ids.khorasan },
      cluster.group.secretariat.email,
      'approvePlan',
    );
    expect(approved.plan.approvedBudget).toBe('1000000000000000');
    expect(approved.plan.reportingObligations.totalCount).toBeLessThanOrEqual(41);
    // Past ⌊(2⁶³−1)/11⌋ the old CHECK failed with "bigint out of range" (22003); now it answers, in a
    // transaction rolled back at the end.
    const planId = decodeGlobalId(proposed.plan.id)!.id;
    const outcome = await app.orm.em
      .fork()
      .transactional(async (tx) => {
        const run = (sql: string) => tx.getConnection().execute(sql, [planId], 'run', tx.getTransactionContext());
        await run(`update development_plan set approved_budget = 9000000000000000000, current_budget = 9000000000000000000 where id = ?`);
        const outOfBand = await run(
          `update development_plan set current_budget = 9223372036854775807, approved_budget = 838488366986797801 where id = ?`,
        ).then(
          () => null,
          (error: unknown) => postgresError(error),
        );
        throw Object.assign(new Error('roll back'), { outOfBand });
      })
      .catch((error: { outOfBand?: unknown }) => error.outOfBand);
    expect(outcome).toMatchObject({ code: '23514', constraint: 'development_plan_budget_band' });
  });
});

describe('database data exceptions', () => {
  it('become BAD_USER_INPUT in the mutation runner, never a 500 (SQLSTATE class 22, and NUL breaking the protocol)', async () => {
    const admin = await app.orm.em.fork().findOneOrFail(Person, { email: ADMIN });
    const ctx = { em: app.orm.em.fork(), viewer: { person: admin }, mutations: mutationHooksOf(modules) } as unknown as Context;
    const statements: Array<[string, unknown[]]> = [
      [`select ?::text as nul`, ['text with a NUL \u0000 inside']], // 08P01, the wire protocol
      [`select ?::numeric::bigint`, ['1e30']], // 22003
      [`select ?::jsonb`, ['"\\u0000"']], // 22P05
      [`select 9223372036854775807::bigint * 11`, []], // 22003
      [`select convert_from('\\x00'::bytea, 'UTF8')`, []], // 22021
      [`select '2025-13-45'::date`, []], // 22008
      [`select 'abc'::int`, []], // 22P02
    ];
    for (const [sql, params] of statements) {
      const failure: unknown = await runMutation(ctx, 'probe', async (em) => {
        await em.getConnection().execute(sql, params, 'all', em.getTransactionContext());
        throw new Error('the statement should have failed');
      }).catch((error: unknown) => error);
      expect((failure as { extensions?: { code?: string } }).extensions?.code, sql).toBe('BAD_USER_INPUT');
    }
    expect(dataExceptionError({ code: '22021' })?.message).toMatch(/cannot be stored/);
    expect(dataExceptionError({ code: '23505' })).toBeNull();
  });
});
