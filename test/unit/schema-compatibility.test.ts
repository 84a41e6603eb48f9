import { describe, expect, it } from 'vitest';

import { compareSchemas } from '../../scripts/schema-compatibility';

const BEFORE = `type Query { cluster(id: ID!): Cluster }
type Cluster { id: ID! name: String! legacyCode: String }`;

describe('schema compatibility check', () => {
  it('passes additions as safe', async () => {
    const result = await compareSchemas(BEFORE, BEFORE.replace('legacyCode: String', 'legacyCode: String isicCode: String'), '');
    expect(result.safe.map((change) => change.path)).toEqual(['Cluster.isicCode']);
    expect(result.breaking).toEqual([]);
  });

  it('reports a removed field and a narrowed argument as breaking, until the changelog records them', async () => {
    const after = `type Query { cluster(id: ID!, at: String!): Cluster }
type Cluster { id: ID! name: String! }`;
    const unrecorded = await compareSchemas(BEFORE, after, '# Schema changelog\n- Added: `Cluster.isicCode`.\n');
    expect(unrecorded.unrecorded.map((change) => change.path).sort()).toEqual(['Cluster.legacyCode', 'Query.cluster.at']);

    const partly = await compareSchemas(BEFORE, after, '- Breaking: `Cluster.legacyCode` removed.\n');
    expect(partly.unrecorded.map((change) => change.path)).toEqual(['Query.cluster.at']);

    const recorded = await compareSchemas(
      BEFORE,
      after,
      '- Breaking: `Cluster.legacyCode` removed.\n- Breaking: `Query.cluster.at` is required.\n',
    );
    expect(recorded.unrecorded).toEqual([]);
    expect(recorded.breaking).toHaveLength(2);
  });
});
