import { defineModule } from '../../kernel/module';
import { PeriodResolver } from './period.resolver';

/** Reporting periods: reference computation, no tables and no rows to scope. */
export const periodModule = defineModule({
  name: 'period',
  resolvers: [PeriodResolver],
});
