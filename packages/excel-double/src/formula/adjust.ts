/**
 * Reference adjustment for row/column insertion and deletion, sheet rename and sheet deletion,
 * reproducing Excel's rules:
 *  - insertion at or above a reference's first row moves it; insertion strictly inside an area
 *    grows it; insertion directly below the last row (or further down) leaves it alone;
 *  - deletion removes the deleted rows from an area (shrinking it), moves references below up,
 *    and turns references whose every cell was deleted into `#REF!`;
 *  - full-column references (`E:E`) are untouched by row operations, full-row references by
 *    column operations.
 * The same interval rules drive live Range objects, so a Range proxy follows its cells like Excel's.
 */
import { MAX_COLS, MAX_ROWS, type Rect } from '../a1';
import { parseFormula, tokenText, type RefBody, type Token } from './tokens';

export type Axis = 'row' | 'col';

export interface ShiftOp {
  type: 'insert' | 'delete';
  axis: Axis;
  /** Sheet the operation happens on, compared case-insensitively with reference prefixes. */
  sheetName: string;
  /** First inserted / deleted index (zero-based) along `axis`. */
  at: number;
  count: number;
  /**
   * For cell shifts that do not span the whole sheet: the band of the other axis that moves
   * (e.g. columns B..D for "insert cells, shift down" on B5:D6). Undefined = entire rows/columns.
   */
  band?: { from: number; to: number };
}

/** Result of shifting an interval: new bounds, or null when all of it was deleted / pushed off the sheet. */
export function shiftInterval(a: number, b: number, op: ShiftOp): [number, number] | null {
  const max = (op.axis === 'row' ? MAX_ROWS : MAX_COLS) - 1;
  if (op.type === 'insert') {
    if (op.at <= a) {
      if (a + op.count > max) return null;
      return [a + op.count, Math.min(b + op.count, max)];
    }
    if (op.at <= b) return [a, Math.min(b + op.count, max)];
    return [a, b];
  }
  const d0 = op.at;
  const d1 = op.at + op.count - 1;
  if (b < d0) return [a, b];
  if (a > d1) return [a - op.count, b - op.count];
  if (a >= d0 && b <= d1) return null;
  const na = a < d0 ? a : d0;
  const nb = b > d1 ? b - op.count : d0 - 1;
  return [na, nb];
}

/** Whether a reference spanning `from..to` on the other axis moves with a (possibly banded) shift. */
function inBand(from: number, to: number, op: ShiftOp): boolean {
  if (op.band === undefined) return true;
  return from >= op.band.from && to <= op.band.to;
}

/** Shifts a rectangle; returns null if it was deleted entirely. */
export function shiftRect(r: Rect, op: ShiftOp): Rect | null {
  if (op.axis === 'row') {
    const fullCols = r.r0 === 0 && r.r1 === MAX_ROWS - 1;
    if (fullCols || !inBand(r.c0, r.c1, op)) return r;
    const s = shiftInterval(r.r0, r.r1, op);
    return s === null ? null : { ...r, r0: s[0], r1: s[1] };
  }
  const fullRows = r.c0 === 0 && r.c1 === MAX_COLS - 1;
  if (fullRows || !inBand(r.r0, r.r1, op)) return r;
  const s = shiftInterval(r.c0, r.c1, op);
  return s === null ? null : { ...r, c0: s[0], c1: s[1] };
}

function shiftBody(b: RefBody, op: ShiftOp): RefBody | null {
  if (op.axis === 'row') {
    if (b.kind === 'cols' || !inBand(b.c0, b.c1, op)) return b;
    if (b.kind === 'rows' && op.band !== undefined) return b;
    const s = shiftInterval(b.r0, b.r1, op);
    if (s === null) return null;
    return { ...b, r0: s[0], r1: b.kind === 'cell' ? s[0] : s[1] };
  }
  if (b.kind === 'rows' || !inBand(b.r0, b.r1, op)) return b;
  if (b.kind === 'cols' && op.band !== undefined) return b;
  const s = shiftInterval(b.c0, b.c1, op);
  if (s === null) return null;
  return { ...b, c0: s[0], c1: b.kind === 'cell' ? s[0] : s[1] };
}

function sameSheet(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

/** Applies `fn` to every reference token; `ownSheet` is the sheet unqualified references belong to (null for workbook names). */
function mapRefs(formula: string, ownSheet: string | null, fn: (tok: Extract<Token, { t: 'ref' }>, sheet: string | null) => Token): string {
  const parsed = parseFormula(formula);
  // Stored formulas were validated on entry; an unparsable one here is a bug in the double.
  if ('error' in parsed) throw new Error(`excel-double: stored formula does not parse (${parsed.error}): ${formula}`);
  let changed = false;
  const out = parsed.tokens.map((tok) => {
    if (tok.t !== 'ref' || tok.deletedSheet) return tok;
    const next = fn(tok, tok.sheet ?? ownSheet);
    if (next !== tok) changed = true;
    return next;
  });
  return changed ? '=' + out.map(tokenText).join('') : formula;
}

/** Rewrites references in `formula` (living on `ownSheet`) for a row/column insertion or deletion. */
export function shiftFormula(formula: string, ownSheet: string | null, op: ShiftOp): string {
  return mapRefs(formula, ownSheet, (tok, sheet) => {
    if (sheet === null || tok.body === null || !sameSheet(sheet, op.sheetName)) return tok;
    const body = shiftBody(tok.body, op);
    if (body === tok.body) return tok;
    return { ...tok, body };
  });
}

/** Rewrites sheet prefixes after a rename. */
export function renameSheetInFormula(formula: string, oldName: string, newName: string): string {
  return mapRefs(formula, null, (tok) => {
    if (tok.sheet === null || !sameSheet(tok.sheet, oldName)) return tok;
    return { ...tok, sheet: newName };
  });
}

/** References to a deleted sheet become `#REF!A1` (Excel keeps the cell part after the error). */
export function deleteSheetInFormula(formula: string, deletedName: string): string {
  return mapRefs(formula, null, (tok) => {
    if (tok.sheet === null || !sameSheet(tok.sheet, deletedName)) return tok;
    return { ...tok, sheet: null, deletedSheet: true };
  });
}

/** Qualifies unqualified references with `sheet` (used when a workbook name is defined as `=A1`). */
export function qualifyFormula(formula: string, sheet: string): string {
  return mapRefs(formula, null, (tok) => (tok.sheet === null ? { ...tok, sheet } : tok));
}

/** Excel rewrites sheet names in an entered formula to the sheet's own spelling. */
export function canonicalSheetNames(formula: string, canonical: (name: string) => string | null): string {
  return mapRefs(formula, null, (tok) => {
    if (tok.sheet === null) return tok;
    const c = canonical(tok.sheet);
    return c === null || c === tok.sheet ? tok : { ...tok, sheet: c };
  });
}
