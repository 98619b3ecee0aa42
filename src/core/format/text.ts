/**
 * Text rules where Excel or XML would break (docs/format.md, rules T1–T4): characters that
 * XML 1.0 forbids (a workbook holding one is not well formed, and LibreOffice then drops
 * every text of the sheet), the 32,767 characters a cell holds, and the object keys that
 * JavaScript treats specially.
 */

/** Excel refuses more characters (UTF-16 code units) than this in one cell. */
export const MAX_CELL_CHARS = 32767;

/** Marks generated text cut to fit a cell (T2). */
export const TRUNCATION_MARKER = ' […]';

/**
 * Keys that an object built from input must not take as data: `__proto__` would replace the
 * object's prototype (and the value vanish), the other two shadow what every object has (T4).
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The index of the first character XML 1.0 forbids (C0 controls other than tab, LF and CR;
 * U+FFFE, U+FFFF; a surrogate without its pair), or -1 when there is none (T1).
 */
export function firstXmlForbidden(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20) {
      if (code !== 0x09 && code !== 0x0a && code !== 0x0d) return i;
    } else if (code === 0xfffe || code === 0xffff) return i;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return i;
      i++;
    } else if (code >= 0xdc00 && code <= 0xdfff) return i;
  }
  return -1;
}

/** `U+FFFE`: how a character is named in a message. */
export function codePointName(text: string, index: number): string {
  return `U+${(text.charCodeAt(index) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Generated text (a note with its ranges, the unit and price-level line) cut to what a cell
 * holds, ending with TRUNCATION_MARKER; never splits a surrogate pair (T2). Input texts are
 * within the limit already (V rule textTooLong), so only generated additions are ever cut.
 */
export function fitInCell(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  let end = MAX_CELL_CHARS - TRUNCATION_MARKER.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + TRUNCATION_MARKER;
}

/**
 * What makes a spreadsheet read a CSV cell as a formula (OWASP, CSV injection): =, +, -, @,
 * tab and CR at the start. LF (a CR the CSV reader turned into LF) and the apostrophe itself
 * are included so that the escape can always be undone (C16).
 */
const NEEDS_ESCAPE = /^[=+\-@\t\r\n']/;

/** A text cell of an exported CSV, made safe to open: a leading apostrophe before any trigger (C16). */
export function neutraliseFormula(cell: string): string {
  return NEEDS_ESCAPE.test(cell) ? `'${cell}` : cell;
}

/** The reverse, for a text cell read from a CSV: one leading apostrophe before a trigger is taken off (C16). */
export function restoreNeutralised(cell: string): string {
  return cell.startsWith("'") && NEEDS_ESCAPE.test(cell.slice(1)) ? cell.slice(1) : cell;
}
