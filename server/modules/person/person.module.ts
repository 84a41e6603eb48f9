import { ErrorCode } from '../../kernel/errors';
import { defineModule, PUBLIC } from '../../kernel/module';
import { violation } from '../../kernel/rules';
import { Person } from './person.entity';
import { personList, personNode } from './person.node';
import { personResolvers } from './person.resolver';

export const personModule = defineModule({
  name: 'person',
  entities: [Person],
  resolvers: personResolvers,
  nodes: [personNode],
  lists: [personList],
  scope: {
    Person: PUBLIC,
  },
  // Constraints that back a rule up: a race lost in the database is the same user error as the rule.
  constraintErrors: {
    person_email_unique: () =>
      violation(ErrorCode.CONFLICT, 'A person with this e-mail address is already registered.', 'House rule', ['input', 'email']),
  },
});
