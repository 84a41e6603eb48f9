import type { ListDescription } from '../kernel/read/list-description';
import { developmentPlanList } from './development-plan/development-plan.node';
import { disputeList } from './dispute/dispute.node';
import { provinceList } from './province/province.node';
import { progressReportList } from './reporting/reporting.node';
import { supervisorReviewList } from './supervisor-review/supervisor-review.node';

/** The lists whose filters, orderings and root queries are generated from their descriptions. */
export const listDescriptions: readonly ListDescription[] = [
  provinceList,
  developmentPlanList,
  progressReportList,
  supervisorReviewList,
  disputeList,
];
