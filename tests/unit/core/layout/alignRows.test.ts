import fc from 'fast-check';
import { alignRows } from '../../../../src/core/layout/alignRows';

const keys = (pairs: ReturnType<typeof alignRows>, a: string[], b: string[]) =>
  pairs.map((p) => `${p.expected === undefined ? '-' : a[p.expected]}/${p.actual === undefined ? '+' : b[p.actual]}`);

describe('row alignment', () => {
  test('identical rows pair one to one', () => {
    expect(alignRows(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual([{ expected: 0, actual: 0 }, { expected: 1, actual: 1 }, { expected: 2, actual: 2 }]);
  });
  test('an inserted row and a deleted row are found, the rest stays paired', () => {
    const written = ['head', 'x', 'y', 'z', 'total'];
    const now = ['head', 'x', 'new', 'z', 'total'];
    expect(keys(alignRows(written, now), written, now)).toEqual(['head/head', 'x/x', 'y/+', '-/new', 'z/z', 'total/total']);
  });
  test('empty sides', () => {
    expect(alignRows([], ['a'])).toEqual([{ actual: 0 }]);
    expect(alignRows(['a'], [])).toEqual([{ expected: 0 }]);
    expect(alignRows([], [])).toEqual([]);
  });
  test('property: every row of both sides appears once, in order, and pairs only equal rows', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 }), fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 }), (a, b) => {
        const pairs = alignRows(a, b);
        expect(pairs.flatMap((p) => (p.expected === undefined ? [] : [p.expected]))).toEqual(a.map((_, i) => i));
        expect(pairs.flatMap((p) => (p.actual === undefined ? [] : [p.actual]))).toEqual(b.map((_, i) => i));
        for (const p of pairs) if (p.expected !== undefined && p.actual !== undefined) expect(a[p.expected]).toBe(b[p.actual]);
      }),
    );
  });
  test('property: the number of paired rows is a longest common subsequence', () => {
    const lcs = (a: string[], b: string[]): number => {
      const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
      for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
      return t[a.length]![b.length]!;
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 25 }), fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 25 }), (a, b) => {
        expect(alignRows(a, b).filter((p) => p.expected !== undefined && p.actual !== undefined)).toHaveLength(lcs(a, b));
      }),
    );
  });
});
