import { defineModule, PUBLIC } from '../../kernel/module';
import { Province } from './province.entity';
import { provinceList, provinceNode } from './province.node';
import { provinceResolvers } from './province.resolver';

export const provinceModule = defineModule({
  name: 'province',
  entities: [Province],
  resolvers: provinceResolvers,
  nodes: [provinceNode],
  lists: [provinceList],
  scope: {
    Province: PUBLIC,
  },
});
