import { childrenOf, describeNode, referenceBy } from '../../kernel/read/node-description';
import { relations } from '../relations';

export const provinceNode = describeNode('Province', {
  clusters: childrenOf(relations.provinceClusters),
  workingGroup: referenceBy('WorkingGroup', (alias) => `(select w."id" from "working_group" w where w."province_id" = ${alias}."id")`),
});
