import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

import { parseIsoDate, parseQuarterLabel } from './calendar';
import { MAX_INPUT_RIALS, parseRials } from './money';

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function stringLiteral(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) throw invalid(`${scalar} must be given as a string.`);
  return ast.value;
}

/** Variables must be JSON strings: a number or a list is refused rather than turned into text. */
function checked<T>(parse: (value: string) => T, scalar: string): (value: unknown) => T {
  return (value: unknown) => {
    if (typeof value !== 'string') throw invalid(`${scalar} must be given as a string.`);
    return parse(value);
  };
}

/**
 * Dates the domain can hold: the regulation dates from 2008, plans run at most a few years ahead.
 * A year such as 0000, 1970 or 9999 in an input is a typing mistake or a probe; refusing it at the
 * scalar keeps it away from date arithmetic (a supervisor's term ending in year 10000) and from term
 * lengths that would create thousands of reporting obligations in one request.
 */
export const FIRST_INPUT_DATE = '2000-01-01';
export const LAST_INPUT_DATE = '2100-12-31';

/** A calendar date exchanged as an ISO `YYYY-MM-DD` string (Gregorian). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A Gregorian calendar date as an ISO 8601 string, `YYYY-MM-DD`.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: checked(parseDate, 'Date'),
  parseLiteral: (ast) => parseDate(stringLiteral(ast, 'Date')),
});

function parseDate(value: string): string {
  if (!parseIsoDate(value)) throw invalid(`"${printable(value)}" is not a valid ISO date (YYYY-MM-DD).`);
  if (!dateInRange(value)) throw invalid(`${value} is outside the dates this system records (${FIRST_INPUT_DATE} to ${LAST_INPUT_DATE}).`);
  return value;
}

function dateInRange(isoDate: string): boolean {
  return isoDate >= FIRST_INPUT_DATE && isoDate <= LAST_INPUT_DATE;
}

/** The start of a refused value for the message, without characters that would garble it. */
function printable(value: string): string {
  return value.slice(0, 40).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/g, '\ufffd');
}

/** An instant exchanged as an ISO 8601 timestamp in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant as an ISO 8601 timestamp in UTC, e.g. `2025-01-31T08:30:00.000Z`.',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: checked(parseDateTime, 'DateTime'),
  parseLiteral: (ast) => parseDateTime(stringLiteral(ast, 'DateTime')),
});

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 timestamp with an explicit offset, on a calendar day that exists. */
function parseDateTime(value: string): Date {
  const match = DATE_TIME.exec(value);
  const date = new Date(value);
  if (!match || !parseIsoDate(match[1]) || Number.isNaN(date.getTime())) {
    throw invalid(`"${printable(value)}" is not a valid ISO 8601 timestamp.`);
  }
  // The instant's UTC day, so that an offset cannot carry it past the range.
  if (!dateInRange(match[1]) || !dateInRange(date.toISOString().slice(0, 10))) {
    throw invalid(`${match[1]} is outside the dates this system records (${FIRST_INPUT_DATE} to ${LAST_INPUT_DATE}).`);
  }
  return date;
}

/** Whole Iranian rials as a decimal string; exact, never a float. Inputs are bounded by MAX_INPUT_RIALS. */
export const RialScalar = new GraphQLScalarType<string, string>({
  name: 'Rial',
  description: 'An amount of Iranian rials: an exact integer written as a decimal string, e.g. `"125000000000"`.',
  serialize: (value) => String(value),
  parseValue: checked(parseRialString, 'Rial'),
  parseLiteral: (ast) => parseRialString(stringLiteral(ast, 'Rial')),
});

function parseRialString(value: string): string {
  const amount = parseRials(value);
  if (amount === null) throw invalid(`"${printable(value)}" is not a whole number of rials.`);
  if (amount > MAX_INPUT_RIALS || amount < -MAX_INPUT_RIALS) {
    throw invalid(`${value} rials is beyond the largest amount accepted (${MAX_INPUT_RIALS} rials, in either direction).`);
  }
  return value;
}

/** A Solar Hijri fiscal quarter label in inputs, e.g. `1403-Q2`. */
export const PeriodLabelScalar = new GraphQLScalarType<string, string>({
  name: 'PeriodLabel',
  description: 'A Solar Hijri fiscal quarter written `YYYY-Qn`, e.g. `1403-Q2` (Tir–Shahrivar 1403).',
  serialize: (value) => String(value),
  parseValue: checked(parsePeriodLabel, 'PeriodLabel'),
  parseLiteral: (ast) => parsePeriodLabel(stringLiteral(ast, 'PeriodLabel')),
});

function parsePeriodLabel(value: string): string {
  if (!parseQuarterLabel(value)) {
    throw invalid(`"${printable(value)}" is not a period label; write a Solar Hijri quarter such as 1403-Q2.`);
  }
  return value;
}

const DECIMAL_PATTERN = /^-?(0|[1-9]\d{0,15})(\.\d{1,4})?$/;

/** A measured quantity (indicator values) as an exact decimal string, up to 4 decimal places. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number written as a string, up to 16 integer digits and 4 decimals, e.g. `"1250.5"`.',
  serialize: (value) => String(value),
  parseValue: checked(parseDecimal, 'Decimal'),
  parseLiteral: (ast) => parseDecimal(stringLiteral(ast, 'Decimal')),
});

function parseDecimal(value: string): string {
  if (!DECIMAL_PATTERN.test(value)) throw invalid(`"${printable(value)}" is not a decimal number such as "1250.5".`);
  return value;
}
