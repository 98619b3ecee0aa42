/**
 * Exact decimal arithmetic for money. Binary floating point turns 0,1 + 0,2 into
 * 0,30000000000000004 and 450000 kr. / 1.000.000 into a near miss; budget totals must be
 * right to the last decimal, so every sum and conversion is done on the decimals the numbers
 * stand for, and only the final result becomes a JavaScript number.
 *
 * Amounts have few decimals, so the common case is done on integers: each number becomes
 * n / 10^d (the decimal its shortest form shows, as big.js reads it), the integers are added
 * at one scale, and the result is one division, which IEEE 754 rounds correctly. That is
 * the number big.js gives (it rounds the exact decimal to the nearest double too), at a
 * fraction of the cost. Whenever an integer would leave the exactly representable range,
 * the same operation goes through big.js instead. tests/unit/core/model/decimal.test.ts
 * holds both paths equal over random decimals.
 */
import Big from 'big.js';
import type { AmountRange, RangePolicy, Unit } from '../format/types';

const UNIT_EXPONENT: Record<Unit, number> = { 'kr.': 0, 't.kr.': 3, 'mio. kr.': 6 };
const UNIT_IN_KR: Record<Unit, string> = { 'kr.': '1', 't.kr.': '1000', 'mio. kr.': '1000000' };

/** Powers of ten that are exact doubles (10^22 is the last). */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
/** Beyond this an integer and its neighbours are no longer told apart reliably when scaled. */
const SCALED_LIMIT = 2 ** 51;
/** The most decimals the integer path tries before leaving a number to big.js. */
const MAX_FAST_DECIMALS = 12;

/** A number as the integer `n` over 10^`d`, exactly as its shortest decimal form reads; undefined when that is not cheap. */
interface Scaled {
  n: number;
  d: number;
}

function scaled(value: number): Scaled | undefined {
  for (let d = 0; d <= MAX_FAST_DECIMALS; d++) {
    const power = POW10[d] as number;
    const n = Math.round(value * power);
    if (Math.abs(n) > SCALED_LIMIT) return undefined;
    if (n / power === value) return { n, d };
  }
  return undefined;
}

/** The exact sum of scaled numbers as n / 10^d, or undefined if an integer would not be exact. */
function addScaled(parts: readonly Scaled[]): Scaled | undefined {
  let d = 0;
  for (const part of parts) if (part.d > d) d = part.d;
  let n = 0;
  for (const part of parts) {
    const term = part.n * (POW10[d - part.d] as number);
    n += term;
    if (!Number.isSafeInteger(term) || !Number.isSafeInteger(n)) return undefined;
  }
  return { n, d };
}

/** The exact sum of the values on the integer path, or undefined when one of them cannot take it. */
function exactTotal(values: readonly number[]): Scaled | undefined {
  const parts: Scaled[] = [];
  for (const value of values) {
    const part = scaled(value);
    if (part === undefined) return undefined;
    parts.push(part);
  }
  return addScaled(parts);
}

/** n / 10^d as the nearest double: one correctly rounded division of exact numbers. */
function toNumber({ n, d }: Scaled): number {
  // 0 rather than -0: big.js adds from a positive zero.
  return n === 0 ? 0 : n / (POW10[d] as number);
}

export function sum(values: readonly number[]): number {
  const total = exactTotal(values);
  if (total !== undefined) return toNumber(total);
  let exact = new Big(0);
  for (const value of values) exact = exact.plus(value);
  return exact.toNumber();
}

export function subtract(a: number, b: number): number {
  return sum([a, -b]);
}

/** Converts an amount stated in `from` into `to` (e.g. 450000 kr. → 0.45 mio. kr.). */
export function convertUnit(value: number, from: Unit, to: Unit): number {
  if (from === to) return value;
  const shift = UNIT_EXPONENT[from] - UNIT_EXPONENT[to];
  const part = scaled(value);
  if (part !== undefined) {
    const d = part.d - shift;
    if (d <= 0) {
      const n = part.n * (POW10[-d] as number);
      if (Number.isSafeInteger(n)) return n === 0 ? 0 : n;
    } else if (d < POW10.length) return toNumber({ n: part.n, d });
  }
  return new Big(value).times(UNIT_IN_KR[from]).div(UNIT_IN_KR[to]).toNumber();
}

/** The value a range contributes under the file's policy. */
export function pickFromRange(range: AmountRange, policy: RangePolicy): number {
  switch (policy) {
    case 'low':
      return range.min;
    case 'high':
      return range.max;
    case 'mid':
      return midpoint(range.min, range.max);
  }
}

function midpoint(a: number, b: number): number {
  const total = exactTotal([a, b]);
  // Halving n / 10^d is 5n / 10^(d+1), exact while 5n is.
  if (total !== undefined && Number.isSafeInteger(total.n * 5) && total.d + 1 < POW10.length) return toNumber({ n: total.n * 5, d: total.d + 1 });
  return new Big(a).plus(b).div(2).toNumber();
}

/** Element-wise sum of equally long year vectors. */
export function sumVectors(vectors: readonly (readonly number[])[], length: number): number[] {
  const totals: number[] = [];
  const column: number[] = [];
  for (let i = 0; i < length; i++) {
    column.length = 0;
    for (const vector of vectors) column.push(vector[i] ?? 0);
    totals.push(sum(column));
  }
  return totals;
}
