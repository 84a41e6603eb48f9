import { Field, ID, InputType } from 'type-graphql';

import { checkListSize, containsPattern, idsOfType } from '../list-inputs';
import { periodsBetween } from '../period';
import { foldPersian, normalizePersian } from '../persian-text';
import { DateScalar, PeriodLabelScalar } from '../scalars';
import type { Column, FilterField, FilterScope } from './list-description';

/**
 * The filter fields of the one vocabulary every list uses (kernel/read/list-description.ts), to be
 * read as `filter.ids(...)`, `filter.search(...)`: each writes its condition as SQL on the row aliased
 * `alias`, binding the client's values as parameters.
 */

type FilterType = FilterField['type'];

@InputType({ description: 'A range of days; either end may be left open. Both ends are included.' })
export class DateRange {
  @Field(() => DateScalar, { nullable: true, description: 'First day of the range.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the range.' })
  to?: string | null;
}

@InputType({ description: 'A range of Solar Hijri quarters; either end may be left open. Both ends are included.' })
export class PeriodRange {
  @Field(() => PeriodLabelScalar, { nullable: true, description: 'First quarter, e.g. `1403-Q1`.' })
  from?: string | null;

  @Field(() => PeriodLabelScalar, { nullable: true, description: 'Last quarter, e.g. `1404-Q4`.' })
  to?: string | null;
}

/** What a filter field may say besides its condition: that it is deprecated, and for what. */
interface FilterOptions {
  deprecationReason?: string;
}

/** `[ID!]`: rows whose `column` is one of the given nodes of `typeName`. */
export function ids(typeName: string, description: string, column: Column): FilterField {
  return {
    type: () => [ID],
    description,
    condition: (ids: string[], alias, { params }, path) => `${column(alias)} = any(${params.bind(idsOfType(ids, typeName, path))}::uuid[])`,
  };
}

/** A list of strings or enum values: rows whose `column` is one of them. */
export function values(type: FilterType, description: string, column: Column, options: FilterOptions = {}): FilterField {
  return custom(
    type,
    description,
    (values: string[], alias, { params }, path) => `${column(alias)}::text = any(${params.bind(checkListSize(values, path))}::text[])`,
    options,
  );
}

/** One value: rows whose `column` equals it (`sqlType` casts the bound value). */
export function equals(type: FilterType, description: string, column: Column, sqlType: string, options: FilterOptions = {}): FilterField {
  return custom(
    type,
    description,
    (value: unknown, alias, { params }) => `${column(alias)}${sqlType === 'text' ? '::text' : ''} = ${params.bind(value)}::${sqlType}`,
    options,
  );
}

/** ISO 3166-2 codes of the province the row reaches through `provinceId`. */
export function provinceCodes(description: string, provinceId: Column): FilterField {
  return {
    type: () => [String],
    description,
    condition: (codes: string[], alias, { params }, path) =>
      `exists (select 1 from "province" fp where fp."id" = ${provinceId(alias)} and fp."code" = any(${params.bind(checkListSize(codes, path))}::text[]))`,
  };
}

/**
 * The two province filters of a list, by ISO code and by id, on the expression holding the row's
 * province id; `whose` names the provinces ("the clusters' provinces"), or gives both descriptions.
 */
export function province(
  provinceId: Column,
  whose: string | { codes: string; ids: string },
): { provinceCodes: FilterField; provinceIds: FilterField } {
  const text = typeof whose === 'string' ? { codes: `ISO 3166-2 codes of ${whose}.`, ids: `Ids of ${whose}.` } : whose;
  return { provinceCodes: provinceCodes(text.codes, provinceId), provinceIds: ids('Province', text.ids, provinceId) };
}

/** How a term matches normalised columns, as the description of every search over them says. */
const NORMALIZED_MATCHING =
  'Arabic and Persian letters and digits compare equal; a space, a ZWNJ and nothing compare equal; tatweel and vowel marks are ignored.';

/**
 * Part of a name (`what` says which, for the description): `normalized` columns hold the normalised Persian form (kernel/persian-text.ts: no
 * spaces, no ZWNJ, tatweel or vowel marks, one yeh, one kaf, ASCII digits) and are matched with LIKE
 * on the normalised term; `plain` columns (Latin names, as written) case-insensitively on the folded
 * term, words kept apart. Both kinds have a pg_trgm GIN index (migration 0006), which serves
 * `like '%…%'` and `ilike '%…%'` alike.
 */
export function search(what: string, normalized: Column[], plain: Column[]): FilterField {
  return {
    type: () => String,
    description: normalized.length > 0 ? `${what}; ${NORMALIZED_MATCHING}` : `${what}.`,
    condition: (text: string, alias, { params }) => {
      const conditions: string[] = [];
      if (normalized.length > 0) {
        const pattern = params.bind(containsPattern(normalizePersian(text)));
        conditions.push(...normalized.map((column) => `${column(alias)} like ${pattern}`));
      }
      if (plain.length > 0) {
        const pattern = params.bind(containsPattern(foldPersian(text)));
        conditions.push(...plain.map((column) => `${column(alias)} ilike ${pattern}`));
      }
      return conditions.join(' or ');
    },
  };
}

/** A day bound: rows whose `column` is on or after (`from`) or on or before (`to`) it. */
export function dateBound(description: string, column: Column, bound: 'from' | 'to', options: FilterOptions = {}): FilterField {
  return custom(
    () => DateScalar,
    description,
    (day: string, alias, { params }) => `${column(alias)} ${bound === 'from' ? '>=' : '<='} ${params.bind(day)}::date`,
    options,
  );
}

/** `DateRange`: rows whose `column` lies in the range (both ends included, either open). */
export function dateRange(description: string, column: Column): FilterField {
  return {
    type: () => DateRange,
    description,
    condition: (range: DateRange, alias, { params }) => {
      const bounds: string[] = [];
      if (range.from != null) bounds.push(`${column(alias)} >= ${params.bind(range.from)}::date`);
      if (range.to != null) bounds.push(`${column(alias)} <= ${params.bind(range.to)}::date`);
      return bounds.length > 0 ? bounds.join(' and ') : 'true';
    },
  };
}

/**
 * `PeriodRange`: rows whose quarter label `column` lies in the range (both ends included, either
 * open). Labels are `YYYY-Qn` with a four-digit year, so their text order is the calendar's. A
 * closed range must run forward and span at most MAX_PERIODS quarters, as the `periods` query does.
 */
export function periodRange(description: string, column: Column): FilterField {
  return {
    type: () => PeriodRange,
    description,
    condition: (range: PeriodRange, alias, { params }, path) => {
      if (range.from != null && range.to != null) periodsBetween(range.from, range.to, `${path}.to`);
      const bounds: string[] = [];
      if (range.from != null) bounds.push(`${column(alias)} >= ${params.bind(range.from)}::text`);
      if (range.to != null) bounds.push(`${column(alias)} <= ${params.bind(range.to)}::text`);
      return bounds.length > 0 ? bounds.join(' and ') : 'true';
    },
  };
}

/** One string or enum value: rows whose array `column` (e.g. `text[]`) holds it. */
export function arrayContains(type: FilterType, description: string, column: Column, options: FilterOptions = {}): FilterField {
  return custom(type, description, (value: string, alias, { params }) => `${column(alias)} @> array[${params.bind(value)}::text]`, options);
}

/** A condition a generator cannot know, written by the module that owns the rule. */
export function custom<V>(
  type: FilterType,
  description: string,
  condition: (value: V, alias: string, scope: FilterScope, path: string) => string,
  options: FilterOptions = {},
): FilterField {
  return { type, description, deprecationReason: options.deprecationReason, condition: condition as FilterField['condition'] };
}

/** The province of the cluster whose id `clusterId` gives: how most rows reach a province. */
export function provinceOfCluster(clusterId: Column): Column {
  return (alias) => `(select fc."province_id" from "cluster" fc where fc."id" = ${clusterId(alias)})`;
}
