/**
 * `budget-tables read` and the state a build keeps in its file (docs/readback.md):
 * the very hidden sheet, its chunks, and the command's output and exit codes.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { decodeState, encodeState, splitStateIntoChunks, STATE_CHUNK_CHARS, STATE_SHEET_NAME, type StoredState } from '../../../../src/adapters/state/state';
import { EXIT, main } from '../../../../src/cli/main';
import { readWorkbookFile, type WorkbookFileReading } from '../../../../src/adapters/exceljs/readWorkbook';
import { FIXTURES } from '../../../helpers/fixtures';
import { generateDefinitions } from '../../../helpers/generateDefinitions';
import { features } from './helpers';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), now: () => new Date('2026-01-01T00:00:00Z') }, out, err };
}

function tablesOf(reading: WorkbookFileReading): Extract<WorkbookFileReading, { kind: 'tables' }> {
  if (reading.kind !== 'tables') throw new Error(`Expected tables, got ${reading.kind}`);
  return reading;
}

async function buildFile(input: string): Promise<{ dir: string; xlsx: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'bt-read-'));
  const xlsx = join(dir, 'built.xlsx');
  expect(await main(['build', input, '--out', xlsx], capture().io)).toBe(EXIT.ok);
  return { dir, xlsx };
}

describe('the state in a file', () => {
  test('encoded state decodes to what was stored; chunks are at most 32,000 characters and join back', async () => {
    const state: StoredState = { version: 1, definitions: features, layout: { lang: 'da', decimals: 1 }, reservedSheetNames: [], sheets: [], names: [], inProgress: false };
    const encoded = await encodeState(state);
    expect(await decodeState(encoded)).toEqual(state);
    const text = 'x'.repeat(2 * STATE_CHUNK_CHARS + 5);
    const chunks = splitStateIntoChunks(text);
    expect(chunks.map((c) => c.length)).toEqual([32_000, 32_000, 5]);
    expect(chunks.join('')).toBe(text);
  });

  test('a build writes the definitions, layout and sheet names into a very hidden sheet', async () => {
    const { xlsx } = await buildFile(join(FIXTURES, 'valid-features', 'input.json'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.getWorksheet(STATE_SHEET_NAME)?.state).toBe('veryHidden');
    const { state, input } = tablesOf(await readWorkbookFile(new Uint8Array(await readFile(xlsx)), xlsx));
    expect(state).toEqual({
      version: 1,
      definitions: features,
      layout: { lang: 'da', decimals: 1 },
      reservedSheetNames: [STATE_SHEET_NAME],
      sheets: [
        { key: 'overview', id: '', name: 'Oversigt' },
        { key: 'committee:hosp', id: '', name: 'Hospitalsudvalget' },
        { key: 'committee:ru', id: '', name: 'Regional Udvikling' },
        { key: 'committee:tom', id: '', name: 'Udvalg- uden emner - test-' },
      ],
      names: ['GrandTotal', 'Table_Overview', 'Total_hosp', 'Table_hosp', 'Total_ru', 'Table_ru', 'Total_tom', 'Table_tom', 'ChosenTotal', 'Chosen_hosp', 'Chosen_ru', 'Chosen_tom'],
      inProgress: false,
    });
    expect(input?.sheets.find((s) => s.key === 'committee:hosp')?.formulas[15]?.[3]).toBe('=SUMIFS(D$5:INDEX(D:D,ROW()-1),$I$5:INDEX($I:$I,ROW()-1),"")');
    expect(input?.sheets.find((s) => s.key === 'committee:hosp')?.values[15]?.[3]).toBe(29.25);
  });

  test('a state longer than one cell holds is split over several and read back whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bt-read-'));
    const input = join(dir, 'big.json');
    const big = generateDefinitions({ initiatives: 1500, committees: 3 });
    await writeFile(input, JSON.stringify(big));
    const { xlsx } = await buildFile(input);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const cells = (workbook.getWorksheet(STATE_SHEET_NAME)?.getColumn(1).values ?? []).filter((v) => typeof v === 'string');
    expect(cells.length).toBeGreaterThan(1);
    const { state } = tablesOf(await readWorkbookFile(new Uint8Array(await readFile(xlsx)), xlsx));
    expect(state?.definitions).toEqual(big);
  });
});

describe('budget-tables read', () => {
  test('an unedited build: no changes, the definitions written as JSON', async () => {
    const { dir, xlsx } = await buildFile(join(FIXTURES, 'valid-features', 'input.json'));
    const { io, out, err } = capture();
    const json = join(dir, 'nested', 'read.json');
    expect(await main(['read', xlsx, '--out', json], io)).toBe(EXIT.ok);
    expect(err.join('')).toBe('');
    expect(out.join('')).toBe(`Ingen ændringer siden sidste opbygning.\n${json}: definitionerne er skrevet.\n`);
    const text = await readFile(json, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(features);
  });

  test('an amount changed in the file: the change, and the stale totals the check finds, in English', async () => {
    const { dir, xlsx } = await buildFile(join(FIXTURES, 'valid-features', 'input.json'));
    const zip = await JSZip.loadAsync(await readFile(xlsx));
    const part = 'xl/worksheets/sheet2.xml';
    const xml = (await zip.file(part)?.async('string')) ?? '';
    const cell = /<c r="D7" s="\d+"><v>5<\/v><\/c>/.exec(xml)?.[0] ?? '';
    expect(cell).not.toBe('');
    zip.file(part, xml.replace(cell, cell.replace('<v>5</v>', '<v>6</v>')));
    await writeFile(xlsx, await zip.generateAsync({ type: 'nodebuffer' }));
    const { io, out } = capture();
    const json = join(dir, 'read.json');
    expect(await main(['read', xlsx, '--out', json, '--lang', 'en'], io)).toBe(EXIT.ok);
    expect(out.join('')).toBe(
      [
        'Changes since the last build:',
        '  Hospitalsudvalget!D7: Amount changed: “Påbegynde PM-oprustning” 2020: 5 DKK million → 6 DKK million',
        'Check of the tables:',
        '  Hospitalsudvalget!D10: The total shows 17, but the rows above it add up to 18.',
        '  Hospitalsudvalget!D16: The total shows 29.25, but the rows above it add up to 30.25.',
        '  Hospitalsudvalget!D17: The total shows 24.25, but the rows above it add up to 25.25.',
        `${json}: the definitions were written.`,
        '',
      ].join('\n'),
    );
  });

  test('--csv for definitions with frames: refused with the places, nothing written, exit 1', async () => {
    const { dir, xlsx } = await buildFile(join(FIXTURES, 'valid-features', 'input.json'));
    const { io, err } = capture();
    const json = join(dir, 'read.json');
    expect(await main(['read', xlsx, '--out', json, '--csv', join(dir, 'read.csv')], io)).toBe(EXIT.invalidInput);
    expect(err.join('')).toContain(
      'read.csv: CSV-formen kan ikke udtrykke rammer: »Udviklingsaktiviteter« (nr. 1), »Projektpulje«, »Kollektiv trafik« (nr. 2) og »Overdisponeret pulje« (nr. 3) i Regional Udvikling er rammer. Brug JSON-formen.',
    );
    expect(err.join('')).toContain('read.csv: CSV-formen har kun ét niveau af linjer: »Projektpulje« i Regional Udvikling er en linje med linjer under sig. Brug JSON-formen.');
    await expect(readFile(json)).rejects.toThrow();
  });

  test('a workbook Budget Tables did not build: exit 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bt-read-'));
    const other = join(dir, 'other.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Ark1').getCell('A1').value = 42;
    await workbook.xlsx.writeFile(other);
    const { io, err } = capture();
    expect(await main(['read', other, '--out', join(dir, 'read.json')], io)).toBe(EXIT.invalidInput);
    expect(err.join('')).toBe(
      `1 fejl\n  ${other}: projektmappen har ingen gemte Budgettabeller-definitioner (arket ${STATE_SHEET_NAME} mangler); den er ikke bygget af Budgettabeller.\nIntet er skrevet.\n`,
    );
  });

  test('read without --out is a usage error', async () => {
    const { io, err } = capture();
    expect(await main(['read', 'x.xlsx', '--lang', 'en'], io)).toBe(EXIT.usage);
    expect(err.join('')).toBe('budget-tables: read needs --out <definitions.json>.\nSee budget-tables read --help.\n');
  });
});
