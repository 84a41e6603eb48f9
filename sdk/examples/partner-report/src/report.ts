/**
 * Reporting compliance of one province's development plans, as a partner agency sees it through its
 * API key: every plan of the province, page by page, and for each the state of its quarterly
 * reporting obligations (Art. 4-1).
 *
 *   OVERSIGHT_URL=https://oversight.example.ir/graphql OVERSIGHT_API_KEY=… PROVINCE=IR-10 npm start
 */
import {
  createClient,
  DevelopmentPlansDocument,
  OversightError,
  ReportingObligationsDocument,
  type DevelopmentPlanSummaryFragment,
  type ObligationStatus,
} from '@cluster-oversight/sdk';

const url = process.env.OVERSIGHT_URL ?? 'http://localhost:4000/graphql';
const apiKey = process.env.OVERSIGHT_API_KEY;
const province = process.env.PROVINCE ?? 'IR-10';
if (!apiKey) {
  console.error('Set OVERSIGHT_API_KEY to the partner key the API operator issued to your agency.');
  process.exit(2);
}

const client = createClient({ url, apiKey, timeoutMs: 15_000, retry: { retries: 3 } });

const STATUSES: readonly ObligationStatus[] = ['SUBMITTED_ON_TIME', 'SUBMITTED_LATE', 'OVERDUE', 'DUE', 'PENDING', 'WAIVED'];

async function main(): Promise<void> {
  const plans: DevelopmentPlanSummaryFragment[] = [];
  for await (const plan of client.paginate(DevelopmentPlansDocument, { filter: { provinceCodes: [province] } }, { pageSize: 20 })) {
    plans.push(plan);
  }

  const byPlan = new Map<string, Map<ObligationStatus, number>>();
  let obligations = 0;
  for await (const obligation of client.paginate(ReportingObligationsDocument, { filter: { provinceCodes: [province] } })) {
    if (!obligation.plan) continue;
    const counts = byPlan.get(obligation.plan.id) ?? new Map<ObligationStatus, number>();
    counts.set(obligation.status, (counts.get(obligation.status) ?? 0) + 1);
    byPlan.set(obligation.plan.id, counts);
    obligations += 1;
  }

  console.log(`Reporting compliance in ${province}: ${plans.length} plans, ${obligations} reporting obligations`);
  let late = 0;
  for (const plan of plans) {
    const counts = byPlan.get(plan.id) ?? new Map<ObligationStatus, number>();
    const summary = STATUSES.filter((status) => counts.has(status)).map((status) => `${status} ${counts.get(status)}`);
    late += (counts.get('SUBMITTED_LATE') ?? 0) + (counts.get('OVERDUE') ?? 0);
    console.log(`- ${plan.title} (${plan.cluster.name}, ${plan.status}): ${summary.join(', ') || 'no obligations yet'}`);
  }
  console.log(`Late or overdue reports: ${late}`);
}

main().catch((error: unknown) => {
  if (error instanceof OversightError) {
    console.error(`${error.name} (${error.code}): ${error.message}`);
    process.exit(1);
  }
  throw error;
});
