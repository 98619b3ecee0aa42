/**
 * The CLI's workbook opened in LibreOffice, an engine independent of ours: every
 * total LibreOffice computes must equal the engine's, and edits must flow through.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { main } from '../../src/cli/main';
import { buildLayoutPlan } from '../../src/core/layout/buildPlan';
import type { LayoutPlan } from '../../src/core/layout/plan';
import { columnLetter } from '../../src/core/layout/a1';
import { loadDefinitions } from '../../src/core/load';
import { FIXTURES, REPO, round } from '../helpers/fixtures';
import { readValues, recalculateWithLibreOffice, withoutCachedResults } from '../helpers/libreoffice';

jest.setTimeout(240_000);

const quietIo = { stdout: () => undefined, stderr: (text: string) => process.stderr.write(text), now: () => new Date('2026-01-01T00:00:00Z') };

async function planFor(path: string): Promise<LayoutPlan> {
  const loaded = loadDefinitions({ fileName: basename(path), bytes: new Uint8Array(await readFile(path)) });
  if (loaded.model === undefined) throw new Error(`invalid input ${path}`);
  return buildLayoutPlan(loaded.model, { lang: 'da' });
}

async function buildWithCli(input: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bt-interop-'));
  const out = join(dir, 'built.xlsx');
  expect(await main(['build', input, '--out', out], quietIo)).toBe(0);
  return out;
}

/** Every formula cell of the plan with the value the engine computed for it. */
function expectedFormulaValues(plan: LayoutPlan): { sheet: string; address: string; value: number }[] {
  return plan.sheets.flatMap((sheet) =>
    sheet.cells.flatMap((row, r) =>
      row.flatMap((cell, c) => (cell.t === 'formula' ? [{ sheet: sheet.name, address: `${columnLetter(c)}${r + 1}`, value: cell.value }] : [])),
    ),
  );
}

describe.each([
  ['the feature fixture', join(FIXTURES, 'valid-features', 'input.json')],
  ['the 2020 seminar sample', join(REPO, 'data', 'budget-2020-seminar.json')],
  ['the kinds-of-money fixture', join(FIXTURES, 'valid-funding', 'input.json')],
])('LibreOffice recalculates %s to the engine\'s totals', (_name, input) => {
  test('every formula LibreOffice computes equals the engine', async () => {
    const built = await buildWithCli(input);
    const blank = join(await mkdtemp(join(tmpdir(), 'bt-blank-')), 'blank.xlsx');
    await withoutCachedResults(built, blank);
    const values = await readValues(await recalculateWithLibreOffice(blank));
    const expected = expectedFormulaValues(await planFor(input));
    expect(expected.length).toBeGreaterThan(20);
    const mismatches = expected.filter((e) => {
      const actual = values.get(e.sheet)?.get(e.address);
      return typeof actual !== 'number' || round(actual) !== round(e.value);
    }).map((e) => ({ ...e, actual: values.get(e.sheet)?.get(e.address) }));
    expect(mismatches).toEqual([]);
  });
});

test('an amount changed in the file is followed by every total LibreOffice recalculates', async () => {
  const built = await buildWithCli(join(FIXTURES, 'valid-features', 'input.json'));
  const edited = join(await mkdtemp(join(tmpdir(), 'bt-edit-')), 'edited.xlsx');
  await withoutCachedResults(built, edited, (workbook) => {
    const sheet = workbook.getWorksheet('Hospitalsudvalget');
    if (sheet === undefined) throw new Error('no sheet');
    expect(sheet.getCell('D7').value).toBe(5);
    sheet.getCell('D7').value = 6.25;
  });
  const values = await readValues(await recalculateWithLibreOffice(edited));
  const hosp = values.get('Hospitalsudvalget');
  const overview = values.get('Oversigt');
  expect(round(Number(hosp?.get('D10')))).toBe(18.25); // Personlig medicin subtotal
  expect(round(Number(hosp?.get('D16')))).toBe(30.5); // I alt
  expect(round(Number(hosp?.get('D17')))).toBe(25.5); // Heraf drift
  expect(round(Number(hosp?.get('D18')))).toBe(5); // Heraf anlæg, unchanged
  expect(round(Number(hosp?.get('D19')))).toBe(29.1); // low estimate follows
  expect(round(Number(overview?.get('C5')))).toBe(30.5);
  expect(round(Number(overview?.get('C14')))).toBe(434.6); // grand total
});
