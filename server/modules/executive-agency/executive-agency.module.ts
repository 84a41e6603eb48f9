import { defineModule, PUBLIC } from '../../kernel/module';
import { ExecutiveAgency } from './executive-agency.entity';
import { executiveAgencyList, executiveAgencyNode } from './executive-agency.node';
import { ExecutiveAgencyResolver } from './executive-agency.resolver';

export const executiveAgencyModule = defineModule({
  name: 'executive-agency',
  entities: [ExecutiveAgency],
  resolvers: [ExecutiveAgencyResolver],
  nodes: [executiveAgencyNode],
  lists: [executiveAgencyList],
  scope: {
    ExecutiveAgency: PUBLIC,
  },
});
