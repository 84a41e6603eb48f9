import { defineModule } from '../../kernel/module';
import { ApiKey } from './api-key.entity';
import { apiKeyList } from './api-key.node';
import { apiKeyResolvers } from './api-key.resolver';

export const apiKeyModule = defineModule({
  name: 'api-key',
  entities: [ApiKey],
  resolvers: apiKeyResolvers,
  lists: [apiKeyList],
  scope: {
    ApiKey: { kind: 'apiKeys' },
  },
});
