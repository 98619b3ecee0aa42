/**
 * Reading the add-in's tables back from the workbook, checking and repairing them, and
 * watching for edits, on the Excel double (docs/readback.md). The edits are those of a
 * finance officer between two rounds: an amount changed, lines typed in (inside a node,
 * directly above a total, among a frame's allocations), a line deleted, a note edited,
 * and a number typed over a total. The diffs and findings are held against golden files
 * in tests/fixtures/readback-*.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTables } from '../../../../src/taskpane/host/writeTables';
import { readWorkbookTables } from '../../../../src/adapters/officejs/readWorkbook';
import { repairWorkbook } from '../../../../src/adapters/officejs/repair';
import { watchTables, type TableChange } from '../../../../src/adapters/officejs/watch';
import type { InitiativeFile } from '../../../../src/core/format/types';
import { buildLayoutPlan } from '../../../../src/core/layout/buildPlan';
import type { LayoutPlan } from '../../../../src/core/layout/plan';
import { buildModel } from '../../../../src/core/model/buildModel';
import { checkIntegrity, readBack } from '../../../../src/core/readback';
import { createExcelDouble, type ExcelDouble } from '@budget-tables/excel-double';
import { FIXTURES } from '../../../helpers/fixtures';
import { formulaMismatches } from '../../../helpers/double';
import { generateDefinitions } from '../../../helpers/generateDefinitions';
import { built, features, insertRow, readInput, sample } from '../../core/readback/helpers';

const golden = (name: string, file: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name, file), 'utf8'));
const planOf = (definitions: InitiativeFile): LayoutPlan => buildLayoutPlan(buildModel(definitions), { lang: 'da', decimals: 1, reservedSheetNames: ['Sheet1'] });


const value = (double: ExcelDouble, sheet: string, address: string) => double.inspect.cell(sheet, address).value;

/** The feature fixture's round of edits; addresses as they are at each step. */
function editFeatures(double: ExcelDouble): void {
  const hosp = 'Hospitalsudvalget';
  double.user.type(hosp, 'E16', 1000); // a number typed over the committee's total
  insertRow(double, hosp, 16, { A: '8', B: 'Nyt emne', C: 'Anlæg', E: 2 }); // directly above the total
  double.user.type(hosp, 'H14', 'Analyse i 2020'); // a note
  double.user.deleteRows(hosp, 9); // the line "Ny PM-diagnostik"
  insertRow(double, hosp, 8, { B: 'Ny linje', D: 1.5, E: 1.5 }); // inside Personlig medicin
  double.user.type(hosp, 'D7', 6.25); // an amount
  insertRow(double, 'Regional Udvikling', 8, { B: 'Ny bevilling', D: 3 }); // among a frame's allocations
}

/** The seminar sample's round of edits. */
function editSample(double: ExcelDouble): void {
  const hosp = 'Hospitalsudvalget';
  double.user.type(hosp, 'D11', 11); // Flash glukosemåler, 2020
  double.user.type(hosp, 'E20', 500); // over the total
  insertRow(double, hosp, 20, { A: '12', B: 'Ny pulje til rekruttering', E: 3 }); // directly above the total
  double.user.type(hosp, 'H13', 'Skøn: 5 mio. kr.'); // Udredningsretten's note
  double.user.deleteRows(hosp, 8); // Huslejeudgifter
  insertRow(double, hosp, 9, { B: 'Opfølgning', D: 0.5 }); // directly above Personlig medicin's subtotal
  insertRow(double, 'Psykiatri- og socialudvalget', 30, { A: '2.12', B: 'Ny indsats', D: 1 }); // in the 20 mio. kr. frame (reprioritised money, below the totals of new money)
  double.user.type('Regional Udvikling', 'C31', 'Anlæg'); // Tog becomes capital (existing money)
}

describe.each([
  ['the feature fixture', features, editFeatures, 'readback-features'],
  ['the seminar sample', sample, editSample, 'readback-seminar'],
])('%s: read back, check, repair', (_name, definitions, edit, fixture) => {
  test('the diff and the findings are exactly the edits', async () => {
    const double = await built(definitions);
    edit(double);
    const input = await readInput(double);
    const result = readBack(input);
    expect(result.diff).toEqual(golden(fixture, 'diff.json'));
    expect(result.notices).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(checkIntegrity(input)).toEqual(golden(fixture, 'findings.json'));
  });

  test('repair restores every formula and name, keeps every typed amount, and every total equals the engine', async () => {
    const double = await built(definitions);
    edit(double);
    const expected = readBack(await readInput(double)).definitions;
    const repaired = await double.run((context) => repairWorkbook(context));
    expect(repaired.status).toBe('repaired');
    if (repaired.status !== 'repaired') return;
    expect(repaired.readBack.definitions).toEqual(expected);
    expect(repaired.build.status).toBe('written');
    const plan = planOf(expected);
    expect(formulaMismatches(double, plan)).toEqual([]);
    expect(double.inspect.names().map((n) => n.name).sort()).toEqual(plan.names.map((n) => n.name).sort());
    // The workbook now is the build of the read-back definitions: nothing left to read or repair.
    const after = await readInput(double);
    expect(readBack(after).diff).toEqual([]);
    expect(checkIntegrity(after)).toEqual([]);
    expect(after.definitions).toEqual(expected);
  });
});

test('after repair the typed amounts and lines are in the sheet, and the overwritten total computes again', async () => {
  const double = await built(features);
  editFeatures(double);
  await double.run((context) => repairWorkbook(context));
  expect(value(double, 'Hospitalsudvalget', 'D7')).toBe(6.25);
  expect(value(double, 'Hospitalsudvalget', 'B8')).toBe('Ny linje');
  expect(value(double, 'Hospitalsudvalget', 'E8')).toBe(1.5);
  expect(value(double, 'Hospitalsudvalget', 'B9')).toBe('Huslejeudgifter');
  expect(double.inspect.cell('Hospitalsudvalget', 'E17').formula).toBe('=SUMIFS(E$5:INDEX(E:E,ROW()-1),$I$5:INDEX($I:$I,ROW()-1),"")');
  expect(value(double, 'Hospitalsudvalget', 'E17')).toBe(buildModel(readBack(await readInput(double)).definitions).committees[0]?.total[1]);
  expect(value(double, 'Regional Udvikling', 'B8')).toBe('Ny bevilling');
});

describe('readWorkbookTables', () => {
  test('a workbook the add-in did not build: no state, nothing to read; repair does nothing', async () => {
    const double = createExcelDouble();
    expect(await double.run((context) => readWorkbookTables(context))).toEqual({ state: undefined, input: undefined });
    expect(await double.run((context) => repairWorkbook(context))).toEqual({ status: 'noState' });
  });

  test('two syncs, whatever the number of initiatives', async () => {
    const syncsFor = async (initiatives: number) => {
      const double = await built(generateDefinitions({ initiatives, committees: 5 }));
      double.resetStats();
      const tables = await double.run((context) => readWorkbookTables(context));
      expect(tables.input?.sheets).toHaveLength(6);
      return double.stats.syncs;
    };
    expect(await syncsFor(10)).toBe(2);
    expect(await syncsFor(1000)).toBe(2);
  });

  test('a response over Excel on the web\'s limit: the tables are read in windows that fit, with the same cells', async () => {
    const definitions = generateDefinitions({ initiatives: 300, committees: 3, text: 'realistic' });
    const limited = createExcelDouble({ responseLimitBytes: 60_000 });
    await limited.run((context) => writeTables(context, { definitions, layout: { lang: 'da', decimals: 1 } }));
    limited.user.type('Udvalg 2', 'M4', 'Brugerens note ved siden af');
    const unlimited = await built(definitions);
    unlimited.user.type('Udvalg 2', 'M4', 'Brugerens note ved siden af');
    limited.resetStats();
    const windowed = await limited.run((context) => readWorkbookTables(context));
    expect(limited.stats.requests.filter((r) => r.failed === undefined).every((r) => r.responseBytes <= 60_000)).toBe(true);
    const whole = await unlimited.run((context) => readWorkbookTables(context));
    expect(windowed.input?.sheets).toEqual(whole.input?.sheets);
    expect(windowed.input?.sheets.find((s) => s.name === 'Udvalg 2')?.values[3]?.[12]).toBe('Brugerens note ved siden af');
  }, 60_000);

  test('a renamed sheet is read under its new name; a user\'s own sheet is not read', async () => {
    const double = await built(features);
    double.user.renameSheet('Hospitalsudvalget', 'Hosp');
    double.user.type('Sheet1', 'A1', 'Mine egne tal');
    const input = await readInput(double);
    expect(input.sheets.map((s) => [s.key, s.name])).toEqual([
      ['overview', 'Oversigt'],
      ['committee:hosp', 'Hosp'],
      ['committee:ru', 'Regional Udvikling'],
      ['committee:tom', 'Udvalg- uden emner - test-'],
    ]);
    expect(input.names?.find((n) => n.name === 'Table_hosp')?.formula).toBe('=Hosp!$A$5:$J$21');
  });

  test('read-back definitions with an error are not built', async () => {
    const double = await built(features);
    double.user.type('Hospitalsudvalget', 'D7', 1e16);
    const repaired = await double.run((context) => repairWorkbook(context));
    expect(repaired.status).toBe('invalid');
    expect(value(double, 'Hospitalsudvalget', 'D7')).toBe(1e16);
  });
});

describe('watchTables', () => {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  test('user edits on the add-in\'s sheets are reported once per burst; its own writes and other sheets are not', async () => {
    const double = await built(features);
    const calls: TableChange[][] = [];
    const stop = await watchTables(double.context as unknown as Excel.RequestContext, (changes) => void calls.push(changes), { debounceMs: 20 });
    double.user.type('Sheet1', 'A1', 'ikke en tabel');
    double.user.type('Hospitalsudvalget', 'D7', 6);
    double.user.type('Hospitalsudvalget', 'E7', 11);
    await double.settle();
    await wait(60);
    const hospId = await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Hospitalsudvalget').load('id');
      await context.sync();
      return sheet.id;
    });
    expect(calls).toEqual([
      [
        { worksheetId: hospId, address: 'D7', changeType: 'RangeEdited' },
        { worksheetId: hospId, address: 'E7', changeType: 'RangeEdited' },
      ],
    ]);
    await double.run((context) => writeTables(context, { definitions: features, layout: { lang: 'da', decimals: 1 }, overwriteConflicts: true }));
    await double.settle();
    await wait(60);
    expect(calls).toHaveLength(1);
    await stop();
    double.user.type('Hospitalsudvalget', 'D8', 3);
    await double.settle();
    await wait(60);
    expect(calls).toHaveLength(1);
  });

  test('a failing listener is reported to onError, not swallowed', async () => {
    const double = await built(features);
    const errors: unknown[] = [];
    const stop = await watchTables(
      double.context as unknown as Excel.RequestContext,
      () => {
        throw new Error('listener failed');
      },
      { debounceMs: 5, onError: (error) => void errors.push(error) },
    );
    double.user.type('Hospitalsudvalget', 'D7', 6);
    await double.settle();
    await wait(40);
    expect(errors).toEqual([new Error('listener failed')]);
    await stop();
  });
});

test('repair after an interrupted build restores the last complete build instead of reading its half-written tables', async () => {
  const double = await built(features);
  const changed: InitiativeFile = { ...features, title: 'Ny titel' };
  // Read, compare, then the write request fails midway (after nine in ten of its commands): the marker and most cells landed.
  const counter = await built(features);
  counter.resetStats();
  await counter.run((context) => writeTables(context, { definitions: changed, layout: { lang: 'da', decimals: 1 } }));
  double.failOnSync(3, 'GeneralException', { afterCommands: Math.floor((counter.stats.requests[2]?.commands ?? 0) * 0.9) });
  await expect(double.run((context) => writeTables(context, { definitions: changed, layout: { lang: 'da', decimals: 1 } }))).rejects.toThrow('Budget Tables stopped');
  expect(value(double, 'Hospitalsudvalget', 'A2')).toBe('Ny titel');
  const repaired = await double.run((context) => repairWorkbook(context));
  expect(repaired).toMatchObject({ status: 'repaired', readBack: { diff: [] }, findings: [] });
  expect(value(double, 'Hospitalsudvalget', 'A2')).toBe('Budget 2020 – testudvalg');
  expect(checkIntegrity(await readInput(double))).toEqual([]);
});
