import type { ListDescription } from '../kernel/read/list-description';
import { clusterList } from './cluster/cluster.node';
import { provinceList } from './province/province.node';
import { reportingObligationList } from './reporting/reporting.node';
import { workingGroupList } from './working-group/working-group.node';

/** The lists whose filters, orderings and root queries are generated from their descriptions. */
export const listDescriptions: readonly ListDescription[] = [
  provinceList,
  workingGroupList,
  clusterList,
  reportingObligationList,
];
