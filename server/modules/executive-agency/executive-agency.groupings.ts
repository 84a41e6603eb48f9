import { type Grouping, nodeGrouping } from '../../kernel/read/aggregate-description';
import { ExecutiveAgency } from './executive-agency.entity';

/** Groups by the executive agency whose id `agencyId` gives (the key is the agency, groups in code order). */
export function byAgency(description: string, agencyId: (alias: string) => string): Grouping {
  return nodeGrouping(
    () => ExecutiveAgency,
    { name: 'ExecutiveAgency', table: 'executive_agency', sortColumn: 'code' },
    description,
    agencyId,
  );
}
