import { Arg, Ctx, Query, Resolver } from 'type-graphql';

import type { Context } from '../../context';
import { Period, periodOfDay, periodsBetween } from '../../kernel/period';
import { PeriodLabelScalar } from '../../kernel/scalars';

/**
 * The reporting periods (Solar Hijri fiscal quarters) as the server computes them, so that clients
 * never convert calendars or write quarter labels themselves.
 */
@Resolver()
export class PeriodResolver {
  @Query(() => Period, { description: "The quarter that today (the server's Tehran date) falls in." })
  currentPeriod(@Ctx() ctx: Context): Period {
    return periodOfDay(ctx.clock.today());
  }

  @Query(() => Period, { nullable: true, description: 'The quarter of a label, with its first and last Gregorian days.' })
  period(@Arg('label', () => PeriodLabelScalar, { description: 'Quarter label, e.g. `1403-Q4`.' }) label: string): Period | null {
    return Period.fromLabel(label);
  }

  @Query(() => [Period], {
    description: 'Every quarter from `from` to `to`, both included, in order; at most 200 quarters (50 years).',
  })
  periods(
    @Arg('from', () => PeriodLabelScalar, { description: 'First quarter, e.g. `1403-Q1`.' }) from: string,
    @Arg('to', () => PeriodLabelScalar, { description: 'Last quarter, e.g. `1404-Q4`; not before `from`.' }) to: string,
  ): Period[] {
    return periodsBetween(from, to);
  }
}
