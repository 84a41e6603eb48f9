import { connectionType } from '../../kernel/pagination';
import * as filter from '../../kernel/read/filters';
import { describeList, orderBy } from '../../kernel/read/list-description';
import { childrenOf, describeNode, referenceBy } from '../../kernel/read/node-description';
import { Cluster } from '../cluster/cluster.entity';
import { Province } from './province.entity';

/** Relay connection types of the module's node types. */
export const ProvinceConnection = connectionType(Province, 'Province', 'province');

export const provinceNode = describeNode(Province, {
  clusters: childrenOf(Cluster, 'Clusters in the province, by name.'),
  workingGroup: referenceBy('WorkingGroup', (alias) => `(select w."id" from "working_group" w where w."province_id" = ${alias}."id")`),
});

export const provinceList = describeList({
  type: 'Province',
  query: { name: 'provinces', description: 'The provinces of Iran (reference data).' },
  filter: {
    on: 'provinces',
    argument: 'Conditions on provinces.',
    fields: {
      codes: filter.values(
        () => [String],
        'ISO 3166-2 codes, e.g. ["IR-23", "IR-10"].',
        (t) => `${t}."code"`,
      ),
      search: filter.search('Part of the Persian or English name', [], [(t) => `${t}."name_fa"`, (t) => `${t}."name_en"`]),
    },
  },
  order: {
    on: 'provinces',
    default: 'CODE',
    orderings: {
      CODE: orderBy('text', (t) => `${t}."code"`),
      NAME_EN: orderBy('text', (t) => `${t}."name_en"`),
    },
  },
});
