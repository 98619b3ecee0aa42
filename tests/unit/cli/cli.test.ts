import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXIT, main } from '../../../src/cli/main';
import { FIXTURES, REPO } from '../../helpers/fixtures';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), now: () => new Date('2026-01-01T00:00:00Z') }, out, err };
}

describe('budget-tables check', () => {
  test('prints committee and grand totals per year with one decimal count per table', async () => {
    const { io, out } = capture();
    expect(await main(['check', join(FIXTURES, 'valid-features', 'input.json')], io)).toBe(EXIT.ok);
    const lines = out.join('').split('\n');
    expect(lines[1]).toMatch(/^Udvalg\s+2020\s+2021\s+2022\s+2023$/);
    expect(lines).toContainEqual(expect.stringMatching(/^Hospitalsudvalget\s+29,25\s+37,65\s+62,45\s+107,45$/));
    expect(lines).toContainEqual(expect.stringMatching(/^I alt\s+433,35\s+38,65\s+63,45\s+108,45$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Heraf anlæg\s+99,50\s+5,00\s+5,00\s+5,00$/));
    expect(lines).toContainEqual(expect.stringMatching(/^I alt, laveste skøn\s+431,95/));
  });
  test('new money apart: existing and reprioritised money are totalled below, never in the total', async () => {
    const { io, out } = capture();
    expect(await main(['check', join(FIXTURES, 'valid-funding', 'input.json')], io)).toBe(EXIT.ok);
    const lines = out.join('').split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^I alt, nye midler\s+2,6\s+14,0$/));
    expect(lines).toContainEqual(expect.stringMatching(/^I alt, eksisterende budget\s+344,5\s+0,0$/));
    expect(lines).toContainEqual(expect.stringMatching(/^I alt, omprioritering\s+20,0\s+0,0$/));
  });
  test('in English on request', async () => {
    const { io, out } = capture();
    expect(await main(['check', join(FIXTURES, 'valid-features', 'input.json'), '--lang', 'en'], io)).toBe(EXIT.ok);
    expect(out.join('')).toMatch(/^Total\s+433\.35\s+38\.65/m);
  });
});

describe('budget-tables build', () => {
  test('writes the workbook with live formulas carrying their values', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bt-cli-'));
    const out = join(dir, 'nested', 'seminar.xlsx');
    const { io } = capture();
    expect(await main(['build', join(REPO, 'data', 'budget-2020-seminar.json'), '--out', out], io)).toBe(EXIT.ok);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['Oversigt', 'Hospitalsudvalget', 'Psykiatri- og socialudvalget', 'Udvalg for nære sundhedstilbud', 'Regional Udvikling']);
    // The definitions travel with the file, for `budget-tables read`, in a sheet the user does not see.
    expect(workbook.getWorksheet('BudgetTables_State')?.state).toBe('veryHidden');
    const hosp = workbook.getWorksheet('Hospitalsudvalget');
    const pmSubtotal = hosp?.getColumn(2).values.findIndex((v) => v === 'I alt, Personlig medicin') ?? -1;
    expect(hosp?.getCell(pmSubtotal, 7).value).toMatchObject({ formula: expect.stringContaining('SUMIFS(G$'), result: 102 });
  });
  test('a title that looks like a formula is written as a string cell, never a formula', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bt-cli-'));
    const out = join(dir, 'f.xlsx');
    const { io } = capture();
    expect(await main(['build', join(FIXTURES, 'valid-features', 'input.json'), '--out', out], io)).toBe(EXIT.ok);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const cell = workbook.getWorksheet('Hospitalsudvalget')?.getCell('B13');
    expect(cell?.value).toBe('=HYPERLINK("http://x","y")');
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
  });
  test('invalid input: exit 1, every problem on stderr with its location, no file written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bt-cli-'));
    const input = join(dir, 'bad.json');
    const document = JSON.parse(await readFile(join(FIXTURES, 'valid-features', 'input.json'), 'utf8'));
    document.initiatives[0].lines[0].amounts['2021'] = 'abc';
    document.initiatives[1].committee = 'nope';
    await writeFile(input, JSON.stringify(document));
    const out = join(dir, 'never.xlsx');
    const { io, err } = capture();
    expect(await main(['build', input, '--out', out], io)).toBe(EXIT.invalidInput);
    const errors = err.join('').split('\n').filter((l) => l.startsWith('Fejl'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('initiatives[0].lines[0].amounts.2021');
    expect(errors[1]).toContain('initiatives[1].committee');
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });
  test('usage errors exit 2', async () => {
    const { io, err } = capture();
    expect(await main(['build', join(FIXTURES, 'valid-features', 'input.json')], io)).toBe(EXIT.usage);
    expect(err.join('')).toContain('--out');
    expect(await main(['frobnicate', 'x'], capture().io)).toBe(EXIT.usage);
    expect(await main(['check', 'x.json', '--lang', 'de'], capture().io)).toBe(EXIT.usage);
  });
  test('a missing file is a clear failure, not a crash', async () => {
    const { io, err } = capture();
    expect(await main(['check', '/nonexistent/file.json'], io)).toBe(EXIT.failure);
    expect(err.join('')).toMatch(/ENOENT|no such file/);
  });
});
