import 'reflect-metadata';

import { describe, expect, it } from 'vitest';

import { ErrorCode } from '../../server/kernel/errors';
import { ClusterStatus } from '../../server/modules/cluster/cluster.entity';
import { canChangeClusterStatus, clusterNameIsFree } from '../../server/modules/cluster/cluster.rules';

const { IDENTIFIED, ACTIVE, GRADUATED, DISCONTINUED } = ClusterStatus;

describe('cluster rules (house rules)', () => {
  it('the normalised Persian name is unique within a province', () => {
    expect(clusterNameIsFree(false)).toBeNull();
    expect(clusterNameIsFree(true)).toMatchObject({ code: ErrorCode.CONFLICT, article: 'House rule', field: ['input', 'nameFa'] });
  });

  it('allows IDENTIFIED → ACTIVE → GRADUATED, discontinuing before graduation, and resuming', () => {
    for (const [from, to] of [
      [IDENTIFIED, ACTIVE],
      [IDENTIFIED, DISCONTINUED],
      [ACTIVE, GRADUATED],
      [ACTIVE, DISCONTINUED],
      [DISCONTINUED, ACTIVE],
    ]) {
      expect(canChangeClusterStatus(from, to), `${from} → ${to}`).toBeNull();
    }
  });

  it('refuses every other move, staying put included', () => {
    for (const [from, to] of [
      [IDENTIFIED, IDENTIFIED],
      [IDENTIFIED, GRADUATED],
      [ACTIVE, ACTIVE],
      [ACTIVE, IDENTIFIED],
      [GRADUATED, ACTIVE],
      [GRADUATED, DISCONTINUED],
      [DISCONTINUED, GRADUATED],
      [DISCONTINUED, IDENTIFIED],
    ]) {
      expect(canChangeClusterStatus(from, to), `${from} → ${to}`).toMatchObject({
        code: ErrorCode.INVALID_TRANSITION,
        field: ['input', 'status'],
      });
    }
  });
});
