/**
 * Read-back without Excel (docs/readback.md): a workbook built by the command line,
 * edited by other programs — its sheet XML changed directly (JSZip), a row inserted by
 * LibreOffice (a Basic macro run headless) — read back with `budget-tables read`, and
 * built again. LibreOffice must keep the very hidden sheet that holds the definitions.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { STATE_SHEET_NAME } from '../../src/adapters/state/state';
import { main } from '../../src/cli/main';
import { parseCsvDefinitions } from '../../src/core/format/csv';
import type { InitiativeFile } from '../../src/core/format/types';
import { columnLetter } from '../../src/core/layout/a1';
import { buildLayoutPlan } from '../../src/core/layout/buildPlan';
import { buildModel } from '../../src/core/model/buildModel';
import { FIXTURES, readTrustedFixture, round } from '../helpers/fixtures';
import { readValues, recalculateWithLibreOffice, withoutCachedResults } from '../helpers/libreoffice';

jest.setTimeout(240_000);

const run = promisify(execFile);
const features = readTrustedFixture('valid-features');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), now: () => new Date('2026-01-01T00:00:00Z') }, out, err };
}

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'bt-readback-'));
}

async function buildWithCli(input: string, dir: string, name = 'built.xlsx'): Promise<string> {
  const out = join(dir, name);
  const { io, err } = capture();
  expect(await main(['build', input, '--out', out], io)).toBe(0);
  expect(err.join('')).not.toMatch(/^\d+ fejl$/m);
  return out;
}

async function readWithCli(xlsx: string, dir: string, extra: string[] = []) {
  const out = join(dir, 'read.json');
  const { io, out: stdout, err } = capture();
  const code = await main(['read', xlsx, '--out', out, ...extra], io);
  return { code, stdout: stdout.join(''), stderr: err.join(''), json: out };
}

/** The package part of a sheet, found through workbook.xml and its relationships. */
async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = id === undefined ? undefined : new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (target === undefined) throw new Error(`no part for sheet ${sheet}`);
  return `xl/${target.replace(/^\/?(xl\/)?/, '')}`;
}

/** Changes a number cell's value in the sheet XML, leaving every cached total as it was. */
async function setNumberInXml(path: string, sheet: string, ref: string, from: number, to: number): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const part = await sheetPart(zip, sheet);
  const xml = (await zip.file(part)?.async('string')) ?? '';
  const cell = new RegExp(`(<c r="${ref}"[^>]*>)<v>${from}</v>(</c>)`);
  expect(xml).toMatch(cell);
  zip.file(part, xml.replace(cell, `$1<v>${to}</v>$2`));
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }));
}

async function sheetStates(path: string): Promise<Record<string, string>> {
  const workbook = (await (await JSZip.loadAsync(await readFile(path))).file('xl/workbook.xml')?.async('string')) ?? '';
  return Object.fromEntries([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*\/>/g)].map((m) => [m[1] ?? '', /state="([^"]+)"/.exec(m[0])?.[1] ?? 'visible']));
}

/** Every formula of the plan for `definitions`, recalculated by LibreOffice, against the engine. */
async function libreOfficeMismatches(xlsx: string, definitions: InitiativeFile) {
  const blank = join(await tempDir(), 'blank.xlsx');
  await withoutCachedResults(xlsx, blank);
  const values = await readValues(await recalculateWithLibreOffice(blank));
  const plan = buildLayoutPlan(buildModel(definitions), { lang: 'da', reservedSheetNames: [STATE_SHEET_NAME] });
  return {
    values,
    mismatches: plan.sheets.flatMap((sheet) =>
      sheet.cells.flatMap((row, r) =>
        row.flatMap((cell, c) => {
          if (cell.t !== 'formula') return [];
          const actual = values.get(sheet.name)?.get(`${columnLetter(c)}${r + 1}`);
          return typeof actual === 'number' && round(actual) === round(cell.value) ? [] : [{ sheet: sheet.name, address: `${columnLetter(c)}${r + 1}`, expected: cell.value, actual }];
        }),
      ),
    ),
  };
}

test('the build keeps its definitions in a very hidden sheet, and LibreOffice keeps that sheet when it saves', async () => {
  const dir = await tempDir();
  const built = await buildWithCli(join(FIXTURES, 'valid-features', 'input.json'), dir);
  expect((await sheetStates(built))[STATE_SHEET_NAME]).toBe('veryHidden');
  const saved = await recalculateWithLibreOffice(built);
  // LibreOffice has no "very hidden"; it saves the sheet as hidden, which is all read-back needs.
  expect(['hidden', 'veryHidden']).toContain((await sheetStates(saved))[STATE_SHEET_NAME]);
  const read = await readWithCli(saved, dir);
  expect(read.stderr).toBe('');
  expect(read.code).toBe(0);
  expect(read.stdout).toMatch(/^Ingen ændringer siden sidste opbygning\.$/m);
  expect(read.stdout).not.toMatch(/Kontrol af tabellerne/);
  expect(JSON.parse(await readFile(read.json, 'utf8'))).toEqual(features);
});

test('an amount changed in the sheet XML is read back, reported, and shown by the next build', async () => {
  const dir = await tempDir();
  const built = await buildWithCli(join(FIXTURES, 'valid-features', 'input.json'), dir);
  await setNumberInXml(built, 'Hospitalsudvalget', 'D7', 5, 6.25);
  const read = await readWithCli(built, dir);
  expect(read.code).toBe(0);
  expect(read.stdout).toContain('Hospitalsudvalget!D7: Beløb ændret: »Påbegynde PM-oprustning« 2020: 5 mio. kr. → 6,25 mio. kr.');
  // Nothing recalculated the file: its cached totals no longer add up, and the check says so.
  expect(read.stdout).toContain('Hospitalsudvalget!D10: Totalen viser 17, men rækkerne over den giver 18,25.');
  const definitions = JSON.parse(await readFile(read.json, 'utf8')) as InitiativeFile;
  expect(definitions.initiatives[0]?.lines?.[0]?.amounts).toEqual({ '2020': 6.25, '2021': 10, '2022': 15, '2023': 20 });

  const rebuilt = await buildWithCli(read.json, dir, 'rebuilt.xlsx');
  const { values, mismatches } = await libreOfficeMismatches(rebuilt, definitions);
  expect(mismatches).toEqual([]);
  expect(values.get('Hospitalsudvalget')?.get('D7')).toBe(6.25);
  expect(round(Number(values.get('Hospitalsudvalget')?.get('D16')))).toBe(30.5);
  const again = await readWithCli(rebuilt, dir);
  expect(again.stdout).toMatch(/^Ingen ændringer siden sidste opbygning\.$/m);
});

test('--csv writes the Danish CSV form, which reads back to the edited definitions', async () => {
  const dir = await tempDir();
  // The CSV form has no frames: Regional Udvikling's frames are left out of this file.
  const input = join(dir, 'input.json');
  const frameless: InitiativeFile = { ...features, initiatives: features.initiatives.filter((i) => i.committee === 'hosp') };
  await writeFile(input, JSON.stringify(frameless));
  const built = await buildWithCli(input, dir);
  await setNumberInXml(built, 'Hospitalsudvalget', 'E15', 5, 7.5);
  const csv = join(dir, 'out', 'read.csv');
  const read = await readWithCli(built, dir, ['--csv', csv, '--lang', 'en']);
  expect(read.code).toBe(0);
  expect(read.stdout).toContain('Hospitalsudvalget!E15: Amount changed: “Sundhedshuse” 2021: 5 DKK million → 7.5 DKK million');
  const text = await readFile(csv, 'utf8');
  expect(text).toContain('Hospitalsudvalget;7;Sundhedshuse;;anlæg;;5;7,5;5;5;;\r\n');
  const parsed = parseCsvDefinitions(new TextEncoder().encode(text), { fileName: 'read.csv', title: frameless.title, unit: frameless.unit });
  expect(parsed.problems).toEqual([]);
  // Committees without initiatives have no rows in a CSV, so they are not in it (docs/readback.md).
  const totals = (f: InitiativeFile) => buildModel(f).committees.filter((c) => c.initiatives.length > 0).map((c) => [c.name, c.total, c.capital]);
  expect(totals(parsed.document as InitiativeFile)).toEqual(totals(JSON.parse(await readFile(read.json, 'utf8')) as InitiativeFile));
});

test('a file without Budget Tables\' definitions: exit 1, nothing written', async () => {
  const dir = await tempDir();
  const built = await buildWithCli(join(FIXTURES, 'valid-features', 'input.json'), dir);
  const zip = await JSZip.loadAsync(await readFile(built));
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  zip.file('xl/workbook.xml', workbook.replace(/<sheet [^>]*name="BudgetTables_State"[^>]*\/>/, ''));
  await writeFile(built, await zip.generateAsync({ type: 'nodebuffer' }));
  const read = await readWithCli(built, dir);
  expect(read.code).toBe(1);
  expect(read.stderr).toContain('projektmappen har ingen gemte Budgettabeller-definitioner');
  await expect(readFile(read.json)).rejects.toThrow();
});

/**
 * A LibreOffice user profile with a Basic macro that inserts a row, types a title and an
 * amount, and saves as .xlsx. python3-uno is not installed here (and the tests install
 * nothing), but LibreOffice's own Basic runs headless from the command line.
 */
async function macroProfile(): Promise<string> {
  const profile = await tempDir();
  // The first start lays out the profile (it would overwrite a library written before it).
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--terminate_after_init'], { timeout: 120_000 });
  const library = join(profile, 'user', 'basic', 'Standard');
  await mkdir(library, { recursive: true });
  await writeFile(
    join(library, 'script.xlb'),
    `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">
 <library:element library:name="Module1"/>
 <library:element library:name="Edit"/>
</library:library>
`,
  );
  await writeFile(
    join(library, 'Edit.xba'),
    `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Edit" script:language="StarBasic">
Sub InsertRow(inUrl As String, outUrl As String, sheetName As String, rowText As String, title As String, columnText As String, amountText As String)
  Dim loadArgs(0) As New com.sun.star.beans.PropertyValue
  loadArgs(0).Name = &quot;Hidden&quot;
  loadArgs(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, loadArgs())
  sheet = doc.Sheets.getByName(sheetName)
  rowIndex = CLng(rowText)
  sheet.Rows.insertByIndex(rowIndex, 1)
  sheet.getCellByPosition(1, rowIndex).setString(title)
  sheet.getCellByPosition(CLng(columnText), rowIndex).setValue(Val(amountText))
  Dim storeArgs(0) As New com.sun.star.beans.PropertyValue
  storeArgs(0).Name = &quot;FilterName&quot;
  storeArgs(0).Value = &quot;Calc MS Excel 2007 XML&quot;
  doc.storeToURL(outUrl, storeArgs())
  doc.close(True)
End Sub
</script:module>
`,
  );
  return profile;
}

test('a row inserted by LibreOffice inside a node is read back as a new line and built again', async () => {
  const dir = await tempDir();
  const built = await buildWithCli(join(FIXTURES, 'valid-features', 'input.json'), dir);
  const edited = join(dir, 'edited.xlsx');
  const profile = await macroProfile();
  // 0-based row 8 is sheet row 9: between "Huslejeudgifter" and "Ny PM-diagnostik"; column 4 is E (2021).
  const macro = `macro:///Standard.Edit.InsertRow("file://${built}","file://${edited}","Hospitalsudvalget","8","Ny linje fra LibreOffice","4","2.5")`;
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', macro], { timeout: 180_000 });
  const read = await readWithCli(edited, dir);
  expect(read.stderr).toBe('');
  expect(read.code).toBe(0);
  expect(read.stdout).toContain('Hospitalsudvalget!B9: Tilføjet: »Ny linje fra LibreOffice« under »Personlig medicin« (nr. 2) i Hospitalsudvalget – 2021: 2,5 mio. kr.');
  expect(read.stdout).not.toMatch(/Kontrol af tabellerne/); // LibreOffice recalculated and moved the names with the row
  const definitions = JSON.parse(await readFile(read.json, 'utf8')) as InitiativeFile;
  expect(definitions.initiatives[0]?.lines?.map((l) => l.title)).toEqual(['Påbegynde PM-oprustning', 'Huslejeudgifter', 'Ny linje fra LibreOffice', 'Ny PM-diagnostik']);
  expect(definitions.initiatives[0]?.lines?.[2]).toEqual({ title: 'Ny linje fra LibreOffice', amounts: { '2021': 2.5 } });

  const rebuilt = await buildWithCli(read.json, dir, 'rebuilt.xlsx');
  const { values, mismatches } = await libreOfficeMismatches(rebuilt, definitions);
  expect(mismatches).toEqual([]);
  expect(values.get('Hospitalsudvalget')?.get('B9')).toBe('Ny linje fra LibreOffice');
  expect(round(Number(values.get('Hospitalsudvalget')?.get('E11')))).toBe(34.5); // Personlig medicin's subtotal, 2021
});
