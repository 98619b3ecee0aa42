/**
 * Comparing what a plan wrote with what a sheet holds now. Pure, so the Office.js
 * writer (conflicts) and the read-back and integrity check (src/core/readback) judge
 * a cell the same way.
 */
import type { PlanCell } from './plan';

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
    case 'textFormula':
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
    case 'textFormula':
      return cell.formula;
  }
}
