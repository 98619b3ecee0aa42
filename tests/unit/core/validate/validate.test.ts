import fc from 'fast-check';
import type { PathSegment } from '../../../../src/core/problems';
import { formatJsonPath, hasErrors } from '../../../../src/core/problems';
import { validateDefinitions } from '../../../../src/core/validate';
import { check, summary, validFile } from './helpers';

/** One document with a problem of almost every kind, in both structure and content. */
function manyProblems(): Record<string, unknown> {
  return {
    formatVersion: 1,
    title: '',
    unit: 'mio.kr.',
    years: [2020, 2022, 2021, 2021],
    rangePolicy: 'max',
    committees: [
      { id: 'sundhed', name: 'Sundhedsudvalget' },
      { id: 'sundhed', name: 'Psykiatriudvalget', chair: 'x' },
    ],
    initiatives: [
      {
        id: 'personlig_medicin',
        committee: 'sundhd',
        title: 'Personlig medicin',
        ammounts: 5,
        amounts: { '2019': 5, '2020': { min: 6.9, max: 5.5 }, '2021': '5,5', x: 1 },
        lines: [{ title: 'Genomcenter', amounts: 0.30000000000000004 }],
      },
      { id: '2b', committee: 'sundhed', title: 'Udvikling', frame: 65.5, kind: 'drift' },
      { id: 'personlig_medicin', committee: 'kultur', number: 3, lines: [{ title: 'x', amounts: 1e16, frame: 1 }] },
    ],
  };
}

test('reports every problem of a document with many different problems at once', () => {
  const result = validateDefinitions(manyProblems());
  expect(result.file).toBeUndefined();
  expect(summary(result.problems)).toEqual([
    'emptyText at title',
    'unitInvalid at unit',
    'yearsNotAscending at years[2]',
    'yearDuplicate at years[3]',
    'rangePolicyInvalid at rangePolicy',
    'committeeIdDuplicate at committees[1].id',
    'unknownField at committees[1].chair',
    'unknownCommitteeDidYouMean at initiatives[0].committee',
    'unknownFieldDidYouMean at initiatives[0].ammounts',
    'amountsWithLines at initiatives[0].amounts',
    'yearNotInYears at initiatives[0].amounts.2019',
    'rangeMinAboveMax at initiatives[0].amounts.2020',
    'expectedAmount at initiatives[0].amounts.2021',
    'yearKeyInvalid at initiatives[0].amounts.x',
    'numberTooPrecise at initiatives[0].lines[0].amounts',
    'idInvalid at initiatives[1].id',
    'frameWithoutLines at initiatives[1].frame',
    'kindInvalid at initiatives[1].kind',
    'missingField at initiatives[2].title',
    'idDuplicate at initiatives[2].id',
    'unknownCommittee at initiatives[2].committee',
    'expectedText at initiatives[2].number',
    'numberTooLarge at initiatives[2].lines[0].amounts',
    'amountsWithFrame at initiatives[2].lines[0].frame',
  ]);
  expect(new Set(result.problems.map((p) => p.code)).size).toBe(24);
  expect(result.problems.every((p) => p.severity === 'error')).toBe(true);
});

test('problems follow the order of the fields in the file, and repeat exactly', () => {
  const { title: _title, unit: _unit, ...rest } = validFile();
  const unitFirst = { unit: 'DKK', ...rest, title: '' };
  const titleFirst = { title: '', ...rest, unit: 'DKK' };
  expect(check(unitFirst)).toEqual(['unitInvalid at unit', 'emptyText at title']);
  expect(check(titleFirst)).toEqual(['emptyText at title', 'unitInvalid at unit']);
  expect(validateDefinitions(manyProblems()).problems).toEqual(validateDefinitions(manyProblems()).problems);
});

test('the file is returned only without errors, as a copy', () => {
  const document = validFile();
  const result = validateDefinitions(document);
  expect(result.file).toEqual(document);
  expect(result.file).not.toBe(document);
  expect(validateDefinitions({ ...document, title: '' }).file).toBeUndefined();
});

test('every location comes from the given locator', () => {
  const seen: string[] = [];
  const locate = (path: readonly PathSegment[]) => {
    seen.push(formatJsonPath(path));
    return { kind: 'csv' as const, line: seen.length + 1, column: String(path[path.length - 1]) };
  };
  const result = validateDefinitions(manyProblems(), { locate });
  expect(result.problems).toHaveLength(24);
  expect(result.problems.every((p) => p.location.kind === 'csv')).toBe(true);
  expect(seen).toEqual(summary(validateDefinitions(manyProblems()).problems).map((s) => s.split(' at ')[1]));
  expect(validateDefinitions({ ...validFile(), formatVersion: 3 }, { locate }).problems[0]?.location).toEqual({
    kind: 'csv',
    line: seen.length + 1,
    column: 'formatVersion',
  });
});

test("validates without compiling code, as the add-in's Content-Security-Policy requires", () => {
  const original = globalThis.Function;
  let compiled = 0;
  // What a CSP without 'unsafe-eval' does to new Function(...) and Function(...).
  const blocked = new Proxy(original, {
    construct() {
      compiled++;
      throw new EvalError('Refused to evaluate a string as JavaScript');
    },
    apply() {
      compiled++;
      throw new EvalError('Refused to evaluate a string as JavaScript');
    },
  });
  globalThis.Function = blocked;
  try {
    // A fresh zod, so its one-time check for eval runs under the blocked Function.
    jest.isolateModules(() => {
      const fresh = jest.requireActual<{ validateDefinitions: typeof validateDefinitions }>('../../../../src/core/validate');
      expect(fresh.validateDefinitions(validFile()).problems).toEqual([]);
      expect(fresh.validateDefinitions(manyProblems()).problems).toHaveLength(24);
    });
  } finally {
    globalThis.Function = original;
  }
  expect(compiled).toBe(0);
});

test('the root must be an object', () => {
  for (const document of [null, [], 'Budget', 5, undefined]) {
    const result = validateDefinitions(document);
    expect(summary(result.problems)).toEqual(['expectedObject at (root)']);
  }
});

test('never throws, and reports a problem whenever it returns no file, for any JSON value', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const result = validateDefinitions(value);
      expect(result.file === undefined).toBe(hasErrors(result.problems));
    }),
  );
});

test('never throws on a valid file with any field replaced by any value', () => {
  const fields = ['formatVersion', 'title', 'unit', 'years', 'committees', 'initiatives', 'priceLevel', 'rangePolicy'];
  const nodeFields = ['id', 'committee', 'title', 'number', 'kind', 'note', 'unit', 'amounts', 'lines', 'frame'];
  fc.assert(
    fc.property(fc.constantFrom(...fields), fc.constantFrom(...nodeFields), fc.jsonValue(), fc.jsonValue(), (top, node, a, b) => {
      const document = validFile();
      document[top] = a;
      if (Array.isArray(document.initiatives)) {
        const first = document.initiatives[0];
        if (typeof first === 'object' && first !== null && !Array.isArray(first)) first[node] = b;
      }
      const result = validateDefinitions(document);
      expect(result.file === undefined).toBe(result.problems.length > 0);
    }),
    { numRuns: 500 },
  );
});

/** Valid files of every shape: the validator must accept them and return them unchanged. */
const validFiles = fc
  .record({
    years: fc.uniqueArray(fc.integer({ min: 1990, max: 2060 }), { minLength: 1, maxLength: 6 }).map((ys) => [...ys].sort((x, y) => x - y)),
    committeeCount: fc.integer({ min: 1, max: 3 }),
    seed: fc.array(fc.tuple(fc.nat(), fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.nat(), fc.boolean()), { maxLength: 12 }),
  })
  .map(({ years, committeeCount, seed }) => {
    const committees = Array.from({ length: committeeCount }, (_, i) => ({ id: `udvalg_${i}`, name: `Udvalg ${i}` }));
    // Tenths computed from integers, as a user would write them (n / 10 - 1 would not be).
    const amount = (n: number, shape: number): unknown => {
      const value = n / 10;
      switch (shape % 4) {
        case 0:
          return value;
        case 1:
          return { min: value, max: (n + 15) / 10 };
        case 2:
          return Object.fromEntries(years.filter((_, i) => (i + n) % 2 === 0).map((y) => [String(y), value]));
        default:
          return Object.fromEntries(years.map((y) => [String(y), { min: (n - 10) / 10, max: value }]));
      }
    };
    const initiatives = seed.map(([pick, n, shape, withLines], i) => {
      const base = { id: `i${i}`, committee: `udvalg_${pick % committeeCount}`, title: `Initiativ ${i}` };
      if (!withLines) return shape % 5 === 4 ? base : { ...base, amounts: amount(n, shape) };
      const lines = [
        { title: 'a', kind: 'capital', amounts: amount(n, shape + 1) },
        { id: `i${i}_b`, title: 'b', lines: [{ title: 'c', amounts: amount(-n, shape) }] },
      ];
      return shape % 2 === 0 ? { ...base, lines } : { ...base, frame: amount(n, 0), lines };
    });
    return { formatVersion: 1, title: 'Budget', unit: 'mio. kr.', years, committees, initiatives };
  });

test('accepts every valid file and returns it unchanged', () => {
  fc.assert(
    fc.property(validFiles, (document) => {
      const result = validateDefinitions(document);
      expect(summary(result.problems)).toEqual([]);
      expect(result.file).toEqual(document);
    }),
    { numRuns: 300 },
  );
});
