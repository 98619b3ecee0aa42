/**
 * Read-back (docs/readback.md, R1–R12): the user's edits of a built workbook land in the
 * definitions, and the diff says exactly what changed. Titled by rule ID.
 */
import { writeTables } from '../../../../src/taskpane/host/writeTables';
import { buildModel } from '../../../../src/core/model/buildModel';
import { describeDiffEntry, describeNotice } from '../../../../src/core/readback/describe';
import { readBack } from '../../../../src/core/readback/readBack';
import type { InitiativeFile } from '../../../../src/core/format/types';
import { createExcelDouble } from '@budget-tables/excel-double';
import { readTrustedFixture } from '../../../helpers/fixtures';
import { generateDefinitions } from '../../../helpers/generateDefinitions';
import { built, copy, features, insertRow, readInput, sample } from './helpers';

const HOSP = 'Hospitalsudvalget';
const RU = 'Regional Udvikling';

async function readAfter(definitions: InitiativeFile, edit: (double: Awaited<ReturnType<typeof built>>) => void, lang: 'da' | 'en' = 'da') {
  const double = await built(definitions, lang);
  edit(double);
  return readBack(await readInput(double));
}

describe('[R1] an unedited workbook reads back to the very definitions it was built from', () => {
  test.each([
    ['the feature fixture', features],
    ['the seminar sample', sample],
    ['300 generated initiatives', generateDefinitions({ initiatives: 300, committees: 4 })],
  ])('%s', async (_name, definitions) => {
    const result = await readAfter(definitions, () => undefined);
    expect(result.diff).toEqual([]);
    expect(result.notices).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.definitions).toEqual(definitions);
  });

  test('in English too', async () => {
    const result = await readAfter(features, () => undefined, 'en');
    expect(result.diff).toEqual([]);
    expect(result.definitions).toEqual(features);
  });
});

describe('[R2] amounts', () => {
  test('a changed amount replaces that year; the other years keep their form', async () => {
    const result = await readAfter(features, (d) => d.user.type(HOSP, 'E8', 2.5));
    expect(result.diff).toEqual([
      { kind: 'amount', committee: 'hosp', path: 'initiatives[0].lines[1]', title: 'Huslejeudgifter', year: 2021, old: 2, new: 2.5, unit: 'mio. kr.', sheet: HOSP, address: 'E8' },
    ]);
    expect(result.definitions.initiatives[0]?.lines?.[1]?.amounts).toEqual({ '2020': 2, '2021': 2.5, '2022': 2, '2023': 2 });
  });

  test('a cleared cell is "not stated"; a number typed in a blank year is stated', async () => {
    const result = await readAfter(features, (d) => {
      d.user.clear(HOSP, 'D13');
      d.user.type(HOSP, 'F13', 0.3);
    });
    expect(result.diff.map((e) => [e.address, e.old, e.new])).toEqual([
      ['D13', -0.1, null],
      ['F13', null, 0.3],
    ]);
    expect(result.definitions.initiatives[3]?.amounts).toEqual({ '2021': 0.2, '2022': 0.3 });
  });

  test('a range stays a range while its cell holds the policy value, and becomes the number typed otherwise', async () => {
    const unchanged = await readAfter(features, (d) => d.user.type(HOSP, 'D11', 6.9));
    expect(unchanged.diff).toEqual([]);
    expect(unchanged.definitions.initiatives[1]?.amounts).toEqual({ '2020': { min: 5.5, max: 6.9 } });
    const typed = await readAfter(features, (d) => d.user.type(HOSP, 'D11', 6));
    expect(typed.diff).toEqual([
      { kind: 'amount', committee: 'hosp', path: 'initiatives[1]', title: 'Akutnummer 1-1-3', year: 2020, old: { min: 5.5, max: 6.9 }, new: 6, unit: 'mio. kr.', sheet: HOSP, address: 'D11' },
    ]);
    expect(typed.definitions.initiatives[1]?.amounts).toEqual({ '2020': 6 });
  });

  test('an amount stated in another unit is converted back exactly', async () => {
    const result = await readAfter(features, (d) => d.user.type(HOSP, 'E12', 0.4567891));
    expect(result.diff[0]).toMatchObject({ path: 'initiatives[2]', year: 2021, old: 450000, new: 456789.1, unit: 'kr.' });
    expect(result.definitions.initiatives[2]?.amounts).toEqual({ '2020': 450000, '2021': 456789.1, '2022': 450000, '2023': 450000 });
    expect(buildModel(result.definitions).committees[0]?.initiatives[2]?.amounts).toEqual([0.45, 0.4567891, 0.45, 0.45]);
  });

  test('text in an amount cell is not an amount: the year keeps what it had', async () => {
    const result = await readAfter(features, (d) => d.user.type(HOSP, 'D7', 'ca. 6'));
    expect(result.diff).toEqual([]);
    expect(result.definitions).toEqual(features);
  });

  test('clearing every year of a leaf leaves an uncosted topic', async () => {
    const result = await readAfter(features, (d) => d.user.clear(HOSP, 'D15:G15'));
    expect(result.diff).toHaveLength(4);
    expect(result.definitions.initiatives[5]).toEqual({ id: 'huse', committee: 'hosp', number: '7', title: 'Sundhedshuse', kind: 'capital' });
  });
});

describe('[R3] titles', () => {
  test('a title typed over is the same row with a new title, keeping its amounts and id', async () => {
    const result = await readAfter(features, (d) => {
      d.user.type(HOSP, 'B11', 'Akutnummer 1813');
      d.user.type(HOSP, 'D11', 7);
    });
    expect(result.diff).toEqual([
      { kind: 'title', committee: 'hosp', path: 'initiatives[1]', title: 'Akutnummer 1813', old: 'Akutnummer 1-1-3', new: 'Akutnummer 1813', sheet: HOSP, address: 'B11' },
      { kind: 'amount', committee: 'hosp', path: 'initiatives[1]', title: 'Akutnummer 1813', year: 2020, old: { min: 5.5, max: 6.9 }, new: 7, unit: 'mio. kr.', sheet: HOSP, address: 'D11' },
    ]);
    expect(result.definitions.initiatives[1]).toEqual({ id: 'akut', committee: 'hosp', number: '3', title: 'Akutnummer 1813', amounts: { '2020': 7 } });
  });

  test('a node\'s title and two neighbouring lines renamed at once', async () => {
    const result = await readAfter(features, (d) => {
      d.user.type(HOSP, 'B6', 'Personlig medicin (PM)');
      d.user.type(HOSP, 'B7', 'Oprustning');
      d.user.type(HOSP, 'B8', 'Husleje');
    });
    expect(result.diff.map((e) => [e.kind, e.path, e.old, e.new])).toEqual([
      ['title', 'initiatives[0]', 'Personlig medicin', 'Personlig medicin (PM)'],
      ['title', 'initiatives[0].lines[0]', 'Påbegynde PM-oprustning', 'Oprustning'],
      ['title', 'initiatives[0].lines[1]', 'Huslejeudgifter', 'Husleje'],
    ]);
  });

  test('a cleared title is kept, with a notice', async () => {
    const result = await readAfter(features, (d) => d.user.clear(HOSP, 'B8'));
    expect(result.diff).toEqual([]);
    expect(result.notices).toEqual([{ code: 'readbackTitleBlank', sheet: HOSP, address: 'B8', text: 'Huslejeudgifter' }]);
    expect(result.definitions).toEqual(features);
  });

  test('a title that looks like a formula is read as the text it is', async () => {
    // The title cell is Text-formatted, so what is typed stays text, as in Excel.
    const result = await readAfter(features, (d) => d.user.type(HOSP, 'B8', '=1+1'));
    expect(result.diff[0]).toMatchObject({ kind: 'title', new: '=1+1' });
  });
});

describe('[R4] numbers', () => {
  test('a changed and a cleared number', async () => {
    const result = await readAfter(features, (d) => {
      d.user.type(HOSP, 'A11', '3a');
      d.user.clear(HOSP, 'A12');
    });
    expect(result.diff.map((e) => [e.kind, e.path, e.old, e.new])).toEqual([
      ['number', 'initiatives[1]', '3', '3a'],
      ['number', 'initiatives[2]', '4', null],
    ]);
    expect(result.definitions.initiatives[2]).not.toHaveProperty('number');
  });
});

describe('[R5] kinds', () => {
  test('Drift to Anlæg and back, in either language\'s words and any case', async () => {
    const result = await readAfter(features, (d) => {
      d.user.type(HOSP, 'C11', 'anlæg');
      d.user.type(HOSP, 'C15', 'Operating');
    });
    expect(result.diff.map((e) => [e.kind, e.path, e.old, e.new])).toEqual([
      ['kind', 'initiatives[1]', 'operating', 'capital'],
      ['kind', 'initiatives[5]', 'capital', 'operating'],
    ]);
    expect(result.definitions.initiatives[1]?.kind).toBe('capital');
    expect(result.definitions.initiatives[5]?.kind).toBe('operating');
  });

  test('a node\'s kind changed: its lines keep the kind their rows show', async () => {
    const result = await readAfter(features, (d) => d.user.type(HOSP, 'C6', 'Anlæg'));
    expect(result.diff).toEqual([{ kind: 'kind', committee: 'hosp', path: 'initiatives[0]', title: 'Personlig medicin', old: 'operating', new: 'capital', sheet: HOSP, address: 'C6' }]);
    const pm = result.definitions.initiatives[0];
    expect(pm?.kind).toBe('capital');
    expect(pm?.lines?.map((l) => l.kind)).toEqual(['operating', 'operating', 'operating']);
    expect(buildModel(result.definitions).committees[0]?.capital).toEqual(buildModel(features).committees[0]?.capital);
  });

  test('an unknown kind counts as operating, as the sheet counts it, with a notice', async () => {
    const result = await readAfter(features, (d) => d.user.type(RU, 'C17', 'Investering'));
    expect(result.diff.map((e) => [e.kind, e.old, e.new])).toEqual([['kind', 'capital', 'operating']]);
    expect(result.notices).toEqual([{ code: 'readbackKindUnknown', sheet: RU, address: 'C17', text: 'Investering' }]);
  });
});

describe('[R6] notes: what the layout generated is taken off again', () => {
  test('a note added to a range\'s generated span; the span is not part of the note', async () => {
    const result = await readAfter(features, (d) => d.user.type(HOSP, 'H11', 'Skøn fra regionen. Spænd 2020: 5,5–6,9'));
    expect(result.diff).toEqual([{ kind: 'note', committee: 'hosp', path: 'initiatives[1]', title: 'Akutnummer 1-1-3', old: null, new: 'Skøn fra regionen', sheet: HOSP, address: 'H11' }]);
    expect(result.definitions.initiatives[1]?.note).toBe('Skøn fra regionen');
  });

  test('a note after the unit conversion, an edited user note, and a cleared one', async () => {
    const result = await readAfter(features, (d) => {
      d.user.type(HOSP, 'H12', '(kr. → mio. kr.) Tilskud');
      d.user.type(HOSP, 'H14', 'Beløb i 2021');
    });
    expect(result.diff.map((e) => [e.path, e.old, e.new])).toEqual([
      ['initiatives[2]', null, 'Tilskud'],
      ['initiatives[4]', 'Intet beløb endnu', 'Beløb i 2021'],
    ]);
    const cleared = await readAfter(features, (d) => d.user.clear(HOSP, 'H14'));
    expect(cleared.diff.map((e) => [e.path, e.old, e.new])).toEqual([['initiatives[4]', 'Intet beløb endnu', null]]);
    expect(cleared.definitions.initiatives[4]).not.toHaveProperty('note');
  });

  test('a note ending in a full stop: joined by a space, read back whole; the doubled stop of older builds is no edit', async () => {
    const withStop = copy(features);
    const akut = withStop.initiatives[1];
    if (akut === undefined) throw new Error('fixture changed');
    withStop.initiatives[1] = { ...akut, note: 'Skøn fra regionen.' };
    const unchanged = await readAfter(withStop, () => undefined);
    expect(unchanged.diff).toEqual([]);
    expect(unchanged.definitions).toEqual(withStop);
    // What builds before the joiner rule wrote into H11.
    const older = await readAfter(withStop, (d) => d.user.type(HOSP, 'H11', 'Skøn fra regionen.. Spænd 2020: 5,5–6,9'));
    expect(older.diff).toEqual([]);
    const edited = await readAfter(withStop, (d) => d.user.type(HOSP, 'H11', 'Skøn fra Danske Regioner. Spænd 2020: 5,5–6,9'));
    expect(edited.diff.map((e) => [e.path, e.old, e.new])).toEqual([['initiatives[1]', 'Skøn fra regionen.', 'Skøn fra Danske Regioner']]);
  });

  test('the generated span removed by the user is not a note; the frame label is not a note', async () => {
    const result = await readAfter(features, (d) => {
      d.user.clear(HOSP, 'H11');
      d.user.type(RU, 'H15', 'Ramme. Nettoramme');
    });
    expect(result.diff.map((e) => [e.path, e.old, e.new])).toEqual([['initiatives[7]', null, 'Nettoramme']]);
  });
});

describe('[R7] frames', () => {
  test('a frame amount changed on the frame row; a year the frame does not state stays unstated', async () => {
    const result = await readAfter(features, (d) => {
      d.user.type(RU, 'D6', 70);
      d.user.clear(RU, 'E6');
    });
    expect(result.diff).toEqual([
      { kind: 'frame', committee: 'ru', path: 'initiatives[6]', title: 'Udviklingsaktiviteter', year: 2020, old: 65.5, new: 70, unit: 'mio. kr.', sheet: RU, address: 'D6' },
    ]);
    expect(result.definitions.initiatives[6]?.frame).toEqual({ '2020': 70 });
  });

  test('a frame stated as one number for every year: one year changed', async () => {
    const result = await readAfter(features, (d) => d.user.type(RU, 'F20', 2));
    expect(result.definitions.initiatives[8]?.frame).toEqual({ '2020': 1, '2021': 1, '2022': 2, '2023': 1 });
  });
});

describe('[R8] a row the user inserted with a title is a new line where it stands', () => {
  test('among a node\'s lines, as the first line under its title row, and directly above its subtotal', async () => {
    const result = await readAfter(features, (d) => {
      insertRow(d, HOSP, 10, { B: 'Sidst', D: 3 }); // directly above the subtotal
      insertRow(d, HOSP, 8, { B: 'Midt', E: 1, C: 'Anlæg' });
      insertRow(d, HOSP, 7, { B: 'Først', D: 1.25, H: 'Ny' });
    });
    expect(result.diff.map((e) => [e.kind, e.path, e.address])).toEqual([
      ['added', 'initiatives[0].lines[0]', 'B7'],
      ['added', 'initiatives[0].lines[2]', 'B9'],
      ['added', 'initiatives[0].lines[5]', 'B12'],
    ]);
    expect(result.definitions.initiatives[0]?.lines?.map((l) => l.title)).toEqual(['Først', 'Påbegynde PM-oprustning', 'Midt', 'Huslejeudgifter', 'Ny PM-diagnostik', 'Sidst']);
    expect(result.definitions.initiatives[0]?.lines?.[0]).toEqual({ title: 'Først', note: 'Ny', amounts: { '2020': 1.25 } });
    expect(result.definitions.initiatives[0]?.lines?.[2]).toEqual({ title: 'Midt', kind: 'capital', amounts: { '2021': 1 } });
  });

  test('directly above the committee\'s total: a new initiative with a generated id', async () => {
    const result = await readAfter(features, (d) => insertRow(d, HOSP, 16, { A: '8', B: 'Nyt emne', E: 2 }));
    const added = { id: 'hosp_new_1', committee: 'hosp', number: '8', title: 'Nyt emne', amounts: { '2021': 2 } };
    const place = { node: { number: '8', title: 'Nyt emne' }, committee: HOSP, parents: [] };
    expect(result.diff).toEqual([{ kind: 'added', committee: 'hosp', path: 'initiatives[6]', title: 'Nyt emne', new: added, unit: 'mio. kr.', place, sheet: HOSP, address: 'B16' }]);
    expect(result.definitions.initiatives[6]).toEqual(added);
    expect(result.definitions.initiatives[7]?.committee).toBe('ru'); // the other committees keep their places
    expect(result.problems).toEqual([]);
  });

  test('ids stay unique: the generated id skips one already in the file', async () => {
    const definitions = copy(features);
    definitions.initiatives.push({ id: 'hosp_new_1', committee: 'tom', title: 'Optaget id', amounts: 1 });
    const result = await readAfter(definitions, (d) => insertRow(d, HOSP, 16, { B: 'Nyt emne' }));
    expect(result.diff[0]?.new).toEqual({ id: 'hosp_new_2', committee: 'hosp', title: 'Nyt emne' });
  });

  test('among a frame\'s allocations, inside a nested pool, and after a nested pool\'s remainder', async () => {
    const result = await readAfter(features, (d) => {
      insertRow(d, RU, 14, { B: 'Efter puljen', D: 1 }); // after the pool's "Ikke udmøntet", before the frame's
      insertRow(d, RU, 12, { B: 'I puljen', D: 2 });
      insertRow(d, RU, 8, { B: 'Ny bevilling', D: 3 });
    });
    expect(result.diff.map((e) => [e.kind, e.path])).toEqual([
      ['added', 'initiatives[6].lines[1]'],
      ['added', 'initiatives[6].lines[4].lines[1]'],
      ['added', 'initiatives[6].lines[5]'],
    ]);
    const model = buildModel(result.definitions);
    expect(model.committees[1]?.initiatives[0]?.unallocated).toEqual([65.5 - 20.4 - 10.3 - 5.8 - 29 - 3 - 1, 0, 0, 0].map((v) => Math.round(v * 10) / 10));
  });

  test('at the top of a committee with no initiatives', async () => {
    const result = await readAfter(features, (d) => insertRow(d, 'Udvalg- uden emner - test-', 6, { B: 'Første emne', D: 1 }));
    expect(result.definitions.initiatives.at(-1)).toEqual({ id: 'tom_new_1', committee: 'tom', title: 'Første emne', amounts: { '2020': 1 } });
    expect(result.diff[0]?.path).toBe(`initiatives[${result.definitions.initiatives.length - 1}]`);
  });

  test('a new line under a node stating another unit gets the report\'s unit, so its amounts mean what was typed', async () => {
    const definitions = copy(features);
    const pm = definitions.initiatives[0];
    if (pm === undefined) throw new Error('fixture');
    pm.unit = 'kr.';
    pm.lines = [{ title: 'Kroner', amounts: 2500000 }];
    const result = await readAfter(definitions, (d) => insertRow(d, HOSP, 8, { B: 'Ny', D: 1.5 }));
    expect(result.definitions.initiatives[0]?.lines?.[1]).toEqual({ title: 'Ny', unit: 'mio. kr.', amounts: { '2020': 1.5 } });
    expect(buildModel(result.definitions).committees[0]?.initiatives[0]?.total[0]).toBe(4);
  });

  test('a line without a kind under a capital node is operating, as the sheet counts it', async () => {
    const definitions = copy(features);
    const pm = definitions.initiatives[0];
    if (pm === undefined) throw new Error('fixture');
    pm.kind = 'capital';
    const result = await readAfter(definitions, (d) => insertRow(d, HOSP, 8, { B: 'Uden type', D: 1 }));
    expect(result.definitions.initiatives[0]?.lines?.[1]).toEqual({ title: 'Uden type', kind: 'operating', amounts: { '2020': 1 } });
  });
});

describe('[R9] inserted rows that are not read back, with a notice', () => {
  test('without a title, with a role marker, below the totals; a blank row is nothing', async () => {
    const result = await readAfter(features, (d) => {
      insertRow(d, HOSP, 18, { B: 'Under totalen', D: 1 });
      insertRow(d, HOSP, 12, { B: 'Kopi', I: 'node' });
      insertRow(d, HOSP, 9, { D: 4 });
      d.user.insertRows(HOSP, 8, 1);
    });
    expect(result.diff).toEqual([]);
    expect(result.notices).toEqual([
      { code: 'readbackRowWithoutTitle', sheet: HOSP, address: 'B10', text: '' },
      { code: 'readbackRowIgnored', sheet: HOSP, address: 'B14', text: 'Kopi' },
      { code: 'readbackRowAfterTotals', sheet: HOSP, address: 'B21', text: 'Under totalen' },
    ]);
    expect(result.definitions).toEqual(features);
  });
});

describe('[R10] deleted rows', () => {
  test('a deleted line and a deleted initiative are removed, the diff holding what they were', async () => {
    const result = await readAfter(features, (d) => {
      d.user.deleteRows(HOSP, 14);
      d.user.deleteRows(HOSP, 8);
    });
    const inPersonalMedicine = { node: { title: 'Huslejeudgifter' }, committee: HOSP, parents: [{ number: '2', title: 'Personlig medicin' }] };
    expect(result.diff).toEqual([
      { kind: 'removed', committee: 'hosp', path: 'initiatives[0].lines[1]', title: 'Huslejeudgifter', old: { title: 'Huslejeudgifter', amounts: 2 }, place: inPersonalMedicine, sheet: HOSP, address: 'B8' },
      { kind: 'removed', committee: 'hosp', path: 'initiatives[4]', title: 'Udredningsretten', old: features.initiatives[4], place: { node: { number: '6', title: 'Udredningsretten' }, committee: HOSP, parents: [] }, sheet: HOSP, address: 'B14' },
    ]);
    expect(result.definitions.initiatives.map((i) => i.id)).toEqual(['pm', 'akut', 'ambassador', 'formula_title', 'huse', 'udvikling', 'trafik', 'over']);
  });

  test('a whole initiative with its lines and subtotal is one removal', async () => {
    const result = await readAfter(features, (d) => d.user.deleteRows(HOSP, 6, 5));
    expect(result.diff.map((e) => [e.kind, e.path])).toEqual([['removed', 'initiatives[0]']]);
    expect(result.definitions.initiatives[0]?.id).toBe('akut');
  });

  test('every line of a node deleted: the node stays, with no lines', async () => {
    const result = await readAfter(features, (d) => d.user.deleteRows(HOSP, 7, 3));
    expect(result.diff.map((e) => [e.kind, e.path])).toEqual([
      ['removed', 'initiatives[0].lines[0]'],
      ['removed', 'initiatives[0].lines[1]'],
      ['removed', 'initiatives[0].lines[2]'],
    ]);
    expect(result.definitions.initiatives[0]?.lines).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  test('a node\'s title row deleted: the node is kept for its lines', async () => {
    const result = await readAfter(features, (d) => {
      // Excel would show #REF! in the subtotal anchored at the deleted row; the double cannot
      // evaluate such a range, so the user here clears the subtotal first.
      d.user.clear(HOSP, 'D10:G10');
      d.user.deleteRows(HOSP, 6);
    });
    expect(result.diff).toEqual([]);
    expect(result.notices).toEqual([{ code: 'readbackNodeRowDeleted', sheet: HOSP, address: 'B6', text: 'Personlig medicin' }]);
    expect(result.definitions).toEqual(features);
  });

  test('a subtotal row deleted: the initiatives after it are not taken for its lines', async () => {
    const result = await readAfter(features, (d) => {
      d.user.deleteRows(HOSP, 10);
      insertRow(d, HOSP, 10, { B: 'Efter', D: 1 });
    });
    expect(result.definitions.initiatives.slice(0, 3).map((i) => i.title)).toEqual(['Personlig medicin', 'Akutnummer 1-1-3', 'EN AF OS']);
    // The inserted row followed the last line while the node had no closing row: it is the node's.
    expect(result.diff.map((e) => [e.kind, e.path])).toEqual([['added', 'initiatives[0].lines[3]']]);
  });
});

/** A line "Kultur" (in t.kr.) cut from Udviklingsaktiviteter and inserted under Kollektiv trafik. */
async function cultureMovedToTransport() {
  const definitions = copy(features);
  const udv = definitions.initiatives[6];
  if (udv?.lines?.[1] === undefined) throw new Error('fixture');
  udv.lines[1] = { id: 'kultur', title: 'Kultur', unit: 't.kr.', amounts: { '2020': 10300 } };
  return readAfter(definitions, (d) => {
    insertRow(d, RU, 17, { B: 'Kultur', C: 'Drift', D: 10.3 });
    d.user.deleteRows(RU, 8);
  });
}

describe('[R11] rows moved (cut and inserted elsewhere) keep their definition', () => {
  test('a line moved into another node keeps its id, unit and range, and its old place is not a removal', async () => {
    const result = await cultureMovedToTransport();
    expect(result.diff.map((e) => [e.kind, e.path, e.new, e.address])).toEqual([['moved', 'initiatives[6].lines[1]', 'initiatives[7].lines[1]', 'B16']]);
    expect(result.definitions.initiatives[7]?.lines?.[1]).toEqual({ id: 'kultur', title: 'Kultur', unit: 't.kr.', amounts: { '2020': 10300 } });
    expect(result.definitions.initiatives[6]?.lines?.map((l) => l.title)).toEqual(['Uddannelse', 'Administrative udviklingsudgifter', 'Projektpulje']);
  });

  test('an initiative moved up as a block, lines and subtotal with it', async () => {
    const result = await readAfter(features, (d) => {
      // Sundhedshuse (row 15) to the top, then Personlig medicin's block below it stays in order.
      insertRow(d, HOSP, 6, { A: '7', B: 'Sundhedshuse', C: 'Anlæg', D: 5, E: 5, F: 5, G: 5 });
      d.user.deleteRows(HOSP, 16);
    });
    expect(result.definitions.initiatives.slice(0, 6).map((i) => i.id)).toEqual(['huse', 'pm', 'akut', 'ambassador', 'formula_title', 'uncosted']);
    expect(result.diff.map((e) => [e.kind, e.path, e.new])).toEqual([['moved', 'initiatives[5]', 'initiatives[0]']]);
  });
});

describe('[R17] added, removed and moved rows are named by committee, initiative and line, never by path', () => {
  const both = (entry: Parameters<typeof describeDiffEntry>[0]) => [describeDiffEntry(entry, 'da'), describeDiffEntry(entry, 'en')];

  test('an added initiative: its committee, and its amounts with their unit', async () => {
    const result = await readAfter(features, (d) => insertRow(d, HOSP, 16, { A: '8', B: 'Ny pulje til rekruttering', E: 3 }));
    expect(result.diff.flatMap(both)).toEqual([
      'Hospitalsudvalget!B16: Tilføjet: »Ny pulje til rekruttering« (nr. 8) i Hospitalsudvalget – 2021: 3 mio. kr.',
      'Hospitalsudvalget!B16: Added: “Ny pulje til rekruttering” (no. 8) in Hospitalsudvalget – 2021: 3 DKK million',
    ]);
  });

  test('an added line: the initiative it is under, by title and number', async () => {
    const result = await readAfter(features, (d) => insertRow(d, HOSP, 10, { B: 'Sidst', D: 3, E: 1.5 }));
    expect(result.diff.flatMap(both)).toEqual([
      'Hospitalsudvalget!B10: Tilføjet: »Sidst« under »Personlig medicin« (nr. 2) i Hospitalsudvalget – 2020: 3 mio. kr.; 2021: 1,5 mio. kr.',
      'Hospitalsudvalget!B10: Added: “Sidst” under “Personlig medicin” (no. 2) in Hospitalsudvalget – 2020: 3 DKK million; 2021: 1.5 DKK million',
    ]);
  });

  test('a removed line and a removed initiative: where they were', async () => {
    const result = await readAfter(features, (d) => {
      d.user.deleteRows(HOSP, 14);
      d.user.deleteRows(HOSP, 8);
    });
    expect(result.diff.flatMap(both)).toEqual([
      'Hospitalsudvalget!B8: Slettet: »Huslejeudgifter« under »Personlig medicin« (nr. 2) i Hospitalsudvalget',
      'Hospitalsudvalget!B8: Removed: “Huslejeudgifter” under “Personlig medicin” (no. 2) in Hospitalsudvalget',
      'Hospitalsudvalget!B14: Slettet: »Udredningsretten« (nr. 6) i Hospitalsudvalget',
      'Hospitalsudvalget!B14: Removed: “Udredningsretten” (no. 6) in Hospitalsudvalget',
    ]);
  });

  test('a moved line: from where to where; a row moved in its own committee: within it', async () => {
    const across = await cultureMovedToTransport();
    expect(across.diff.flatMap(both)).toEqual([
      'Regional Udvikling!B16: Flyttet: »Kultur« fra »Udviklingsaktiviteter« (nr. 1) i Regional Udvikling til »Kollektiv trafik« (nr. 2) i Regional Udvikling',
      'Regional Udvikling!B16: Moved: “Kultur” from “Udviklingsaktiviteter” (no. 1) in Regional Udvikling to “Kollektiv trafik” (no. 2) in Regional Udvikling',
    ]);
    const within = await readAfter(features, (d) => {
      insertRow(d, HOSP, 6, { A: '7', B: 'Sundhedshuse', C: 'Anlæg', D: 5, E: 5, F: 5, G: 5 });
      d.user.deleteRows(HOSP, 16);
    });
    expect(within.diff.flatMap(both)).toEqual([
      'Hospitalsudvalget!B6: Flyttet: »Sundhedshuse« (nr. 7) inden for Hospitalsudvalget',
      'Hospitalsudvalget!B6: Moved: “Sundhedshuse” (no. 7) within Hospitalsudvalget',
    ]);
  });
});

describe('[R12] the result', () => {
  test('definitions that would not validate are reported as problems', async () => {
    const result = await readAfter(features, (d) => d.user.type(HOSP, 'D7', 1e16));
    expect(result.problems.map((p) => [p.code, p.location])).toEqual([['numberTooLarge', { kind: 'json', path: ['initiatives', 0, 'lines', 0, 'amounts', '2020'] }]]);
  });

  test('[R14] a number with more digits than Excel keeps reads as Excel shows it: 15 significant digits, never refused', async () => {
    const result = await readAfter(features, (d) => d.user.type(HOSP, 'D7', 1234567890.1234567));
    expect(result.problems).toEqual([]);
    expect(result.diff.map((e) => e.new)).toEqual([1234567890.12346]);
  });

  test('edits on several sheets, in table order; the other committees\' initiatives untouched', async () => {
    const result = await readAfter(sample, (d) => {
      d.user.type('Regional Udvikling', 'D7', 60);
      d.user.type('Hospitalsudvalget', 'D7', 6);
    });
    expect(result.diff.map((e) => e.sheet)).toEqual(['Hospitalsudvalget', 'Regional Udvikling']);
    const untouched = sample.initiatives.filter((i) => i.committee === 'psyk' || i.committee === 'naere');
    expect(result.definitions.initiatives.filter((i) => i.committee === 'psyk' || i.committee === 'naere')).toEqual(untouched);
  });

  test('a build limited to some committees reads back only their sheets; the others\' initiatives are kept', async () => {
    const double = createExcelDouble();
    await double.run((context) => writeTables(context, { definitions: features, layout: { lang: 'da', decimals: 1, committees: ['ru'] } }));
    double.user.type(RU, 'D7', 21);
    const result = readBack(await readInput(double));
    expect(result.diff.map((e) => [e.path, e.old, e.new])).toEqual([['initiatives[6].lines[0]', 20.4, 21]]);
    expect(result.definitions.initiatives.filter((i) => i.committee !== 'ru')).toEqual(features.initiatives.filter((i) => i.committee !== 'ru'));
  });

  test('the diff and notices in Danish and English', async () => {
    const result = await readAfter(features, (d) => {
      d.user.type(HOSP, 'E8', 2.5);
      d.user.type(HOSP, 'D11', 6);
      insertRow(d, HOSP, 16, { B: 'Nyt emne', D: 1320.5 });
      d.user.type(HOSP, 'C12', 'Anlæg');
      d.user.type(RU, 'C17', '?');
    });
    expect(result.diff.map((e) => describeDiffEntry(e, 'da'))).toEqual([
      'Hospitalsudvalget!E8: Beløb ændret: »Huslejeudgifter« 2021: 2 mio. kr. → 2,5 mio. kr.',
      'Hospitalsudvalget!D11: Beløb ændret: »Akutnummer 1-1-3« 2020: 5,5–6,9 mio. kr. → 6 mio. kr.',
      'Hospitalsudvalget!C12: Type ændret for »EN AF OS«: Drift → Anlæg',
      'Hospitalsudvalget!B16: Tilføjet: »Nyt emne« i Hospitalsudvalget – 2020: 1.320,5 mio. kr.',
      'Regional Udvikling!C17: Type ændret for »Tog«: Anlæg → Drift',
    ]);
    expect(describeDiffEntry(result.diff[0]!, 'en')).toBe('Hospitalsudvalget!E8: Amount changed: “Huslejeudgifter” 2021: 2 DKK million → 2.5 DKK million');
    expect(result.notices.map((n) => describeNotice(n, 'en'))).toEqual([
      'Regional Udvikling!C17: The kind “?” is not known (Operating or Capital); the row is read as operating, as the sheet\'s totals count it.',
    ]);
  });
});

describe('[R15] kinds of money: the block a row stands in decides its funding', () => {
  const funding = readTrustedFixture('valid-funding');
  const PSYK = 'Psykiatri';

  test('the funding fixture reads back unchanged', async () => {
    const result = await readAfter(funding, () => undefined);
    expect(result.diff).toEqual([]);
    expect(result.definitions).toEqual(funding);
  });

  test('a row typed in the reprioritised block is a new reprioritised initiative; in the new-money block, new money', async () => {
    const result = await readAfter(funding, (d) => {
      insertRow(d, PSYK, 19, { B: 'Færre vikarer', D: -3 }); // after the frame's remainder, above the block's subtotal
      insertRow(d, PSYK, 10, { B: 'Nyt emne', D: 1 }); // above the group's subtotal: a line of the group
    });
    // The new reprioritised initiative follows the file's last reprioritised one (R12).
    const added = result.diff.filter((e) => e.kind === 'added').map((e) => [e.title, e.path]);
    expect(added).toEqual([
      ['Nyt emne', 'initiatives[3].lines[2]'],
      ['Færre vikarer', 'initiatives[1]'],
    ]);
    expect(result.definitions.initiatives[1]).toEqual({ id: 'psyk_new_1', committee: 'psyk', funding: 'reprioritised', title: 'Færre vikarer', amounts: { '2020': -3 } });
    expect(result.problems).toEqual([]);
  });

  test('an initiative moved into another block changes its funding, and the diff says so', async () => {
    const result = await readAfter(funding, (d) => {
      insertRow(d, PSYK, 19, { A: '3', B: 'TUT', C: 'Drift', D: -1.4 });
      d.user.deleteRows(PSYK, 6);
    });
    const change = result.diff.find((e) => e.kind === 'funding');
    expect(change).toMatchObject({ kind: 'funding', path: 'initiatives[1]', title: 'TUT', old: 'new', new: 'reprioritised' });
    expect(describeDiffEntry(change ?? result.diff[0]!, 'da')).toMatch(/Finansiering ændret for »TUT«: Ny → Omprioritering$/);
    expect(result.definitions.initiatives.find((i) => i.id === 'tut')?.funding).toBe('reprioritised');
  });
});
