/** Numbers, ranges and empty cells as written in CSV files (docs/format-csv.md, C6-C8). */
import fc from 'fast-check';
import { formatNumber, parseAmountCell, parseNumber, type NumberStyle } from '../../../../src/core/format/numbers';

describe('[C6] numbers', () => {
  it.each([
    ['1.320,5', 1320.5],
    ['1320,5', 1320.5],
    ['5,5', 5.5],
    ['-2,0', -2],
    ['\u22122,0', -2],
    ['0,625', 0.625],
    ['1.000.000', 1000000],
    ['1.320', 1320],
    ['007', 7],
    ['  12  ', 12],
    ['123.456.789.012.345', 123456789012345],
    ['1000000000000000000000', 1e21],
  ])('[C6] Danish %j is %p', (text, value) => {
    expect(parseNumber(text, 'da')).toEqual({ ok: true, value });
  });

  it.each([
    ['1,320.5', 1320.5],
    ['5.5', 5.5],
    ['-2.0', -2],
    ['1,320', 1320],
    ['0.625', 0.625],
  ])('[C6] English %j is %p', (text, value) => {
    expect(parseNumber(text, 'en')).toEqual({ ok: true, value });
  });

  it('[C6] minus zero is read as plain zero', () => {
    const parsed = parseNumber('-0,0', 'da');
    expect(parsed.ok && Object.is(parsed.value, 0)).toBe(true);
  });

  it('[C6] the value is the decimal written, not float arithmetic on its parts', () => {
    // 0.1 + 0.2 style arithmetic on the parts would give 1320.3000000000002 or similar.
    expect(parseNumber('1.320,3', 'da')).toEqual({ ok: true, value: 1320.3 });
    expect(parseNumber('0,3', 'da')).toEqual({ ok: true, value: 0.3 });
    expect(parseNumber('9.007.199.254.740,99', 'da')).toEqual({ ok: true, value: Number('9007199254740.99') });
  });

  it.each<[string, NumberStyle, ReturnType<typeof parseNumber>]>([
    ['1.32', 'da', { ok: false, reason: 'otherStyle', example: '1,32' }],
    ['5.5', 'da', { ok: false, reason: 'otherStyle', example: '5,5' }],
    ['-5.5', 'da', { ok: false, reason: 'otherStyle', example: '-5,5' }],
    ['1,320.5', 'da', { ok: false, reason: 'otherStyle', example: '1.320,5' }],
    ['1,32', 'en', { ok: false, reason: 'otherStyle', example: '1.32' }],
    ['1.320,5', 'en', { ok: false, reason: 'otherStyle', example: '1,320.5' }],
    ['1.2.3,4', 'da', { ok: false, reason: 'grouping', example: '1.320,5' }],
    ['1.000.5', 'da', { ok: false, reason: 'grouping', example: '1.320,5' }],
    ['1,2,3.4', 'en', { ok: false, reason: 'grouping', example: '1,320.5' }],
    ['12,3,4', 'da', { ok: false, reason: 'decimals' }],
    ['12.3.4', 'en', { ok: false, reason: 'decimals' }],
    ['1e5', 'da', { ok: false, reason: 'exponent', example: '100.000' }],
    ['1,5E3', 'da', { ok: false, reason: 'exponent', example: '1.500' }],
    ['-2.5e-3', 'en', { ok: false, reason: 'exponent', example: '-0.0025' }],
    ['1e999', 'da', { ok: false, reason: 'exponent', example: '1.320,5' }],
    ['abc', 'da', { ok: false, reason: 'invalid', example: '1.320,5' }],
    ['12 mio.', 'da', { ok: false, reason: 'invalid', example: '1.320,5' }],
    ['+5', 'da', { ok: false, reason: 'invalid', example: '1.320,5' }],
    ['5,', 'da', { ok: false, reason: 'invalid', example: '1.320,5' }],
    [',5', 'da', { ok: false, reason: 'invalid', example: '1.320,5' }],
    ['1 320,5', 'da', { ok: false, reason: 'invalid', example: '1.320,5' }],
    ['(2,0)', 'da', { ok: false, reason: 'invalid', example: '1.320,5' }],
    ['-', 'da', { ok: false, reason: 'invalid', example: '1.320,5' }],
    ['--5', 'da', { ok: false, reason: 'invalid', example: '1.320,5' }],
    ['   ', 'da', { ok: false, reason: 'empty' }],
    ['1234567890123456', 'da', { ok: false, reason: 'tooPrecise' }],
    ['0,1234567890123456', 'da', { ok: false, reason: 'tooPrecise' }],
  ])('[C6] %j in style %s is rejected', (text, style, expected) => {
    expect(parseNumber(text, style)).toEqual(expected);
  });

  it('[C6] a number too large for a double is rejected', () => {
    expect(parseNumber(`1${'0'.repeat(400)}`, 'da')).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('[C6] 15 significant digits are accepted, whatever the zeros around them', () => {
    expect(parseNumber('123.456.789.012.345', 'da')).toEqual({ ok: true, value: 123456789012345 });
    expect(parseNumber('0,00123456789012345', 'da')).toEqual({ ok: true, value: 0.00123456789012345 });
    expect(parseNumber('12345678901234500000', 'da')).toEqual({ ok: true, value: 12345678901234500000 });
  });
});

describe('[C6] formatNumber', () => {
  it.each<[number, NumberStyle, number | undefined, string]>([
    [1320.5, 'da', undefined, '1.320,5'],
    [1320.5, 'en', undefined, '1,320.5'],
    [-2, 'da', undefined, '-2'],
    [0.1, 'da', undefined, '0,1'],
    [999, 'da', undefined, '999'],
    [1000, 'da', undefined, '1.000'],
    [-1234567.25, 'en', undefined, '-1,234,567.25'],
    [1e21, 'da', undefined, '1.000.000.000.000.000.000.000'],
    [1.5e-7, 'da', undefined, '0,00000015'],
    [5, 'da', 1, '5,0'],
    [1320.5, 'da', 2, '1.320,50'],
    [-0.001, 'da', 2, '0,00'],
    [-0, 'da', undefined, '0'],
    [2e21, 'en', 2, '2,000,000,000,000,000,000,000.00'],
  ])('[C6] %p in %s with %p decimals is %j', (value, style, decimals, expected) => {
    expect(formatNumber(value, style, decimals)).toBe(expected);
  });

  it('[C6] refuses what is not a finite number', () => {
    expect(() => formatNumber(Number.NaN, 'da')).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY, 'en')).toThrow(RangeError);
  });
});

describe('[C7] ranges and [C8] empty cells', () => {
  it.each([
    ['5,5-6,9', { min: 5.5, max: 6.9 }],
    ['5,5 - 6,9', { min: 5.5, max: 6.9 }],
    ['5,5\u20136,9', { min: 5.5, max: 6.9 }],
    ['5,5 \u2013 6,9', { min: 5.5, max: 6.9 }],
    ['5,5\u20146,9', { min: 5.5, max: 6.9 }],
    ['-1-2', { min: -1, max: 2 }],
    ['-2--1', { min: -2, max: -1 }],
    ['\u22122,0 \u2013 \u22121,0', { min: -2, max: -1 }],
    ['1.000-2.500,5', { min: 1000, max: 2500.5 }],
    ['6,9-5,5', { min: 6.9, max: 5.5 }],
  ])('[C7] %j is the range %p', (text, value) => {
    expect(parseAmountCell(text, 'da')).toEqual({ kind: 'amount', value });
  });

  it('[C7] English ranges use the English number style', () => {
    expect(parseAmountCell('5.5-6.9', 'en')).toEqual({ kind: 'amount', value: { min: 5.5, max: 6.9 } });
    expect(parseAmountCell('1,000 - 1,500.5', 'en')).toEqual({ kind: 'amount', value: { min: 1000, max: 1500.5 } });
  });

  it.each([
    ['1-2-3', { kind: 'invalid', reason: 'range', text: '1-2-3', example: '5,5-6,9' }],
    ['5-', { kind: 'invalid', reason: 'range', text: '5-', example: '5,5-6,9' }],
    ['5,5 \u2013 ', { kind: 'invalid', reason: 'range', text: '5,5 \u2013', example: '5,5-6,9' }],
    ['5,5-6.9', { kind: 'invalid', reason: 'otherStyle', text: '6.9', example: '6,9' }],
    ['x-6,9', { kind: 'invalid', reason: 'invalid', text: 'x-6,9', example: '1.320,5' }],
    // The dash follows a letter, so it is no range dash and the whole cell is the number.
    ['5a-6', { kind: 'invalid', reason: 'invalid', text: '5a-6', example: '1.320,5' }],
    ['5-6a', { kind: 'invalid', reason: 'invalid', text: '6a', example: '1.320,5' }],
    ['1.2.3-4', { kind: 'invalid', reason: 'grouping', text: '1.2.3', example: '1.320,5' }],
  ])('[C7] %j is not a valid range', (text, expected) => {
    expect(parseAmountCell(text, 'da')).toEqual(expected);
  });

  it('[C7] a single number is an amount, a leading minus is its sign', () => {
    expect(parseAmountCell('-1,4', 'da')).toEqual({ kind: 'amount', value: -1.4 });
    expect(parseAmountCell(' 17,0 ', 'da')).toEqual({ kind: 'amount', value: 17 });
  });

  it.each(['', '   ', '\t'])('[C8] %j is not stated', (text) => {
    expect(parseAmountCell(text, 'da')).toEqual({ kind: 'blank' });
  });
});

/** Numbers with at most 15 significant digits and 0-2 decimals, built as n / 10^d. */
const budgetNumber = fc
  .tuple(fc.integer({ min: -(10 ** 15 - 1), max: 10 ** 15 - 1 }), fc.constantFrom(0, 1, 2))
  .map(([n, d]) => ({ value: n / 10 ** d, decimals: d }));

describe('[C6] properties', () => {
  it.each<NumberStyle>(['da', 'en'])('[C6] parseNumber(formatNumber(x)) is x exactly (%s)', (style) => {
    fc.assert(
      fc.property(budgetNumber, ({ value, decimals }) => {
        expect(parseNumber(formatNumber(value, style), style)).toEqual({ ok: true, value });
        expect(parseNumber(formatNumber(value, style, decimals), style)).toEqual({ ok: true, value });
      }),
      { numRuns: 2000 },
    );
  });

  const digits = (min: number, max: number): fc.Arbitrary<string> =>
    fc.array(fc.constantFrom('0', '1', '2', '5', '9'), { minLength: min, maxLength: max }).map((d) => d.join(''));

  it.each<[NumberStyle, string, string]>([
    ['da', '.', ','],
    ['en', ',', '.'],
  ])('[C6] digit groups of the wrong length are rejected (%s)', (style, group, decimal) => {
    const badGroups = fc
      .array(fc.constantFrom(1, 2, 3, 4, 5), { minLength: 1, maxLength: 4 })
      .filter((lengths) => lengths.some((l) => l !== 3))
      .chain((lengths) => fc.tuple(...lengths.map((l) => digits(l, l))));
    fc.assert(
      fc.property(
        fc.constantFrom('', '-', '\u2212'),
        digits(1, 3),
        badGroups,
        fc.option(digits(1, 3), { nil: undefined }),
        (sign, lead, groups, fraction) => {
          const text = `${sign}${lead}${group}${groups.join(group)}${fraction === undefined ? '' : decimal + fraction}`;
          expect(parseNumber(text, style).ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('[C6] a string is accepted exactly when it is a well-formed Danish number, and then read exactly', () => {
    const wellFormed = /^[-\u2212]?(\d+|\d{1,3}(\.\d{3})+)(,\d+)?$/;
    const alphabet = fc.constantFrom('0', '1', '7', '9', '.', ',', '-', '\u2212', 'e', ' ', 'a', '\u2013');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 14 }).map((c) => c.join('')), (text) => {
        const trimmed = text.trim();
        const parsed = parseNumber(text, 'da');
        expect(parsed.ok).toBe(wellFormed.test(trimmed));
        if (parsed.ok) {
          const canonical = Number(trimmed.replace('\u2212', '-').replace(/\./g, '').replace(',', '.'));
          expect(Object.is(parsed.value, canonical === 0 ? 0 : canonical)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('[C7] a range of two formatted numbers reads back as those numbers', () => {
    fc.assert(
      fc.property(budgetNumber, budgetNumber, fc.constantFrom('-', ' - ', '\u2013', ' \u2013 '), (low, high, dash) => {
        const text = formatNumber(low.value, 'da') + dash + formatNumber(high.value, 'da');
        expect(parseAmountCell(text, 'da')).toEqual({ kind: 'amount', value: { min: low.value, max: high.value } });
      }),
      { numRuns: 1000 },
    );
  });
});
