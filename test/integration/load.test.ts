/**
 * kernel/load on the real database: what every mutation starts with. A malformed or foreign id is
 * BAD_USER_INPUT naming the field, an id of no row is the NOT_FOUND user error naming it, `lock`
 * holds the row until the transaction ends, and `loadAll` reads a list in one statement.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { encodeGlobalId } from '../../server/kernel/global-id';
import { load, loadAll, loadOptional } from '../../server/kernel/load';
import { RuleViolation } from '../../server/kernel/rules';
import { Cluster } from '../../server/modules/cluster/cluster.entity';
import { WorkingGroupMembership } from '../../server/modules/working-group/working-group.entity';
import { startTestApp, type TestApp } from '../setup/test-app';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

let app: TestApp;
let clusters: Cluster[];

beforeAll(async () => {
  app = await startTestApp();
  clusters = await app.orm.em.fork().find(Cluster, {}, { orderBy: { id: 'asc' }, limit: 3 });
  expect(clusters).toHaveLength(3);
});

afterAll(async () => {
  await app?.close();
});

/** What `work` throws, to look at. */
async function thrown(work: (em: EntityManager) => Promise<unknown>): Promise<unknown> {
  try {
    await app.orm.em.fork().transactional(work);
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

function userErrorsOf(error: unknown) {
  expect(error).toBeInstanceOf(RuleViolation);
  return (error as RuleViolation).userErrors.map(({ code, message, field, article }) => ({ code, message, field, article }));
}

describe('load', () => {
  it('returns the row a global id of its type names', async () => {
    const [cluster] = clusters;
    const loaded = await app.orm.em.fork().transactional((em) => load(em, Cluster, cluster.globalId, 'input.clusterId'));
    expect(loaded).toBeInstanceOf(Cluster);
    expect(loaded).toMatchObject({ id: cluster.id, name: cluster.name });
  });

  it('refuses an id of another type, or not an id at all, as BAD_USER_INPUT naming the field, before any SQL', async () => {
    for (const globalId of [encodeGlobalId('Person', clusters[0].id), 'not-an-id', '']) {
      app.resetQueries();
      const error = await thrown((em) => load(em, Cluster, globalId, 'input.clusterId'));
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.clusterId' });
      expect((error as GraphQLError).message).toBe('`input.clusterId` must be a Cluster id.');
      expect(app.queries.filter((sql) => /"cluster"/.test(sql))).toEqual([]);
    }
  });

  it('refuses an id of no row with the NOT_FOUND user error on the field, in words the reader knows', async () => {
    const error = await thrown((em) => load(em, Cluster, encodeGlobalId('Cluster', UNKNOWN), 'input.clusterId'));
    expect(userErrorsOf(error)).toEqual([
      { code: 'NOT_FOUND', message: 'No cluster with this id.', field: ['input', 'clusterId'], article: null },
    ]);

    const seat = await thrown((em) =>
      load(em, WorkingGroupMembership, encodeGlobalId('WorkingGroupMembership', UNKNOWN), 'input.membershipId', {
        what: 'working group seat',
      }),
    );
    expect(userErrorsOf(seat)).toEqual([
      { code: 'NOT_FOUND', message: 'No working group seat with this id.', field: ['input', 'membershipId'], article: null },
    ]);
  });

  it('with `lock`, holds the row inside the transaction until it ends; without it, takes no lock', async () => {
    const [cluster] = clusters;
    // Another connection asks for the row without waiting: 55P03 (lock_not_available) while it is held.
    const tryLock = () =>
      app.orm.em.fork().getConnection().execute(`select id from "cluster" where id = ? for update nowait`, [cluster.id]);

    app.resetQueries();
    await app.orm.em.fork().transactional(async (em) => {
      const loaded = await load(em, Cluster, cluster.globalId, 'input.clusterId', { lock: true });
      expect(loaded.id).toBe(cluster.id);
      await expect(tryLock()).rejects.toMatchObject({ code: '55P03' });
    });
    expect(app.queries.some((sql) => /from "cluster".* for update/.test(sql) && !sql.includes('nowait'))).toBe(true);
    // Released at commit.
    await expect(tryLock()).resolves.toHaveLength(1);

    await app.orm.em.fork().transactional(async (em) => {
      await load(em, Cluster, cluster.globalId, 'input.clusterId');
      await expect(tryLock()).resolves.toHaveLength(1);
    });
  });

  it('loadOptional gives null for an id left out, and loads or refuses one given', async () => {
    const em = app.orm.em.fork();
    expect(await loadOptional(em, Cluster, null, 'input.clusterId')).toBeNull();
    expect(await loadOptional(em, Cluster, undefined, 'input.clusterId')).toBeNull();
    expect((await loadOptional(em, Cluster, clusters[1].globalId, 'input.clusterId'))?.id).toBe(clusters[1].id);
    const error = await thrown((tx) => loadOptional(tx, Cluster, encodeGlobalId('Cluster', UNKNOWN), 'input.clusterId'));
    expect(userErrorsOf(error)[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'clusterId'] });
  });
});

describe('loadAll', () => {
  it('reads the list in one statement and answers in the order given, a repeated id twice', async () => {
    const [first, second, third] = clusters;
    const ids = [third.globalId, first.globalId, third.globalId, second.globalId];
    app.resetQueries();
    const loaded = await app.orm.em.fork().transactional((em) => loadAll(em, Cluster, ids, 'input.clusterIds'));
    expect(loaded.map((cluster) => cluster.id)).toEqual([third.id, first.id, third.id, second.id]);
    expect(loaded[0]).toBe(loaded[2]);
    expect(app.queries.filter((sql) => /from "cluster"/.test(sql))).toHaveLength(1);
    expect(await app.orm.em.fork().transactional((em) => loadAll(em, Cluster, [], 'input.clusterIds'))).toEqual([]);
  });

  it('names the first id that is malformed, then the first that names no row, by its index', async () => {
    const [first] = clusters;
    const unknown = encodeGlobalId('Cluster', UNKNOWN);
    const malformed = await thrown((em) =>
      loadAll(em, Cluster, [first.globalId, unknown, encodeGlobalId('Person', first.id)], 'input.clusterIds'),
    );
    expect((malformed as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.clusterIds.2' });

    const missing = await thrown((em) => loadAll(em, Cluster, [first.globalId, unknown, unknown], 'input.clusterIds'));
    expect(userErrorsOf(missing)).toEqual([
      { code: 'NOT_FOUND', message: 'No cluster with this id.', field: ['input', 'clusterIds', '1'], article: null },
    ]);

    const nested = await thrown((em) => loadAll(em, Cluster, [unknown], (index) => `input.items.${index}.clusterId`));
    expect(userErrorsOf(nested)[0].field).toEqual(['input', 'items', '0', 'clusterId']);
  });
});
