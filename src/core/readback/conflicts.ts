/**
 * Cells the user changed inside the add-in's tables since the last build. Rows are
 * aligned first (by their role marker and title), so a row the user inserted is one
 * conflict, not a shift that makes every row below it look changed.
 */
import { cell as address } from '../layout/a1';
import { alignRows } from '../layout/alignRows';
import type { PlanCell, SheetPlan } from '../layout/plan';
import { cellMatches, describeWritten } from '../layout/cells';

export interface Conflict {
  sheet: string;
  /** Where the cell is now (for a deleted row: where it was). */
  address: string;
  kind: 'changed' | 'inserted' | 'deleted';
  /** What the add-in wrote there last time ("" for a row the user inserted). */
  written: string | number;
  /** What the cell holds now ("" for a deleted row). */
  current: string | number | boolean;
}

export interface CurrentTable {
  /** The plan of the last build for this sheet. */
  written: SheetPlan;
  sheetName: string;
  /** Range.values and Range.formulas of the sheet, indexed by sheet row and column. */
  values: unknown[][];
  formulas: unknown[][];
  /** Where the table's workbook name says the table is now (0-based rows), when the name still exists. */
  currentRows?: { top: number; bottom: number };
  /**
   * The add-in's sheets the user renamed, current name → name written. Excel rewrites
   * every reference to a renamed sheet; that is not an edit of the cell.
   */
  renamedSheets?: ReadonlyMap<string, string>;
}

export function findConflicts(tables: readonly CurrentTable[]): Conflict[] {
  return tables.flatMap(conflictsInTable);
}

function conflictsInTable(table: CurrentTable): Conflict[] {
  const { written } = table;
  const width = written.columnWidths.length;
  const headerRow = written.table.rows[0]?.row ?? 0;
  const writtenBottom = written.cells.length - 1;
  const top = table.currentRows?.top ?? headerRow;
  const bottom = table.currentRows?.bottom ?? writtenBottom + (top - headerRow);
  const conflicts: Conflict[] = [];
  const compareRow = (writtenRow: number, currentRow: number): void => {
    for (let c = 0; c < width; c++) {
      const expected: PlanCell = written.cells[writtenRow]?.[c] ?? { t: 'empty' };
      const value = table.values[currentRow]?.[c];
      const formula = undoSheetRenames(table.formulas[currentRow]?.[c], table.renamedSheets);
      if (!cellMatches(expected, value, formula)) conflicts.push(conflict(table, currentRow, c, 'changed', describeWritten(expected), shown(value, formula)));
    }
  };
  for (let r = 0; r < headerRow; r++) compareRow(r, r);
  const cellText = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');
  const key = (role: unknown, title: unknown): string => `${cellText(role)}|${cellText(title)}`;
  const { role, title } = written.table.columns;
  const writtenKeys = range(headerRow, writtenBottom).map((r) => key(text(written.cells[r]?.[role]), text(written.cells[r]?.[title])));
  const currentKeys = range(top, bottom).map((r) => key(table.values[r]?.[role], table.values[r]?.[title]));
  for (const pair of alignRows(writtenKeys, currentKeys)) {
    const writtenRow = pair.expected === undefined ? undefined : headerRow + pair.expected;
    const currentRow = pair.actual === undefined ? undefined : top + pair.actual;
    if (writtenRow !== undefined && currentRow !== undefined) compareRow(writtenRow, currentRow);
    else if (currentRow !== undefined) conflicts.push(...insertedRow(table, currentRow, width));
    else if (writtenRow !== undefined) conflicts.push(conflict(table, writtenRow, title, 'deleted', describeWritten(written.cells[writtenRow]?.[title] ?? { t: 'empty' }), ''));
  }
  return conflicts;
}

function undoSheetRenames(formula: unknown, renamed: ReadonlyMap<string, string> | undefined): unknown {
  if (typeof formula !== 'string' || !formula.startsWith('=') || renamed === undefined || renamed.size === 0) return formula;
  return formula.replace(/'((?:[^']|'')+)'!|([^\s'!(),=+\-*/&<>^:]+)!/g, (whole, quoted: string | undefined, bare: string | undefined) => {
    const name = quoted === undefined ? (bare ?? '') : quoted.replace(/''/g, "'");
    const written = renamed.get(name);
    return written === undefined ? whole : `'${written.replace(/'/g, "''")}'!`;
  });
}

function insertedRow(table: CurrentTable, row: number, width: number): Conflict[] {
  const out: Conflict[] = [];
  for (let c = 0; c < width; c++) {
    const current = shown(table.values[row]?.[c], table.formulas[row]?.[c]);
    if (current !== '') out.push(conflict(table, row, c, 'inserted', '', current));
  }
  return out;
}

function conflict(table: CurrentTable, row: number, column: number, kind: Conflict['kind'], written: string | number, current: string | number | boolean): Conflict {
  return { sheet: table.sheetName, address: address(row, column), kind, written, current };
}

/** A formula is shown as its formula; anything else as its value. */
function shown(value: unknown, formula: unknown): string | number | boolean {
  if (typeof formula === 'string' && formula.startsWith('=')) return formula;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return '';
}

function text(cell: PlanCell | undefined): string {
  return cell?.t === 'text' ? cell.text : '';
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
