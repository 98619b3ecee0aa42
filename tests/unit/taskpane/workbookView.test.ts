/**
 * What the workbook section shows, from real read-backs of the sample on the Excel double:
 * the diff with each entry's cell, findings, notices, the live totals per committee and
 * year, the CSV form's limits, and the wording of an interrupted build and of failures.
 */
import { writeTables } from '../../../src/taskpane/host/writeTables';
import { buildModel } from '../../../src/core/model/buildModel';
import type { DiffEntry } from '../../../src/core/readback/types';
import { createExcelDouble } from '@budget-tables/excel-double';
import type { WorkbookReadBack } from '../../../src/taskpane/host/types';
import { readBackWorkbook } from '../../../src/taskpane/host/readBackWorkbook';
import { da } from '../../../src/taskpane/i18n/da';
import { en } from '../../../src/taskpane/i18n/en';
import { exportableDefinitions } from '../../../src/taskpane/components/WorkbookPanel/useWorkbookPanel';
import { LINES_SHOWN, liveTotals, workbookView } from '../../../src/taskpane/state/workbookView';
import { optionsOfLayout, initialPaneState, paneReducer } from '../../../src/taskpane/state/paneState';
import { sourceFromDefinitions } from '../../../src/taskpane/state/sources';
import { describeFailure } from '../../../src/taskpane/state/failure';
import { initialWorkbookState, workbookReducer, type WorkbookEvent, type WorkbookState } from '../../../src/taskpane/state/workbookState';
import { readTrustedFixture } from '../../helpers/fixtures';
import { built, insertRow, sample } from '../core/readback/helpers';

const HOSP = 'Hospitalsudvalget';
const run = (...events: WorkbookEvent[]): WorkbookState => events.reduce(workbookReducer, initialWorkbookState());
const readState = (data: WorkbookReadBack): WorkbookState => run({ type: 'taskStarted', action: 'readBack' }, { type: 'readBackFinished', action: 'readBack', data, writes: 0 });

async function edited(): Promise<WorkbookReadBack> {
  const double = await built(sample);
  double.user.type(HOSP, 'D11', 11);
  insertRow(double, HOSP, 20, { B: 'Ny pulje til rekruttering', E: 3 });
  double.user.type(HOSP, 'D21', 500);
  insertRow(double, HOSP, 22, { B: 'Note under I alt', D: 1 });
  const data = await double.run((context) => readBackWorkbook(context));
  if (data === undefined) throw new Error('the build stored no state');
  return data;
}

test('read back: each change beside its cell, what was not read, and why the CSV form cannot hold the sample', async () => {
  const data = await edited();
  const view = workbookView(readState(data), da, 'da');
  if (view.task.kind !== 'readBack') throw new Error(`not a read-back: ${view.task.kind}`);
  expect(view.task.diff.lines.map(({ cell, text }) => [cell, text])).toEqual([
    ['Hospitalsudvalget!D11', 'Beløb ændret: »Flash glukosemåler« 2020: 10,5 mio. kr. → 11 mio. kr.'],
    ['Hospitalsudvalget!B20', 'Tilføjet: »Ny pulje til rekruttering« i Hospitalsudvalget – 2021: 3 mio. kr.'],
  ]);
  expect(view.task.notices.lines.map(({ cell, text }) => [cell, text])).toEqual([
    ['Hospitalsudvalget!B22', 'Rækken »Note under I alt« står under tabellens totaler og læses ikke tilbage.'],
  ]);
  expect([view.task.canApply, view.task.applied, view.task.interrupted, view.task.problems]).toEqual([true, false, false, []]);
  // Five frames and a line with lines: one sentence for each kind, not six.
  expect(view.task.csvLimits).toEqual([
    'CSV-formen kan ikke udtrykke rammer: »20 mio. kr. til omprioritering inden for psykiatrien« (nr. 2) i Psykiatri- og socialudvalget; »Udviklingsaktiviteter«, »Projektpulje til regionale udviklingsaktiviteter«, »Kollektiv trafik« og »Planlægnings-, analyse- og udviklingsudgifter« i Regional Udvikling er rammer. Brug JSON-formen.',
    'CSV-formen har kun ét niveau af linjer: »Projektpulje til regionale udviklingsaktiviteter« i Regional Udvikling er en linje med linjer under sig. Brug JSON-formen.',
  ]);
  expect(exportableDefinitions(readState(data).task)).toBe(data.result.definitions);
  // The same in English.
  const english = workbookView(readState(data), en, 'en');
  if (english.task.kind !== 'readBack') throw new Error('not a read-back');
  expect(english.task.diff.lines[0]?.text).toBe('Amount changed: “Flash glukosemåler” 2020: 10.5 DKK million → 11 DKK million');
});

test('check: the typed total with its cell', async () => {
  const data = await edited();
  const view = workbookView(run({ type: 'taskStarted', action: 'check' }, { type: 'readBackFinished', action: 'check', data, writes: 0 }), da, 'da');
  if (view.task.kind !== 'checked') throw new Error('not a check');
  expect(view.task.findings.lines.map((l) => l.cell)).toEqual(['Hospitalsudvalget!D21']);
  expect(view.task.findings.lines[0]?.text).toMatch(/^Formlen er erstattet af en indtastet værdi \(500\); den var =SUMIFS\(/);
});

test('live totals: the read-back definitions’ model, per committee in the workbook, rounded as the workbook shows them', async () => {
  const data = await edited();
  const model = buildModel(data.result.definitions);
  const totals = liveTotals(data, 'da');
  expect(totals.years).toEqual([2020, 2021, 2022, 2023]);
  expect(totals.committees.find((c) => c.id === 'hosp')?.values).toEqual(['45,8', '46,8', '68,8', '120,0']);
  expect(totals.grand).toEqual(model.total.map((v) => new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v)));
  // Only the committees the last build wrote, and their total.
  const two = liveTotals({ ...data, layout: { ...data.layout, committees: ['hosp', 'ru'], decimals: 2 } }, 'en');
  expect(two.committees.map((c) => c.id)).toEqual(['hosp', 'ru']);
  expect(two.committees[0]?.values[0]).toBe('45.80');
  const ru = model.committees.find((c) => c.id === 'ru');
  expect(two.grand[0]).toBe(new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(45.8 + (ru?.total[0] ?? 0)));
  // While the next read runs, the last totals stay and say they are updating.
  const updating = workbookView(run({ type: 'liveFinished', writes: 0, data }, { type: 'liveStarted', writes: 0 }), da, 'da');
  expect([updating.live?.updating, updating.live?.totals?.grand]).toEqual([true, totals.grand]);
  // Definitions with errors have no model: the pane says so instead of totals.
  const broken: WorkbookReadBack = { ...data, result: { ...data.result, problems: [{ severity: 'error', code: 'numberTooLarge', location: { kind: 'json', path: ['initiatives', 1, 'amounts', '2020'] }, params: { actual: '1e16' } }] } };
  const withErrors = workbookView(run({ type: 'liveFinished', writes: 0, data: broken }), da, 'da');
  expect([withErrors.live?.totals, withErrors.live?.errors]).toEqual([undefined, da.liveErrors(1)]);
  // Read back, they are listed with their place, and cannot be applied.
  const read = workbookView(readState(broken), da, 'da');
  expect(read.task).toMatchObject({ kind: 'readBack', canApply: false, problems: [{ location: 'Emne 3 »Flash glukosemåler«, 2020', path: 'initiatives[1].amounts.2020' }] });
  expect(read.task.kind === 'readBack' ? read.task.problems[0]?.message : undefined).toContain('1e16');
});

test('an interrupted build is not read: the stored definitions, no diff, and the advice to write again or repair', async () => {
  const double = createExcelDouble();
  const request = { definitions: sample, layout: { lang: 'da' as const, decimals: 1 } };
  expect((await double.run((context) => writeTables(context, request))).status).toBe('written');
  // An overwriting rebuild reads, then writes in one request: it fails midway, after the build's marker landed.
  double.failOnSync(2, 'GeneralException', { afterCommands: 10 });
  await expect(double.run((context) => writeTables(context, { ...request, overwriteConflicts: true }))).rejects.toThrow();
  const data = await double.run((context) => readBackWorkbook(context));
  expect(data).toMatchObject({ interrupted: true, result: { definitions: sample, diff: [] }, findings: [] });
  const view = workbookView(readState(data as WorkbookReadBack), da, 'da');
  expect(view.task).toMatchObject({ kind: 'readBack', interrupted: true });
  expect(await createExcelDouble().run((context) => readBackWorkbook(context))).toBeUndefined();
});

test('many changes: the first hundred are listed and the rest counted', async () => {
  const data = await edited();
  const first = data.result.diff[0] as DiffEntry;
  const many = { ...data, result: { ...data.result, diff: Array.from({ length: LINES_SHOWN + 23 }, () => first) } };
  const view = workbookView(readState(many), da, 'da');
  if (view.task.kind !== 'readBack') throw new Error('not a read-back');
  expect([view.task.diff.lines.length, view.task.diff.total, view.task.diff.more]).toEqual([LINES_SHOWN, LINES_SHOWN + 23, '… og 23 mere.']);
});

test('repair: what was restored and what was kept; applying is offered only for kept edits', async () => {
  const data = await edited();
  const repair = { status: 'repaired' as const, readBack: data.result, findings: data.findings, build: { status: 'written' as const, conflicts: [], sheets: [], names: [], grandTotal: [], stateBytes: 0, stateNearLimit: false } };
  const after: WorkbookReadBack = { ...data, result: { ...data.result, diff: [], notices: [] }, findings: [] };
  const state = run({ type: 'taskStarted', action: 'repair' }, { type: 'writeStarted' }, { type: 'repairFinished', result: repair, after });
  const view = workbookView(state, da, 'da');
  if (view.task.kind !== 'repaired') throw new Error('not repaired');
  expect([view.task.restored.total, view.task.kept.total, view.task.after?.total, view.task.canApply]).toEqual([1, 2, 0, true]);
  const nothingKept = workbookView(run({ type: 'repairFinished', result: { ...repair, readBack: { ...data.result, diff: [] } } }), da, 'da');
  expect(nothingKept.task).toMatchObject({ kind: 'repaired', canApply: false });
  // Failures are worded with what was asked.
  const failed = workbookView(run({ type: 'taskStarted', action: 'check' }, { type: 'taskFailed', action: 'check', failure: describeFailure(new Error('ItemNotFound')) }), en, 'en');
  expect(failed.task).toEqual({ kind: 'failed', title: 'The tables could not be checked.', lines: ['An error occurred: ItemNotFound'], detail: undefined });
  expect(workbookView(run({ type: 'taskStarted', action: 'repair' }), da, 'da').task).toEqual({ kind: 'working', label: 'Reparerer tabellerne', progress: { value: 0, phase: 'Læser projektmappen' } });
});

test('applied read-back definitions become the pane’s, with the workbook’s layout', async () => {
  const data = await edited();
  const source = sourceFromDefinitions(data.result.definitions, da.readBackName, 'readback');
  let state = paneReducer(initialPaneState('en'), { type: 'rangeChanged', range: 'low' });
  state = paneReducer(state, { type: 'readBackApplied', source, layout: { lang: 'da', decimals: 2, committees: ['hosp'] } });
  expect(state.source).toBe(source);
  expect(state.notice).toEqual({ kind: 'readBackApplied' });
  expect(state.options).toEqual({ labelLang: 'da', labelLangChosen: true, decimals: 2, range: 'file', committees: ['hosp'] });
  expect(optionsOfLayout(state.options, { lang: 'en', decimals: 1 }).committees).toBe('all');
  // Without a layout (a repair whose read afterwards failed) the pane keeps its options.
  const kept = paneReducer(paneReducer(initialPaneState('da'), { type: 'decimalsChanged', decimals: 3 }), { type: 'readBackApplied', source });
  expect([kept.options.decimals, kept.options.range]).toEqual([3, 'file']);
  // Nothing changes while the pane writes.
  const writing = paneReducer(initialPaneState('da'), { type: 'writeStarted', overwrite: false });
  expect(paneReducer(writing, { type: 'readBackApplied', source })).toBe(writing);
});

test('[R16] live totals after a read-back show the choices made in Excel: Heraf valgt, the initiatives left out, the pools', async () => {
  const double = await built(readTrustedFixture('valid-pools'));
  double.user.type('Sundhed', 'H7', 'Nej'); // Personlig medicin out
  double.user.type('Sundhed', 'H11', 'Ja'); // Flere jordemødre in
  const data = await double.run((context) => readBackWorkbook(context));
  if (data === undefined) throw new Error('the build stored no state');
  const totals = liveTotals(data, 'da');
  expect(totals.committees.map((c) => [c.id, c.values, c.chosen])).toEqual([
    ['sund', ['16,0', '18,0'], ['11,0', '13,0']],
    ['ru', ['7,0', '7,0'], ['5,0', '5,0']],
  ]);
  expect(totals.grandChosen).toEqual(['16,0', '18,0']);
  expect(totals.choices?.leftOut.map((item) => `${item.label} (${item.committee})`)).toEqual(['2 Personlig medicin (Sundhed)', '1 Natbusser (Regional Udvikling)']);
  expect(totals.choices?.pools).toEqual([
    { id: 'prio', name: 'Pulje til politisk prioritering', amounts: ['15,0', '12,0'], chosen: ['9,0', '11,0'], left: ['6,0', '1,0'], overspentYears: [false, false], overspent: false },
  ]);
  // A workbook without choices or pools shows none.
  expect(liveTotals(await edited(), 'da').choices).toBeUndefined();
});
