/**
 * How plan cells travel through Office.js `Range.formulas`.
 */
import { describeWritten } from '../../core/layout/cells';
import type { PlanCell } from '../../core/layout/plan';

/**
 * What `Range.formulas` takes for a plan cell: the value, formula or text the plan wrote,
 * exactly as the core describes a written cell to the comparisons (`describeWritten`).
 *
 * Excel parses what is written to `formulas` as if typed: "=…", "+…", "-…" become
 * formulas and "2020" a number, except in a cell formatted as Text ("@"), which keeps
 * the string as it is. Every text cell of a plan is Text-formatted (a layout test holds
 * that invariant) and the writer sets number formats before formulas, so text goes as is.
 */
export const toFormulaInput: (cell: PlanCell) => string | number = describeWritten;
