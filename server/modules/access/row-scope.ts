import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context, Viewer } from '../../context';
import type { RelationSpec } from '../../kernel/loaders';
import { type Connection, type ForwardPageArgs } from '../../kernel/pagination';
import type { ReadRequest } from '../../kernel/read/read-engine';

/**
 * Row-level read scope: which rows of each node type a viewer may read. One table says, for every
 * type, how a row reaches a province; everything else (top-level lists, `totalCount`, nested pages,
 * `node`/`nodes`, references, aggregates) is derived from it, so that a row outside the viewer's
 * scope is indistinguishable from one that does not exist.
 */
type ScopeRule =
  /** Reference data and people: every viewer (partners only with the type in their key). */
  | { kind: 'public' }
  /**
   * The row's province is the first non-null of these property paths (each ending in a Province
   * reference); when all are null the row is national (e.g. the central working group) and public.
   */
  | { kind: 'province'; paths: readonly string[] }
  /** National records: only viewers who read every province. */
  | { kind: 'national' }
  /** The audit trail: administrators, the central secretariat and analysts (ReadScope.auditTrail). */
  | { kind: 'auditTrail' }
  /** API keys: system administrators (ReadScope.apiKeys). */
  | { kind: 'apiKeys' };

const province = (...paths: string[]): ScopeRule => ({ kind: 'province', paths });
const RESOLUTION_PROVINCE = ['cluster.province', 'workingGroup.province'];

/** Every node type, by entity (= GraphQL type) name. A type missing here is readable by nobody. */
export const SCOPE_RULES: Readonly<Record<string, ScopeRule>> = {
  Province: { kind: 'public' },
  ExecutiveAgency: { kind: 'public' },
  Person: { kind: 'public' },
  WorkingGroup: province('province'),
  WorkingGroupMembership: province('workingGroup.province'),
  Cluster: province('province'),
  AgentContract: province('cluster.province'),
  SupervisorAppointment: province('cluster.province'),
  Resolution: province(...RESOLUTION_PROVINCE),
  ResolutionTarget: province(...RESOLUTION_PROVINCE.map((path) => `resolution.${path}`)),
  DevelopmentPlan: province('cluster.province'),
  PlanIndicator: province('plan.cluster.province'),
  ReportingObligation: province('cluster.province'),
  ProgressReport: province('cluster.province'),
  ReportBottleneck: province('report.cluster.province'),
  IndicatorActual: province('report.cluster.province'),
  SupervisorReview: province('cluster.province'),
  PlanAssessment: province('review.cluster.province'),
  Dispute: province('cluster.province'),
  DisputeParty: province('dispute.cluster.province'),
  DisputeStep: province('dispute.cluster.province'),
  BudgetAdjustment: province('plan.cluster.province'),
  AgencyAssessment: province('workingGroup.province'),
  PeriodicReport: { kind: 'national' },
  AuditEvent: { kind: 'auditTrail' },
  ApiKey: { kind: 'apiKeys' },
};

/** What a viewer may read of a type: everything, nothing, or the rows of some provinces. */
type Reach = { all: true } | { none: true } | { paths: readonly string[]; provinceIds: readonly string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function reachOf(viewer: Viewer, typeName: string): Reach {
  const { scope } = viewer;
  const rule = SCOPE_RULES[typeName];
  if (!rule || (scope.types && !scope.types.has(typeName))) return { none: true };
  switch (rule.kind) {
    case 'public':
      return { all: true };
    case 'national':
      return scope.provinceIds === null ? { all: true } : { none: true };
    case 'auditTrail':
      return scope.auditTrail ? { all: true } : { none: true };
    case 'apiKeys':
      return scope.apiKeys ? { all: true } : { none: true };
    case 'province':
      return scope.provinceIds === null ? { all: true } : { paths: rule.paths, provinceIds: [...scope.provinceIds] };
  }
}

/** True when the viewer reads every row of the type (no condition, no extra query). */
export function readsAll(viewer: Viewer, typeName: string): boolean {
  return 'all' in reachOf(viewer, typeName);
}

/**
 * SQL expression of a province path on the row aliased `alias`: the first hop is a column of the row,
 * later hops are correlated sub-selects by primary key.
 */
function provinceSql(em: EntityManager, typeName: string, propertyPath: string, alias: string): string {
  const metadata = em.getMetadata();
  let meta = metadata.find(typeName)!;
  let expression = '';
  propertyPath.split('.').forEach((segment, hop) => {
    const property = meta.properties[segment];
    if (!property?.fieldNames?.[0] || !property.targetMeta) throw new Error(`Scope path ${typeName}.${propertyPath} is not a reference chain.`);
    const column = `"${property.fieldNames[0]}"`;
    expression = hop === 0 ? `${alias}.${column}` : `(select s${hop}.${column} from "${meta.tableName}" s${hop} where s${hop}."id" = ${expression})`;
    meta = property.targetMeta;
  });
  return expression;
}

/**
 * The SQL condition of the viewer's scope on the row of `typeName` aliased `alias`; null when
 * unrestricted. Trusted SQL: province ids come from the database (checked as uuids), never from
 * the client.
 */
export function scopeSql(em: EntityManager, viewer: Viewer, typeName: string, alias = 't'): string | null {
  const reach = reachOf(viewer, typeName);
  if ('all' in reach) return null;
  if ('none' in reach) return 'false';
  const { paths, provinceIds } = reach;
  for (const id of provinceIds) if (!UUID.test(id)) throw new Error('A province id in the read scope is not a uuid.');
  const expression = paths.length === 1 ? provinceSql(em, typeName, paths[0], alias) : `coalesce(${paths.map((p) => provinceSql(em, typeName, p, alias)).join(', ')})`;
  const inScope = provinceIds.length > 0 ? ` or ${expression} = any('{${provinceIds.join(',')}}'::uuid[])` : '';
  return `(${expression} is null${inScope})`;
}

/** One page of a parent's children, limited to the viewer's scope (the scope joins the spec's condition). */
export function pageInScope<T extends object>(ctx: Context, spec: RelationSpec<T>, parentId: string, args: ForwardPageArgs): Promise<Connection<T>> {
  // The author of a committed act sees what it wrote with the object it returned (a plan's indicators).
  const condition = ctx.authored?.has(parentId) ? null : scopeSql(ctx.em, ctx.viewer, spec.entity.name);
  if (condition === null) return ctx.loaders.page(spec, parentId, args);
  const combined = spec.condition ? `(${spec.condition}) and ${condition}` : condition;
  return ctx.loaders.page({ ...spec, name: `${spec.name}:scoped`, condition: combined }, parentId, args);
}

/**
 * Which of `ids` (rows of `typeName`) the viewer may read, batched per type: one statement for all
 * the rows asked about in a tick; none when the viewer reads the whole type.
 */
export function visibleLoader(ctx: Context, typeName: string) {
  return ctx.loaders.loader<string, boolean>(`visible:${typeName}`, async (ids) => {
    const condition = scopeSql(ctx.em, ctx.viewer, typeName);
    if (condition === null) return ids.map(() => true);
    if (condition === 'false') return ids.map(() => false);
    const table = ctx.em.getMetadata().find(typeName)!.tableName;
    const rows = await ctx.em
      .getConnection()
      .execute<{ id: string }[]>(`select t."id" from "${table}" t where t."id" = any(?::uuid[]) and ${condition}`, [`{${ids.join(',')}}`]);
    const visible = new Set(rows.map((row) => row.id));
    return ids.map((id) => visible.has(id));
  });
}

/** Whether the viewer may read this row (its type is its class name). */
export async function isVisible(ctx: Context, node: { id: string; constructor: { name: string } }): Promise<boolean> {
  const typeName = node.constructor.name;
  if (readsAll(ctx.viewer, typeName)) return true;
  // People always see themselves (the `viewer` query), whatever their key's types.
  if (typeName === 'Person' && node.id === ctx.viewer.person.id) return true;
  return visibleLoader(ctx, typeName).load(node.id);
}

/** What the read engine needs of a request: its EntityManager, the day, settings and the viewer's scope. */
export function readRequestOf(ctx: Context): ReadRequest {
  return {
    em: ctx.em,
    today: ctx.clock.today(),
    now: ctx.clock.now(),
    reportGraceDays: ctx.settings.reportGraceDays,
    scope: (typeName, alias) => scopeSql(ctx.em, ctx.viewer, typeName, alias),
  };
}
