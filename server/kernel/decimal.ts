/**
 * Exact decimals for measured quantities (indicator values, percentages): a `bigint` counting
 * ten-thousandths, the precision of the database's `numeric(20, 4)` columns and of the `Decimal`
 * scalar. No floating point anywhere on the path (docs/domain.md section 4).
 */

/** Decimal places kept. */
export const DECIMAL_PLACES = 4;

/** One unit, scaled: `1` is `10000n`. */
export const DECIMAL_ONE = 10n ** BigInt(DECIMAL_PLACES);

/** A number scaled by 10^4, e.g. `12.5` is `125000n`. */
export type ScaledDecimal = bigint;

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Parses a decimal string (`"1250.5"`, `"-3"`, `"600000000000.0000"`, as the database writes
 * `numeric`) to ten-thousandths; null for anything else or with more than 4 significant decimals.
 */
export function parseDecimal(text: string): ScaledDecimal | null {
  const match = DECIMAL_TEXT.exec(text);
  if (!match) return null;
  const [, sign, integer, fraction = ''] = match;
  // Trailing zeros beyond the fourth place change nothing ("1.50000" is 1.5); other digits would be lost.
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > DECIMAL_PLACES) return null;
  const magnitude = BigInt(integer) * DECIMAL_ONE + BigInt(significant.padEnd(DECIMAL_PLACES, '0') || '0');
  return sign === '-' ? -magnitude : magnitude;
}

/** Like `parseDecimal`, for values that come from our own database or were already validated. */
export function decimalOf(text: string): ScaledDecimal {
  const value = parseDecimal(text);
  if (value === null) throw new RangeError(`Not a decimal: ${text.slice(0, 40)}`);
  return value;
}

/** Writes ten-thousandths with exactly four decimals, the way PostgreSQL writes `numeric(20, 4)`. */
export function formatDecimal(value: ScaledDecimal): string {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const integer = magnitude / DECIMAL_ONE;
  const fraction = (magnitude % DECIMAL_ONE).toString().padStart(DECIMAL_PLACES, '0');
  return `${negative ? '-' : ''}${integer}.${fraction}`;
}

/** The number of decimal places a value needs (0–4): `12.5` needs 1. */
export function decimalPlacesOf(value: ScaledDecimal): number {
  let places = DECIMAL_PLACES;
  let rest = value < 0n ? -value : value;
  while (places > 0 && rest % 10n === 0n) {
    rest /= 10n;
    places -= 1;
  }
  return places;
}

/** Sum of scaled decimals (exact). */
export function sumDecimals(values: readonly ScaledDecimal[]): ScaledDecimal {
  return values.reduce((total, value) => total + value, 0n);
}

/** `-1`, `0` or `1` as `a` is less than, equal to or greater than `b`. */
export function compareDecimals(a: ScaledDecimal, b: ScaledDecimal): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}
