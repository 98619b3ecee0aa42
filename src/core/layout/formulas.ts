/**
 * Every formula the layout writes, in Excel's invariant form (English names, commas).
 *
 * Totals sum "the rows above me down from an anchor row whose role cell is blank":
 *   SUMIFS(E$5:INDEX(E:E,ROW()-1), $I$5:INDEX($I:$I,ROW()-1), "")
 * The INDEX end makes a row inserted directly above a total part of it (a plain
 * E5:E20 would not grow), and the blank-role criterion skips headings, subtotals
 * and frame rows, whose amounts are already represented by the rows they sum.
 */
import { cell, sheetPrefix, wholeColumn } from './a1';

/** A criterion in a SUMIFS: a column that must equal a value ("" for blank). */
interface Criterion {
  column: number;
  equals: string;
}

function rangeFromAnchorToRowAbove(column: number, anchorRow: number, absoluteColumn: boolean): string {
  const start = cell(anchorRow, column, { absoluteRow: true, absoluteColumn });
  return `${start}:INDEX(${wholeColumn(column, absoluteColumn)},ROW()-1)`;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The sum of the counted rows from `anchorRow` down to the row above the formula: those
 * whose role cell is blank, or is `roleEquals` (the overview's split rows, "op" and "cap").
 */
export function sumCountedRowsAbove(amountColumn: number, anchorRow: number, roleColumn: number, extra: readonly Criterion[] = [], roleEquals = ''): string {
  const criteria = [{ column: roleColumn, equals: roleEquals }, ...extra]
    .map((c) => `${rangeFromAnchorToRowAbove(c.column, anchorRow, true)},${quote(c.equals)}`)
    .join(',');
  return `=SUMIFS(${rangeFromAnchorToRowAbove(amountColumn, anchorRow, false)},${criteria})`;
}

/** A frame's remainder: the frame (on the frame row) minus what is allocated below it. */
export function unallocated(amountColumn: number, frameRow: number, roleColumn: number): string {
  const frame = cell(frameRow, amountColumn, { absoluteRow: true });
  return `=${frame}-${sumCountedRowsAbove(amountColumn, frameRow, roleColumn).slice(1)}`;
}

export function difference(amountColumn: number, minuendRow: number, subtrahendRow: number): string {
  return `=${cell(minuendRow, amountColumn)}-${cell(subtrahendRow, amountColumn)}`;
}

/** A cell on another sheet, e.g. ='Hospitalsudvalget'!E25. */
export function reference(sheetName: string, row: number, column: number): string {
  return `=${sheetPrefix(sheetName)}${cell(row, column)}`;
}

/** The sum of a row's cells from one column to another, e.g. =SUM(C7:F7): the overview's total over all years. */
export function sumOfRowRange(row: number, firstColumn: number, lastColumn: number): string {
  return `=SUM(${cell(row, firstColumn)}:${cell(row, lastColumn)})`;
}

/** Numbers in formulas: invariant decimal point, "E" exponent. */
export function formulaNumber(value: number): string {
  return String(value).toUpperCase();
}

/**
 * A total with ranges at one end: the total plus, for each range cell, the
 * difference between that end and what the cell holds now, so the span follows edits.
 */
export function spanOfTotal(amountColumn: number, totalRow: number, adjustments: readonly { ref: string; end: number }[]): string {
  const terms = adjustments.map((a) => `+(${formulaNumber(a.end)}-${a.ref})`).join('');
  return `=${cell(totalRow, amountColumn)}${terms}`;
}

