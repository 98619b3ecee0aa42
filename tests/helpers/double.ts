/** Comparing what the Excel double computed with what the engine planned. */
import { columnLetter } from '../../src/core/layout/a1';
import type { LayoutPlan } from '../../src/core/layout/plan';
import type { ExcelDouble } from '@budget-tables/excel-double';
import { round } from './fixtures';

/** Every formula cell of a plan whose value in the double differs from the engine's (empty when all agree). */
export function formulaMismatches(double: ExcelDouble, plan: LayoutPlan) {
  return plan.sheets.flatMap((sheet) => {
    const snapshot = double.inspect.sheet(sheet.name);
    return sheet.cells.flatMap((row, r) =>
      row.flatMap((cell, c) => {
        if (cell.t !== 'formula') return [];
        const actual = snapshot.values[r]?.[c];
        return typeof actual === 'number' && round(actual) === round(cell.value) ? [] : [{ sheet: sheet.name, address: `${columnLetter(c)}${r + 1}`, expected: cell.value, actual }];
      }),
    );
  });
}
