/**
 * Benchmark cases: the batched Office.js writer and a naive cell-by-cell writer against
 * the Excel double, and the CLI's .xlsx build. Wall time includes the double's own
 * recalculation with HyperFormula, which real Excel does natively.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildWorkbook } from '../src/adapters/officejs/applyPlan';
import { main } from '../src/cli/main';
import { toFormulaInput } from '../src/adapters/officejs/cellCodec';
import { buildLayoutPlan } from '../src/core/layout/buildPlan';
import { buildModel } from '../src/core/model/buildModel';
import { createExcelDouble } from '../src/excel-double';
import { generateDefinitions } from '../tests/helpers/generateDefinitions';

export interface BenchRow {
  writer: string;
  initiatives: number;
  rows: number;
  syncs?: number;
  commands?: number;
  largestRequestBytes?: number;
  wallMs: number;
}

export async function runCase(writer: string, initiatives: number): Promise<BenchRow> {
  const definitions = generateDefinitions({ initiatives });
  const rows = buildLayoutPlan(buildModel(definitions)).sheets.reduce((n, s) => n + s.cells.length, 0);
  if (writer === 'cli (.xlsx)') return { writer, initiatives, rows, ...(await cli(definitions)) };
  const double = createExcelDouble();
  double.resetStats();
  const started = performance.now();
  if (writer === 'office.js (batched)') await double.run((context) => buildWorkbook(context, { definitions, layout: { lang: 'da', decimals: 1 } }));
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
