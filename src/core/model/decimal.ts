/**
 * Exact decimal arithmetic for money. Binary floating point turns 0,1 + 0,2 into
 * 0,30000000000000004 and 450000 kr. / 1.000.000 into a near miss; budget totals
 * must be right to the last decimal, so every sum and conversion goes through big.js
 * and only the final result becomes a JavaScript number.
 */
import Big from 'big.js';
import type { AmountRange, RangePolicy, Unit } from '../format/types';

const UNIT_IN_KR: Record<Unit, string> = { 'kr.': '1', 't.kr.': '1000', 'mio. kr.': '1000000' };

export function sum(values: readonly number[]): number {
  let total = new Big(0);
  for (const value of values) total = total.plus(value);
  return total.toNumber();
}

export function subtract(a: number, b: number): number {
  return new Big(a).minus(b).toNumber();
}

/** Converts an amount stated in `from` into `to` (e.g. 450000 kr. → 0.45 mio. kr.). */
export function convertUnit(value: number, from: Unit, to: Unit): number {
  if (from === to) return value;
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
      return new Big(range.min).plus(range.max).div(2).toNumber();
  }
}

/** Element-wise sum of equally long year vectors. */
export function sumVectors(vectors: readonly (readonly number[])[], length: number): number[] {
  return Array.from({ length }, (_, i) => sum(vectors.map((v) => v[i] ?? 0)));
}
