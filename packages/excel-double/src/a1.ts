/**
 * A1 addressing: column letters, cell/area parsing and Office-style address formatting.
 * Everything internal is zero-based and inclusive (`r0..r1`, `c0..c1`).
 */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function rect(r0: number, c0: number, r1: number, c1: number): Rect {
  return { r0, c0, r1, c1 };
}

export function rectRows(r: Rect): number {
  return r.r1 - r.r0 + 1;
}

export function rectCols(r: Rect): number {
  return r.c1 - r.c0 + 1;
}

export function isEntireRows(r: Rect): boolean {
  return r.c0 === 0 && r.c1 === MAX_COLS - 1;
}

export function isEntireCols(r: Rect): boolean {
  return r.r0 === 0 && r.r1 === MAX_ROWS - 1;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r1, b.r1);
  const c1 = Math.min(a.c1, b.c1);
  return r0 <= r1 && c0 <= c1 ? { r0, c0, r1, c1 } : null;
}

/** How many cells a rectangle holds. */
export function cellCount(r: Rect): number {
  return (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
}

export function boundingRect(a: Rect, b: Rect): Rect {
  return { r0: Math.min(a.r0, b.r0), c0: Math.min(a.c0, b.c0), r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1) };
}

export function colToLetters(c: number): string {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Zero-based column index for letters, or -1 if not a column within XFD. */
export function lettersToCol(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= MAX_COLS ? n - 1 : -1;
}

export function cellName(r: number, c: number, absRow = false, absCol = false): string {
  return `${absCol ? '$' : ''}${colToLetters(c)}${absRow ? '$' : ''}${r + 1}`;
}

/** A1-style text of a rectangle the way Excel prints it: `A1`, `A1:B2`, `A:C`, `5:7`. */
export function rectToA1(r: Rect, absolute = false): string {
  const d = absolute ? '$' : '';
  if (isEntireCols(r)) {
    if (isEntireRows(r)) return `${d}1:${d}${MAX_ROWS}`;
    return `${d}${colToLetters(r.c0)}:${d}${colToLetters(r.c1)}`;
  }
  if (isEntireRows(r)) return `${d}${r.r0 + 1}:${d}${r.r1 + 1}`;
  const a = cellName(r.r0, r.c0, absolute, absolute);
  if (r.r0 === r.r1 && r.c0 === r.c1) return a;
  return `${a}:${cellName(r.r1, r.c1, absolute, absolute)}`;
}

/** True if the text would be read as an A1 or R1C1 cell reference. */
export function looksLikeCellReference(text: string): boolean {
  const a1 = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (a1 !== null) {
    const row = Number(a1[2]);
    if (lettersToCol(a1[1] ?? '') >= 0 && row >= 1 && row <= MAX_ROWS) return true;
  }
  return /^[Rr](\d*|\[-?\d+\])?([Cc](\d*|\[-?\d+\])?)?$/.test(text) || /^[Cc](\d*|\[-?\d+\])?$/.test(text);
}

/** Sheet names need quotes in references unless they are plain identifiers that cannot be read as a reference. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !looksLikeCellReference(name) && !/^(TRUE|FALSE)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, r: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${rectToA1(r, absolute)}`;
}

export interface ParsedAddress {
  sheet: string | null;
  rect: Rect;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

function parseCell(text: string): { r: number; c: number } | null {
  const m = CELL.exec(text);
  if (m === null) return null;
  const c = lettersToCol(m[1] ?? '');
  const r = Number(m[2]) - 1;
  if (c < 0 || r < 0 || r >= MAX_ROWS) return null;
  return { r, c };
}

/** Parses the range part of an address (no sheet): `A1`, `$A$1:B2`, `A:A`, `3:5`. Returns null if invalid. */
export function parseRangeText(text: string): Rect | null {
  const t = text.trim();
  const cols = COLS.exec(t);
  if (cols !== null) {
    const a = lettersToCol(cols[1] ?? '');
    const b = lettersToCol(cols[2] ?? '');
    if (a < 0 || b < 0) return null;
    return { r0: 0, r1: MAX_ROWS - 1, c0: Math.min(a, b), c1: Math.max(a, b) };
  }
  const rows = ROWS.exec(t);
  if (rows !== null) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    if (a < 0 || b < 0 || a >= MAX_ROWS || b >= MAX_ROWS) return null;
    return { r0: Math.min(a, b), r1: Math.max(a, b), c0: 0, c1: MAX_COLS - 1 };
  }
  const parts = t.split(':');
  if (parts.length === 1) {
    const p = parseCell(parts[0] ?? '');
    return p === null ? null : { r0: p.r, c0: p.c, r1: p.r, c1: p.c };
  }
  if (parts.length === 2) {
    const p = parseCell(parts[0] ?? '');
    const q = parseCell(parts[1] ?? '');
    if (p === null || q === null) return null;
    return { r0: Math.min(p.r, q.r), c0: Math.min(p.c, q.c), r1: Math.max(p.r, q.r), c1: Math.max(p.c, q.c) };
  }
  return null;
}

/** Parses `Sheet1!A1:B2`, `'My Sheet'!A1`, or a bare range. Returns null when the text is not an address. */
export function parseAddress(text: string): ParsedAddress | null {
  const t = text.trim();
  if (t.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < t.length) {
      const ch = t[i];
      if (ch === "'") {
        if (t[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (t[i] !== "'" || t[i + 1] !== '!') return null;
    const r = parseRangeText(t.slice(i + 2));
    return r === null ? null : { sheet: name, rect: r };
  }
  const bang = t.lastIndexOf('!');
  if (bang >= 0) {
    const sheet = t.slice(0, bang);
    if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet)) return null;
    const r = parseRangeText(t.slice(bang + 1));
    return r === null ? null : { sheet, rect: r };
  }
  const r = parseRangeText(t);
  return r === null ? null : { sheet: null, rect: r };
}
