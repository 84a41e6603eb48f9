import type { ObjectQuery } from '@mikro-orm/core';

/**
 * Terms of Art. 3: an agent's contract, a supervisor's appointment and a seat in a working group each
 * run from a first day to a last day, both included, and the first two can be ended early (a
 * termination, a revocation). "In force on a day" is said here once, three ways that must agree: a pure
 * function for rows in memory, a SQL condition for the read engine, and a MikroORM filter for the
 * unit of work (docs/domain.md, R2, R3, R4).
 */

/** A span of days, both ends included: what the overlap rules compare. */
export interface DaySpan {
  startsOn: string;
  lastDay: string;
}

/** Two spans share at least one day. */
export function overlaps(a: DaySpan, b: DaySpan): boolean {
  return a.startsOn <= b.lastDay && b.startsOn <= a.lastDay;
}

/** A term as recorded: its first day, its scheduled last day (null: open-ended) and its early last day, if it was ended early. */
export interface Term {
  startsOn: string;
  endsOn: string | null;
  endedEarlyOn: string | null;
}

/** A term whose scheduled last day is always recorded (contracts, appointments). */
export interface FixedTerm extends Term {
  endsOn: string;
}

/** The last day the term is (or was) in force: the early end when there is one, else the scheduled end; null while open-ended. */
export function lastDayInForce(term: FixedTerm): string;
export function lastDayInForce(term: Term): string | null;
export function lastDayInForce(term: Term): string | null {
  return term.endedEarlyOn ?? term.endsOn;
}

/** The term is in force on `date`: from its first day to its last day in force, both included. */
export function inForceOn(term: Term, date: string): boolean {
  const lastDay = lastDayInForce(term);
  return term.startsOn <= date && (lastDay === null || lastDay >= date);
}

/** One date of a term as stored: the entity's property and its table's column. */
export interface TermColumn<T> {
  property: keyof T & string;
  column: string;
}

/**
 * Where an entity of type `T` keeps its term. `end` may be null only when `open` says so (a seat
 * without an end date); `earlyEnd` is the termination or revocation, when the entity has one.
 */
export interface TermColumns<T> {
  start: TermColumn<T>;
  end: TermColumn<T>;
  earlyEnd?: TermColumn<T>;
  /** A null `end` means the term has no end yet. */
  open?: boolean;
}

/** A date column's value on a row (a `date` property maps to an ISO string or null). */
function dateOf<T>(row: T, column: TermColumn<T>): string | null {
  return (row[column.property] as string | null | undefined) ?? null;
}

/** The term of a row, read through its columns' description. */
export function termOf<T>(columns: TermColumns<T>, row: T): Term {
  return {
    startsOn: dateOf(row, columns.start)!,
    endsOn: dateOf(row, columns.end),
    endedEarlyOn: columns.earlyEnd ? dateOf(row, columns.earlyEnd) : null,
  };
}

/** The term of a row whose scheduled last day is always recorded (the columns' `open` is not set). */
export function fixedTermOf<T>(columns: TermColumns<T>, row: T): FixedTerm {
  const term = termOf(columns, row);
  if (term.endsOn === null) throw new Error(`The term has no "${columns.end.column}", which its table requires.`);
  return { ...term, endsOn: term.endsOn };
}

/** The days a row's term is (or was) in force, for the overlap rules. */
export function spanInForce<T>(columns: TermColumns<T>, row: T): DaySpan {
  const term = fixedTermOf(columns, row);
  return { startsOn: term.startsOn, lastDay: lastDayInForce(term) };
}

/**
 * `inForceOn` as a SQL condition on the row aliased `alias`, for the day `daySql` (a SQL date
 * expression: a bound parameter cast to date, or today's literal). Written without `coalesce` so that
 * each comparison can use the column's index.
 */
export function termInForceOnSql<T>(alias: string, columns: TermColumns<T>, daySql: string): string {
  return `${alias}."${columns.start.column}" <= ${daySql} and ${lastDayNotBeforeSql(alias, columns, daySql)}`;
}

/** The term's last day in force is `daySql` or later (or it has none yet). */
function lastDayNotBeforeSql<T>(alias: string, columns: TermColumns<T>, daySql: string): string {
  const column = (date: TermColumn<T>) => `${alias}."${date.column}"`;
  const end = columns.open
    ? `(${column(columns.end)} is null or ${column(columns.end)} >= ${daySql})`
    : `${column(columns.end)} >= ${daySql}`;
  return columns.earlyEnd ? `(${column(columns.earlyEnd)} >= ${daySql} or (${column(columns.earlyEnd)} is null and ${end}))` : end;
}

/**
 * `inForceOn` as a MikroORM condition, to spread into a `find` condition (it uses `$or`, so the
 * condition it joins must not have its own).
 */
export function termInForceOnFilter<T>(columns: TermColumns<T>, date: string): ObjectQuery<T> {
  return { [columns.start.property]: { $lte: date }, ...lastDayNotBeforeFilter(columns, date) } as ObjectQuery<T>;
}

/** Terms not over by `date`: in force then or yet to start (a MikroORM condition, with `$or` as above). */
export function termNotOverByFilter<T>(columns: TermColumns<T>, date: string): ObjectQuery<T> {
  return lastDayNotBeforeFilter(columns, date) as ObjectQuery<T>;
}

function lastDayNotBeforeFilter<T>(columns: TermColumns<T>, date: string): Record<string, unknown> {
  const end = columns.end.property;
  const endNotBefore: Record<string, unknown>[] = columns.open ? [{ [end]: null }, { [end]: { $gte: date } }] : [{ [end]: { $gte: date } }];
  if (!columns.earlyEnd) return { $or: endNotBefore };
  const earlyEnd = columns.earlyEnd.property;
  return { $or: [{ [earlyEnd]: { $gte: date } }, ...endNotBefore.map((condition) => ({ [earlyEnd]: null, ...condition }))] };
}
