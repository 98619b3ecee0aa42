import Big from 'big.js';
import fc from 'fast-check';
import { diffDefinitions, isEmptyDiff } from '../../../../src/core/diff';
import type { Amount, InitiativeDef, InitiativeFile, LineDef } from '../../../../src/core/format/types';
import { buildModel } from '../../../../src/core/model/buildModel';
import { convertUnit } from '../../../../src/core/model/decimal';
import { validateDefinitions } from '../../../../src/core/validate/validate';
import { readTrustedFixture } from '../../../helpers/fixtures';

const base: InitiativeFile = {
  formatVersion: 1,
  title: 'Udvalgenes forslag',
  unit: 'mio. kr.',
  years: [2020, 2021],
  committees: [
    { id: 'hosp', name: 'Hospitalsudvalget' },
    { id: 'psyk', name: 'Psykiatriudvalget' },
  ],
  initiatives: [
    { id: 'pm', committee: 'hosp', title: 'Personlig medicin', lines: [{ title: 'Oprustning', amounts: { 2020: 5, 2021: 10 } }, { title: 'Drift', amounts: 2 }] },
    { id: 'akut', committee: 'hosp', title: 'Akutnummer', amounts: { 2020: { min: 5.5, max: 6.9 } } },
    { id: 'tvang', committee: 'psyk', title: 'Mindre tvang', amounts: 3.2 },
    { id: 'ramme', committee: 'psyk', funding: 'existing', title: 'Eksisterende ramme', amounts: 100 },
  ],
};

function withInitiatives(file: InitiativeFile, change: (initiatives: InitiativeDef[]) => InitiativeDef[]): InitiativeFile {
  return { ...file, title: 'Budgetforlig', initiatives: change(structuredClone(file.initiatives)) };
}

function netEqualsGrandTotalDifference(oldFile: InitiativeFile, newFile: InitiativeFile): void {
  const diff = diffDefinitions(oldFile, newFile);
  const oldTotal = buildModel(oldFile).total;
  const newTotal = buildModel(newFile).total;
  const years = diff.years;
  const expected = years.map((year) => {
    const at = (file: InitiativeFile, total: readonly number[]): number => total[file.years.indexOf(year)] ?? 0;
    // The old round's GrandTotal in the new round's unit (D8).
    return new Big(at(newFile, newTotal)).minus(convertUnit(at(oldFile, oldTotal), oldFile.unit, newFile.unit)).toNumber();
  });
  expect(diff.net).toEqual(expected);
  expect(diff.grandTotal.delta).toEqual(expected);
}

describe('[D1] initiatives are paired by id, then by committee and title', () => {
  test('a new id on the same committee and title is the same initiative; another title is removed and added', () => {
    const renamed = withInitiatives(base, (list) => list.map((i) => (i.id === 'tvang' ? { ...i, id: 'tvang2' } : i.id === 'akut' ? { ...i, id: 'akut2', title: 'Akut 1-1-3' } : i)));
    const diff = diffDefinitions(base, renamed);
    expect(diff.changes.map((c) => [c.section, c.id])).toEqual([['added', 'akut2'], ['removed', 'akut']]);
  });
});

describe('[D2] the net of the change list is the change in GrandTotal, year by year', () => {
  test('added, removed, changed and moved initiatives add up to the GrandTotal difference', () => {
    const next = withInitiatives(base, (list) => [
      ...list.filter((i) => i.id !== 'akut').map((i) => (i.id === 'tvang' ? { ...i, committee: 'hosp', amounts: 4.1 } : i)),
      { id: 'ny', committee: 'psyk', title: 'Udgående teams', amounts: { 2021: 0.3 } },
    ]);
    const diff = diffDefinitions(base, next);
    // akut −6,9 in 2020; tvang +0,9 both years; ny +0,3 in 2021.
    expect(diff.net).toEqual([-6, 1.2]);
    expect(diff.grandTotal).toEqual({ old: [17.1, 15.2], new: [11.1, 16.4], delta: [-6, 1.2] });
    expect(diff.changes.map((c) => [c.section, c.id, c.effect])).toEqual([
      ['added', 'ny', [0, 0.3]],
      ['removed', 'akut', [-6.9, 0]],
      ['changed', 'tvang', [0.9, 0.9]],
    ]);
    netEqualsGrandTotalDifference(base, next);
  });
  test('0,1 + 0,2 is 0,3 in the net: exact decimals, no float', () => {
    const old = withInitiatives(base, () => [{ id: 'a', committee: 'hosp', title: 'A', amounts: 0.1 }]);
    const next = withInitiatives(base, () => [{ id: 'a', committee: 'hosp', title: 'A', amounts: 0.2 }, { id: 'b', committee: 'hosp', title: 'B', amounts: 0.2 }]);
    expect(diffDefinitions(old, next).net).toEqual([0.3, 0.3]);
  });
});

describe('[D3] each initiative lands in one section: added, removed, chosen, dropped, changed', () => {
  test('a choice flipped is Valgt til or Valgt fra, with its effect on ChosenTotal and none on GrandTotal', () => {
    const old = withInitiatives(base, (list) => list.map((i) => (i.id === 'tvang' ? { ...i, chosen: false } : i)));
    const next = withInitiatives(base, (list) => list.map((i) => (i.id === 'akut' ? { ...i, chosen: false } : i)));
    const diff = diffDefinitions(old, next);
    expect(diff.changes.map((c) => [c.section, c.id, c.effect, c.chosenEffect])).toEqual([
      ['chosen', 'tvang', [0, 0], [3.2, 3.2]],
      ['dropped', 'akut', [0, 0], [-6.9, 0]],
    ]);
    expect(diff.chosenTotal.delta).toEqual([-3.7, 3.2]);
    expect(diff.net).toEqual([0, 0]);
  });
  test('dropped with a new amount stays in Valgt fra and carries the amount change', () => {
    const next = withInitiatives(base, (list) => list.map((i) => (i.id === 'tvang' ? { ...i, chosen: false, amounts: 3 } : i)));
    const [change] = diffDefinitions(base, next).changes;
    expect(change?.section).toBe('dropped');
    expect(change?.effect).toEqual([-0.2, -0.2]);
    expect(change?.fields).toEqual([{ field: 'chosen', old: 'true', new: 'false' }]);
    expect(change?.amounts).toEqual([{ line: [], what: 'amount', old: [3.2, 3.2], new: [3, 3] }]);
  });
});

describe('[D4] title, committee, kind, kind of money and pool are compared; notes and numbers are not', () => {
  test('fields changed are listed with old and new; a note alone is no change', () => {
    const next = withInitiatives(base, (list) => list.map((i) => (i.id === 'tvang' ? { ...i, title: 'Nedbringe tvang', committee: 'hosp', kind: 'capital' as const, note: 'ny note', number: '9' } : i.id === 'akut' ? { ...i, note: 'kun en note' } : i)));
    const diff = diffDefinitions(base, next);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]?.fields).toEqual([
      { field: 'title', old: 'Mindre tvang', new: 'Nedbringe tvang' },
      { field: 'committee', old: 'Psykiatriudvalget', new: 'Hospitalsudvalget' },
      { field: 'kind', old: 'operating', new: 'capital' },
    ]);
  });
});

const PM_LINES: LineDef[] = [
  { title: 'Oprustning', amounts: { 2020: 5, 2021: 12 } },
  { title: 'Udstyr', kind: 'capital', amounts: { 2020: 1 } },
];

describe('[D5] amounts are compared as counted, per line, with range ends, frames and lines added or removed', () => {
  test('a line changed, one added and one removed, matched by title', () => {
    const next = withInitiatives(base, (list) =>
      list.map((i): InitiativeDef => (i.id === 'pm' ? { ...i, lines: PM_LINES } : i)),
    );
    const [change] = diffDefinitions(base, next).changes;
    expect(change?.amounts).toEqual([
      { line: ['Oprustning'], what: 'amount', old: [5, 10], new: [5, 12] },
      { line: ['Udstyr'], what: 'lineAdded', old: [null, null], new: [1, 0] },
      { line: ['Drift'], what: 'lineRemoved', old: [2, 2], new: [null, null] },
    ]);
    expect(change?.effect).toEqual([-1, 0]);
  });
  test('the low end of a range moved while the counted high end stayed: listed, no effect', () => {
    const next = withInitiatives(base, (list) => list.map((i) => (i.id === 'akut' ? { ...i, amounts: { 2020: { min: 6, max: 6.9 } as Amount } } : i)));
    const [change] = diffDefinitions(base, next).changes;
    expect(change?.amounts).toEqual([{ line: [], what: 'amount', old: [6.9, null], new: [6.9, null] }]);
    expect(change?.effect).toEqual([0, 0]);
  });
  test('a frame changed: its initiative total follows the frame, not the lines', () => {
    const framed = (frame: number, line: number): InitiativeFile => withInitiatives(base, () => [{ id: 'f', committee: 'hosp', title: 'Pulje', frame, lines: [{ title: 'A', amounts: line }] }]);
    const diff = diffDefinitions(framed(10, 4), framed(12, 5));
    expect(diff.changes[0]?.amounts).toEqual([
      { line: [], what: 'frame', old: [10, 10], new: [12, 12] },
      { line: ['A'], what: 'amount', old: [4, 4], new: [5, 5] },
    ]);
    expect(diff.net).toEqual([2, 2]);
  });
});

describe('[D6] each committee’s change in new money, committees of either round', () => {
  test('a moved initiative leaves one committee and joins the other; a committee gone counts down to zero', () => {
    const next: InitiativeFile = { ...withInitiatives(base, (list) => list.map((i) => (i.committee === 'psyk' && i.funding === undefined ? { ...i, committee: 'hosp' } : i)).filter((i) => i.committee !== 'psyk')), committees: [{ id: 'hosp', name: 'Hospitalsudvalget' }] };
    const diff = diffDefinitions(base, next);
    expect(diff.committees).toEqual([
      { id: 'hosp', name: 'Hospitalsudvalget', old: [13.9, 12], new: [17.1, 15.2], delta: [3.2, 3.2] },
      { id: 'psyk', name: 'Psykiatriudvalget', old: [3.2, 3.2], new: [0, 0], delta: [-3.2, -3.2] },
    ]);
    expect(diff.net).toEqual([0, 0]);
  });
});

describe('[D7] years of either round; a year a round lacks counts 0', () => {
  test('a year added to the plan shows the whole amount as a change', () => {
    const next = { ...withInitiatives(base, (list) => list), years: [2020, 2021, 2022] };
    const diff = diffDefinitions(base, next);
    expect(diff.years).toEqual([2020, 2021, 2022]);
    // Drift's 2 and Mindre tvang's 3,2 are stated for every year; Oprustning and Akutnummer not for 2022.
    expect(diff.grandTotal.delta).toEqual([0, 0, 5.2]);
    expect(diff.net).toEqual([0, 0, 5.2]);
  });
});

describe('[D8] the new round’s unit; the old round is converted exactly', () => {
  test('t.kr. against mio. kr.: the same amounts are no change', () => {
    const inThousands: InitiativeFile = { ...base, unit: 't.kr.', initiatives: [{ id: 'tvang', committee: 'psyk', title: 'Mindre tvang', amounts: 3200 }] };
    const inMillions: InitiativeFile = { ...base, initiatives: [{ id: 'tvang', committee: 'psyk', title: 'Mindre tvang', amounts: 3.2 }, { id: 'kr', committee: 'psyk', title: 'Lille', unit: 'kr.', amounts: 450000 }] };
    const diff = diffDefinitions(inThousands, inMillions);
    expect(diff.unit).toBe('mio. kr.');
    expect(diff.changes.map((c) => [c.id, c.effect])).toEqual([['kr', [0.45, 0.45]]]);
    expect(diff.grandTotal).toEqual({ old: [3.2, 3.2], new: [3.65, 3.65], delta: [0.45, 0.45] });
  });
});

describe('[D9] a round compared with itself has no change', () => {
  test('the sample seminar against itself', () => {
    const sample = readTrustedFixture('valid-features');
    const diff = diffDefinitions(sample, structuredClone(sample));
    expect(diff.changes).toEqual([]);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.net.every((n) => n === 0)).toBe(true);
  });
});

describe('[D10] existing and reprioritised money is listed but never in the net', () => {
  test('existing money changed has no effect; new money turned existing takes its total out', () => {
    const next = withInitiatives(base, (list) => list.map((i) => (i.id === 'ramme' ? { ...i, amounts: 120 } : i.id === 'tvang' ? { ...i, funding: 'reprioritised' as const } : i)));
    const diff = diffDefinitions(base, next);
    expect(diff.changes.map((c) => [c.id, c.funding, c.effect, c.fields.map((f) => f.field)])).toEqual([
      ['tvang', 'reprioritised', [-3.2, -3.2], ['funding']],
      ['ramme', 'existing', [0, 0], []],
    ]);
    netEqualsGrandTotalDifference(base, next);
  });
});

/** Keeps only the amounts of the round's years, as the validator asks (V-rules on years). */
function withinYears<T extends LineDef>(def: T, years: readonly number[]): T {
  const keep = (spec: LineDef['amounts']): LineDef['amounts'] =>
    spec === undefined || typeof spec === 'number' || 'min' in spec ? spec : Object.fromEntries(Object.entries(spec).filter(([year]) => years.includes(Number(year))));
  return {
    ...def,
    ...(def.amounts === undefined ? {} : { amounts: keep(def.amounts) }),
    ...(def.frame === undefined ? {} : { frame: keep(def.frame) }),
    ...(def.lines === undefined ? {} : { lines: def.lines.map((l) => withinYears(l, years)) }),
  };
}

describe('[D2] [D9] property: for random pairs of rounds the net is the GrandTotal difference, and a round against itself is empty', () => {
  const hundredths = fc.integer({ min: -500_000, max: 500_000 }).map((n) => n / 100);
  const amount: fc.Arbitrary<Amount> = fc.oneof(hundredths, fc.tuple(hundredths, fc.integer({ min: 0, max: 9999 })).map(([min, extra]) => ({ min, max: new Big(min).plus(extra / 100).toNumber() })));
  const amounts = fc.dictionary(fc.constantFrom('2020', '2021', '2022'), amount, { maxKeys: 3 });
  const line: fc.Arbitrary<LineDef> = fc.record({ title: fc.constantFrom('A', 'B', 'C'), amounts, kind: fc.constantFrom('operating' as const, 'capital' as const) });
  const initiative = fc.record({
    id: fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6'),
    committee: fc.constantFrom('hosp', 'psyk'),
    title: fc.constantFrom('Emne', 'Andet emne', 'Tredje'),
    funding: fc.constantFrom('new' as const, 'existing' as const, 'reprioritised' as const),
    chosen: fc.boolean(),
    unit: fc.constantFrom('mio. kr.' as const, 't.kr.' as const, 'kr.' as const),
    shape: fc.constantFrom('leaf', 'lines', 'frame'),
    amounts,
    lines: fc.array(line, { minLength: 1, maxLength: 3 }),
  }).map(({ shape, lines, amounts: own, ...rest }): InitiativeDef => (shape === 'leaf' ? { ...rest, amounts: own } : shape === 'lines' ? { ...rest, lines } : { ...rest, frame: own, lines }));
  const round = fc.record({
    unit: fc.constantFrom('mio. kr.' as const, 't.kr.' as const),
    years: fc.constantFrom([2020, 2021], [2020, 2021, 2022], [2021, 2022]),
    rangePolicy: fc.constantFrom('low' as const, 'mid' as const, 'high' as const),
    initiatives: fc.uniqueArray(initiative, { selector: (i) => i.id, maxLength: 6 }),
  }).map((r): InitiativeFile => ({ ...base, ...r, years: [...r.years], initiatives: r.initiatives.map((i) => withinYears(i, r.years)) }));

  test('net = GrandTotal(new) − GrandTotal(old) per year; diff(a, a) is empty', () => {
    fc.assert(
      fc.property(round, round, (oldFile, newFile) => {
        expect(validateDefinitions(JSON.parse(JSON.stringify(oldFile))).problems.filter((p) => p.severity === 'error')).toEqual([]);
        netEqualsGrandTotalDifference(oldFile, newFile);
        const diff = diffDefinitions(oldFile, newFile);
        expect(diff.committees.reduce((sum, c) => diff.years.map((_, i) => sum[i]?.plus(c.delta[i] ?? 0) ?? new Big(0)), diff.years.map(() => new Big(0))).map((b) => b.toNumber())).toEqual(diff.net);
        expect(isEmptyDiff(diffDefinitions(oldFile, structuredClone(oldFile)))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
