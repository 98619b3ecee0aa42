/** A mutable sheet under construction: cells, number formats and styles, row by row. */
import { fitInCell } from '../format/text';
import { range } from './a1';
import { GENERAL_FORMAT, TEXT_FORMAT, type ColumnSpec } from './columns';
import type { CellStyle, PlanCell, StyledRange } from './plan';

export const EMPTY: PlanCell = { t: 'empty' };

/** A text cell; generated text (a note with its spans, the unit line) is cut to what a cell holds (T2). */
export function text(value: string | undefined): PlanCell {
  return value === undefined || value === '' ? EMPTY : { t: 'text', text: fitInCell(value) };
}

export function numberCell(value: number | null | undefined): PlanCell {
  return value === null || value === undefined ? EMPTY : { t: 'number', value };
}

export function formulaCell(formula: string, value: number): PlanCell {
  return { t: 'formula', formula, value };
}

export class Grid {
  readonly cells: PlanCell[][] = [];
  readonly numberFormats: string[][] = [];
  private readonly rowStyles: { row: number; left: number; right: number; style: CellStyle }[] = [];

  constructor(
    private readonly columns: readonly ColumnSpec[],
    private readonly amountFormat: string,
  ) {}

  get width(): number {
    return this.columns.length;
  }

  get rowCount(): number {
    return this.cells.length;
  }

  /** Appends a row of table cells (formats from the column table) and returns its index. */
  addTableRow(cells: PlanCell[]): number {
    this.cells.push(this.pad(cells));
    this.numberFormats.push(this.columns.map((c) => (c.content === 'amount' ? this.amountFormat : TEXT_FORMAT)));
    return this.cells.length - 1;
  }

  /** The header row is text throughout: a year heading must never become the number 2020. */
  addHeaderRow(cells: PlanCell[]): number {
    this.cells.push(this.pad(cells));
    this.numberFormats.push(this.columns.map(() => TEXT_FORMAT));
    return this.cells.length - 1;
  }

  /** Appends a row outside the table (title block); text cells are text-formatted. */
  addPlainRow(cells: PlanCell[]): number {
    const padded = this.pad(cells);
    this.cells.push(padded);
    this.numberFormats.push(padded.map((c) => (c.t === 'text' ? TEXT_FORMAT : GENERAL_FORMAT)));
    return this.cells.length - 1;
  }

  style(row: number, style: CellStyle, left = 0, right = this.width - 1): void {
    this.rowStyles.push({ row, left, right, style });
  }

  /** Styles as ranges, merging runs of consecutive rows styled alike so adapters issue fewer commands. */
  styledRanges(): StyledRange[] {
    type Run = { top: number; bottom: number; left: number; right: number; style: CellStyle };
    const runs: Run[] = [];
    const openRuns = new Map<string, Run>();
    for (const entry of [...this.rowStyles].sort((a, b) => a.row - b.row)) {
      const key = `${entry.left}:${entry.right}:${JSON.stringify(entry.style)}`;
      const open = openRuns.get(key);
      if (open !== undefined && open.bottom === entry.row - 1) {
        open.bottom = entry.row;
        continue;
      }
      const run = { top: entry.row, bottom: entry.row, left: entry.left, right: entry.right, style: entry.style };
      runs.push(run);
      openRuns.set(key, run);
    }
    return runs.map((r) => ({ range: range(r.top, r.left, r.bottom, r.right), style: r.style }));
  }

  private pad(cells: PlanCell[]): PlanCell[] {
    return Array.from({ length: this.width }, (_, i) => cells[i] ?? EMPTY);
  }
}
