import { GraphQLError, type GraphQLScalarType, Kind, parseValue as parseValueLiteral, type ValueNode } from 'graphql';
import { describe, expect, it } from 'vitest';

import { DateScalar, DateTimeScalar, DecimalScalar, PeriodLabelScalar, RialScalar } from '../../server/kernel/scalars';

/** An AST literal from GraphQL source text, e.g. `"2024-03-20"` or `42`. */
function literal(source: string): ValueNode {
  return parseValueLiteral(source);
}

function stringLiteral(value: string): ValueNode {
  return { kind: Kind.STRING, value };
}

function expectBadUserInput(run: () => unknown): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(GraphQLError);
  expect((thrown as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
}

const nonStringLiterals = ['42', '4.5', 'true', 'null', 'ENUM_VALUE', '["x"]', '{ a: "x" }', '$var'];

describe('literal helpers', () => {
  it('build the expected AST kinds', () => {
    expect(literal('"2024-03-20"').kind).toBe(Kind.STRING);
    expect(literal('42').kind).toBe(Kind.INT);
    expect(literal('4.5').kind).toBe(Kind.FLOAT);
    expect(literal('["x"]').kind).toBe(Kind.LIST);
    expect(literal('$var').kind).toBe(Kind.VARIABLE);
  });
});

function rejectsNonStringLiterals(scalar: GraphQLScalarType): void {
  it.each(nonStringLiterals)(`${scalar.name} parseLiteral rejects the non-string literal %s`, (source) => {
    expectBadUserInput(() => scalar.parseLiteral(literal(source), undefined));
  });
}

describe('Date', () => {
  it.each(['2024-03-20', '2024-02-29', '2008-05-05', '2000-01-01', '2100-12-31'])('accepts %j', (value) => {
    expect(DateScalar.parseValue(value)).toBe(value);
    expect(DateScalar.parseLiteral(literal(JSON.stringify(value)), undefined)).toBe(value);
    expect(DateScalar.parseLiteral(stringLiteral(value), undefined)).toBe(value);
  });

  it.each([
    '2024-02-30',
    '2023-02-29',
    '2024-2-01',
    '2024-02-01T00:00',
    '20240201',
    '',
    ' 2024-02-01',
    '1403/01/01',
    '0000-01-01',
    '1970-01-01',
    '1999-12-31',
    '2101-01-01',
    '8999-12-31',
    '9999-12-31',
  ])('rejects %j', (value) => {
    expectBadUserInput(() => DateScalar.parseValue(value));
    expectBadUserInput(() => DateScalar.parseLiteral(stringLiteral(value), undefined));
  });

  rejectsNonStringLiterals(DateScalar);

  it('serializes a Date as its UTC day and passes strings through', () => {
    expect(DateScalar.serialize(new Date(Date.UTC(2024, 2, 20)))).toBe('2024-03-20');
    expect(DateScalar.serialize('2024-03-20')).toBe('2024-03-20');
  });
});

describe('DateTime', () => {
  it.each([
    ['2025-01-31T08:30:00.000Z', Date.UTC(2025, 0, 31, 8, 30)],
    ['2025-01-31T08:30:00Z', Date.UTC(2025, 0, 31, 8, 30)],
    ['2025-01-31T12:00:00+03:30', Date.UTC(2025, 0, 31, 8, 30)],
  ])('accepts %j', (value, epoch) => {
    expect((DateTimeScalar.parseValue(value) as Date).getTime()).toBe(epoch);
    expect((DateTimeScalar.parseLiteral(stringLiteral(value), undefined) as Date).getTime()).toBe(epoch);
  });

  it.each([
    '2025-01-31',
    'yesterday',
    '',
    '2025-13-01T00:00:00Z',
    '2025-01-31Tnoon',
    '1738312200000',
    '1970-01-01T00:00:00Z',
    '9999-12-31T00:00:00Z',
    '2100-12-31T23:00:00-03:00',
    '2000-01-01T01:00:00+03:30',
  ])('rejects %j', (value) => {
    expectBadUserInput(() => DateTimeScalar.parseValue(value));
    expectBadUserInput(() => DateTimeScalar.parseLiteral(stringLiteral(value), undefined));
  });

  // Date rejects 2024-02-30; DateTime should too, rather than rolling it over to 2024-03-01.
  it.each(['2024-02-30T10:00:00Z', '2023-02-29T00:00:00Z', '2024-04-31T00:00:00.000Z'])(
    'rejects the impossible calendar date in %j',
    (value) => {
      expectBadUserInput(() => DateTimeScalar.parseValue(value));
      expectBadUserInput(() => DateTimeScalar.parseLiteral(stringLiteral(value), undefined));
    },
  );

  // The scalar is "an instant ... in UTC"; without an offset the instant depends on the server's time zone.
  it('rejects a timestamp without a UTC offset', () => {
    expectBadUserInput(() => DateTimeScalar.parseValue('2025-01-31T08:30:00'));
    expectBadUserInput(() => DateTimeScalar.parseLiteral(stringLiteral('2025-01-31T08:30'), undefined));
  });

  rejectsNonStringLiterals(DateTimeScalar);

  it('serializes to ISO 8601 in UTC', () => {
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2025, 0, 31, 8, 30)))).toBe('2025-01-31T08:30:00.000Z');
  });
});

describe('Rial', () => {
  it.each(['0', '125000000000', '-5', '1000000000000000', '-1000000000000000'])('accepts %j, up to 10^15 either way', (value) => {
    expect(RialScalar.parseValue(value)).toBe(value);
    expect(RialScalar.parseLiteral(stringLiteral(value), undefined)).toBe(value);
  });

  it.each([
    '1.5',
    '1e9',
    '01',
    '',
    ' 1',
    '9223372036854775808',
    '+1',
    '1,000',
    '1000000000000001',
    '-1000000000000001',
    '838488366986797801',
    '9223372036854775807',
  ])('rejects %j', (value) => {
    expectBadUserInput(() => RialScalar.parseValue(value));
    expectBadUserInput(() => RialScalar.parseLiteral(stringLiteral(value), undefined));
  });

  rejectsNonStringLiterals(RialScalar);

  // parseLiteral rejects the Int literal 42, so a JSON number in variables must be rejected too:
  // 9007199254740993 arrives as the float 9007199254740992 and would be stored silently wrong.
  it('parseValue rejects a JSON number, as parseLiteral rejects an Int literal', () => {
    const json = JSON.parse('{"amount": 9007199254740993}') as { amount: unknown };
    expectBadUserInput(() => RialScalar.parseValue(json.amount));
    expectBadUserInput(() => RialScalar.parseValue(42));
  });
});

describe('PeriodLabel', () => {
  it.each(['1403-Q1', '1403-Q4', '1404-Q2'])('accepts %j', (value) => {
    expect(PeriodLabelScalar.parseValue(value)).toBe(value);
    expect(PeriodLabelScalar.parseLiteral(literal(JSON.stringify(value)), undefined)).toBe(value);
  });

  it.each(['1403-Q5', '1403Q1', '03-Q1', '', ' 1403-Q1', '1403-q1', '۱۴۰۳-Q1'])('rejects %j', (value) => {
    expectBadUserInput(() => PeriodLabelScalar.parseValue(value));
    expectBadUserInput(() => PeriodLabelScalar.parseLiteral(stringLiteral(value), undefined));
  });

  rejectsNonStringLiterals(PeriodLabelScalar);
});

describe('Decimal', () => {
  it.each(['0', '1250.5', '-3.1415', '1234567890123456', '0.0001'])('accepts %j', (value) => {
    expect(DecimalScalar.parseValue(value)).toBe(value);
    expect(DecimalScalar.parseLiteral(stringLiteral(value), undefined)).toBe(value);
  });

  it.each(['1.23456', '12345678901234567', '01', '.5', '1.', '1e3', '', '+1', 'NaN'])('rejects %j', (value) => {
    expectBadUserInput(() => DecimalScalar.parseValue(value));
    expectBadUserInput(() => DecimalScalar.parseLiteral(stringLiteral(value), undefined));
  });

  rejectsNonStringLiterals(DecimalScalar);
});

// Variables arrive as JSON; every scalar here is exchanged as a string, and parseLiteral accepts only
// string literals. parseValue coerces with String(value), so ["1403-Q1"] or 1.5 slip through.
describe('parseValue accepts only strings', () => {
  it.each([
    [DateScalar, ['2024-03-20']],
    [PeriodLabelScalar, ['1403-Q1']],
    [RialScalar, ['5']],
    [DecimalScalar, 1.5],
    [DateTimeScalar, ['2025-01-31T08:30:00Z']],
  ] as Array<[GraphQLScalarType, unknown]>)('%s rejects the non-string %j', (scalar, value) => {
    expectBadUserInput(() => scalar.parseValue(value));
  });
});
