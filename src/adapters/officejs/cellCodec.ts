/**
 * How plan cells travel through Office.js `Range.formulas`, and how what Excel
 * hands back is compared with what was written.
 */
import type { PlanCell } from '../../core/layout/plan';

/**
 * Excel parses what is written to `formulas` as if typed: "=…", "+…", "-…" become
 * formulas and "2020" a number, except in a cell formatted as Text ("@"), which keeps
 * the string as it is. Every text cell of a plan is Text-formatted (a layout test holds
 * that invariant) and the writer sets number formats before formulas, so text goes as is.
 */
export function toFormulaInput(cell: PlanCell): string | number {
  switch (cell.t) {
    case 'empty':
      return '';
    case 'number':
      return cell.value;
    case 'formula':
      return cell.formula;
    case 'text':
      return cell.text;
  }
}

/**
 * A formula with its row numbers blanked and sheet names unquoted: its shape survives
 * rows inserted above it, and Excel dropping quotes a sheet name does not need.
 */
export function formulaShape(formula: string): string {
  return formula.replace(/'((?:[^']|'')+)'!/g, (_whole, name: string) => `${name.replace(/''/g, "'")}!`).replace(/(\$?[A-Z]{1,3}\$?)\d+/g, '$1#');
}

/**
 * True when the cell now holds what the add-in wrote (up to row shifts for formulas).
 * `value` is what Range.values reads, `formula` what Range.formulas reads: text
 * (possibly written with a quote prefix) is compared by value, the rest by formula.
 */
export function cellMatches(written: PlanCell, value: unknown, formula: unknown): boolean {
  switch (written.t) {
    case 'empty':
      return (value === '' || value === null || value === undefined) && (formula === '' || formula === null || formula === undefined);
    case 'number':
      return typeof formula === 'number' && formula === written.value;
    case 'text':
      return value === written.text;
    case 'formula':
      return typeof formula === 'string' && formula.startsWith('=') && formulaShape(formula) === formulaShape(written.formula);
  }
}

export function describeWritten(cell: PlanCell): string | number {
  switch (cell.t) {
    case 'empty':
      return '';
    case 'number':
      return cell.value;
    case 'text':
      return cell.text;
    case 'formula':
      return cell.formula;
  }
}
