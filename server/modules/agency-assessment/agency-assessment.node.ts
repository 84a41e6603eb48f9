import { connectionType } from '../../kernel/pagination';
import * as filter from '../../kernel/read/filters';
import { describeList, orderBy } from '../../kernel/read/list-description';
import { describeNode, periodColumn } from '../../kernel/read/node-description';
import { PeriodLabelScalar } from '../../kernel/scalars';
import { AgencyAssessment, AgencyRating } from './agency-assessment.entity';

/** Relay connection types of the module's node types. */
export const AgencyAssessmentConnection = connectionType(AgencyAssessment, 'AgencyAssessment', 'agency assessment');

export const agencyAssessmentNode = describeNode(AgencyAssessment, {
  period: periodColumn('period'),
});

export const agencyAssessmentList = describeList({
  type: 'AgencyAssessment',
  query: { name: 'agencyAssessments', description: "Working groups' opinions of executive agencies' performance (Art. 4-4)." },
  filter: {
    on: 'agency assessments',
    argument: 'Conditions on assessments.',
    fields: {
      agencyIds: filter.ids('ExecutiveAgency', 'Ids of the assessed agencies.', (t) => `${t}."agency_id"`),
      workingGroupIds: filter.ids('WorkingGroup', 'Ids of the assessing working groups.', (t) => `${t}."working_group_id"`),
      periods: filter.values(
        () => [PeriodLabelScalar],
        'Quarters assessed.',
        (t) => `${t}."period"`,
      ),
      period: filter.periodRange('Quarters assessed, as a range, e.g. { from: "1403-Q1", to: "1404-Q4" }.', (t) => `${t}."period"`),
      ratings: filter.values(
        () => [AgencyRating],
        'Ratings.',
        (t) => `${t}."rating"`,
      ),
    },
  },
  order: {
    on: 'assessments',
    default: 'PERIOD',
    nested: 't."period" desc',
    orderings: {
      PERIOD: orderBy('text', (t) => `${t}."period"`),
      // The scale's own order (VERY_GOOD first), as the database enum sorts it.
      RATING: orderBy('integer', (t) => `array_position(enum_range(null::"agency_rating"), ${t}."rating")`),
    },
  },
});
