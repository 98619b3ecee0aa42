/**
 * The hostile-input corpus (tests/fixtures/hostile-inputs, outcomes in expected-outcomes.json):
 * malformed JSON, encodings, schema abuse, CSV abuse and formula payloads, each refused with
 * every problem located, or accepted and written correctly. Files past the size limits are
 * made here (docs/format.md, T6), never stored.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { EXIT, main } from '../../../src/cli/main';
import { MAX_CSV_LINES, MAX_INPUT_BYTES, MAX_NODES } from '../../../src/core/format/limits';
import { MAX_CELL_CHARS, TRUNCATION_MARKER } from '../../../src/core/format/text';
import { formatLocation, formatProblem } from '../../../src/core/i18n/formatProblem';
import { loadDefinitions } from '../../../src/core/load';
import { FIXTURES } from '../../helpers/fixtures';

const DIR = join(FIXTURES, 'hostile-inputs');
type Outcome = { outcome: 'accepted' } | { outcome: 'refused'; errors: string[] };
const expected = JSON.parse(readFileSync(join(DIR, 'expected-outcomes.json'), 'utf8')) as Record<string, Outcome>;
const files = readdirSync(DIR).filter((f) => /\.(json|csv)$/.test(f) && f !== 'expected-outcomes.json').sort();

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), now: () => new Date('2026-01-01T00:00:00Z') }, out, err };
}

function errorsOf(fileName: string, bytes: Uint8Array): string[] {
  const loaded = loadDefinitions({ fileName, bytes });
  return loaded.problems.filter((p) => p.severity === 'error').map((p) => `${formatLocation(p.location, 'en')}: ${p.code}`);
}

/**
 * `build` through the command line, twice: as a terminal shows it (exit code, what it printed,
 * the workbook when one was written) and with --json (the codes of its errors).
 */
async function build(input: string): Promise<{ code: number; stderr: string; xlsx: string | undefined; errorCodes: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'bt-corpus-'));
  const out = join(dir, 'out.xlsx');
  const { io, err } = capture();
  const code = await main(['build', input, '--out', out], io);
  const json = capture();
  await main(['build', input, '--out', join(dir, 'json.xlsx'), '--json'], json.io);
  const report = JSON.parse(json.out.join('')) as { problems: { code: string; severity: string }[] };
  return { code, stderr: err.join(''), xlsx: existsSync(out) ? out : undefined, errorCodes: report.problems.filter((p) => p.severity === 'error').map((p) => p.code) };
}

/** Every part of the package is well-formed XML (T1: one forbidden character breaks a whole sheet). */
async function expectWellFormed(xlsx: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(xlsx));
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
    expect([name, XMLValidator.validate((await zip.file(name)?.async('string')) ?? '')]).toEqual([name, true]);
  }
}

test('every stored case has an expected outcome, and every outcome a case', () => {
  expect(files).toEqual(Object.keys(expected).sort());
  expect(files.length).toBeGreaterThanOrEqual(40);
});

describe.each(files)('%s', (file) => {
  const outcome = expected[file] as Outcome;

  test('the loader gives the expected outcome, every problem located', () => {
    expect(errorsOf(file, new Uint8Array(readFileSync(join(DIR, file))))).toEqual(outcome.outcome === 'refused' ? outcome.errors : []);
  });

  test('budget-tables build: refused with exit 1 and nothing written, or a well-formed workbook', async () => {
    const result = await build(join(DIR, file));
    expect(result.stderr).not.toMatch(/\n\s+at |budget-tables: /);
    if (outcome.outcome === 'refused') {
      expect(result.code).toBe(EXIT.invalidInput);
      expect(result.xlsx).toBeUndefined();
      expect(result.errorCodes).toEqual(outcome.errors.map((e) => e.slice(e.lastIndexOf(': ') + 2)));
      expect(result.stderr).toContain('Intet er skrevet.');
    } else {
      expect(result.code).toBe(EXIT.ok);
      if (result.xlsx === undefined) throw new Error('no workbook');
      await expectWellFormed(result.xlsx);
    }
  });
});

/** The Danish messages of a corpus file's errors, as the pane and the command line show them. */
function danishMessagesOf(fileName: string): string[] {
  const loaded = loadDefinitions({ fileName, bytes: new Uint8Array(readFileSync(join(DIR, fileName))) });
  return loaded.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, 'da'));
}

describe('the text and byte rules (docs/format.md, T1–T5), on the corpus', () => {
  test('[T1] a character XML forbids is refused at its field, named with its position', () => {
    for (const file of ['enc-noncharacter.json', 'enc-control-escape.json', 'enc-lone-surrogate.json', 'csv-noncharacter.csv']) {
      expect([file, errorsOf(file, new Uint8Array(readFileSync(join(DIR, file)))).map((e) => e.slice(e.lastIndexOf(': ') + 2))]).toEqual([file, ['textForbiddenCharacter']]);
    }
    expect(danishMessagesOf('enc-noncharacter.json')[0]).toMatch(/indeholder tegnet U\+FFFE \(tegn nr\. \d+\)/);
  });

  test('[T3] committee ids that would make clashing or invalid workbook names are refused', () => {
    expect(errorsOf('x.json', new Uint8Array(readFileSync(join(DIR, 'schema-id-case-clash.json'))))).toEqual(['committees[1].id: committeeIdCaseClash']);
    expect(errorsOf('x.json', new Uint8Array(readFileSync(join(DIR, 'schema-id-reserved.json'))))).toEqual(['committees[0].id: committeeIdReserved']);
    expect(errorsOf('x.json', new Uint8Array(readFileSync(join(DIR, 'schema-id-too-long.json'))))).toEqual(['committees[0].id: committeeIdTooLong']);
  });

  test('[T4] __proto__, constructor and prototype are refused as keys, once each, where they stand', () => {
    const codes = (file: string) => errorsOf(file, new Uint8Array(readFileSync(join(DIR, file))));
    expect(codes('schema-proto-year.json')).toEqual(['initiatives[0].amounts.__proto__: reservedKey']);
    expect(codes('schema-proto-frame.json')).toEqual(['initiatives[0].frame.__proto__: reservedKey']);
    expect(codes('schema-prototype-top.json')).toEqual(['prototype: reservedKey']);
    expect(codes('schema-constructor-field.json')).toEqual(['initiatives[0].constructor: reservedKey']);
  });

  test('[T5] JSON that is not UTF-8 is refused with the byte and line, never read as U+FFFD; a BOM is accepted', () => {
    for (const file of ['enc-overlong.json', 'enc-windows-1252.json', 'enc-utf16le.json']) {
      expect([file, errorsOf(file, new Uint8Array(readFileSync(join(DIR, file))))]).toEqual([file, ['the file: notUtf8']]);
    }
    expect(danishMessagesOf('enc-windows-1252.json')[0]).toMatch(/^Fejl: filen: Filen er ikke gyldig UTF-8: byte 39 \(linje 1\) kan ikke læses\. /);
    expect(errorsOf('enc-utf8-bom.json', new Uint8Array(readFileSync(join(DIR, 'enc-utf8-bom.json'))))).toEqual([]);
  });
});

test('formula payloads are written as text, never as formulas, and read back unchanged (JSON has no −0)', async () => {
  const { xlsx } = await build(join(DIR, 'formula-payloads.json'));
  if (xlsx === undefined) throw new Error('no workbook');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  const texts: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) expect(cell.formula).not.toMatch(/cmd|HYPERLINK|SUM\(A1:A9\)|SUM\(1\)|^1\+2$/);
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    ),
  );
  expect(texts).toEqual(expect.arrayContaining(["=cmd|' /C calc'!A0", '@SUM(A1:A9)', '=1+2', '-1']));
  const out = join(await mkdtemp(join(tmpdir(), 'bt-corpus-')), 'read.json');
  expect(await main(['read', xlsx, '--out', out], capture().io)).toBe(EXIT.ok);
  const asJsonHoldsIt = JSON.parse(JSON.stringify(JSON.parse(readFileSync(join(DIR, 'formula-payloads.json'), 'utf8')))) as unknown;
  expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(asJsonHoldsIt);
});

test('[F1] a workbook given as definitions is refused by name, whatever its extension', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bt-corpus-'));
  const xlsx = join(dir, 'budget.xlsx');
  const workbook = await build(join(DIR, 'formula-payloads.json'));
  const bytes = new Uint8Array(readFileSync(workbook.xlsx ?? ''));
  for (const name of ['budget.xlsx', 'budget.json', 'budget.csv']) expect(errorsOf(name, bytes)).toEqual(['the file: inputIsWorkbook']);
  await writeFile(xlsx, bytes);
  const result = await build(xlsx);
  expect([result.code, result.xlsx]).toEqual([EXIT.invalidInput, undefined]);
  expect(result.stderr).toContain(`budget.xlsx er en Excel-projektmappe`);
});

describe('[T6] files past the size limits, made here', () => {
  const header = 'Udvalg;Emne;2020\r\n';
  const definitions = (initiatives: number, note = '') => ({
    formatVersion: 1,
    title: 'T',
    unit: 'mio. kr.',
    years: [2020],
    committees: [{ id: 'u', name: 'U' }],
    initiatives: Array.from({ length: initiatives }, (_, i) => ({ id: `e${i}`, committee: 'u', title: `E${i}`, ...(note === '' ? {} : { note }), amounts: 1 })),
  });

  test.each([
    ['a JSON file over 16 MB', 'big.json', () => new TextEncoder().encode(JSON.stringify({ ...definitions(1), title: 'x'.repeat(MAX_INPUT_BYTES) })), 'the file: inputTooLarge'],
    ['a CSV with more lines than allowed', 'long.csv', () => new TextEncoder().encode(header + 'U;E;1\r\n'.repeat(MAX_CSV_LINES)), 'the file: inputTooManyRows'],
    ['a JSON with more initiatives and lines than allowed', 'many.json', () => new TextEncoder().encode(JSON.stringify(definitions(MAX_NODES + 1))), 'the file: inputTooManyNodes'],
  ])('%s is refused before it is validated', async (_name, fileName, make, error) => {
    const bytes = make();
    expect(errorsOf(fileName, bytes)).toEqual([error]);
    const input = join(await mkdtemp(join(tmpdir(), 'bt-corpus-')), fileName);
    await writeFile(input, bytes);
    const result = await build(input);
    expect([result.code, result.xlsx]).toEqual([EXIT.invalidInput, undefined]);
  });

  test('[T2] a note that with its generated ranges passes 32,767 characters is cut with a marker, and reads back whole', async () => {
    const years = Array.from({ length: 40 }, (_, i) => 2020 + i);
    const note = 'n'.repeat(MAX_CELL_CHARS - 100);
    const file = { ...definitions(1), years, initiatives: [{ id: 'e', committee: 'u', title: 'E', note, amounts: Object.fromEntries(years.map((y) => [String(y), { min: 1, max: 2 }])) }] };
    const dir = await mkdtemp(join(tmpdir(), 'bt-corpus-'));
    const input = join(dir, 'notes.json');
    await writeFile(input, JSON.stringify(file));
    const { code, xlsx } = await build(input);
    expect(code).toBe(EXIT.ok);
    if (xlsx === undefined) throw new Error('no workbook');
    await expectWellFormed(xlsx);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const cell = workbook.getWorksheet('U')?.getRow(6).values as unknown[];
    const written = cell.find((v) => typeof v === 'string' && v.startsWith('nnn')) as string;
    expect(written.length).toBe(MAX_CELL_CHARS);
    expect(written.endsWith(TRUNCATION_MARKER)).toBe(true);
    const out = join(dir, 'read.json');
    expect(await main(['read', xlsx, '--out', out], capture().io)).toBe(EXIT.ok);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { initiatives: [{ note: unknown }] }).initiatives[0].note).toBe(note);
  });
});
