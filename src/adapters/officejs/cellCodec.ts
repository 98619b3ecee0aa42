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
    case 'textFormula':
      return cell.formula;
    case 'text':
      return cell.text;
  }
}

// The comparisons are pure and shared with the read-back (src/core/readback); they live in the core.
export { cellMatches, describeWritten, formulaShape } from '../../core/layout/cells';
