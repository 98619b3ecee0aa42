/**
 * The model's exact arithmetic takes a path on integers for the common case (few decimals)
 * and big.js otherwise. Both must give the number big.js alone gives, to the last bit: these
 * properties compare every operation with a plain big.js reference over random decimals,
 * from amounts with one decimal to kroner with many and numbers near the integer path's edge.
 */
import Big from 'big.js';
import fc from 'fast-check';
import { convertUnit, pickFromRange, subtract, sum, sumVectors } from '../../../../src/core/model/decimal';
import type { Unit } from '../../../../src/core/format/types';

const IN_KR: Record<Unit, string> = { 'kr.': '1', 't.kr.': '1000', 'mio. kr.': '1000000' };

const reference = {
  sum: (values: readonly number[]): number => values.reduce((total, v) => total.plus(v), new Big(0)).toNumber(),
  subtract: (a: number, b: number): number => new Big(a).minus(b).toNumber(),
  convert: (value: number, from: Unit, to: Unit): number => (from === to ? value : new Big(value).times(IN_KR[from]).div(IN_KR[to]).toNumber()),
  mid: (a: number, b: number): number => new Big(a).plus(b).div(2).toNumber(),
};

/** A decimal as people type it: an integer over a power of ten (one decimal most often). */
const typedDecimal = fc
  .tuple(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.constantFrom(0, 1, 1, 1, 2, 3, 6, 8))
  .map(([n, d]) => Number((n / 10 ** d).toFixed(d)));
/** Any finite double, including ones with 17 significant digits and huge or tiny magnitudes. */
const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 });
/** Numbers at the integer path's edges: near 2^51 when scaled, many decimals. */
const edgeDecimal = fc.oneof(
  fc.integer({ min: -(2 ** 53), max: 2 ** 53 }).map((n) => n / 1000),
  fc.integer({ min: 2 ** 50, max: 2 ** 53 }),
  fc.integer({ min: -(10 ** 15), max: 10 ** 15 }).map((n) => n / 1e12),
);
const amount = fc.oneof({ weight: 6, arbitrary: typedDecimal }, { weight: 2, arbitrary: anyDouble }, { weight: 2, arbitrary: edgeDecimal });
const unit = fc.constantFrom<Unit>('kr.', 't.kr.', 'mio. kr.');

const same = (actual: number, expected: number): void => {
  // The reference may give -0 where a total is zero; a cell shows both as 0.
  expect(actual === 0 ? 0 : actual).toBe(expected === 0 ? 0 : expected);
};

describe('exact arithmetic equals big.js', () => {
  test('sum of any amounts', () => {
    fc.assert(fc.property(fc.array(amount, { maxLength: 40 }), (values) => same(sum(values), reference.sum(values))), { numRuns: 3000 });
  });
  test('sum of typed amounts (the integer path)', () => {
    fc.assert(fc.property(fc.array(typedDecimal, { maxLength: 200 }), (values) => same(sum(values), reference.sum(values))), { numRuns: 2000 });
  });
  test('subtract', () => {
    fc.assert(fc.property(amount, amount, (a, b) => same(subtract(a, b), reference.subtract(a, b))), { numRuns: 3000 });
  });
  test('unit conversion', () => {
    fc.assert(fc.property(amount, unit, unit, (value, from, to) => same(convertUnit(value, from, to), reference.convert(value, from, to))), { numRuns: 3000 });
  });
  test('midpoint of a range', () => {
    fc.assert(fc.property(amount, amount, (a, b) => same(pickFromRange({ min: a, max: b }, 'mid'), reference.mid(a, b))), { numRuns: 3000 });
  });
  test('element-wise sums of year vectors', () => {
    const vectors = fc.array(fc.array(amount, { minLength: 4, maxLength: 4 }), { maxLength: 20 });
    fc.assert(
      fc.property(vectors, (vs) => {
        const totals = sumVectors(vs, 4);
        totals.forEach((total, i) => same(total, reference.sum(vs.map((v) => v[i] ?? 0))));
      }),
      { numRuns: 1000 },
    );
  });
  test('the cases binary floating point gets wrong', () => {
    expect(sum([0.1, 0.2])).toBe(0.3);
    expect(sum([1.1, 2.2, 3.3])).toBe(6.6);
    expect(subtract(0.3, 0.1)).toBe(0.2);
    expect(convertUnit(450123.45, 'kr.', 'mio. kr.')).toBe(0.45012345);
    expect(convertUnit(0.0001, 'mio. kr.', 'kr.')).toBe(100);
    expect(pickFromRange({ min: 5.5, max: 6.9 }, 'mid')).toBe(6.2);
    // Beyond the integer path: a total of kroner with many decimals still exact.
    expect(sum([2 ** 52, 0.5, 0.25])).toBe(reference.sum([2 ** 52, 0.5, 0.25]));
  });
});
