/** Looking things up in a layout plan by sheet key and A1 address. */
import type { LayoutPlan, PlanCell, SheetPlan } from '../../../../src/core/layout/plan';

export function sheetOf(plan: LayoutPlan, key: string): SheetPlan {
  const found = plan.sheets.find((s) => s.key === key);
  if (found === undefined) throw new Error(`no sheet ${key}`);
  return found;
}

/** The cell at an A1 address like "D16". */
export function cellAt(s: SheetPlan, address: string): PlanCell | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (match === null) throw new Error(address);
  const column = [...(match[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return s.cells[Number(match[2]) - 1]?.[column];
}
