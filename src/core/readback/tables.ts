/**
 * Finding a table the add-in wrote in a sheet as it is now, and pairing its written
 * rows with the current ones (docs/readback.md, R1). Shared by read-back and the
 * integrity check, so both see the same rows in the same places.
 *
 * Rows are keyed by role marker and title, as the writer's conflict check does, and
 * aligned with Myers' diff; then two passes refine what a diff cannot know:
 *   - a deleted row whose key reappears elsewhere was moved (cut and pasted);
 *   - a deleted and an inserted row of the same kind next to each other are one
 *     row whose title the user changed.
 */
import { alignRows } from '../layout/alignRows';
import { ROLE_MARKERS } from '../layout/committeeSheet';
import type { PlanCell, PlanRow, RowRole, SheetPlan } from '../layout/plan';
import type { CurrentSheet, WorkbookName } from './types';

export type LinkKind = 'same' | 'renamed' | 'moved' | 'inserted' | 'deleted';

/** One row of the table: written and now, written only (deleted), or now only (inserted). */
export interface RowLink {
  how: LinkKind;
  /** The sheet row in the last plan. */
  written?: number | undefined;
  /** The sheet row now. */
  current?: number | undefined;
}

export interface TableView {
  plan: SheetPlan;
  sheet: CurrentSheet;
  /** The header row now. */
  top: number;
  /** The last row looked at now (the table's last row, or the sheet's). */
  bottom: number;
  /** In table order: current rows in sheet order, deleted rows where they were. */
  links: RowLink[];
  /** Written sheet row → its row now, for rows still there. */
  currentOf: ReadonlyMap<number, number>;
  /** Written sheet row → what the plan says the row is. */
  planRows: ReadonlyMap<number, PlanRow>;
  /** Definition path → the written title row of its node or frame (for subtotals and remainders). */
  nodeRows: ReadonlyMap<string, number>;
}

export type TableLookup = { ok: true; view: TableView } | { ok: false; reason: 'noHeader' | 'yearsMoved'; address: string };

/** Rows that show a definition node; only these can have their title changed by the user (R3). */
const TITLED_ROLES: ReadonlySet<RowRole> = new Set(['leaf', 'node', 'frame']);

/** Excel's text of a cell value: "" for empty, numbers and booleans as written; line breaks as LF (R13). */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return withLineFeeds(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** The text written to a cell, with its line breaks as textOf reads them back. */
export function planText(cell: PlanCell | undefined): string {
  return cell?.t === 'text' ? withLineFeeds(cell.text) : '';
}

/**
 * An XML parser turns a CR in a cell's text into LF (XML end-of-line handling), so a CR the
 * definitions hold comes back as LF from every program: compared as LF on both sides, an
 * unedited text reads back unchanged and keeps its CR in the definitions (R13).
 */
function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

export function cellValue(sheet: CurrentSheet, row: number, column: number): unknown {
  return sheet.values[row]?.[column];
}

export function cellFormula(sheet: CurrentSheet, row: number, column: number): unknown {
  return sheet.formulas[row]?.[column];
}

/** A workbook name's reference, e.g. "='Regional Udvikling'!$A$5:$I$25" → sheet and 0-based corners. */
export interface NameTarget {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseNameFormula(formula: string): NameTarget | undefined {
  const match = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(formula.trim());
  if (match === null) return undefined;
  const [, quoted, bare, left = 'A', top = '1', right = left, bottom = top] = match;
  return {
    sheet: quoted === undefined ? (bare ?? '') : quoted.replace(/''/g, "'"),
    top: Number(top) - 1,
    left: columnIndex(left),
    bottom: Number(bottom) - 1,
    right: columnIndex(right),
  };
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** Finds the table of `plan` in the current sheet and aligns its rows with the written ones. */
export function viewTable(plan: SheetPlan, sheet: CurrentSheet, names: readonly WorkbookName[] = []): TableLookup {
  const { role, title } = plan.table.columns;
  const headerWritten = plan.table.rows.find((r) => r.role === 'header')?.row ?? 0;
  const located = locateTable(plan, sheet, names);
  if (located === undefined) return { ok: false, reason: 'noHeader', address: `A${headerWritten + 1}` };
  const { top, bottom } = located;
  const yearsMoved = plan.table.yearColumns.some((column) => textOf(cellValue(sheet, top, column)) !== planText(plan.cells[headerWritten]?.[column]));
  if (yearsMoved) return { ok: false, reason: 'yearsMoved', address: `A${top + 1}` };

  const writtenRows = range(headerWritten, plan.cells.length - 1);
  const currentRows = range(top, bottom);
  const key = (roleText: string, titleText: string): string => `${roleText}|${titleText}`;
  const writtenKey = (r: number): string => key(planText(plan.cells[r]?.[role]), planText(plan.cells[r]?.[title]));
  const currentKey = (r: number): string => key(textOf(cellValue(sheet, r, role)), textOf(cellValue(sheet, r, title)));
  const pairs = alignRows(writtenRows.map(writtenKey), currentRows.map(currentKey));
  let links: RowLink[] = pairs.map((p) => {
    const written = p.expected === undefined ? undefined : headerWritten + p.expected;
    const current = p.actual === undefined ? undefined : top + p.actual;
    if (written !== undefined && current !== undefined) return { how: 'same', written, current };
    if (current !== undefined) return { how: 'inserted', current };
    return { how: 'deleted', written };
  });
  const planRows = new Map(plan.table.rows.map((r) => [r.row, r]));
  links = detectMoves(links, writtenKey, currentKey);
  links = pairRenamed(links, planRows, (r) => planText(plan.cells[r]?.[role]), (r) => textOf(cellValue(sheet, r, role)));
  const currentOf = new Map<number, number>();
  for (const link of links) if (link.written !== undefined && link.current !== undefined) currentOf.set(link.written, link.current);
  const nodeRows = new Map(plan.table.rows.flatMap((r) => (r.source !== undefined && (r.role === 'node' || r.role === 'frame') ? [[r.source, r.row] as const] : [])));
  return { ok: true, view: { plan, sheet, top, bottom, links, currentOf, planRows, nodeRows } };
}

/**
 * The header row is found from the host's table rows, else from the table's workbook name
 * (which Excel moves with inserted rows), else as the first row whose role cell says "head".
 */
function locateTable(plan: SheetPlan, sheet: CurrentSheet, names: readonly WorkbookName[]): { top: number; bottom: number } | undefined {
  const role = plan.table.columns.role;
  const isHeader = (row: number): boolean => textOf(cellValue(sheet, row, role)) === ROLE_MARKERS.header;
  const lastRow = Math.max(sheet.values.length, sheet.formulas.length) - 1;
  if (sheet.tableRows !== undefined && isHeader(sheet.tableRows.top)) return sheet.tableRows;
  const named = names.find((n) => n.name.toLowerCase() === plan.table.name.toLowerCase());
  const target = named === undefined ? undefined : parseNameFormula(named.formula);
  if (target !== undefined && target.sheet === sheet.name && isHeader(target.top)) return { top: target.top, bottom: target.bottom };
  for (let row = 0; row <= lastRow; row++) if (isHeader(row)) return { top: row, bottom: lastRow };
  return undefined;
}

/** A written row deleted in one place whose key was inserted in another was moved there (R11). */
function detectMoves(links: RowLink[], writtenKey: (row: number) => string, currentKey: (row: number) => string): RowLink[] {
  const deletedByKey = new Map<string, RowLink[]>();
  for (const link of links) {
    if (link.how !== 'deleted' || link.written === undefined) continue;
    const k = writtenKey(link.written);
    const list = deletedByKey.get(k) ?? [];
    list.push(link);
    deletedByKey.set(k, list);
  }
  const consumed = new Set<RowLink>();
  const out = links.map((link) => {
    if (link.how !== 'inserted' || link.current === undefined) return link;
    const candidates = deletedByKey.get(currentKey(link.current));
    const match = candidates?.shift();
    if (match === undefined) return link;
    consumed.add(match);
    return { how: 'moved' as const, written: match.written, current: link.current };
  });
  return out.filter((link) => !consumed.has(link));
}

/**
 * Within a run of deleted and inserted rows (between rows that stayed), the n-th deleted
 * row showing a definition node and the n-th inserted row with the same role marker are
 * one row whose title was changed (R3): a changed title changes the row's key.
 */
function pairRenamed(links: RowLink[], planRows: ReadonlyMap<number, PlanRow>, writtenRole: (row: number) => string, currentRole: (row: number) => string): RowLink[] {
  const out: RowLink[] = [];
  let run: RowLink[] = [];
  const flush = (): void => {
    const deleted = run.filter((l) => l.how === 'deleted' && l.written !== undefined && TITLED_ROLES.has(planRows.get(l.written)?.role ?? 'header'));
    const paired = new Map<RowLink, RowLink>();
    const used = new Set<RowLink>();
    let from = 0;
    for (const inserted of run.filter((l) => l.how === 'inserted')) {
      const index = deleted.findIndex((d, i) => i >= from && !used.has(d) && d.written !== undefined && inserted.current !== undefined && writtenRole(d.written) === currentRole(inserted.current));
      const match = deleted[index];
      if (match === undefined) continue;
      used.add(match);
      paired.set(inserted, match);
      from = index + 1;
    }
    for (const link of run) {
      if (used.has(link)) continue;
      const match = paired.get(link);
      out.push(match === undefined ? link : { how: 'renamed', written: match.written, current: link.current });
    }
    run = [];
  };
  for (const link of links) {
    if (link.how === 'deleted' || link.how === 'inserted') {
      run.push(link);
      continue;
    }
    flush();
    out.push(link);
  }
  flush();
  return out;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
