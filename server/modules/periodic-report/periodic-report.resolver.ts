import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, InputType, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { checkListSize, compact } from '../../kernel/list-inputs';
import { PageArgs } from '../../kernel/pagination';
import { Period } from '../../kernel/period';
import { PeriodLabelScalar } from '../../kernel/scalars';
import { PeriodicReportConnection } from '../connections';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { PeriodicReport, PeriodicReportStatus } from './periodic-report.entity';
import { IssuePeriodicReportInput } from './periodic-report.inputs';
import { issuePeriodicReport } from './periodic-report.service';
import { listInScope } from '../access/row-scope';

const IssuePeriodicReportPayload = payloadType('IssuePeriodicReport', 'report', PeriodicReport, 'The issued, frozen report.');

@InputType({ description: 'Conditions on periodic reports; all given conditions must hold.' })
export class PeriodicReportFilter {
  @Field(() => [PeriodLabelScalar], { nullable: true, description: 'Quarters reported.' })
  periods?: string[] | null;

  @Field(() => PeriodicReportStatus, { nullable: true, description: 'Draft or issued.' })
  status?: PeriodicReportStatus | null;
}

@Resolver(() => PeriodicReport)
export class PeriodicReportResolver {
  @Mutation(() => IssuePeriodicReportPayload, {
    description:
      "Issues the central secretariat's periodic report of a quarter that has ended, with its compliance and gap figures; frozen once issued (closing article).",
  })
  issuePeriodicReport(@Arg('input', () => IssuePeriodicReportInput, { description: 'The quarter to report.' }) input: IssuePeriodicReportInput, @Ctx() ctx: Context) {
    return issuePeriodicReport(ctx, input);
  }

  @Query(() => PeriodicReportConnection, { description: "Secretariats' periodic reports to the authorities, latest quarter first (closing article)." })
  periodicReports(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PeriodicReportFilter, { nullable: true, description: 'Conditions on reports.' }) filter: PeriodicReportFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const where = compact({
      period: filter?.periods ? { $in: checkListSize(filter.periods, 'filter.periods') } : undefined,
      status: filter?.status ?? undefined,
    });
    return listInScope(ctx, info, PeriodicReport, where, { period: 'desc' }, page);
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
