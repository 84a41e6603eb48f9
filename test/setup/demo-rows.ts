import { Cluster } from '../../server/modules/cluster/cluster.entity';
import { DevelopmentPlan, type PlanStatus } from '../../server/modules/development-plan/development-plan.entity';
import type { TestApp } from './test-app';

/**
 * Rows of the demo data set found by what places them in the demo's structure (a cluster by its ISIC
 * class, unique among the demo clusters; a plan by its cluster's class and its status), never by a
 * name, a title or a score: the demo's wording may change without breaking a test of the rules.
 * Tests that do not need a demo row's history build their own rows (builders.ts).
 */
export interface DemoRow {
  /** Global id. */
  id: string;
  uuid: string;
  /** The cluster's name or the plan's title, as the demo data has it today. */
  name: string;
}

/** The demo cluster of an ISIC class: 3211 jewellery, 1512 leather, 1393 carpets, 2396 stone, 1079 saffron, 2393 pottery. */
export async function demoCluster(app: TestApp, isicCode: string): Promise<DemoRow> {
  const cluster = await app.orm.em.fork().findOneOrFail(Cluster, { isicCode });
  return { id: cluster.globalId, uuid: cluster.id, name: cluster.name };
}

/** The demo plan of a cluster (by its ISIC class) in a status; each pair is unique in the demo data. */
export async function demoPlan(app: TestApp, isicCode: string, status: PlanStatus): Promise<DemoRow> {
  const plan = await app.orm.em.fork().findOneOrFail(DevelopmentPlan, { cluster: { isicCode }, status });
  return { id: plan.globalId, uuid: plan.id, name: plan.title };
}

export interface DemoNames {
  /** Cluster names by ISIC class. */
  clusters: Record<string, string>;
  /** Plan titles by `${isicCode}/${status}` of the plan's cluster and the plan. */
  plans: Record<string, string>;
}

/** The demo clusters' names and plans' titles as the data set has them today, keyed structurally. */
export async function demoNames(app: TestApp): Promise<DemoNames> {
  const em = app.orm.em.fork();
  const clusters = await em.find(Cluster, {});
  const plans = await em.find(DevelopmentPlan, {}, { populate: ['cluster'] });
  return {
    clusters: Object.fromEntries(clusters.map((cluster) => [cluster.isicCode, cluster.name])),
    plans: Object.fromEntries(plans.map((plan) => [`${plan.cluster.isicCode}/${plan.status}`, plan.title])),
  };
}
