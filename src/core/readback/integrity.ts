/**
 * The integrity check (docs/readback.md, rules I1–I10): where the tables no longer are
 * what the add-in built — a total typed over, a formula changed, text in an amount,
 * a total that does not add up, a row moved, a workbook name gone astray.
 *
 * Pure, like read-back, and built on the same row pairing (./tables.ts). Repair is
 * read-back followed by a build that overwrites: the formulas and names come back,
 * and every amount the user typed is kept, since read-back put it in the definitions.
 */
import { subtract, sum } from '../model/decimal';
import { workbookLabels } from '../i18n/labels';
import { absoluteRange, cell as address, sheetPrefix } from '../layout/a1';
import { describeWritten, formulaShape } from '../layout/cells';
import { ROLE_MARKERS } from '../layout/committeeSheet';
import type { LayoutPlan, PlanRow, SheetPlan } from '../layout/plan';
import { readAmountCell } from './cells';
import { rebuildPlan } from './readBack';
import { cellFormula, cellValue, parseNameFormula, planText, textOf, viewTable, type TableView } from './tables';
import type { Finding, ReadBackInput, WorkbookName } from './types';

/**
 * Everything in the workbook that no longer matches the last build, sheet by sheet
 * in table order, then the workbook names.
 */
export function checkIntegrity(input: ReadBackInput, plan: LayoutPlan = rebuildPlan(input)): Finding[] {
  const labels = workbookLabels(input.layout.lang);
  const views = new Map<string, TableView>();
  const findings: Finding[] = [];
  for (const sheet of plan.sheets) {
    const current = input.sheets.find((s) => s.key === sheet.key);
    if (current === undefined) {
      findings.push({ code: 'integritySheetMissing', sheet: sheet.name, address: '', written: sheet.name, current: '' });
      continue;
    }
    const lookup = viewTable(sheet, current, input.names);
    if (!lookup.ok) {
      findings.push({ code: 'integrityLayoutChanged', sheet: current.name, address: lookup.address, written: sheet.table.range, current: '' });
      continue;
    }
    views.set(sheet.key, lookup.view);
  }
  const renamed = new Map<string, string>();
  for (const sheet of plan.sheets) {
    const view = views.get(sheet.key);
    if (view !== undefined && view.sheet.name !== sheet.name) renamed.set(view.sheet.name, sheet.name);
  }
  for (const sheet of plan.sheets) {
    const view = views.get(sheet.key);
    if (view !== undefined) findings.push(...checkTable(view, views, renamed, labels.kinds.capital));
  }
  findings.push(...checkNames(plan, views, input.names ?? []));
  return findings;
}

function checkTable(view: TableView, views: ReadonlyMap<string, TableView>, renamed: ReadonlyMap<string, string>, capitalLabel: string): Finding[] {
  const { plan, sheet } = view;
  const findings: Finding[] = [];
  const { columns, yearColumns } = plan.table;
  const at = (row: number, column: number): string => address(row, column);
  // Rows inserted below the committee's totals are not in any sum: their text is not an amount.
  const totalRow = plan.table.rows.find((r) => r.role === 'total')?.row;
  const bodyEnd = (totalRow === undefined ? undefined : view.currentOf.get(totalRow)) ?? view.bottom + 1;
  for (const link of view.links) {
    const written = link.written;
    const current = link.current;
    const planRow = written === undefined ? undefined : view.planRows.get(written);
    if (written !== undefined && current === undefined) {
      if (planRow !== undefined && isFormulaRow(plan, written) && !partOfDeletedNode(view, planRow)) {
        findings.push({ code: 'integrityRowMissing', sheet: sheet.name, address: at(written, columns.title), written: planText(plan.cells[written]?.[columns.title]), current: '' });
      }
      continue;
    }
    if (current === undefined) continue;
    if (link.how === 'moved' && written !== undefined) {
      findings.push({ code: 'integrityRowMoved', sheet: sheet.name, address: at(current, columns.title), written: at(written, columns.title), current: textOf(cellValue(sheet, current, columns.title)) });
    }
    const amounts =
      plan.kind === 'committee' &&
      (planRow === undefined ? current < bodyEnd && textOf(cellValue(sheet, current, columns.role)).trim() === '' : planRow.role === 'leaf' || planRow.role === 'frame');
    if (amounts) {
      for (const column of yearColumns) {
        const value = cellValue(sheet, current, column);
        if (readAmountCell(value).kind === 'text') findings.push({ code: 'integrityAmountText', sheet: sheet.name, address: at(current, column), written: describeWritten(plan.cells[written ?? -1]?.[column] ?? { t: 'empty' }), current: shown(value) });
      }
    }
    if (written === undefined || planRow === undefined) continue;
    for (const [column, cell] of (plan.cells[written] ?? []).entries()) {
      // Totals, and a line's Med and Pulje cells repeating its initiative's (L14, L15).
      if (cell.t !== 'formula' && cell.t !== 'textFormula') continue;
      // A moved row (I5) was typed in again by hand: its repeated choice is that row's finding.
      if (cell.t === 'textFormula' && link.how === 'moved') continue;
      const formula = cellFormula(sheet, current, column);
      const value = cellValue(sheet, current, column);
      const where = at(current, column);
      if (typeof formula !== 'string' || !formula.startsWith('=')) {
        findings.push({ code: 'integrityFormulaOverwritten', sheet: sheet.name, address: where, written: cell.formula, current: shown(value) });
        continue;
      }
      if (formulaShape(undoRenames(formula, renamed)) !== formulaShape(cell.formula)) {
        findings.push({ code: 'integrityFormulaChanged', sheet: sheet.name, address: where, written: cell.formula, current: formula });
        continue;
      }
      if (cell.t === 'textFormula') continue;
      const expected = expectedValue(view, views, planRow, current, column, capitalLabel);
      if (expected !== undefined && typeof value === 'number' && !sameNumber(expected, value)) {
        findings.push({ code: 'integrityTotalMismatch', sheet: sheet.name, address: where, written: expected, current: value });
      }
    }
  }
  return findings;
}

/** Rows with formulas: losing one breaks the sums (I8). */
function isFormulaRow(plan: SheetPlan, row: number): boolean {
  return (plan.cells[row] ?? []).some((c) => c.t === 'formula');
}

/** A subtotal or remainder row deleted together with its node's title row is that node's removal, not damage. */
function partOfDeletedNode(view: TableView, planRow: PlanRow): boolean {
  if (planRow.role !== 'subtotal' && planRow.role !== 'unallocated') return false;
  const titleRow = planRow.source === undefined ? undefined : view.nodeRows.get(planRow.source);
  return titleRow !== undefined && !view.currentOf.has(titleRow);
}

/** Excel rewrites references to a sheet the user renamed; that is not a change of the formula. */
function undoRenames(formula: string, renamed: ReadonlyMap<string, string>): string {
  if (renamed.size === 0) return formula;
  return formula.replace(/'((?:[^']|'')+)'!|([^\s'!(),=+\-*/&<>^:]+)!/g, (whole, quoted: string | undefined, bare: string | undefined) => {
    const name = quoted === undefined ? (bare ?? '') : quoted.replace(/''/g, "'");
    const written = renamed.get(name);
    return written === undefined ? whole : sheetPrefix(written);
  });
}

/**
 * What a total should show, recomputed from the cells as they are now (I4): the counted
 * rows (blank role cell, a number in the column) from its anchor down to the row above it,
 * as its SUMIFS adds them. Span rows are not recomputed (their formula names cells, not rows).
 */
function expectedValue(view: TableView, views: ReadonlyMap<string, TableView>, planRow: PlanRow, row: number, column: number, capitalLabel: string): number | undefined {
  const { plan, sheet } = view;
  const { columns } = plan.table;
  const numberAt = (r: number, c: number): number => {
    const v = cellValue(sheet, r, c);
    return typeof v === 'number' && Number.isFinite(v) ? v : 0;
  };
  const sumCounted = (anchor: number, kind?: 'operating' | 'capital', marker = ''): number => {
    const counted: number[] = [];
    for (let r = anchor; r < row; r++) {
      if (textOf(cellValue(sheet, r, columns.role)) !== marker) continue;
      if (kind !== undefined && columns.kind !== undefined) {
        // SUMIFS compares text ignoring case.
        const isCapital = textOf(cellValue(sheet, r, columns.kind)).toLowerCase() === capitalLabel.toLowerCase();
        if ((kind === 'capital') !== isCapital) continue;
      }
      counted.push(numberAt(r, column));
    }
    return sum(counted);
  };
  const titleRowNow = (): number | undefined => {
    const titleRow = planRow.source === undefined ? undefined : view.nodeRows.get(planRow.source);
    return titleRow === undefined ? undefined : view.currentOf.get(titleRow);
  };
  /** Where the heading of the block a funding total closes is now. */
  const blockHeadingNow = (): number | undefined => {
    const written = plan.table.rows.find((r) => r.role === 'fundingBlock' && r.funding === planRow.funding);
    return written === undefined ? undefined : view.currentOf.get(written.row);
  };
  const sumOfBlock = (): number | undefined => {
    const anchor = blockHeadingNow();
    return anchor === undefined ? undefined : sumCounted(anchor);
  };
  if (plan.kind === 'committee') {
    switch (planRow.role) {
      case 'subtotal': {
        const anchor = titleRowNow();
        return anchor === undefined ? undefined : sumCounted(anchor);
      }
      case 'unallocated': {
        const anchor = titleRowNow();
        return anchor === undefined ? undefined : subtract(numberAt(anchor, column), sumCounted(anchor));
      }
      case 'total':
        return sumCounted(view.top);
      case 'operating':
        return sumCounted(view.top, 'operating');
      case 'capital':
        return sumCounted(view.top, 'capital');
      case 'fundingTotal':
        return sumOfBlock();
      default:
        return undefined;
    }
  }
  const yearIndex = plan.table.yearColumns.indexOf(column);
  const committeeCell = (key: string | undefined, role: PlanRow['role']): number | undefined => {
    const other = key === undefined ? undefined : views.get(key);
    const written = other?.plan.table.rows.find((r) => r.role === role && r.funding === planRow.funding);
    const now = written === undefined ? undefined : other?.currentOf.get(written.row);
    const otherColumn = other?.plan.table.yearColumns[yearIndex];
    if (other === undefined || now === undefined || otherColumn === undefined) return undefined;
    const v = cellValue(other.sheet, now, otherColumn);
    return typeof v === 'number' ? v : 0;
  };
  switch (planRow.role) {
    case 'committee':
      return committeeCell(planRow.source, 'total');
    case 'committeeOperating':
      return committeeCell(planRow.source, 'operating');
    case 'committeeCapital':
      return committeeCell(planRow.source, 'capital');
    case 'committeeFunding':
      return committeeCell(planRow.source, 'fundingTotal');
    case 'total':
      return sumCounted(view.top);
    case 'operating':
      return sumCounted(view.top, undefined, ROLE_MARKERS.operating);
    case 'capital':
      return sumCounted(view.top, undefined, ROLE_MARKERS.capital);
    case 'fundingTotal':
      return sumOfBlock();
    default:
      return undefined;
  }
}

/** Excel adds in binary floating point; a difference below a millionth of a unit is not a wrong total. */
function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Every name of the plan must exist and cover its table or total row where that is now (I6, I7). */
function checkNames(plan: LayoutPlan, views: ReadonlyMap<string, TableView>, names: readonly WorkbookName[]): Finding[] {
  const findings: Finding[] = [];
  for (const name of plan.names) {
    const sheetPlan = plan.sheets.find((s) => s.key === name.sheetKey);
    const view = views.get(name.sheetKey);
    if (sheetPlan === undefined || view === undefined) continue;
    const writtenTarget = parseNameFormula(`${sheetPrefix(sheetPlan.name)}${name.range}`);
    if (writtenTarget === undefined) continue;
    const top = view.currentOf.get(writtenTarget.top);
    const bottom = view.currentOf.get(writtenTarget.bottom);
    const expected = top === undefined || bottom === undefined ? undefined : `${excelSheetPrefix(view.sheet.name)}${absoluteRange(top, writtenTarget.left, bottom, writtenTarget.right)}`;
    const found = names.find((n) => n.name.toLowerCase() === name.name.toLowerCase());
    const where = address(top ?? writtenTarget.top, writtenTarget.left);
    if (found === undefined) {
      findings.push({ code: 'integrityNameMissing', sheet: view.sheet.name, address: where, written: `=${expected ?? `${excelSheetPrefix(sheetPlan.name)}${name.range}`}`, current: '', name: name.name });
      continue;
    }
    const target = parseNameFormula(found.formula);
    const same =
      expected !== undefined &&
      target !== undefined &&
      target.sheet === view.sheet.name &&
      target.top === top &&
      target.bottom === bottom &&
      target.left === writtenTarget.left &&
      target.right === writtenTarget.right;
    if (!same && expected !== undefined) findings.push({ code: 'integrityNameMoved', sheet: view.sheet.name, address: where, written: `=${expected}`, current: found.formula, name: name.name });
  }
  return findings;
}

/** A sheet prefix as Excel shows it in a name: quoted only when the sheet's name needs it. */
function excelSheetPrefix(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*([RrCc]\d*)?$/.test(name);
  return plain ? `${name}!` : sheetPrefix(name);
}

function shown(value: unknown): string | number | boolean {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return '';
}

