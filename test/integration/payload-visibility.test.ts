import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { encodeGlobalId } from '../../server/kernel/global-id';
import { Dispute } from '../../server/modules/dispute/dispute.entity';
import { ExecutiveAgency } from '../../server/modules/executive-agency/executive-agency.entity';
import { buildCluster, buildPlan, type BuiltCluster } from '../setup/builders';
import { auditEventCount } from '../setup/database-state';
import { expectAccepted, USER_ERRORS } from '../setup/mutations';
import { startTestApp, type TestApp } from '../setup/test-app';

/**
 * The object a committed mutation returns is always shown to the act's author, even when it lies
 * outside their read scope; its relations stay guarded by scope, and later reads answer by scope.
 */
/** The secretariat of the cluster's province, and an executor of a plan in another province only. */
let FORUM_SECRETARIAT: string;
let OUTSIDE_EXECUTOR: string;
let cluster: BuiltCluster;

const RAISE = `mutation Raise($input: RaiseDisputeInput!) { result: raiseDispute(input: $input) { dispute { id } ${USER_ERRORS} } }`;
const OUTCOME = `mutation Outcome($input: RecordProvincialOutcomeInput!) { result: recordProvincialOutcome(input: $input) { dispute { id } ${USER_ERRORS} } }`;
const escalate = (selection: string) =>
  `mutation Escalate($input: EscalateDisputeInput!) { result: escalateDispute(input: $input) { dispute { ${selection} } ${USER_ERRORS} } }`;

let app: TestApp;
let ids: Record<string, string>;

beforeAll(async () => {
  app = await startTestApp();
  const em = app.orm.em.fork();
  // A cluster with an approved plan, and a person who executes an approved plan in another province.
  cluster = await buildCluster(app);
  await buildPlan(app, cluster);
  const executor = (await buildPlan(app, await buildCluster(app))).executor;
  FORUM_SECRETARIAT = cluster.group.secretariat.email;
  OUTSIDE_EXECUTOR = executor.email;
  ids = {
    cluster: cluster.id,
    forum: cluster.group.id,
    mimt: encodeGlobalId('ExecutiveAgency', (await em.findOneOrFail(ExecutiveAgency, { code: 'MIMT' })).id),
    executor: executor.id,
  };
});
afterAll(() => app?.close());

/**
 * Given a dispute raised by the secretariat of the cluster's province with an outside executor as a party, on which
 * the provincial working group recorded no agreement: the party may escalate it, but cannot read it.
 */
async function disputeAwaitingEscalation(subject: string): Promise<string> {
  const raised = await expectAccepted<{ dispute: { id: string } }>(
    app,
    RAISE,
    {
      clusterId: ids.cluster,
      forumWorkingGroupId: ids.forum,
      subject,
      description: 'The executor holds that the saffron packaging line can host jewellery packaging; the ministry office disagrees.',
      parties: [{ personId: ids.executor }, { agencyId: ids.mimt }],
    },
    FORUM_SECRETARIAT,
    'raiseDispute',
  );
  await expectAccepted(
    app,
    OUTCOME,
    { disputeId: raised.dispute.id, outcome: 'NO_AGREEMENT', decision: 'No agreement at the province.' },
    FORUM_SECRETARIAT,
    'recordProvincialOutcome',
  );
  return raised.dispute.id;
}

describe('the object of a committed mutation, for its author', () => {
  it("is returned even outside the author's read scope, with its own relations, while later reads stay scoped", async () => {
    const disputeId = await disputeAwaitingEscalation('Shared packaging line');
    // The party cannot read the dispute before acting on it.
    const before = await app.graphql<{ node: unknown }>(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: disputeId },
      { as: OUTSIDE_EXECUTOR },
    );
    expect(before.body.data?.node).toBeNull();

    // When the party escalates it, the payload carries the escalated dispute, not a silent null.
    const payload = await expectAccepted<{ dispute: Record<string, unknown> | null }>(
      app,
      escalate('id state forum { level } parties { totalCount nodes { id } } steps { totalCount }'),
      { disputeId, reason: 'The centre sets packaging rules for every cluster.' },
      OUTSIDE_EXECUTOR,
      'escalateDispute',
    );
    // The object with what the act wrote with it: its central forum, its two parties, and the steps
    // to here (raised, no agreement, escalated).
    expect(payload.dispute).toMatchObject({ id: disputeId, state: 'ESCALATED', forum: { level: 'CENTRAL' }, parties: { totalCount: 2 } });
    expect((payload.dispute as { steps: { totalCount: number } }).steps.totalCount).toBeGreaterThanOrEqual(2);

    // Later reads answer by scope again.
    const after = await app.graphql<{ node: unknown }>(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: disputeId },
      { as: OUTSIDE_EXECUTOR },
    );
    expect(after.body.data?.node).toBeNull();
    // The secretariat of the province, in scope, sees the same dispute with its relations.
    const tehran = await app.graphql<{ node: { state: string; parties: { totalCount: number } } }>(
      `query($id: ID!) { node(id: $id) { ... on Dispute { state parties { totalCount } } } }`,
      { id: disputeId },
      { as: FORUM_SECRETARIAT },
    );
    expect(tehran.body.data?.node).toEqual({ state: 'ESCALATED', parties: { totalCount: 2 } });
  });

  it("shows the object's own references to its author, and nothing further outside scope; the act commits", async () => {
    const disputeId = await disputeAwaitingEscalation('Shared packaging line, second batch');
    const audited = await auditEventCount(app.orm, 'escalateDispute');
    const response = await app.graphql<{
      result: { dispute: { state: string; cluster: { name: string; plans: { totalCount: number } } }; userErrors: unknown[] };
    }>(
      escalate('id state cluster { name plans { totalCount } }'),
      { input: { disputeId, reason: 'The centre sets packaging rules for every cluster.' } },
      { as: OUTSIDE_EXECUTOR },
    );
    // The cluster the author acted on is named; the cluster's own records stay outside the author's scope.
    expect(response.body.errors).toBeUndefined();
    const { dispute, userErrors } = response.body.data!.result;
    expect(userErrors).toEqual([]);
    expect(dispute.state).toBe('ESCALATED');
    expect(dispute.cluster.name).toBe(cluster.name);
    expect(dispute.cluster.plans.totalCount).toBe(0);
    expect(await auditEventCount(app.orm, 'escalateDispute')).toBe(audited + 1);
    const em = app.orm.em.fork();
    expect((await em.findOneOrFail(Dispute, { subject: 'Shared packaging line, second batch' })).state).toBe('ESCALATED');
  });
});
