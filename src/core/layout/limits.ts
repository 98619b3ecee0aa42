/**
 * Excel's limits, checked on a layout plan before anything is written ([X1]–[X4] in
 * docs/architecture.md). Excel refuses a formula with a function call of more than 255
 * arguments or more than 8,192 characters, a cell of more than 32,767 characters, and an
 * invalid sheet name; a writer that met one of them halfway through a build would leave
 * the workbook half-written. The layout avoids the limits where it can (sheet names are
 * made valid, text is validated); this check is the net for what it cannot, and says
 * where the definitions cause each problem, in the user's language.
 */
import type { InitiativeFile } from '../format/types';
import { error, type PathSegment, type Problem } from '../problems';
import { cell as address } from './a1';
import type { LayoutPlan, PlanCell, SheetPlan } from './plan';
import { MAX_SHEET_NAME_LENGTH } from './sheetNames';

export const MAX_FUNCTION_ARGUMENTS = 255;
export const MAX_FORMULA_LENGTH = 8192;
export const MAX_CELL_TEXT_LENGTH = 32767;

/** Every limit the plan passes, as located problems (empty when the plan can be written). */
export function checkPlanLimits(plan: LayoutPlan, definitions: InitiativeFile): Problem[] {
  const problems: Problem[] = [];
  for (const sheet of plan.sheets) {
    const sheetNameProblem = sheetNameFault(sheet.name);
    if (sheetNameProblem !== undefined) problems.push(error('planSheetNameInvalid', sheetLocation(sheet, definitions), { sheet: sheet.name, reason: sheetNameProblem }));
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        // Nearly every cell is far within the limits: only a suspect one is looked at closely.
        if (mayBreakALimit(cell)) problems.push(...cellProblems(sheet, cell, r, c, definitions));
      }),
    );
  }
  return problems;
}

/**
 * False when the cell cannot break a limit: short text, or a formula too short to be too long
 * or to hold a call of more than 255 arguments (each needs a character and a comma).
 */
function mayBreakALimit(cell: PlanCell): boolean {
  if (cell.t === 'text') return cell.text.length > MAX_CELL_TEXT_LENGTH;
  return cell.t === 'formula' && cell.formula.length > 2 * MAX_FUNCTION_ARGUMENTS;
}

function cellProblems(sheet: SheetPlan, cell: PlanCell, row: number, column: number, definitions: InitiativeFile): Problem[] {
  const params = { sheet: sheet.name, cell: address(row, column) };
  const where = (): ReturnType<typeof cellLocation> => cellLocation(sheet, row, column, definitions);
  if (cell.t === 'text' && cell.text.length > MAX_CELL_TEXT_LENGTH) return [error('planCellTextTooLong', where(), { ...params, length: cell.text.length, max: MAX_CELL_TEXT_LENGTH })];
  if (cell.t !== 'formula') return [];
  const out: Problem[] = [];
  if (cell.formula.length > MAX_FORMULA_LENGTH) out.push(error('planFormulaTooLong', where(), { ...params, length: cell.formula.length, max: MAX_FORMULA_LENGTH }));
  const widest = widestCall(cell.formula);
  if (widest > MAX_FUNCTION_ARGUMENTS) out.push(error('planTooManyArguments', where(), { ...params, count: widest, max: MAX_FUNCTION_ARGUMENTS }));
  return out;
}

/**
 * The most arguments any one function call of a formula has. Commas count only at the
 * call's own level: not inside nested calls or parentheses, string literals, quoted
 * sheet names or array constants.
 */
export function widestCall(formula: string): number {
  const stack: { call: boolean; args: number }[] = [];
  let widest = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      i = endOfQuoted(formula, i, ch);
      continue;
    }
    if (ch === '(') {
      // A parenthesis right after a function name opens a call; any other only groups.
      const call = /[A-Za-z0-9_.]/.test(formula[i - 1] ?? ' ');
      stack.push({ call, args: call && formula[i + 1] === ')' ? 0 : 1 });
    } else if (ch === '{') stack.push({ call: false, args: 0 });
    else if (ch === ',' && stack.length > 0) (stack[stack.length - 1] as { args: number }).args++;
    else if (ch === ')' || ch === '}') {
      const closed = stack.pop();
      if (closed?.call === true) widest = Math.max(widest, closed.args);
    }
  }
  return widest;
}

/** The index of the quote that closes the literal opened at `start` (a doubled quote is part of it). */
function endOfQuoted(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== quote) continue;
    if (text[i + 1] === quote) i++;
    else return i;
  }
  return text.length;
}

/** Excel's sheet-name rules, as the layout's allocation is meant to satisfy them. */
function sheetNameFault(name: string): string | undefined {
  if (name.trim() === '') return 'blank';
  if (name.length > MAX_SHEET_NAME_LENGTH) return `> ${MAX_SHEET_NAME_LENGTH}`;
  if (/[:\\/?*[\]]/.test(name)) return ': \\ / ? * [ ]';
  if (name.startsWith("'") || name.endsWith("'")) return "'";
  if (name.toLowerCase() === 'history') return 'History';
  return undefined;
}

function sheetLocation(sheet: SheetPlan, definitions: InitiativeFile): { kind: 'json'; path: PathSegment[] } {
  const index = definitions.committees.findIndex((c) => c.id === sheet.committeeId);
  return { kind: 'json', path: index < 0 ? ['title'] : ['committees', index, 'name'] };
}

/**
 * Where in the definitions a cell comes from: the node its table row shows (its title
 * or note column), else the committees, whose number and names shape the overview's formulas.
 */
function cellLocation(sheet: SheetPlan, row: number, column: number, definitions: InitiativeFile): { kind: 'json'; path: PathSegment[] } {
  const source = sheet.table.rows.find((r) => r.row === row)?.source;
  if (source === undefined) return sheet.kind === 'overview' ? { kind: 'json', path: ['committees'] } : sheetLocation(sheet, definitions);
  // The overview's rows name their committee's sheet key ("committee:hosp").
  if (source.startsWith('committee:')) {
    const index = definitions.committees.findIndex((c) => `committee:${c.id}` === source);
    return { kind: 'json', path: index < 0 ? ['committees'] : ['committees', index] };
  }
  const path = parsePath(source);
  const field = column === sheet.table.columns.note ? 'note' : column === sheet.table.columns.title ? 'title' : undefined;
  return { kind: 'json', path: field === undefined ? path : [...path, field] };
}

/** "initiatives[3].lines[0]" → ["initiatives", 3, "lines", 0]. */
function parsePath(source: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const match of source.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) segments.push(match[2] === undefined ? (match[1] ?? '') : Number(match[2]));
  return segments;
}
