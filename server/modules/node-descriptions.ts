import type { NodeDescription } from '../kernel/read/node-description';
import { clusterNode } from './cluster/cluster.node';
import { developmentPlanNode, planIndicatorNode } from './development-plan/development-plan.node';
import { personNode } from './person/person.node';
import { provinceNode } from './province/province.node';
import { progressReportNode, reportingObligationNode } from './reporting/reporting.node';
import { workingGroupNode } from './working-group/working-group.node';

/**
 * The node descriptions the read engine answers from (kernel/read). A type or field not described
 * here and not a plain column or reference is still read by its resolver.
 */
export const nodeDescriptions: readonly NodeDescription[] = [
  provinceNode,
  personNode,
  workingGroupNode,
  clusterNode,
  developmentPlanNode,
  planIndicatorNode,
  reportingObligationNode,
  progressReportNode,
];
