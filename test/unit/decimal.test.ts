import { describe, expect, it } from 'vitest';

import {
  compareDecimals,
  DECIMAL_ONE,
  decimalOf,
  decimalPlacesOf,
  formatDecimal,
  parseDecimal,
  sumDecimals,
} from '../../server/kernel/decimal';

describe('parseDecimal', () => {
  it.each([
    ['0', 0n],
    ['1250.5', 12_505_000n],
    ['-3', -30_000n],
    ['0.0001', 1n],
    ['600000000000.0000', 6_000_000_000_000_000n],
    ['1.50000', 15_000n],
    ['9999999999999999.9999', 99_999_999_999_999_999_999n],
  ])('reads %j as ten-thousandths', (text, scaled) => {
    expect(parseDecimal(text)).toBe(scaled);
  });

  it.each(['', '.5', '1.', '1e3', '+1', ' 1', '1,5', '0.00001', 'abc', '--1', '۱۲'])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });

  it('decimalOf throws on what parseDecimal refuses', () => {
    expect(() => decimalOf('1.23456')).toThrow(RangeError);
    expect(decimalOf('2')).toBe(2n * DECIMAL_ONE);
  });
});

describe('formatDecimal', () => {
  it.each([
    [0n, '0.0000'],
    [12_505_000n, '1250.5000'],
    [-30_000n, '-3.0000'],
    [-1n, '-0.0001'],
    [1n, '0.0001'],
  ])('writes %s as %j, four decimals like numeric(20, 4)', (scaled, text) => {
    expect(formatDecimal(scaled)).toBe(text);
  });

  it('round-trips exactly beyond 2^53, where a float would not', () => {
    const text = '9007199254740993.0001';
    expect(formatDecimal(decimalOf(text))).toBe(text);
    expect(Number(text).toString()).not.toBe('9007199254740993.0001');
  });
});

describe('arithmetic', () => {
  it('adds and subtracts exactly where binary floats drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(formatDecimal(decimalOf('0.1') + decimalOf('0.2'))).toBe('0.3000');
    expect(formatDecimal(sumDecimals([decimalOf('600000000000'), decimalOf('0.0001'), decimalOf('-0.0002')]))).toBe('599999999999.9999');
    expect(sumDecimals([])).toBe(0n);
  });

  it('compares', () => {
    expect(compareDecimals(decimalOf('1.5'), decimalOf('1.50'))).toBe(0);
    expect(compareDecimals(decimalOf('-1'), decimalOf('0'))).toBe(-1);
    expect(compareDecimals(decimalOf('100'), decimalOf('99.9999'))).toBe(1);
  });

  it('counts the decimal places a value needs', () => {
    expect(decimalPlacesOf(decimalOf('12'))).toBe(0);
    expect(decimalPlacesOf(decimalOf('12.5'))).toBe(1);
    expect(decimalPlacesOf(decimalOf('12.25'))).toBe(2);
    expect(decimalPlacesOf(decimalOf('-0.0001'))).toBe(4);
    expect(decimalPlacesOf(0n)).toBe(0);
  });
});
