import { GraphQLJSONObject } from 'graphql-scalars';

import { fieldResolvers, mutationResolver, periodLabel, reference } from '../../kernel/resolver-factories';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { PeriodicReport } from './periodic-report.entity';
import { IssuePeriodicReportInput } from './periodic-report.inputs';
import { issuePeriodicReport } from './periodic-report.service';

const PeriodicReportMutations = mutationResolver('PeriodicReportMutations', {
  issuePeriodicReport: {
    description: `
      Issues the central secretariat's periodic report of a quarter that has ended, with its compliance and gap figures; frozen once issued
      (closing article).`,
    input: [IssuePeriodicReportInput, 'The quarter to report.'],
    payload: ['report', PeriodicReport, 'The issued, frozen report.'],
    run: issuePeriodicReport,
  },
});

const PeriodicReportFields = fieldResolvers(PeriodicReport, {
  period: periodLabel('The quarter reported.'),
  figures: {
    type: () => GraphQLJSONObject,
    description: 'Compliance and gap figures; frozen once issued.',
    resolve: (report: PeriodicReport): Record<string, unknown> => report.figures,
  },
  workingGroup: reference(WorkingGroup, 'The working group whose secretariat issues the report.'),
  issuedBy: reference(Person, 'Who issued it.', { nullable: true }),
});

export const periodicReportResolvers = [PeriodicReportMutations, PeriodicReportFields];
