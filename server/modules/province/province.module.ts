import { defineModule, PUBLIC } from '../../kernel/module';
import { Province } from './province.entity';
import { provinceList, provinceNode } from './province.node';
import { ProvinceResolver } from './province.resolver';

export const provinceModule = defineModule({
  name: 'province',
  entities: [Province],
  resolvers: [ProvinceResolver],
  nodes: [provinceNode],
  lists: [provinceList],
  scope: {
    Province: PUBLIC,
  },
});
