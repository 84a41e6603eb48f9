import { Field, Int, ObjectType } from 'type-graphql';
import { formatJalali, parseQuarterLabel, quarterEnd, quarterLabel, quarterStart, toJalali, type Quarter } from './calendar';
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
