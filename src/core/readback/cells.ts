/**
 * Reading single cells back into definition fields: amounts, kinds and notes
 * (docs/readback.md, R2, R5, R6, R7).
 */
import { kindFromWord } from '../format/kinds';
import { isRange, type Amount, type AmountsSpec, type Kind, type Unit } from '../format/types';
import type { WorkbookLabels } from '../i18n/labels';
import { convertUnit } from '../model/decimal';
import { noteJoiner } from '../layout/notes';

export type AmountCell = { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'text' };

/** A year cell: blank is "not stated"; text, booleans and error values are not amounts (I3). */
export function readAmountCell(value: unknown): AmountCell {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return { kind: 'blank' };
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'number', value: asExcelShows(value) };
  return { kind: 'text' };
}

/** Excel's precision: 15 significant digits. */
const EXCEL_DIGITS = 15;

/**
 * A number as Excel shows and calculates it: 15 significant digits, and no −0 (R14). Another
 * program may save a written number with 17 digits (openpyxl) or 15 (LibreOffice); either
 * reads back as the number that was written, never as an edit or a number too precise.
 */
export function asExcelShows(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(EXCEL_DIGITS));
}

/**
 * True when two numbers are one in Excel: they differ by at most one unit in the 15th
 * significant digit. A written midpoint needs 16 digits when the range's ends need 15, and a
 * program rounds it either way when it saves (R14); the user cannot see the difference.
 */
export function sameAsExcelShows(a: number, b: number): boolean {
  if (a === b) return true;
  const magnitude = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= 10 ** (Math.floor(Math.log10(magnitude)) - (EXCEL_DIGITS - 1));
}

/** The amount a spec states for a year, as written in the file. */
export function amountForYear(spec: AmountsSpec | undefined, year: number): Amount | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec === 'number' || isRangeSpec(spec)) return spec;
  return spec[String(year)];
}

function isRangeSpec(spec: AmountsSpec): spec is Amount {
  return typeof spec === 'object' && 'min' in spec && 'max' in spec && typeof spec.min === 'number';
}

/**
 * The spec with some years replaced: values come in the report's unit and are stored in
 * the node's stated unit, exactly (big.js). Years not edited keep what the file said,
 * ranges included; the result is by year, in the file's year order, or undefined when
 * no year is stated any more.
 */
export function editAmounts(
  spec: AmountsSpec | undefined,
  years: readonly number[],
  edits: ReadonlyMap<number, number | null>,
  reportUnit: Unit,
  statedUnit: Unit,
): AmountsSpec | undefined {
  if (edits.size === 0) return spec;
  const byYear: Record<string, Amount> = {};
  for (const year of years) {
    const edit = edits.get(year);
    const amount = edit === undefined ? amountForYear(spec, year) : edit === null ? undefined : convertUnit(edit, reportUnit, statedUnit);
    if (amount !== undefined) byYear[String(year)] = amount;
  }
  return Object.keys(byYear).length === 0 ? undefined : byYear;
}

/** The amount as stated for a diff: a number, a range, or null for "not stated". */
export function statedForDiff(amount: Amount | undefined): number | { min: number; max: number } | null {
  if (amount === undefined) return null;
  return isRange(amount) ? { min: amount.min, max: amount.max } : amount;
}

/**
 * A kind cell: the labels of either language. Blank counts as operating, as the sheet's
 * "Heraf drift" does (it sums every counted row whose type is not the capital label).
 */
export function readKind(text: string): { kind: Kind; known: boolean } {
  if (text.trim() === '') return { kind: 'operating', known: true };
  const kind = kindFromWord(text);
  return kind === undefined ? { kind: 'operating', known: false } : { kind, known: true };
}

/**
 * What the layout appended to a leaf's note (the span of a range, a unit conversion):
 * the written note cell minus the user's note and the ". " that joined them.
 */
export function generatedLeafNote(written: string, userNote: string | undefined): string {
  if (userNote === undefined || userNote === '') return written;
  if (written === userNote) return '';
  const joined = `${userNote}${noteJoiner(userNote)}`;
  return written.startsWith(joined) ? written.slice(joined.length) : '';
}

/**
 * The user's note in a leaf's note cell now: the generated part that was written is taken off
 * again. A note ending in a full stop is joined by a space, one without by ". ", so "Foo. Spænd…"
 * shows the same for "Foo" and "Foo.": the note as it was (`previous`) wins when it reads the same.
 */
export function userNoteOfLeaf(current: string, generated: string, previous = ''): string {
  const note = withoutGenerated(current, generated);
  return note !== previous && `${note}.` === previous ? previous : note;
}

function withoutGenerated(current: string, generated: string): string {
  if (generated === '') return current.trim();
  if (current === generated) return '';
  if (current.endsWith(`. ${generated}`)) return current.slice(0, -(generated.length + 2)).trim();
  if (current.endsWith(generated)) return current.slice(0, -generated.length).replace(/[;,\s]+$/, '');
  if (current.startsWith(generated)) return current.slice(generated.length).replace(/^[.;,\s]+/, '');
  // The generated text was edited or removed: the whole cell is the user's note.
  return current.trim();
}

/** The user's note in a frame row's note cell: the frame label written in front is taken off. */
export function userNoteOfFrame(current: string, labels: WorkbookLabels): string {
  if (current === labels.frame) return '';
  if (current.startsWith(`${labels.frame}. `)) return current.slice(labels.frame.length + 2).trim();
  return current.trim();
}
