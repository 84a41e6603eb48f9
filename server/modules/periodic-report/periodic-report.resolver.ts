import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { Period } from '../../kernel/period';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { PeriodicReport } from './periodic-report.entity';
import { IssuePeriodicReportInput } from './periodic-report.inputs';
import { issuePeriodicReport } from './periodic-report.service';

const IssuePeriodicReportPayload = payloadType('IssuePeriodicReport', 'report', PeriodicReport, 'The issued, frozen report.');

@Resolver(() => PeriodicReport)
export class PeriodicReportResolver {
  @Mutation(() => IssuePeriodicReportPayload, {
    description:
      "Issues the central secretariat's periodic report of a quarter that has ended, with its compliance and gap figures; frozen once issued (closing article).",
  })
  issuePeriodicReport(
    @Arg('input', () => IssuePeriodicReportInput, { description: 'The quarter to report.' }) input: IssuePeriodicReportInput,
    @Ctx() ctx: Context,
  ) {
    return issuePeriodicReport(ctx, input);
  }

  @FieldResolver(() => Period, { description: 'The quarter reported.' })
  period(@Root() report: PeriodicReport): Period {
    return Period.fromLabel(report.period);
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'Compliance and gap figures; frozen once issued.' })
  figures(@Root() report: PeriodicReport): Record<string, unknown> {
    return report.figures;
  }

  @FieldResolver(() => WorkingGroup, { description: 'The working group whose secretariat issues the report.' })
  workingGroup(@Root() report: PeriodicReport, @Ctx() ctx: Context) {
    return ctx.loaders.reference(WorkingGroup, report.workingGroup);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who issued it.' })
  issuedBy(@Root() report: PeriodicReport, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, report.issuedBy);
  }
}
