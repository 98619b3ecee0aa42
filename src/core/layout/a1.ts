/**
 * The one A1-address helper: every address and range in a formula or a name is built here.
 * Rows and columns are 0-based in; Excel's 1-based letters and numbers out.
 */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export interface Anchoring {
  absoluteRow?: boolean;
  absoluteColumn?: boolean;
}

export function cell(row: number, column: number, anchoring: Anchoring = {}): string {
  return `${anchoring.absoluteColumn === true ? '$' : ''}${columnLetter(column)}${anchoring.absoluteRow === true ? '$' : ''}${row + 1}`;
}

export function absoluteCell(row: number, column: number): string {
  return cell(row, column, { absoluteRow: true, absoluteColumn: true });
}

export function range(top: number, left: number, bottom: number, right: number): string {
  return `${cell(top, left)}:${cell(bottom, right)}`;
}

export function absoluteRange(top: number, left: number, bottom: number, right: number): string {
  return `${absoluteCell(top, left)}:${absoluteCell(bottom, right)}`;
}

/** A whole column, e.g. "E:E" or "$I:$I". */
export function wholeColumn(column: number, absolute = false): string {
  const letter = `${absolute ? '$' : ''}${columnLetter(column)}`;
  return `${letter}:${letter}`;
}

/** Sheet names are always quoted in references; a quote inside is doubled, as Excel requires. */
export function sheetPrefix(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`;
}

/** "A5:I40" → "$A$5:$I$40". */
export function toAbsolute(relative: string): string {
  return relative.replace(/\$?([A-Z]+)\$?(\d+)/g, '$$$1$$$2');
}

/** 0-based corners of an A1 range such as "B6:H1010", "$A$1" or "A1": the inverse of `range`. */
export function rangeBounds(range: string): { fromRow: number; fromColumn: number; toRow: number; toColumn: number } {
  const [from = '', to = from] = range.split(':');
  const start = parseAddress(from);
  const end = parseAddress(to);
  return { fromRow: start.row, fromColumn: start.column, toRow: end.row, toColumn: end.column };
}

function parseAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (match === null) throw new Error(`Not an A1 address: ${address}`);
  let column = 0;
  for (const letter of match[1] ?? '') column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}
