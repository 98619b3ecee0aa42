/**
 * The command line's workbook through LibreOffice and the add-in (docs/readback.md, S6–S7): built
 * by `budget-tables build`, saved by LibreOffice (which keeps the state sheet as hidden), opened in
 * the Excel double where the add-in applies the user's edit, saved again, recalculated by
 * LibreOffice, and read with `budget-tables read`: the state the add-in kept in step is the one read.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { repairWorkbook } from '../../src/adapters/officejs/repair';
import { STATE_SHEET_NAME } from '../../src/adapters/state/state';
import { EXIT, main } from '../../src/cli/main';
import { capture } from '../helpers/cli';
import { cliBuild, openInDouble, saveFromDouble } from '../helpers/cliWorkbook';
import { FIXTURES } from '../helpers/fixtures';
import { recalculateWithLibreOffice } from '../helpers/libreoffice';

jest.setTimeout(240_000);

test('[S7] CLI build → LibreOffice → the add-in applies an edit → LibreOffice → budget-tables read finds the add-in\'s build and no change', async () => {
  const built = await cliBuild(join(FIXTURES, 'valid-features', 'input.json'));
  const byLibreOffice = await recalculateWithLibreOffice(built);
  const double = await openInDouble(byLibreOffice);
  expect(double.inspect.sheet(STATE_SHEET_NAME).visibility).toBe('Hidden');
  double.user.type('Hospitalsudvalget', 'D7', 6.25);
  const repaired = await double.run((context) => repairWorkbook(context));
  if (repaired.status !== 'repaired') throw new Error(`not repaired: ${repaired.status}`);
  expect(repaired.readBack.diff).toEqual([expect.objectContaining({ kind: 'amount', address: 'D7', old: 5, new: 6.25 })]);

  const fromExcel = join(dirname(built), 'from-excel.xlsx');
  await saveFromDouble(double, byLibreOffice, fromExcel);
  const saved = await recalculateWithLibreOffice(fromExcel);
  const json = join(dirname(built), 'read.json');
  const run = capture();
  expect(await main(['read', saved, '--out', json], run.io)).toBe(EXIT.ok);
  expect(run.stdout()).toBe(`Ingen ændringer siden sidste opbygning.\n${json}: definitionerne er skrevet.\n`);
  expect(JSON.parse(await readFile(json, 'utf8'))).toEqual(repaired.readBack.definitions);
});
