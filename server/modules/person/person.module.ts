import { defineModule, PUBLIC } from '../../kernel/module';
import { Person } from './person.entity';
import { personList, personNode } from './person.node';
import { PersonResolver } from './person.resolver';

export const personModule = defineModule({
  name: 'person',
  entities: [Person],
  resolvers: [PersonResolver],
  nodes: [personNode],
  lists: [personList],
  scope: {
    Person: PUBLIC,
  },
});
