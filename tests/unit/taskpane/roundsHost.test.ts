/**
 * [D15] [D17] The pane's rounds through the browser preview's host on the Excel double: the
 * same functions the add-in's Office.js host runs (both hand them a RequestContext). A round
 * is the tables as they are now, the user's edits included; a comparison is against them too.
 */
import type { InitiativeFile } from '../../../src/core/format/types';
import { createPreviewWorkbook, type PreviewWorkbook } from '../../../src/preview/previewWorkbook';
import type { CompareRoundResult } from '../../../src/taskpane/host/types';
import { readTrustedFixture } from '../../helpers/fixtures';

jest.mock('../../../src/excel-double/index.js', () => jest.requireActual('../../../src/excel-double/index'), { virtual: true });
jest.mock('../../../src/taskpane/engine.js', () => jest.requireActual('../../../src/taskpane/engine'), { virtual: true });

const SUND = 'Sundhed';

async function builtPools(): Promise<PreviewWorkbook> {
  const workbook = createPreviewWorkbook('da-DK');
  const definitions: InitiativeFile = readTrustedFixture('valid-pools');
  const result = await workbook.host.write({ definitions, layout: { lang: 'da', decimals: 1 } }, () => undefined);
  expect(result.status).toBe('written');
  return workbook;
}

function compared(result: CompareRoundResult): Extract<CompareRoundResult, { kind: 'compared' }> {
  if (result.kind !== 'compared') throw new Error(`not compared: ${result.kind}`);
  return result;
}

test('[D17] without tables there is nothing to save or compare, and no round is kept', async () => {
  const workbook = createPreviewWorkbook('da-DK');
  expect(await workbook.host.listSnapshots()).toEqual({ kind: 'listed', snapshots: [] });
  expect(await workbook.host.saveSnapshot('Runde 1')).toEqual({ kind: 'noTables' });
  expect(await workbook.host.compareSnapshot('Runde 1')).toEqual({ kind: 'noTables' });
});

test('[D15] two rounds saved, an amount and a Med edited: the change list against each, its net the change in GrandTotal', async () => {
  const workbook = await builtPools();
  const first = await workbook.host.saveSnapshot('  Udvalgenes forslag ');
  expect(first).toMatchObject({ kind: 'saved', name: 'Udvalgenes forslag', replaced: false });
  await workbook.type(SUND, 'D6', 10); // Akutlægebil 2020: 4 → 10
  expect(await workbook.host.saveSnapshot('Seminar 2. dec.')).toMatchObject({ kind: 'saved', replaced: false });
  await workbook.type(SUND, 'E6', 8); // Akutlægebil 2021: 6 → 8
  await workbook.type(SUND, 'H7', 'Nej'); // Personlig medicin out

  const listed = await workbook.host.listSnapshots();
  if (listed.kind !== 'listed') throw new Error('the store was refused');
  expect(listed.snapshots.map((s) => [s.name, s.definitions.initiatives.length, s.definitions.initiatives[0]?.amounts])).toEqual([
    ['Udvalgenes forslag', 6, { 2020: 4, 2021: 6 }],
    ['Seminar 2. dec.', 6, { 2020: 10, 2021: 6 }],
  ]);
  expect(listed.snapshots.every((s) => !Number.isNaN(Date.parse(s.savedAt)))).toBe(true);

  // Names are matched as D15 says: case and surrounding spaces do not matter.
  const fromFirst = compared(await workbook.host.compareSnapshot('udvalgenes FORSLAG'));
  expect([fromFirst.name, fromFirst.decimals, fromFirst.diff.unit, fromFirst.diff.years]).toEqual(['Udvalgenes forslag', 1, 'mio. kr.', [2020, 2021]]);
  expect(fromFirst.diff.changes.map((c) => [c.section, c.id, c.effect, c.chosenEffect, c.fields, c.amounts])).toEqual([
    ['dropped', 'a2', [0, 0], [-5, -5], [{ field: 'chosen', old: 'true', new: 'false' }], []],
    ['changed', 'a1', [6, 2], [6, 2], [], [{ line: [], what: 'amount', old: [4, 6], new: [10, 8] }]],
  ]);
  expect(fromFirst.diff.committees.map((c) => [c.id, c.delta])).toEqual([
    ['sund', [6, 2]],
    ['ru', [0, 0]],
  ]);
  expect(fromFirst.diff.grandTotal).toEqual({ old: [23, 25], new: [29, 27], delta: [6, 2] });
  expect(fromFirst.diff.net).toEqual([6, 2]);
  expect(fromFirst.diff.chosenTotal.delta).toEqual([1, -3]);

  const fromSecond = compared(await workbook.host.compareSnapshot('Seminar 2. dec.'));
  expect(fromSecond.diff.changes.map((c) => [c.section, c.id, c.effect])).toEqual([
    ['dropped', 'a2', [0, 0]],
    ['changed', 'a1', [0, 2]],
  ]);
  expect(fromSecond.diff.net).toEqual(fromSecond.diff.grandTotal.delta);
  expect(fromSecond.diff.grandTotal).toEqual({ old: [29, 25], new: [29, 27], delta: [0, 2] });
  expect(await workbook.host.compareSnapshot('Budgetforlig')).toEqual({ kind: 'notFound', name: 'Budgetforlig' });
});

test('[D17] a blank or too long name is refused; the same name replaces its round', async () => {
  const workbook = await builtPools();
  await workbook.host.saveSnapshot('Runde 1');
  expect(await workbook.host.saveSnapshot('   ')).toEqual({ kind: 'refused', reason: 'snapshotNameInvalid', limit: 80 });
  expect(await workbook.host.saveSnapshot('x'.repeat(81))).toEqual({ kind: 'refused', reason: 'snapshotNameInvalid', limit: 80 });
  await workbook.type(SUND, 'D6', 10);
  expect(await workbook.host.saveSnapshot('RUNDE 1')).toMatchObject({ kind: 'saved', name: 'RUNDE 1', replaced: true });
  const listed = await workbook.host.listSnapshots();
  expect(listed.kind === 'listed' && listed.snapshots.map((s) => [s.name, s.definitions.initiatives[0]?.amounts])).toEqual([['RUNDE 1', { 2020: 10, 2021: 6 }]]);
});
