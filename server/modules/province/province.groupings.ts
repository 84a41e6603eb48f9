import { type Grouping, nodeGrouping } from '../../kernel/read/aggregate-description';
import { Province } from './province.entity';

/** Groups by the province whose id `provinceId` gives (the key is the Province, groups in code order). */
export function byProvince(description: string, provinceId: (alias: string) => string): Grouping {
  return nodeGrouping(() => Province, { name: 'Province', table: 'province', sortColumn: 'code' }, description, provinceId);
}
