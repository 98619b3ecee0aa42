/**
 * `--json`: what a CI job reads instead of Danish text. Every output is held against the
 * published schema (docs/cli-output.schema.json) and checked for its values.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { STATE_SHEET_NAME } from '../../../src/adapters/state/state';
import { EXIT, main } from '../../../src/cli/main';
import { buildLayoutPlan } from '../../../src/core/layout/buildPlan';
import { buildModel } from '../../../src/core/model/buildModel';
import type { CommandReport } from '../../../src/cli/report';
import { capture, schemaErrors } from '../../helpers/cli';
import { FIXTURES, readTrustedFixture, REPO } from '../../helpers/fixtures';

const FEATURES = join(FIXTURES, 'valid-features', 'input.json');

async function runJson(argv: string[]): Promise<{ code: number; report: CommandReport; stderr: string }> {
  const run = capture();
  const code = await main([...argv, '--json'], run.io);
  const report = JSON.parse(run.stdout()) as CommandReport;
  expect(schemaErrors(report)).toEqual([]);
  expect(report.exitCode).toBe(code);
  return { code, report, stderr: run.stderr() };
}

test('check --json: exact totals with the workbook\'s decimals, warnings with code, location and message; nothing on stderr', async () => {
  const { code, report, stderr } = await runJson(['check', FEATURES]);
  expect(code).toBe(EXIT.ok);
  expect(stderr).toBe('');
  expect(report.command).toBe('check');
  expect(report.counts).toEqual({ errors: 0, warnings: 5 });
  expect(report.totals).toMatchObject({ unit: 'mio. kr.', priceLevel: '2019 P/L', decimals: 1, years: [2020, 2021, 2022, 2023] });
  expect(report.totals?.committees[0]).toEqual({ id: 'hosp', name: 'Hospitalsudvalget', total: [29.25, 37.65, 62.45, 107.45] });
  expect(report.totals?.total).toEqual([433.35, 38.65, 63.45, 108.45]);
  expect(report.totals?.totalLow?.[0]).toBe(431.95);
  expect(report.problems[0]).toEqual({
    code: 'uncostedTopic',
    severity: 'warning',
    location: { kind: 'json', path: ['initiatives', 4], jsonPath: 'initiatives[4]', text: 'Emne 6 »Udredningsretten«' },
    message: 'Emnet »Udredningsretten« har endnu ingen beløb og vises uden tal.',
    params: { title: 'Udredningsretten' },
  });
  expect(report.files).toEqual([]);
  // The schema is strict: a field it does not know, or a missing one, fails.
  expect(schemaErrors({ ...report, extra: true })).not.toEqual([]);
  expect(schemaErrors({ ...report, problems: [{ ...report.problems[0], location: { kind: 'csv', text: 'x' } }] })).not.toEqual([]);
});

test('build --json: the file written with its sheets; --lang en makes the messages English', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bt-json-'));
  const out = join(dir, 'b.xlsx');
  const { code, report } = await runJson(['build', join(REPO, 'data', 'budget-2020-seminar.json'), '--out', out, '--lang', 'en', '--decimals', '2']);
  expect(code).toBe(EXIT.ok);
  expect(report.files).toEqual([{ path: out, kind: 'xlsx', sheets: ['Overview', 'Hospitalsudvalget', 'Psykiatri- og socialudvalget', 'Udvalg for nære sundhedstilbud', 'Regional Udvikling'] }]);
  expect(report.totals?.decimals).toBe(2);
  expect(report.counts.warnings).toBe(20);
  expect(report.problems.every((p) => p.code === 'uncostedTopic' && p.message.startsWith('The topic “'))).toBe(true);
});

test('invalid input --json: exit 1, every error, no totals, no file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bt-json-'));
  const input = join(dir, 'bad.json');
  const document = JSON.parse(await readFile(FEATURES, 'utf8')) as { initiatives: [{ lines: [{ amounts: Record<string, unknown> }] }] };
  document.initiatives[0].lines[0].amounts['2021'] = 'abc';
  await writeFile(input, JSON.stringify(document));
  const { code, report } = await runJson(['build', input, '--out', join(dir, 'x.xlsx')]);
  expect(code).toBe(EXIT.invalidInput);
  expect(report.totals).toBeNull();
  expect(report.files).toEqual([]);
  expect(report.problems).toEqual([
    expect.objectContaining({ code: 'expectedAmount', severity: 'error', location: expect.objectContaining({ jsonPath: 'initiatives[0].lines[0].amounts.2021', text: 'Emne 2 »Personlig medicin«, linje 1 »Påbegynde PM-oprustning«, 2021' }) as unknown }),
  ]);
});

test('CSV input --json: locations carry line and column', async () => {
  const { code, report } = await runJson(['check', join(FIXTURES, 'invalid-csv-danish-numbers', 'input.csv')]);
  expect(code).toBe(EXIT.invalidInput);
  expect(report.problems[0]?.location).toEqual({ kind: 'csv', line: 3, column: '2020', text: 'linje 3, kolonne 2020' });
});

test('a missing file and a locked workbook are problems with their own codes', async () => {
  const missing = await runJson(['check', '/nonexistent.json']);
  expect(missing.report.problems).toEqual([expect.objectContaining({ code: 'fileNotFound', location: { kind: 'file', text: '/nonexistent.json' } })]);
  const dir = await mkdtemp(join(tmpdir(), 'bt-json-'));
  await writeFile(join(dir, '.~lock.l.xlsx#'), '');
  const locked = await runJson(['build', FEATURES, '--out', join(dir, 'l.xlsx')]);
  expect(locked.code).toBe(EXIT.invalidInput);
  expect(locked.report.problems.at(-1)).toMatchObject({ code: 'workbookLocked', params: { lockFile: join(dir, '.~lock.l.xlsx#') } });
  expect(locked.report.totals).not.toBeNull();
  expect(locked.report.files).toEqual([]);
});

test('an unexpected failure --json: exit 3 with the failure in the JSON', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bt-json-'));
  await mkdir(join(dir, 'folder.xlsx'));
  const { code, report, stderr } = await runJson(['build', FEATURES, '--out', join(dir, 'folder.xlsx')]);
  expect(code).toBe(EXIT.failure);
  expect(report.failure).toMatch(/EISDIR|directory/);
  expect(stderr).toContain('Uventet fejl');
});

test('read --json: the changes, the integrity findings, the totals of the definitions read, the files written', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bt-json-'));
  const xlsx = join(dir, 'built.xlsx');
  expect(await main(['build', FEATURES, '--out', xlsx], capture().io)).toBe(EXIT.ok);
  const { code, report } = await runJson(['read', xlsx, '--out', join(dir, 'read.json')]);
  expect(code).toBe(EXIT.ok);
  expect(report.readBack).toEqual({ changes: [], notices: [], findings: [] });
  expect(report.totals?.total).toEqual([433.35, 38.65, 63.45, 108.45]);
  expect(report.files).toEqual([{ path: join(dir, 'read.json'), kind: 'json' }]);
});

test('[R17] read --json --csv refused: one problem per kind of limit, its message in words, its JSON paths kept in params', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bt-json-'));
  const xlsx = join(dir, 'built.xlsx');
  expect(await main(['build', FEATURES, '--out', xlsx], capture().io)).toBe(EXIT.ok);
  const { code, report } = await runJson(['read', xlsx, '--out', join(dir, 'read.json'), '--csv', join(dir, 'read.csv'), '--lang', 'en']);
  expect(code).toBe(EXIT.invalidInput);
  expect(report.counts).toEqual({ errors: 2, warnings: 0 });
  expect(report.problems).toEqual([
    {
      code: 'exportCsvFrame',
      severity: 'error',
      location: { kind: 'file', text: 'read.csv' },
      message: 'read.csv: The CSV form cannot express frames: “Udviklingsaktiviteter” (no. 1), “Projektpulje”, “Kollektiv trafik” (no. 2) and “Overdisponeret pulje” (no. 3) in Regional Udvikling are frames. Use the JSON form.',
      params: { path: 'initiatives[6], initiatives[6].lines[3], initiatives[7], initiatives[8]' },
    },
    {
      code: 'exportCsvNestedLines',
      severity: 'error',
      location: { kind: 'file', text: 'read.csv' },
      message: 'read.csv: The CSV form has one level of lines only: “Projektpulje” in Regional Udvikling is a line with lines below it. Use the JSON form.',
      params: { path: 'initiatives[6].lines[3]' },
    },
  ]);
  expect(report.files).toEqual([]);
});

test('read --json: after an amount is typed over, the totals are those of the definitions read, not the stored ones', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bt-json-'));
  const xlsx = join(dir, 'built.xlsx');
  expect(await main(['build', FEATURES, '--out', xlsx], capture().io)).toBe(EXIT.ok);
  const plan = buildLayoutPlan(buildModel(readTrustedFixture('valid-features')), { lang: 'da', decimals: 1, reservedSheetNames: [STATE_SHEET_NAME] });
  const sheet = plan.sheets.find((s) => s.kind === 'committee');
  const column = sheet?.table.yearColumns[0] ?? -1;
  const leaf = sheet?.table.rows.find((r) => r.role === 'leaf' && r.depth === 0 && sheet.cells[r.row]?.[column]?.t === 'number');
  if (sheet === undefined || leaf === undefined) throw new Error('valid-features has a committee sheet with a plain initiative');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  const cell = workbook.getWorksheet(sheet.name)?.getCell(leaf.row + 1, column + 1);
  if (cell === undefined || typeof cell.value !== 'number') throw new Error('the amount cell holds a number');
  cell.value += 100;
  await workbook.xlsx.writeFile(xlsx);
  const { code, report } = await runJson(['read', xlsx, '--out', join(dir, 'read.json')]);
  expect(code).toBe(EXIT.ok);
  expect(report.readBack?.changes.map((c) => c.code)).toEqual(['amount']);
  expect(report.totals?.total).toEqual([533.35, 38.65, 63.45, 108.45]);
});

test('usage errors print no JSON: stdout stays empty, exit 2', async () => {
  const run = capture();
  expect(await main(['check', FEATURES, '--json', '--bogus'], run.io)).toBe(EXIT.usage);
  expect(run.stdout()).toBe('');
});
