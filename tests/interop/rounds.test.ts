/**
 * [D2] [D11] The change sheet recalculated by LibreOffice: two rounds built as workbooks by the
 * CLI, compared from those workbooks, every cached result removed; LibreOffice's net line
 * (NetChange, SUM over the change rows) equals GrandTotal(new) − GrandTotal(old) as LibreOffice
 * computes them from the two built workbooks. [D15] A snapshot kept through LibreOffice's save.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { InitiativeFile } from '../../src/core/format/types';
import { REPO } from '../helpers/fixtures';
import { readValues, recalculateWithLibreOffice, withoutCachedResults } from '../helpers/libreoffice';

jest.setTimeout(300_000);

const quietIo = { stdout: () => undefined, stderr: (text: string) => process.stderr.write(text), now: () => new Date('2026-01-01T00:00:00Z') };

/** The cells a workbook name covers, as sheet and addresses, read from the file the CLI wrote. */
async function nameCells(path: string, name: string): Promise<{ sheet: string; cells: string[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const found = (workbook.definedNames.model as { name: string; ranges: string[] }[]).find((n) => n.name === name);
  const match = /^'?(.+?)'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(found?.ranges[0] ?? '');
  if (match === null) throw new Error(`${path} has no single-row name ${name}`);
  const [, sheet = '', from = 'A', row = '1', to = 'A'] = match;
  const cells: string[] = [];
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) cells.push(`${String.fromCharCode(c)}${row}`);
  return { sheet, cells };
}

/** What LibreOffice computes for a name's cells once every cached result is gone, and the file LibreOffice saved. */
async function recalculated(path: string, name: string): Promise<{ values: number[]; saved: string }> {
  const stripped = path.replace(/\.xlsx$/, '-stripped.xlsx');
  await withoutCachedResults(path, stripped);
  const saved = await recalculateWithLibreOffice(stripped);
  const values = await readValues(saved);
  const { sheet, cells } = await nameCells(path, name);
  return { values: cells.map((cell) => Number(values.get(sheet)?.get(cell))), saved };
}

test('[D2] [D11] LibreOffice: the change sheet’s net equals GrandTotal(new) − GrandTotal(old) of the two built workbooks', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bt-rounds-'));
  const proposals = JSON.parse(await readFile(join(REPO, 'data', 'budget-2020-seminar.json'), 'utf8')) as InitiativeFile;
  const agreement: InitiativeFile = structuredClone(proposals);
  agreement.initiatives = agreement.initiatives.filter((i) => i.title !== 'Flash glukosemåler');
  agreement.initiatives.push(
    { id: 'teams', committee: proposals.committees[1]?.id ?? '', title: 'Udgående teams', amounts: { 2021: { min: 0.3, max: 0.45 }, 2022: 2 } },
    { id: 'lille', committee: proposals.committees[0]?.id ?? '', title: 'Lille tilskud', unit: 'kr.', amounts: 450000 },
  );
  const first = agreement.initiatives[0];
  if (first !== undefined) first.chosen = false;
  const newPath = join(dir, 'forlig.json');
  await writeFile(newPath, JSON.stringify(agreement));

  const oldBook = join(dir, 'forslag.xlsx');
  const newBook = join(dir, 'forlig.xlsx');
  const changes = join(dir, 'changes.xlsx');
  expect(await main(['build', join(REPO, 'data', 'budget-2020-seminar.json'), '--out', oldBook, '--quiet'], quietIo)).toBe(0);
  expect(await main(['build', newPath, '--out', newBook, '--quiet'], quietIo)).toBe(0);
  expect(await main(['snapshot', oldBook, '--name', 'Udvalgenes forslag'], quietIo)).toBe(0);
  expect(await main(['diff', oldBook, newBook, '--out', changes], quietIo)).toBe(0);

  const { values: net } = await recalculated(changes, 'NetChange');
  const { values: oldTotal, saved: oldSavedByLibreOffice } = await recalculated(oldBook, 'GrandTotal');
  const { values: newTotal } = await recalculated(newBook, 'GrandTotal');
  // Flash glukosemåler out (−10,5 and −12,5), the teams' high end 0,45 in 2021 and 2 in 2022, 0,45 mio. kr. every year.
  expect(net).toEqual([-10.05, 0.9, 2.45, -12.05].map((n): unknown => expect.closeTo(n, 9)));
  net.forEach((value, i) => expect(value).toBeCloseTo((newTotal[i] ?? NaN) - (oldTotal[i] ?? NaN), 9));

  // [D15] The snapshot survives ExcelJS and LibreOffice saving the workbook, and another is added to that file.
  const outputs: string[] = [];
  const io = { ...quietIo, stdout: (text: string) => void outputs.push(text) };
  expect(await main(['snapshot', oldSavedByLibreOffice, '--name', 'Seminar 22. maj'], io)).toBe(0);
  expect(outputs.join('')).toMatch(/Gemte runder i .* \(2\):\n {2}Udvalgenes forslag .*\n {2}Seminar 22\. maj /);
  const json: string[] = [];
  expect(await main(['diff', `${oldSavedByLibreOffice}#Udvalgenes forslag`, newPath, '--json'], { ...quietIo, stdout: (text: string) => void json.push(text) })).toBe(0);
  expect((JSON.parse(json.join('')) as { changes: { net: number[] } }).changes.net).toEqual([-10.05, 0.9, 2.45, -12.05]);
});
