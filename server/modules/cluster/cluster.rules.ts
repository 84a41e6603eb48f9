import { ErrorCode } from '../../kernel/errors';
import { type RuleResult, violation } from '../../kernel/rules';
import { ClusterStatus } from './cluster.entity';

/**
 * House rule: within a province a cluster's Persian name is unique, compared in normalised form
 * (Arabic and Persian yeh/kaf, digits, ZWNJ and spaces ignored; docs/domain.md section 4).
 */
export function clusterNameIsFree(taken: boolean): RuleResult {
  return taken
    ? violation(ErrorCode.CONFLICT, 'The province already has a cluster with this Persian name.', 'House rule', ['input', 'nameFa'])
    : null;
}

/**
 * House rule: a cluster moves through the programme IDENTIFIED → ACTIVE → GRADUATED, and may be
 * DISCONTINUED before it graduates; a discontinued programme may resume (→ ACTIVE). GRADUATED is final.
 */
export const CLUSTER_TRANSITIONS: Readonly<Record<ClusterStatus, readonly ClusterStatus[]>> = {
  [ClusterStatus.IDENTIFIED]: [ClusterStatus.ACTIVE, ClusterStatus.DISCONTINUED],
  [ClusterStatus.ACTIVE]: [ClusterStatus.GRADUATED, ClusterStatus.DISCONTINUED],
  [ClusterStatus.DISCONTINUED]: [ClusterStatus.ACTIVE],
  [ClusterStatus.GRADUATED]: [],
};

export function canChangeClusterStatus(from: ClusterStatus, to: ClusterStatus): RuleResult {
  return CLUSTER_TRANSITIONS[from].includes(to)
    ? null
    : violation(ErrorCode.INVALID_TRANSITION, `A cluster cannot move from ${from} to ${to}.`, 'House rule', ['input', 'status']);
}
