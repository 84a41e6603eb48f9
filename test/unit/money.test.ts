import { describe, expect, it } from 'vitest';

import { formatRials, MAX_RIALS, parseRials, percentOf, withinBand } from '../../server/kernel/money';

describe('parseRials', () => {
  it.each([
    ['0', 0n],
    ['125000000000', 125_000_000_000n],
    ['-5', -5n],
    ['9223372036854775807', 9_223_372_036_854_775_807n],
    ['-9223372036854775807', -9_223_372_036_854_775_807n],
  ])('accepts %j', (text, amount) => {
    expect(parseRials(text)).toBe(amount);
  });

  it.each(['1.5', '1e9', '01', '', ' 1', '9223372036854775808', '+1', '1 ', '-', '0x10', '1,000', '۱۲'])('rejects %j', (text) => {
    expect(parseRials(text)).toBeNull();
  });

  it('MAX_RIALS is the PostgreSQL bigint maximum', () => {
    expect(MAX_RIALS).toBe(2n ** 63n - 1n);
  });

  it('formatRials round-trips exactly beyond 2^53', () => {
    expect(formatRials(9_007_199_254_740_993n)).toBe('9007199254740993');
    expect(parseRials(formatRials(MAX_RIALS))).toBe(MAX_RIALS);
    expect(formatRials(-5n)).toBe('-5');
  });
});

describe('percentOf', () => {
  it('103 of 100 is 103.00', () => {
    expect(percentOf(103n, 100n)).toBe('103.00');
  });

  it('2 of 3 rounds to 66.67', () => {
    expect(percentOf(2n, 3n)).toBe('66.67');
  });

  it('with no decimals gives a whole number', () => {
    // 1/3 = 33.33…% -> 33 (the brief said '0'; 33 is the documented half-up rounding).
    expect(percentOf(1n, 3n, 0)).toBe('33');
    expect(percentOf(0n, 3n, 0)).toBe('0');
  });

  it('negative part: -1 of 8 is -12.50', () => {
    expect(percentOf(-1n, 8n)).toBe('-12.50');
  });

  it('rounds half up, and never gives negative zero', () => {
    expect(percentOf(1n, 8n, 1)).toBe('12.5');
    expect(percentOf(1n, 16n, 1)).toBe('6.3'); // 6.25 -> 6.3
    expect(percentOf(-1n, 1000n, 0)).toBe('0');
    expect(percentOf(-1n, 100_000n)).toBe('0.00');
  });

  it('is exact on large amounts', () => {
    expect(percentOf(123_456_789_012_345n, 123_456_789_012_344n, 4)).toBe('100.0000');
    expect(percentOf(MAX_RIALS, MAX_RIALS)).toBe('100.00');
  });

  it('rejects a non-positive whole', () => {
    expect(() => percentOf(1n, 0n)).toThrow(RangeError);
    expect(() => percentOf(1n, -3n)).toThrow(RangeError);
  });
});

describe('withinBand', () => {
  const approved = 123_456_789_012_340n; // divisible by 10, so 90% and 110% are whole rials
  const low = 111_111_110_111_106n; // exactly 90%
  const high = 135_802_467_913_574n; // exactly 110%

  it('the test amounts are exactly 90% and 110%', () => {
    expect(low * 10n).toBe(approved * 9n);
    expect(high * 10n).toBe(approved * 11n);
  });

  it('is true exactly at 90% and 110%', () => {
    expect(withinBand(low, approved, 10n)).toBe(true);
    expect(withinBand(high, approved, 10n)).toBe(true);
    expect(withinBand(approved, approved, 10n)).toBe(true);
  });

  it('is false one rial outside', () => {
    expect(withinBand(low - 1n, approved, 10n)).toBe(false);
    expect(withinBand(high + 1n, approved, 10n)).toBe(false);
  });

  it('compares exactly when the bound is not a whole rial', () => {
    const odd = 123_456_789_012_345n; // 90% = 111111110111110.5
    expect(withinBand(111_111_110_111_111n, odd, 10n)).toBe(true);
    expect(withinBand(111_111_110_111_110n, odd, 10n)).toBe(false);
  });
});
