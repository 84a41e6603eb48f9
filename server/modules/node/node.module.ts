import { defineModule } from '../../kernel/module';
import { NodeResolver } from './node.resolver';

export const nodeModule = defineModule({
  name: 'node',
  resolvers: [NodeResolver],
});
