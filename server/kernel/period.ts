import { Field, Int, ObjectType } from 'type-graphql';

import {
  formatJalali,
  nextQuarter,
  parseQuarterLabel,
  type Quarter,
  quarterEnd,
  quarterLabel,
  quarterOf,
  quarterStart,
  toJalali,
} from './calendar';
import { badUserInput } from './errors';
import { DateScalar } from './scalars';

const PERIODS = new Map<string, Period>();

@ObjectType({ description: 'A Solar Hijri fiscal quarter, the reporting period of the regulation (Art. 4-1).' })
export class Period {
  @Field(() => String, { description: 'Label such as `1403-Q2`.' })
  label!: string;

  @Field(() => Int, { description: 'Solar Hijri year, e.g. 1403.' })
  year!: number;

  @Field(() => Int, { description: 'Quarter of the Solar Hijri year, 1 to 4.' })
  quarter!: number;

  @Field(() => DateScalar, { description: 'First Gregorian day of the quarter.' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Last Gregorian day of the quarter.' })
  endsOn!: string;

  static of(quarter: Quarter): Period {
    return Object.assign(new Period(), {
      label: quarterLabel(quarter),
      year: quarter.year,
      quarter: quarter.quarter,
      startsOn: quarterStart(quarter),
      endsOn: quarterEnd(quarter),
    });
  }

  /** Periods are few and immutable; converting calendars through ICU is not free, so each is made once. */
  static fromLabel(label: string): Period {
    let period = PERIODS.get(label);
    if (!period) {
      const quarter = parseQuarterLabel(label);
      if (!quarter) throw new RangeError(`Not a period label: ${label}`);
      period = Object.freeze(Period.of(quarter));
      PERIODS.set(label, period);
    }
    return period;
  }
}

/** The quarter a Gregorian ISO day falls in. */
export function periodOfDay(isoDate: string): Period {
  return Period.fromLabel(quarterLabel(quarterOf(isoDate)));
}

/** Most quarters one `periods` query or one period range may span: 50 years. */
export const MAX_PERIODS = 200;

/** Position of a quarter on one line, so that two labels subtract to the number of quarters between them. */
function quarterIndex(quarter: Quarter): number {
  return quarter.year * 4 + quarter.quarter - 1;
}

/**
 * Every quarter from `from` to `to`, both included. Malformed labels, a reversed range or one longer
 * than MAX_PERIODS quarters are the caller's fault: BAD_USER_INPUT naming the argument.
 */
export function periodsBetween(from: string, to: string, field = 'to'): Period[] {
  const first = parseQuarterLabel(from);
  const last = parseQuarterLabel(to);
  if (!first) throw badUserInput(`"${from}" is not a period label such as 1403-Q2.`, 'from');
  if (!last) throw badUserInput(`"${to}" is not a period label such as 1403-Q2.`, field);
  const count = quarterIndex(last) - quarterIndex(first) + 1;
  if (count < 1) throw badUserInput(`The range ends (${to}) before it starts (${from}).`, field);
  if (count > MAX_PERIODS) throw badUserInput(`The range spans ${count} quarters; at most ${MAX_PERIODS} are allowed.`, field);
  const periods: Period[] = [];
  for (let quarter = first, i = 0; i < count; quarter = nextQuarter(quarter), i += 1) periods.push(Period.fromLabel(quarterLabel(quarter)));
  return periods;
}

@ObjectType({ description: 'A date in both calendars.' })
export class CalendarDate {
  @Field(() => DateScalar, { description: 'Gregorian ISO date.' })
  iso!: string;

  @Field(() => String, { description: 'Solar Hijri date written `YYYY/MM/DD`, e.g. `1387/02/16`.' })
  solarHijri!: string;

  static of(iso: string): CalendarDate {
    return Object.assign(new CalendarDate(), { iso, solarHijri: formatJalali(toJalali(iso)) });
  }
}
