import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { parseIsoDate, parseQuarterLabel } from './calendar';
import { parseRials } from './money';

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

/** A calendar date exchanged as an ISO `YYYY-MM-DD` string (Gregorian). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A Gregorian calendar date as an ISO 8601 string, `YYYY-MM-DD`.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: checked(parseDate, 'Date'),
  parseLiteral: (ast) => parseDate(stringLiteral(ast, 'Date')),
});

function parseDate(value: string): string {
  if (!parseIsoDate(value)) throw invalid(`"${value.slice(0, 40)}" is not a valid ISO date (YYYY-MM-DD).`);
  return value;
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
    throw invalid(`"${value.slice(0, 40)}" is not a valid ISO 8601 timestamp.`);
  }
  return date;
}

/** Whole Iranian rials as a decimal string; exact, never a float. */
export const RialScalar = new GraphQLScalarType<string, string>({
  name: 'Rial',
  description: 'An amount of Iranian rials: an exact integer written as a decimal string, e.g. `"125000000000"`.',
  serialize: (value) => String(value),
  parseValue: checked(parseRialString, 'Rial'),
  parseLiteral: (ast) => parseRialString(stringLiteral(ast, 'Rial')),
});

function parseRialString(value: string): string {
  if (parseRials(value) === null) throw invalid(`"${value.slice(0, 40)}" is not a whole number of rials.`);
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
    throw invalid(`"${value.slice(0, 40)}" is not a period label; write a Solar Hijri quarter such as 1403-Q2.`);
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
  if (!DECIMAL_PATTERN.test(value)) throw invalid(`"${value.slice(0, 40)}" is not a decimal number such as "1250.5".`);
  return value;
}
