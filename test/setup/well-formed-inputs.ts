import {
  getNamedType,
  getNullableType,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

import type { Viewer } from '../../server/context';
import { encodeGlobalId } from '../../server/kernel/global-id';
import { scopeSql } from '../../server/modules/access/row-scope';
import type { TestApp } from './test-app';

/**
 * A minimal well-formed input for any mutation, generated from the schema, on Tehran objects of the
 * demo data: ids of real rows of the right type, valid dates, amounts, enum values and texts. Shared by
 * the access matrix and the input hygiene test, so both reach each mutation's rules rather than its
 * shape checks.
 */
export interface WellFormedInputs {
  /** A global id for an input field named `field` (`clusterId`, `planIds`, …). */
  idFor(field: string): string;
  /** A well-formed value of `type` for the field named `field`; input objects get their required fields. */
  valueFor(field: string, type: GraphQLInputType): unknown;
  /** The whole `input` argument of `mutation`, whose type is `type`. */
  inputFor(mutation: string, type: GraphQLInputType): Record<string, unknown>;
}

const ID_TYPES: Record<string, string> = {
  cluster: 'Cluster',
  plan: 'DevelopmentPlan',
  workingGroup: 'WorkingGroup',
  person: 'Person',
  agent: 'Person',
  supervisor: 'Person',
  executor: 'Person',
  agency: 'ExecutiveAgency',
  responsibleAgency: 'ExecutiveAgency',
  nominatingAgency: 'ExecutiveAgency',
  province: 'Province',
  dispute: 'Dispute',
  obligation: 'ReportingObligation',
  report: 'ProgressReport',
  appointment: 'SupervisorAppointment',
  contract: 'AgentContract',
  agentContract: 'AgentContract',
  resolution: 'Resolution',
  membership: 'WorkingGroupMembership',
  review: 'SupervisorReview',
  basisReview: 'SupervisorReview',
  indicator: 'PlanIndicator',
  apiKey: 'ApiKey',
  forum: 'WorkingGroup',
};

/** Finds one row of every node type in Tehran (or national), the same on every run. */
export async function wellFormedInputs(app: TestApp): Promise<WellFormedInputs> {
  const rowIds = new Map<string, string>();
  const em = app.orm.em.fork();
  // Rows in Tehran (or national), found with the read scope of a Tehran-only viewer.
  const [tehran] = await em.getConnection().execute<{ id: string }[]>(`select id from province where code = 'IR-23'`);
  const tehranViewer = {
    scope: { provinceIds: new Set([tehran.id]), types: null, auditTrail: true, apiKeys: true, readOnly: false },
  } as unknown as Viewer;
  for (const meta of Object.values(em.getMetadata().getAll())) {
    if (!('globalId' in (meta.class?.prototype ?? {}))) continue;
    const condition = scopeSql(em, tehranViewer, meta.className) ?? 'true';
    const rows = await em
      .getConnection()
      .execute<{ id: string }[]>(`select t.id from "${meta.tableName}" t where ${condition} order by t.id limit 1`);
    if (rows[0]) rowIds.set(meta.className, rows[0].id);
  }
  rowIds.set('Province', tehran.id);
  // People are readable by all, so "the first person" could be anyone, even a role under test, who
  // could then act for themself or be seated as a head by an earlier mutation of the matrix. Name a
  // Tehran member who is none of the roles tried, the same on every run.
  const [person] = await em
    .getConnection()
    .execute<{ id: string }[]>(`select id from person where email = 'member.tpo.tehran@demo.cluster-oversight.ir'`);
  rowIds.set('Person', person.id);
  // Likewise the working group: Tehran's, not whichever group's uuid sorts first (the central group
  // is visible everywhere, and its seats are the registrars' business).
  const [tehranGroup] = await em
    .getConnection()
    .execute<{ id: string }[]>(`select id from working_group where province_id = ?`, [tehran.id]);
  rowIds.set('WorkingGroup', tehranGroup.id);

  const idFor = (field: string): string => {
    const stem = field.replace(/Ids?$/, '');
    const type = ID_TYPES[stem] ?? 'Person';
    return encodeGlobalId(type, rowIds.get(type) ?? '00000000-0000-4000-8000-000000000000');
  };

  const valueFor = (field: string, type: GraphQLInputType): unknown => {
    const inner = getNullableType(type);
    if (isListType(inner)) return [valueFor(field, inner.ofType)];
    const named = getNamedType(inner);
    if (isInputObjectType(named)) {
      const value: Record<string, unknown> = {};
      for (const child of Object.values(named.getFields()))
        if (isNonNullType(child.type)) value[child.name] = valueFor(child.name, child.type);
      return value;
    }
    if (isEnumType(named)) return named.getValues()[0].value;
    if (!isScalarType(named)) throw new Error(`No value for ${field}`);
    const scalars: Record<string, unknown> = {
      ID: idFor(field),
      Date: '2025-08-01',
      DateTime: '2027-07-01T00:00:00Z',
      Decimal: '1',
      PeriodLabel: '1404-Q1',
      Rial: '1000000',
      JSONObject: {},
      Int: 1,
      Float: 1,
      Boolean: false,
    };
    if (named.name in scalars) return scalars[named.name];
    if (/email/i.test(field)) return 'matrix@example.com';
    if (/code/i.test(field)) return 'MATRIX';
    return 'Access matrix text';
  };

  /**
   * Where the schema's types alone do not make a well-formed input (enum choices, list sizes, formats
   * checked by the input's shape rules), the few fields that make it well formed, so that every
   * mutation reaches its rules rather than stopping at BAD_USER_INPUT.
   */
  const inputFor = (mutation: string, type: GraphQLInputType): Record<string, unknown> => {
    const input = valueFor('input', type) as Record<string, unknown>;
    const overrides: Record<string, Record<string, unknown>> = {
      addWorkingGroupMember: { role: 'MEMBER', nominatingAgencyId: idFor('agencyId') },
      raiseDispute: {
        forumWorkingGroupId: idFor('workingGroupId'),
        parties: [{ personId: idFor('personId') }, { agencyId: idFor('agencyId') }],
      },
      registerCluster: { isicCode: '1393', name: 'Access matrix cluster', nameFa: 'خوشه ماتریس دسترسی' },
    };
    return { ...input, ...overrides[mutation] };
  };

  return { idFor, valueFor, inputFor };
}
