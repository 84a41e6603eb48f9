/**
 * Money is Iranian rials as exact integers (docs/domain.md section 4): `bigint` in memory, PostgreSQL
 * `bigint` in the database, decimal strings on the wire. No floating point anywhere on the path.
 */

const RIAL_PATTERN = /^-?(0|[1-9]\d{0,18})$/;

/** The largest amount PostgreSQL's `bigint` holds. */
export const MAX_RIALS = 9_223_372_036_854_775_807n;

/**
 * The largest amount an input may carry, in either direction: 10^15 rials (100,000 billion tomans),
 * a thousand times a large cluster plan, yet 9,000 times below `bigint`'s limit. Every
 * stored amount then stays far inside `bigint` even when multiplied (the ±10% budget band multiplies
 * by 11) or summed over thousands of plans, with no overflow in SQL or in the CHECKs.
 */
export const MAX_INPUT_RIALS = 1_000_000_000_000_000n;

/** Parses a decimal string of whole rials; returns null for anything else or out of range. */
export function parseRials(value: string): bigint | null {
  if (!RIAL_PATTERN.test(value)) return null;
  const amount = BigInt(value);
  return amount > MAX_RIALS || amount < -MAX_RIALS ? null : amount;
}

export function formatRials(amount: bigint): string {
  return amount.toString(10);
}

/**
 * `part / whole` as a percentage rounded half-up to `decimals` places, computed on integers,
 * returned as a decimal string (e.g. `"103.50"`). `whole` must be positive.
 */
export function percentOf(part: bigint, whole: bigint, decimals = 2): string {
  if (whole <= 0n) throw new RangeError('percentOf needs a positive whole');
  const scale = 10n ** BigInt(decimals);
  const negative = part < 0n;
  const magnitude = negative ? -part : part;
  const scaled = (magnitude * 100n * scale * 2n + whole) / (whole * 2n);
  const integer = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(decimals, '0');
  const text = decimals > 0 ? `${integer}.${fraction}` : `${integer}`;
  return negative && scaled !== 0n ? `-${text}` : text;
}

/** True when `current` lies within `approved` ± `percent`%, compared exactly on integers. */
export function withinBand(current: bigint, approved: bigint, percent: bigint): boolean {
  return current * 100n >= approved * (100n - percent) && current * 100n <= approved * (100n + percent);
}
