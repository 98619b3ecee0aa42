/**
 * `budget-tables diff` (docs/rounds.md D11–D13, docs/cli.md): the change sheet, its CSV, the
 * terminal summary and --json; problems in either round located and nothing written.
 */
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXIT, main } from '../../../src/cli/main';
import type { InitiativeFile } from '../../../src/core/format/types';
import { capture, schemaErrors } from '../../helpers/cli';
import { REPO } from '../../helpers/fixtures';

const SEMINAR = join(REPO, 'data', 'budget-2020-seminar.json');

/** The seminar after a round: one removed, one re-costed, one dropped, one added whose title looks like a formula. */
async function agreement(dir: string): Promise<string> {
  const file = JSON.parse(await readFile(SEMINAR, 'utf8')) as InitiativeFile;
  const byId = (id: string) => {
    const found = file.initiatives.find((i) => i.id === id);
    if (found === undefined) throw new Error(`no ${id}`);
    return found;
  };
  const flash = file.initiatives.find((i) => i.title === 'Flash glukosemåler');
  if (flash === undefined) throw new Error('no Flash glukosemåler');
  flash.amounts = { 2020: 12, 2023: 14 };
  byId(file.initiatives[0]?.id ?? '').chosen = false;
  file.initiatives = file.initiatives.filter((i) => i.title !== 'Kræftpakker');
  file.initiatives.push({ id: 'teams', committee: file.committees[1]?.id ?? '', title: '=Udgående teams', amounts: { 2021: 0.3, 2022: 2 } });
  const path = join(dir, 'forlig.json');
  await writeFile(path, JSON.stringify(file));
  return path;
}

async function setup(): Promise<{ dir: string; next: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'bt-diff-'));
  return { dir, next: await agreement(dir) };
}

describe('[D11] the change sheet', () => {
  test('sections, effects per year, a net line of live SUMs equal to the GrandTotal difference, A4 landscape', async () => {
    const { dir, next } = await setup();
    const out = join(dir, 'changes.xlsx');
    const run = capture();
    expect(await main(['diff', SEMINAR, next, '--out', out], run.io)).toBe(EXIT.ok);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Ændringer');
    if (sheet === undefined) throw new Error('no sheet Ændringer');
    expect(sheet.getCell('A1').value).toBe('Ændringer fra »budget-2020-seminar.json« til »forlig.json«');
    expect(sheet.getRow(4).values).toEqual([undefined, 'Udvalg', 'Emne', '2020', '2021', '2022', '2023', 'Ændring']);
    const column = (c: string): unknown[] => Array.from({ length: sheet.rowCount }, (_, r) => sheet.getCell(`${c}${r + 1}`).value);
    expect(column('A').filter((v) => typeof v === 'string' && /\(\d+\)$/.test(v))).toEqual(['Tilføjet (1)', 'Fjernet (1)', 'Valgt fra (1)', 'Ændret (1)']);
    const titles = column('B');
    const added = titles.indexOf('=Udgående teams') + 1;
    expect(sheet.getCell(`B${added}`).type).toBe(ExcelJS.ValueType.String);
    expect([sheet.getCell(`D${added}`).value, sheet.getCell(`E${added}`).value]).toEqual([0.3, 2]);
    const net = titles.indexOf('Nettoændring, I alt nye midler') + 1;
    expect(sheet.getCell(`C${net}`).value).toEqual({ formula: `SUM(C5:C${net - 1})`, result: 1.5 });
    expect(sheet.getCell(`F${net}`).value).toEqual({ formula: `SUM(F5:F${net - 1})`, result: 1.5 });
    expect(workbook.definedNames.model).toEqual([{ name: 'NetChange', ranges: [`'Ændringer'!$C$${net}:$F$${net}`] }]);
    const difference = titles.indexOf('Forskel, I alt nye midler') + 1;
    expect(sheet.getCell(`C${difference}`).value).toEqual({ formula: `C${difference - 1}-C${difference - 2}`, result: 1.5 });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
    expect(run.stdout()).toContain(`Skrev ${out} (1 ark: Ændringer)`);
  });
});

describe('[D12] the change list as Danish CSV', () => {
  test('semicolons, Danish decimals, a BOM and CRLF; a formula-like title neutralised', async () => {
    const { dir, next } = await setup();
    const out = join(dir, 'changes.csv');
    expect(await main(['diff', SEMINAR, next, '--out', out], capture().io)).toBe(EXIT.ok);
    const csv = await readFile(out, 'utf8');
    expect(csv.startsWith('\uFEFFAfsnit;Udvalg;Id;Emne;2020;2021;2022;2023;Ændring\r\n')).toBe(true);
    expect(csv).toContain("\r\nTilføjet;Psykiatri- og socialudvalget;teams;'=Udgående teams;0;0,3;2;0;i alt 2020: 0, 2021: 0,3, 2022: 2, 2023: 0\r\n");
    expect(csv).toContain('\r\nNettoændring, I alt nye midler;;;;1,5;0,3;2;1,5;\r\n');
  });
});

describe('[D13] the terminal summary and --json', () => {
  test('Danish by default: the sections, each change with what changed, the net and the committees', async () => {
    const { next } = await setup();
    const run = capture();
    expect(await main(['diff', SEMINAR, next], run.io)).toBe(EXIT.ok);
    const out = run.stdout();
    expect(out).toMatch(/^Ændringer fra »budget-2020-seminar\.json« til »forlig\.json«\n/);
    expect(out).toMatch(/^Nettoændring, I alt nye midler +\+1,5 +\+0,3 +\+2,0 +\+1,5$/m);
    expect(out).toMatch(/^ {6}2020: 10,5 → 12, 2023: 12,5 → 14$/m);
    expect(out).toMatch(/^Valgt fra \(1\)$/m);
    expect(run.stderr()).toBe('');
  });
  test('--lang en', async () => {
    const { next } = await setup();
    const run = capture();
    expect(await main(['diff', SEMINAR, next, '--lang', 'en'], run.io)).toBe(EXIT.ok);
    expect(run.stdout()).toMatch(/^Net change, total new money +\+1\.5 +\+0\.3 +\+2\.0 +\+1\.5$/m);
    expect(run.stdout()).toMatch(/^Dropped \(1\)$/m);
  });
  test('--json: the change list with exact figures, valid against the schema; net equals the GrandTotal difference', async () => {
    const { next } = await setup();
    const run = capture();
    expect(await main(['diff', SEMINAR, next, '--json'], run.io)).toBe(EXIT.ok);
    const report = JSON.parse(run.stdout()) as { command: string; changes: { net: number[]; grandTotal: { delta: number[] }; changes: { section: string }[] } };
    expect(schemaErrors(report)).toEqual([]);
    expect(report.command).toBe('diff');
    expect(report.changes.net).toEqual([1.5, 0.3, 2, 1.5]);
    expect(report.changes.grandTotal.delta).toEqual(report.changes.net);
    expect(report.changes.changes.map((c) => c.section)).toEqual(['added', 'removed', 'dropped', 'changed']);
  });
  test('a workbook built by Budget Tables is a round too: the seminar against its own workbook has no change', async () => {
    const { dir } = await setup();
    const built = join(dir, 'seminar.xlsx');
    expect(await main(['build', SEMINAR, '--out', built], capture().io)).toBe(EXIT.ok);
    const run = capture();
    expect(await main(['diff', SEMINAR, built, '--json'], run.io)).toBe(EXIT.ok);
    const report = JSON.parse(run.stdout()) as { changes: { changes: unknown[]; net: number[] } };
    expect(report.changes.changes).toEqual([]);
    expect(report.changes.net).toEqual([0, 0, 0, 0]);
  });
});

describe('[D14] problems in either round: located, naming the file; nothing written', () => {
  test('an error in the new round and a missing old round: exit 1, both reported, no file', async () => {
    const { dir } = await setup();
    const bad = join(dir, 'bad.json');
    const document = JSON.parse(await readFile(SEMINAR, 'utf8')) as { initiatives: Array<{ committee: string }> };
    const first = document.initiatives[0];
    if (first === undefined) throw new Error('the sample has no initiatives');
    first.committee = 'hosp2';
    await writeFile(bad, JSON.stringify(document));
    const out = join(dir, 'changes.xlsx');
    const run = capture();
    expect(await main(['diff', join(dir, 'missing.json'), bad, '--out', out], run.io)).toBe(EXIT.invalidInput);
    expect(run.stderr()).toContain(`Filen findes ikke: ${join(dir, 'missing.json')}`);
    expect(run.stderr()).toMatch(/bad\.json, Emne \d+ »Personlig medicin«, udvalg: Udvalget »hosp2« findes ikke/);
    expect(run.stderr()).toContain('Intet er skrevet.');
    await expect(stat(out)).rejects.toThrow();
  });
  test('usage: two rounds needed, and --out must be .xlsx or .csv (exit 2)', async () => {
    const one = capture();
    expect(await main(['diff', SEMINAR], one.io)).toBe(EXIT.usage);
    expect(one.stderr()).toContain('diff mangler <forrige> <ny>.');
    const txt = capture();
    expect(await main(['diff', SEMINAR, SEMINAR, '--out', 'x.txt'], txt.io)).toBe(EXIT.usage);
    expect(txt.stderr()).toContain('--out til diff skal ende på .xlsx eller .csv, ikke »x.txt«.');
  });
});
