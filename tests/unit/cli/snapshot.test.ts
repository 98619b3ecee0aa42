/**
 * `budget-tables snapshot` and `diff WORKBOOK#name` (docs/rounds.md D15–D18): rounds kept in the
 * workbook's very hidden sheet, read as untrusted input, the rest of the file untouched.
 */
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SNAPSHOTS_SHEET_NAME } from '../../../src/adapters/state/snapshots';
import { EXIT, main } from '../../../src/cli/main';
import { capture, schemaErrors } from '../../helpers/cli';
import { REPO } from '../../helpers/fixtures';

const SEMINAR = join(REPO, 'data', 'budget-2020-seminar.json');
let built: string;

beforeAll(async () => {
  built = join(await mkdtemp(join(tmpdir(), 'bt-snap-')), 'seminar.xlsx');
  expect(await main(['build', SEMINAR, '--out', built, '--quiet'], capture().io)).toBe(EXIT.ok);
});

async function workbookCopy(): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'bt-snap-')), 'seminar.xlsx');
  await copyFile(built, path);
  return path;
}

describe('[D15] snapshot: save the tables as a named round in the workbook, and list the rounds', () => {
  test('saved, listed, replaced by the same name; kept in a very hidden sheet; the rest of the package untouched', async () => {
    const path = await workbookCopy();
    const list = capture();
    expect(await main(['snapshot', path], list.io)).toBe(EXIT.ok);
    expect(list.stdout()).toBe(`${path} har ingen gemte runder.\n`);
    const first = capture();
    expect(await main(['snapshot', path, '--name', 'Udvalgenes forslag'], first.io)).toBe(EXIT.ok);
    expect(first.stdout()).toBe(`Gemte runden »Udvalgenes forslag« i ${path}.\nGemte runder i ${path} (1):\n  Udvalgenes forslag  gemt 2026-01-01 00:00, 30 emner\n`);
    expect(await main(['snapshot', path, '--name', 'Seminar 22. maj'], capture().io)).toBe(EXIT.ok);
    const again = capture();
    expect(await main(['snapshot', path, '--name', 'seminar 22. maj', '--json', '--lang', 'en'], again.io)).toBe(EXIT.ok);
    const report = JSON.parse(again.stdout()) as { snapshots: unknown };
    expect(schemaErrors(report)).toEqual([]);
    expect(report.snapshots).toMatchObject({ saved: { name: 'seminar 22. maj', replaced: true }, list: [{ name: 'Udvalgenes forslag' }, { name: 'seminar 22. maj', initiatives: 30 }] });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.getWorksheet(SNAPSHOTS_SHEET_NAME)?.state).toBe('veryHidden');
    const before = await JSZip.loadAsync(await readFile(built));
    const after = await JSZip.loadAsync(await readFile(path));
    for (const name of Object.keys(before.files).filter((n) => n.includes('chart') || n.startsWith('xl/worksheets/sheet'))) {
      expect([name, await after.file(name)?.async('string')]).toEqual([name, await before.file(name)?.async('string')]);
    }
  });

  test('read still reads the tables of a workbook with snapshots', async () => {
    const path = await workbookCopy();
    expect(await main(['snapshot', path, '--name', 'A'], capture().io)).toBe(EXIT.ok);
    const run = capture();
    expect(await main(['read', path, '--out', join(path, '..', 'read.json')], run.io)).toBe(EXIT.ok);
    expect(run.stdout()).toContain('Ingen ændringer');
  });
});

describe('[D15] diff with a round kept in a workbook: WORKBOOK#name', () => {
  test('the snapshot against the tables edited since, named by the snapshot on the change sheet', async () => {
    const path = await workbookCopy();
    expect(await main(['snapshot', path, '--name', 'Udvalgenes forslag'], capture().io)).toBe(EXIT.ok);
    const edited = JSON.parse(await readFile(SEMINAR, 'utf8')) as { initiatives: Array<{ title: string }> };
    edited.initiatives = edited.initiatives.filter((i) => i.title !== 'Flash glukosemåler');
    const next = join(path, '..', 'forlig.json');
    await writeFile(next, JSON.stringify(edited));
    const run = capture();
    expect(await main(['diff', `${path}#Udvalgenes forslag`, next, '--json'], run.io)).toBe(EXIT.ok);
    const report = JSON.parse(run.stdout()) as { changes: { old: string; net: number[] } };
    expect(report.changes.old).toBe('Udvalgenes forslag');
    expect(report.changes.net).toEqual([-10.5, 0, 0, -12.5]);
  });
  test('an unknown name lists the rounds kept; exit 1', async () => {
    const path = await workbookCopy();
    expect(await main(['snapshot', path, '--name', 'Udvalgenes forslag'], capture().io)).toBe(EXIT.ok);
    const run = capture();
    expect(await main(['diff', `${path}#Budgetforlig`, SEMINAR], run.io)).toBe(EXIT.invalidInput);
    expect(run.stderr()).toContain(`${path} har ingen gemt runde ved navn »Budgetforlig«. Gemte runder: »Udvalgenes forslag«.`);
  });
});

describe('[D16] [D17] damaged snapshots and names refused: located, nothing written', () => {
  test('a snapshots sheet edited by hand: refused, the file unchanged', async () => {
    const path = await workbookCopy();
    expect(await main(['snapshot', path, '--name', 'A'], capture().io)).toBe(EXIT.ok);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet(SNAPSHOTS_SHEET_NAME);
    if (sheet === undefined) throw new Error('no snapshots sheet');
    sheet.getCell('A1').value = '{"encoding":"gzip-base64","data":"AAAA"}';
    await workbook.xlsx.writeFile(path);
    const bytes = await readFile(path);
    const run = capture();
    expect(await main(['snapshot', path, '--name', 'B'], run.io)).toBe(EXIT.invalidInput);
    expect(run.stderr()).toContain(`${path}: de gemte runder (${SNAPSHOTS_SHEET_NAME}) er beskadigede eller ændret uden for Budgettabeller.`);
    expect(await readFile(path)).toEqual(bytes);
  });
  test('a blank name', async () => {
    const path = await workbookCopy();
    const run = capture();
    expect(await main(['snapshot', path, '--name', '  '], run.io)).toBe(EXIT.invalidInput);
    expect(run.stderr()).toContain('En runde skal have et navn på 1 til 80 tegn.');
    expect(await readFile(path)).toEqual(await readFile(built));
  });
});
