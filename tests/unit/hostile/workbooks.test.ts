/**
 * [W1]–[W4], [S1]–[S5]: `budget-tables read` on files that are not Budget Tables workbooks, or
 * whose stored definitions were tampered with. Every case: exit 1, one located message naming
 * the file, no stack trace, nothing written. The files are generated here from a real build;
 * the bombs are never stored in the repository.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeState, MAX_STATE_JSON_BYTES, readStoredState, StoredStateError } from '../../../src/adapters/state/state';
import { EXIT, main } from '../../../src/cli/main';
import { readWorkbookFile } from '../../../src/adapters/exceljs/readWorkbook';
import { MAX_INFLATED_BYTES, MAX_WORKBOOK_FILE_BYTES, MAX_ZIP_ENTRIES } from '../../../src/adapters/exceljs/workbookZip';
import { FIXTURES } from '../../helpers/fixtures';
import { deflatedEntry, deflatedZeros, encodedStateCells, entriesOf, envelopeCells, gzippedZeros, withStateCells, writeZip } from '../../helpers/hostileWorkbooks';
import { features } from '../core/readback/helpers';
import { BuildError } from '../../../src/adapters/officejs/applyPlan';
import { writeTables } from '../../../src/taskpane/host/writeTables';
import { openInDouble } from '../../helpers/cliWorkbook';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), now: () => new Date('2026-01-01T00:00:00Z') }, out, err };
}

let dir: string;
let built: Uint8Array;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bt-hostile-'));
  const xlsx = join(dir, 'built.xlsx');
  expect(await main(['build', join(FIXTURES, 'valid-features', 'input.json'), '--out', xlsx], capture().io)).toBe(EXIT.ok);
  built = new Uint8Array(await readFile(xlsx));
});

const validState = () => ({ version: 1, definitions: features, layout: { lang: 'da', decimals: 1 }, reservedSheetNames: ['BudgetTables_State'], sheets: [{ key: 'overview', id: '', name: 'Oversigt' }], names: ['GrandTotal'], inProgress: false });

interface Case {
  name: string;
  rule: string;
  make: () => Promise<Uint8Array> | Uint8Array;
  /** readWorkbookFile's answer: its kind and the codes of its problems. */
  kind: 'refused' | 'badState' | 'noState';
  codes: string[];
  /** Where a state problem is, as printed (JSON path in the stored state). */
  located?: string;
}

const cases: Case[] = [
  { name: 'a text file', rule: 'W1', make: () => new TextEncoder().encode('Udvalg;Emne;2020\n'), kind: 'refused', codes: ['workbookNotZip'] },
  { name: 'an empty file', rule: 'W1', make: () => new Uint8Array(0), kind: 'refused', codes: ['workbookNotZip'] },
  { name: 'a JSON file', rule: 'W1', make: () => new TextEncoder().encode(JSON.stringify(features)), kind: 'refused', codes: ['workbookNotZip'] },
  { name: 'a truncated workbook', rule: 'W1', make: () => built.slice(0, Math.floor(built.length / 2)), kind: 'refused', codes: ['workbookNotZip'] },
  {
    name: 'a zip that is not a workbook',
    rule: 'W1',
    make: () => writeZip([deflatedEntry('hello.txt', 'hej')]),
    kind: 'refused',
    codes: ['workbookNotXlsx'],
  },
  {
    name: 'a workbook with a bit-flipped sheet',
    rule: 'W3',
    make: async () => {
      const entries = await entriesOf(built);
      return writeZip(entries.map((e) => (e.name === 'xl/worksheets/sheet2.xml' ? { ...e, data: e.data.map((b, i) => (i > 20 && i < 40 ? b ^ 0xa5 : b)) } : e)));
    },
    kind: 'refused',
    codes: ['workbookDamaged'],
  },
  {
    name: 'a workbook with broken sheet XML',
    rule: 'W3',
    make: async () => {
      const entries = await entriesOf(built);
      return writeZip(entries.map((e) => (e.name === 'xl/worksheets/sheet2.xml' ? deflatedEntry(e.name, '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>') : e)));
    },
    kind: 'refused',
    codes: ['workbookDamaged'],
  },
  {
    name: 'a zip bomb that declares its size (1 GB in about 1 MB)',
    rule: 'W2',
    make: async () => writeZip([...(await entriesOf(built)), { name: 'xl/media/bomb.bin', data: deflatedZeros(1024), method: 8, size: 1024 * 1024 * 1024 }]),
    kind: 'refused',
    codes: ['workbookTooLarge'],
  },
  {
    name: 'a zip bomb that lies about its size',
    rule: 'W2',
    make: async () => writeZip([...(await entriesOf(built)), { name: 'xl/media/bomb.bin', data: deflatedZeros(1024), method: 8, size: 1000 }]),
    kind: 'refused',
    codes: ['workbookTooLarge'],
  },
  {
    name: `a zip with more than ${MAX_ZIP_ENTRIES} entries`,
    rule: 'W2',
    make: async () => writeZip([...(await entriesOf(built)), ...Array.from({ length: MAX_ZIP_ENTRIES }, (_, i) => deflatedEntry(`x/${i}.xml`, '<a/>'))]),
    kind: 'refused',
    codes: ['workbookTooManyEntries'],
  },
  {
    name: 'an encrypted entry',
    rule: 'W2',
    make: async () => writeZip((await entriesOf(built)).map((e) => (e.name === 'xl/workbook.xml' ? { ...e, flags: 1 } : e))),
    kind: 'refused',
    codes: ['workbookUnsupportedZip'],
  },
  {
    name: 'a compression method Excel does not use',
    rule: 'W2',
    make: async () => writeZip((await entriesOf(built)).map((e) => (e.name === 'xl/workbook.xml' ? { ...e, method: 12 as const } : e))),
    kind: 'refused',
    codes: ['workbookUnsupportedZip'],
  },
  { name: 'garbage in the state sheet', rule: 'S1', make: () => withStateCells(built, ['not JSON at all {']), kind: 'badState', codes: ['storedStateDamaged'] },
  { name: 'a state that is not base64', rule: 'S1', make: () => withStateCells(built, [JSON.stringify({ encoding: 'gzip-base64', data: '!!!' })]), kind: 'badState', codes: ['storedStateDamaged'] },
  { name: 'a state that is not gzip', rule: 'S1', make: () => withStateCells(built, envelopeCells(new TextEncoder().encode('plain text'))), kind: 'badState', codes: ['storedStateDamaged'] },
  { name: 'an unknown encoding', rule: 'S1', make: () => withStateCells(built, [JSON.stringify({ encoding: 'brotli-hex', data: '00' })]), kind: 'badState', codes: ['storedStateEncoding'] },
  { name: 'a future version', rule: 'S3', make: async () => withStateCells(built, await encodedStateCells({ ...validState(), version: 2 })), kind: 'badState', codes: ['storedStateVersion'], located: 'version' },
  {
    name: 'forged definitions',
    rule: 'S4',
    make: async () => withStateCells(built, await encodedStateCells({ ...validState(), definitions: { ...features, title: 42 } })),
    kind: 'badState',
    codes: ['expectedText'],
    located: 'definitions.title',
  },
  {
    name: 'hostile sheet entries',
    rule: 'S4',
    make: async () => withStateCells(built, await encodedStateCells({ ...validState(), sheets: [{ key: '__proto__', id: '', name: 'x'.repeat(300) }] })),
    kind: 'badState',
    codes: ['storedStateValue', 'storedStateValue'],
    located: 'sheets[0].key',
  },
  {
    name: 'a state of the wrong shape',
    rule: 'S4',
    make: async () => withStateCells(built, await encodedStateCells(['not', 'a', 'state'])),
    kind: 'badState',
    codes: ['storedStateVersion'],
  },
  {
    name: `a gzip bomb in the state (past ${MAX_STATE_JSON_BYTES / 1024 / 1024} MB)`,
    rule: 'S2',
    make: () => withStateCells(built, envelopeCells(gzippedZeros(1024))),
    kind: 'badState',
    codes: ['storedStateTooLarge'],
  },
  {
    name: 'a file over 32 MB',
    rule: 'W2',
    make: () => new Uint8Array(MAX_WORKBOOK_FILE_BYTES + 1),
    kind: 'refused',
    codes: ['workbookFileTooLarge'],
  },
  {
    name: 'a workbook without a state sheet',
    rule: 'W1',
    make: async () => writeZip((await entriesOf(built)).filter((e) => !/sheet5\.xml/.test(e.name))),
    kind: 'noState',
    codes: [],
  },
];

describe('budget-tables read refuses what is not a Budget Tables workbook, cleanly', () => {
  test.each(cases)('[$rule] $name', async ({ make, kind, codes, located }) => {
    const bytes = await make();
    const file = join(dir, 'case.xlsx');
    await writeFile(file, bytes);
    const reading = await readWorkbookFile(bytes, file);
    expect(reading.kind).toBe(kind);
    const problems = reading.kind === 'refused' ? [reading.problem] : reading.kind === 'badState' ? reading.problems : [];
    expect(problems.map((p) => p.code)).toEqual(codes);

    const out = join(dir, 'out.json');
    const { io, err, out: stdout } = capture();
    expect(await main(['read', file, '--out', out], io)).toBe(EXIT.invalidInput);
    const printed = err.join('');
    expect(printed).toContain(file);
    expect(printed).not.toMatch(/\n\s+at /);
    if (located !== undefined) expect(printed).toContain(located);
    expect(stdout.join('')).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  test.each([
    ['a missing file', 'missing.xlsx', 'No such file'],
    ['a folder', '', 'EISDIR'],
  ])('[W4] %s: what failed, and that nothing was written', async (_name, name, reason) => {
    const file = join(dir, name);
    const out = join(dir, 'out-w4.json');
    const { io, err } = capture();
    expect(await main(['read', file, '--out', out, '--lang', 'en'], io)).toBe(EXIT.invalidInput);
    expect(err.join('')).toContain(reason);
    expect(err.join('')).toContain(file);
    expect(err.join('')).toContain('Nothing was written.');
    expect(existsSync(out)).toBe(false);
  });

  test('[W2] the limits are what docs/readback.md states', () => {
    expect([MAX_ZIP_ENTRIES, MAX_INFLATED_BYTES, MAX_STATE_JSON_BYTES]).toEqual([10_000, 40 * 1024 * 1024, 64 * 1024 * 1024]);
  });
});

describe('[S6] the add-in refuses the same tampered state sheets, and writes nothing', () => {
  test.each(cases.filter((c) => c.kind === 'badState'))('[$rule] $name', async ({ make, codes }) => {
    const file = join(dir, 'in-excel.xlsx');
    await writeFile(file, await make());
    const double = await openInDouble(file);
    const before = double.inspect.sheets().map((name) => double.inspect.sheet(name).formulas);
    const failure = await double.run((context) => writeTables(context, { definitions: features, layout: { lang: 'da', decimals: 1 } })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(BuildError);
    const refusal = (failure as BuildError).cause;
    expect(refusal).toBeInstanceOf(StoredStateError);
    expect((refusal as StoredStateError).problems.map((p) => p.code)).toEqual(codes);
    expect(double.inspect.sheets().map((name) => double.inspect.sheet(name).formulas)).toEqual(before);
    expect(double.inspect.settings()).toEqual({});
  });
});

describe('[S1]–[S5] one validator for the file and the add-in settings', () => {
  test('a forged setting is refused by the same reader, and decodeState throws a typed error naming the problems', async () => {
    const forged = (await encodedStateCells({ ...validState(), definitions: { ...features, title: 42 } })).join('');
    const reading = await readStoredState(forged);
    expect(reading).toEqual({ kind: 'invalid', problems: [{ severity: 'error', code: 'expectedText', location: { kind: 'json', path: ['definitions', 'title'] }, params: { actual: '42' } }] });
    await expect(decodeState(forged)).rejects.toBeInstanceOf(StoredStateError);
    await expect(decodeState(undefined)).resolves.toBeUndefined();
    expect((await readStoredState((await encodedStateCells(validState())).join(''))).kind).toBe('valid');
  });
});
