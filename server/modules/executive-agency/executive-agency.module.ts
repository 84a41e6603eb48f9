import { ErrorCode } from '../../kernel/errors';
import { defineModule, PUBLIC } from '../../kernel/module';
import { violation } from '../../kernel/rules';
import { ExecutiveAgency } from './executive-agency.entity';
import { executiveAgencyList, executiveAgencyNode } from './executive-agency.node';
import { executiveAgencyResolvers } from './executive-agency.resolver';

export const executiveAgencyModule = defineModule({
  name: 'executive-agency',
  entities: [ExecutiveAgency],
  resolvers: executiveAgencyResolvers,
  nodes: [executiveAgencyNode],
  lists: [executiveAgencyList],
  scope: {
    ExecutiveAgency: PUBLIC,
  },
  // Constraints that back a rule up: a race lost in the database is the same user error as the rule.
  constraintErrors: {
    executive_agency_code_unique: () =>
      violation(ErrorCode.CONFLICT, 'An executive agency with this code is already registered.', 'House rule', ['input', 'code']),
  },
});
