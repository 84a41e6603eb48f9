/**
 * Demo data, agency assessments (R9): the working groups' opinions of the executive agencies'
 * performance in a quarter.
 */
import { parseQuarterLabel, quarterEnd } from '../../../kernel/calendar';
import { AgencyAssessment, AgencyRating } from '../../../modules/agency-assessment/agency-assessment.entity';
import { assessedQuarterHasBegun, notAssessedYet } from '../../../modules/agency-assessment/agency-assessment.rules';
import { actsForWorkingGroup } from '../../../modules/authority/authority.rules';
import { AGENCY_CODES, type AgencyCode } from '../reference-data';
import { agencyOf, type DemoContext, type GroupKey, groupOf, holds, personOf } from './context';
import { demoSeatsOn } from './groups';

const AGENCY_ASSESSMENTS: readonly {
  group: GroupKey;
  agency: AgencyCode;
  assessedBy: string;
  period: string;
  rating: AgencyRating;
  opinion: string;
}[] = [
  {
    group: 'TEHRAN',
    agency: AGENCY_CODES.ISIPO,
    assessedBy: 'headTehran',
    period: '1403-Q3',
    rating: AgencyRating.GOOD,
    opinion: 'Contracts and payments to the development agent were on time; the hallmarking laboratory was supported well.',
  },
  {
    group: 'ISFAHAN',
    agency: AGENCY_CODES.TPO,
    assessedBy: 'headIsfahan',
    period: '1403-Q3',
    rating: AgencyRating.FAIR,
    opinion: 'Trade-fair support arrived late; the cost-sharing dispute with ISIPO slowed the carpet marketing plan.',
  },
  {
    group: 'CENTRAL',
    agency: AGENCY_CODES.EDBI,
    assessedBy: 'secretariat',
    period: '1403-Q4',
    rating: AgencyRating.POOR,
    opinion: 'The saffron export credit line disbursed less than a quarter of its target; collateral rules exclude most processors.',
  },
  {
    group: 'CENTRAL',
    agency: AGENCY_CODES.ISIPO,
    assessedBy: 'headCentral',
    period: '1403-Q4',
    rating: AgencyRating.VERY_GOOD,
    opinion:
      'Development agent contracts are in place in every active cluster with a programme; the carpet agent was replaced within a quarter.',
  },
  {
    group: 'KHORASAN',
    agency: AGENCY_CODES.EDBI,
    assessedBy: 'headKhorasan',
    period: '1404-Q1',
    rating: AgencyRating.FAIR,
    opinion: 'Disbursement improved but the collateral question remains open before the working group.',
  },
];

/**
 * Checked with the rules of `assessAgency`, the assessor acting for the group on the quarter's last
 * day; written directly because the mutation assesses today.
 */
export function seedAgencyAssessments(ctx: DemoContext): void {
  for (const [index, spec] of AGENCY_ASSESSMENTS.entries()) {
    const what = `assessment of ${spec.agency} by ${spec.group} for ${spec.period}`;
    const endsOn = quarterEnd(parseQuarterLabel(spec.period)!);
    holds(actsForWorkingGroup(spec.group, demoSeatsOn(spec.assessedBy, endsOn)), what);
    holds(assessedQuarterHasBegun(spec.period, ctx.today), what);
    const earlier = AGENCY_ASSESSMENTS.slice(0, index).some(
      (other) => other.group === spec.group && other.agency === spec.agency && other.period === spec.period,
    );
    holds(notAssessedYet(earlier, spec.period), what);
    ctx.make(AgencyAssessment, {
      workingGroup: groupOf(ctx, spec.group),
      agency: agencyOf(ctx, spec.agency),
      assessedBy: personOf(ctx, spec.assessedBy),
      period: spec.period,
      rating: spec.rating,
      opinion: spec.opinion,
    });
  }
}
