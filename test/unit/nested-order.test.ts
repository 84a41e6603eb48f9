import 'reflect-metadata';

import { describe, expect, it } from 'vitest';

import { nestedOrder } from '../../server/kernel/read/list-description';
import type { ReadField } from '../../server/kernel/read/node-description';
import { listDescriptions, nodeDescriptions } from '../../server/modules';
import { clusterNode } from '../../server/modules/cluster/cluster.node';
import { developmentPlanList } from '../../server/modules/development-plan/development-plan.node';
import { resolutionList } from '../../server/modules/resolution/resolution.node';
import { workingGroupNode } from '../../server/modules/working-group/working-group.node';

function relationOf(field: ReadField | undefined) {
  if (field?.kind !== 'children') throw new Error('not a connection');
  return field.relation;
}

describe('the default order of a nested connection', () => {
  it("is the child list's nested order when the relationship names none", () => {
    const relation = relationOf(clusterNode.fields.resolutions);
    expect(relation.order).toBeUndefined();
    expect(nestedOrder(relation, resolutionList)).toBe('t."adopted_on" desc');
  });

  it("is the relationship's own when it names one", () => {
    const relation = relationOf(workingGroupNode.fields.plans);
    expect(developmentPlanList.order.nested).toBe('t."proposed_on" desc');
    expect(nestedOrder(relation, developmentPlanList)).toBe('t."decided_on" desc');
  });

  it('is refused when neither names one', () => {
    const relation = { ...relationOf(clusterNode.fields.resolutions), order: undefined };
    expect(() => nestedOrder(relation, undefined)).toThrow(/Resolution/);
    expect(() => nestedOrder(relation, { ...resolutionList, order: { ...resolutionList.order, nested: undefined } })).toThrow(
      /names no order/,
    );
  });

  it('is known for every connection of every node type', () => {
    const lists = new Map(listDescriptions.map((list) => [list.type, list]));
    const connections = nodeDescriptions.flatMap((node) =>
      Object.values(node.fields).flatMap((field) => (field.kind === 'children' ? [field.relation] : [])),
    );
    expect(connections.length).toBeGreaterThan(30);
    for (const relation of connections) expect(nestedOrder(relation, lists.get(relation.entity.name))).toMatch(/^t\."/);
  });
});
