import type { ListDescription } from '../kernel/read/list-description';
import { provinceList } from './province/province.node';

/** The lists whose filters, orderings and root queries are generated from their descriptions. */
export const listDescriptions: readonly ListDescription[] = [provinceList];
