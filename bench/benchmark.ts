/**
 * Benchmark cases: the batched Office.js writer and a naive cell-by-cell writer against
 * the Excel double, and the CLI's .xlsx build. Wall time includes the double's own
 * recalculation with HyperFormula, which real Excel does natively.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeTables } from '../src/taskpane/host/writeTables';
import { main } from '../src/cli/main';
import { toFormulaInput } from '../src/adapters/officejs/cellCodec';
import { buildLayoutPlan } from '../src/core/layout/buildPlan';
import { buildModel } from '../src/core/model/buildModel';
import { createExcelDouble, type ExcelDouble } from '@budget-tables/excel-double';
import type { LayoutPlan } from '../src/core/layout/plan';
import { generateDefinitions } from '../tests/helpers/generateDefinitions';
import { floorRead, floorWrite, xlsxDefinitions } from './floor';
import { loadDefinitions } from '../src/core/load';
import { planBuild } from '../src/core/planBuild';
import { checkIntegrity, exportJson, lastBuild, readBack } from '../src/core/readback';
import { encodeState, STATE_SHEET_NAME } from '../src/adapters/state/state';
import { readWorkbookFile } from '../src/adapters/exceljs/readWorkbook';
import { totalsReport } from '../src/cli/report';

const LAYOUT = { lang: 'da', decimals: 1 } as const;

export interface BenchRow {
  writer: string;
  initiatives: number;
  rows: number;
  /** CPU time (user + system, all threads) of the timed part: steadier than wall time on a shared machine. */
  cpuMs?: number;
  syncs?: number;
  commands?: number;
  largestRequestBytes?: number;
  wallMs: number;
}

/** The rebuild case: a first build and a rebuild of realistic text, request by request. */
export interface RebuildRow {
  writer: string;
  initiatives: number;
  rows: number;
  first: BuildFigures;
  rebuild: BuildFigures;
  /** Bytes of every request of the first build over the bytes of the cells' own content. */
  payloadRatio: number;
  /** The largest gap between the writer's estimate of a write request and the double's measure. */
  estimateErrorPercent: number;
  wallMs: number;
}

interface BuildFigures {
  syncs: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  totalRequestBytes: number;
}

export const REBUILD_WRITER = 'office.js rebuild (realistic text)';

/**
 * The .xlsx path against its floor (issue 14): build, the streaming floor, read, a plain read;
 * and the core's own part of each, which no writer or reader can save: what build does
 * before ExcelJS writes a byte, and what read does after ExcelJS has read the file.
 */
export const XLSX_CASES = ['cli build', 'floor: ExcelJS streaming write', 'cli read', 'floor: ExcelJS read', 'core of build', 'core of read'] as const;

/** Where the .xlsx cases of one size keep their files: `cli build` writes the workbook the reads read. */
function xlsxDir(initiatives: number): string {
  const dir = join(tmpdir(), 'bt-bench-xlsx', String(initiatives));
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function xlsxCase(writer: string, initiatives: number): Promise<BenchRow> {
  const dir = xlsxDir(initiatives);
  const built = join(dir, 'built.xlsx');
  const io = { stdout: () => undefined, stderr: () => undefined, now: () => new Date(0) };
  if (writer === 'floor: ExcelJS streaming write') return { writer, initiatives, ...(await floorWrite(initiatives, join(dir, 'floor.xlsx'))) };
  if (writer === 'floor: ExcelJS read') return { writer, initiatives, rows: 0, ...(await floorRead(built)) };
  if (writer === 'core of build') return { writer, initiatives, rows: 0, ...(await coreOfBuild(writeInput(dir, initiatives))) };
  if (writer === 'core of read') return { writer, initiatives, rows: 0, ...(await coreOfRead(built)) };
  // A fresh build: onto an existing workbook, build first reads it for what it would lose (docs/cli.md, O1–O4).
  if (writer === 'cli build') rmSync(built, { force: true });
  const args = writer === 'cli read' ? ['read', built, '--out', join(dir, 'read.json')] : ['build', writeInput(dir, initiatives), '--out', built];
  const clock = startClock();
  const code = await main(args, io);
  if (code !== 0) throw new Error(`CLI ${args[0] ?? ''} exited ${code}`);
  return { writer, initiatives, rows: 0, ...clock() };
}

/**
 * What `build` does before it writes: read and validate the file, the model, its totals, the
 * plan, Excel's limits and the stored state, encoded as the writer stores it (as `runBuild`).
 */
async function coreOfBuild(input: string): Promise<{ wallMs: number; cpuMs: number }> {
  const clock = startClock();
  const loaded = loadDefinitions({ fileName: basename(input), bytes: new Uint8Array(readFileSync(input)) });
  if (loaded.file === undefined || loaded.model === undefined) throw new Error('core of build: the definitions did not load');
  totalsReport(loaded.model, 1);
  const { limits, state } = planBuild({ definitions: loaded.file, model: loaded.model, layout: LAYOUT, buildDate: '1970-01-01' }, { reservedSheetNames: [STATE_SHEET_NAME] });
  if (limits.length > 0) throw new Error('core of build: over Excel\'s limits');
  await encodeState(state);
  return clock();
}

/** What `read` does once ExcelJS has read the file (as `runRead`): read-back, the check, totals, the JSON. */
async function coreOfRead(file: string): Promise<{ wallMs: number; cpuMs: number }> {
  const reading = await readWorkbookFile(new Uint8Array(readFileSync(file)), file);
  if (reading.kind !== 'tables') throw new Error(`core of read: ${reading.kind}`);
  const clock = startClock();
  const built = lastBuild(reading.input);
  const result = readBack(reading.input, built);
  checkIntegrity(reading.input, built.plan);
  const unchanged = JSON.stringify(result.definitions) === JSON.stringify(reading.input.definitions);
  totalsReport(unchanged ? built.model : buildModel(result.definitions), 1);
  exportJson(result.definitions);
  return clock();
}

function writeInput(dir: string, initiatives: number): string {
  const input = join(dir, 'input.json');
  writeFileSync(input, JSON.stringify(xlsxDefinitions(initiatives)));
  return input;
}

/** Starts timing; the function returned gives the wall and CPU milliseconds since. */
export function startClock(): () => { wallMs: number; cpuMs: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { wallMs: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000) };
  };
}

export async function runCase(writer: string, initiatives: number): Promise<BenchRow | RebuildRow> {
  if (writer === REBUILD_WRITER) return rebuildCase(initiatives);
  if ((XLSX_CASES as readonly string[]).includes(writer)) return xlsxCase(writer, initiatives);
  const definitions = generateDefinitions({ initiatives });
  const rows = buildLayoutPlan(buildModel(definitions)).sheets.reduce((n, s) => n + s.cells.length, 0);
  if (writer === 'cli (.xlsx)') return { writer, initiatives, rows, ...(await cli(definitions)) };
  const double = createExcelDouble();
  double.resetStats();
  const started = performance.now();
  if (writer === 'office.js (batched)') await double.run((context) => writeTables(context, { definitions, layout: { lang: 'da', decimals: 1 } }));
  else await double.run((context) => naiveWrite(context, definitions));
  const wallMs = Math.round(performance.now() - started);
  const { syncs, commands, largestRequestBytes } = double.stats;
  return { writer, initiatives, rows, syncs, commands, largestRequestBytes, wallMs };
}

async function cli(definitions: ReturnType<typeof generateDefinitions>): Promise<{ wallMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bt-bench-'));
  const input = join(dir, 'input.json');
  writeFileSync(input, JSON.stringify(definitions));
  const started = performance.now();
  const code = await main(['build', input, '--out', join(dir, 'out.xlsx')], { stdout: () => undefined, stderr: () => undefined, now: () => new Date(0) });
  if (code !== 0) throw new Error(`CLI exited ${code}`);
  return { wallMs: Math.round(performance.now() - started) };
}

/** What add-in samples often do: a sheet at a time, a cell at a time, a sync per row. */
async function naiveWrite(context: Excel.RequestContext, definitions: ReturnType<typeof generateDefinitions>): Promise<void> {
  const plan = buildLayoutPlan(buildModel(definitions));
  for (const sheet of plan.sheets) {
    const worksheet = context.workbook.worksheets.add(sheet.name);
    for (const [r, row] of sheet.cells.entries()) {
      for (const [c, cell] of row.entries()) {
        const target = worksheet.getCell(r, c);
        target.numberFormat = [[sheet.numberFormats[r]?.[c] ?? 'General']];
        target.formulas = [[toFormulaInput(cell)]];
      }
      await context.sync();
    }
  }
}

/**
 * A first build and a rebuild of realistic text (titles about 40 characters, notes about
 * 120 on most lines): the rebuild changes the title and one amount in ten, so it reads the
 * tables back for the conflict check and writes them again.
 */
async function rebuildCase(initiatives: number): Promise<RebuildRow> {
  const definitions = generateDefinitions({ initiatives, text: 'realistic' });
  const plan = buildLayoutPlan(buildModel(definitions), { lang: 'da', decimals: 1, reservedSheetNames: ['Sheet1'] });
  const rows = plan.sheets.reduce((n, s) => n + s.cells.length, 0);
  const double = createExcelDouble();
  const started = performance.now();
  const first = await double.run((context) => writeTables(context, { definitions, layout: { lang: 'da', decimals: 1 } }));
  const firstFigures = figures(double);
  const estimateError = estimateErrors(double, first.writeRequestBytes ?? []);
  double.resetStats();
  const edited = { ...definitions, title: `${definitions.title}, 2. udkast`, initiatives: definitions.initiatives.map((i, k) => (k % 10 === 0 && i.amounts !== undefined ? { ...i, amounts: 7 } : i)) };
  const again = await double.run((context) => writeTables(context, { definitions: edited, layout: { lang: 'da', decimals: 1 } }));
  if (again.status !== 'written') throw new Error(`rebuild: ${again.status}`);
  const rebuildFigures = figures(double);
  const wallMs = Math.round(performance.now() - started);
  const content = plan.sheets.reduce((n, sheet) => n + sheet.cells.reduce((m, row) => m + row.reduce((k, cell) => k + contentBytes(cell), 0), 0), 0);
  return {
    writer: REBUILD_WRITER,
    initiatives,
    rows,
    first: firstFigures,
    rebuild: rebuildFigures,
    payloadRatio: Math.round((firstFigures.totalRequestBytes / content) * 100) / 100,
    estimateErrorPercent: Math.max(estimateError, estimateErrors(double, again.writeRequestBytes ?? [])),
    wallMs,
  };
}

function figures(double: ExcelDouble): BuildFigures {
  const { syncs, largestRequestBytes, largestResponseBytes, requests } = double.stats;
  return { syncs, largestRequestBytes, largestResponseBytes, totalRequestBytes: requests.reduce((n, r) => n + r.bytes, 0) };
}

/** The write requests are the last ones of a build, except a state sent alone after them (not estimated). */
function estimateErrors(double: ExcelDouble, estimates: readonly number[]): number {
  const { requests } = double.stats;
  const writes = requests.slice(1).filter((r) => r.responseBytes < 1_000).slice(0, estimates.length);
  const errors = writes.map((r, i) => Math.abs((estimates[i] ?? 0) / r.bytes - 1) * 100);
  return Math.round(Math.max(0, ...errors) * 10) / 10;
}

const encoder = new TextEncoder();

/** What a cell holds, as a user would count it: its text, its formula, or its number. */
function contentBytes(cell: LayoutPlan['sheets'][number]['cells'][number][number]): number {
  switch (cell.t) {
    case 'empty':
      return 0;
    case 'text':
      return encoder.encode(cell.text).length;
    case 'formula':
    case 'textFormula':
      return cell.formula.length;
    case 'number':
      return String(cell.value).length;
  }
}
