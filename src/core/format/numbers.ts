/**
 * Numbers as people type them in CSV files (docs/format-csv.md, rules C6-C8).
 *
 * A semicolon or tab file comes from Danish Excel and writes `1.320,5`; a comma
 * file writes `1,320.5`. Parsing is strict: a malformed number is reported
 * rather than guessed at, because a budget figure read wrongly is worse than
 * one not read at all.
 */
import type { Amount } from './types';

/** `da`: `.` groups thousands and `,` is the decimal mark; `en`: the other way round. */
export type NumberStyle = 'da' | 'en';

/** Beyond this many significant digits a double no longer holds what was written. */
export const MAX_SIGNIFICANT_DIGITS = 15;

export type NumberFailure =
  /** Nothing but spaces. */
  | 'empty'
  /** Not a number at all (letters, stray signs, a separator with no digits, ...). */
  | 'invalid'
  /** Well formed in the other style, e.g. `1.32` in a Danish file; `example` has it rewritten. */
  | 'otherStyle'
  /** A thousands separator not followed by exactly three digits, or after the decimal mark. */
  | 'grouping'
  /** More than one decimal mark. */
  | 'decimals'
  /** Scientific notation such as `1e5`. */
  | 'exponent'
  /** More than MAX_SIGNIFICANT_DIGITS significant digits. */
  | 'tooPrecise'
  /** So large it is not a finite number. */
  | 'tooLarge';

export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: NumberFailure; example?: string };

export type AmountFailure = NumberFailure | 'range';

export type AmountCell =
  | { kind: 'blank' }
  | { kind: 'amount'; value: Amount }
  /** `text` is the offending part (one end of a range, or the whole cell). */
  | { kind: 'invalid'; reason: AmountFailure; text: string; example?: string };

interface Separators {
  decimal: string;
  group: string;
}

const SEPARATORS: Record<NumberStyle, Separators> = {
  da: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

// Hand-written per style (no RegExp built from strings): optional grouping in
// threes, or plain digits, then an optional decimal part.
const WELL_FORMED: Record<NumberStyle, RegExp> = {
  da: /^(\d+|\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/,
  en: /^(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/,
};

/** U+2212 is what Word and some Excel formats put in place of `-`. */
const MINUS_SIGNS = new Set(['-', '\u2212']);

/** Hyphen, en dash and em dash between two numbers make a range. */
const RANGE_DASHES = new Set(['-', '\u2013', '\u2014']);

const OTHER: Record<NumberStyle, NumberStyle> = { da: 'en', en: 'da' };

/** What a correct number looks like in each style, for messages. */
export const EXAMPLE_NUMBER: Record<NumberStyle, string> = { da: '1.320,5', en: '1,320.5' };
export const EXAMPLE_RANGE: Record<NumberStyle, string> = { da: '5,5-6,9', en: '5.5-6.9' };

function splitSign(text: string): { negative: boolean; body: string } {
  const first = text.charAt(0);
  return MINUS_SIGNS.has(first) ? { negative: true, body: text.slice(1) } : { negative: false, body: text };
}

/** Digits of the integer and fraction parts when `body` (no sign) is well formed in `style`. */
function wellFormed(body: string, style: NumberStyle): { integer: string; fraction: string } | undefined {
  const match = WELL_FORMED[style].exec(body);
  if (match === null) return undefined;
  const grouped = match[1] ?? '';
  return { integer: grouped.split(SEPARATORS[style].group).join(''), fraction: match[2] ?? '' };
}

function significantDigits(integer: string, fraction: string): number {
  const digits = (integer + fraction).replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Swaps `.` and `,` so a number written in the other style reads correctly in this one. */
function swapSeparators(text: string): string {
  return text.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
}

/** `1,5e3` written out (`1.500`), when that is short enough to be a helpful example. */
function writtenOut(negative: boolean, mantissa: string, exponent: string, style: NumberStyle): string {
  const parts = wellFormed(mantissa, style);
  if (parts === undefined) return EXAMPLE_NUMBER[style];
  const value = Number(`${negative ? '-' : ''}${parts.integer}${parts.fraction === '' ? '' : `.${parts.fraction}`}e${exponent}`);
  const plain = Number.isFinite(value) ? formatNumber(value, style) : '';
  return plain !== '' && plain.length <= 24 ? plain : EXAMPLE_NUMBER[style];
}

/**
 * Parses one number written in `style`. The value is built by `Number()` from
 * the canonical digit string, so `1.320,5` gives exactly the double nearest 1320.5.
 */
export function parseNumber(text: string, style: NumberStyle): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const { negative, body } = splitSign(trimmed);
  const parts = wellFormed(body, style);
  if (parts !== undefined) {
    if (significantDigits(parts.integer, parts.fraction) > MAX_SIGNIFICANT_DIGITS) return { ok: false, reason: 'tooPrecise' };
    const canonical = `${negative ? '-' : ''}${parts.integer}${parts.fraction === '' ? '' : `.${parts.fraction}`}`;
    const value = Number(canonical);
    if (!Number.isFinite(value)) return { ok: false, reason: 'tooLarge' };
    // -0 would survive into the document and differ from 0 under Object.is.
    return { ok: true, value: value === 0 ? 0 : value };
  }
  const { decimal, group } = SEPARATORS[style];
  const exponent = /^([\d.,]+)[eE]([-+]?\d+)$/.exec(body);
  if (exponent !== null && /\d/.test(exponent[1] ?? '')) return { ok: false, reason: 'exponent', example: writtenOut(negative, exponent[1] ?? '', exponent[2] ?? '', style) };
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return { ok: false, reason: 'invalid', example: EXAMPLE_NUMBER[style] };
  if (wellFormed(body, OTHER[style]) !== undefined) return { ok: false, reason: 'otherStyle', example: swapSeparators(trimmed) };
  if (count(body, decimal) > 1) return { ok: false, reason: 'decimals' };
  if (body.includes(group)) return { ok: false, reason: 'grouping', example: EXAMPLE_NUMBER[style] };
  return { ok: false, reason: 'invalid', example: EXAMPLE_NUMBER[style] };
}

/** Indices of dashes that separate the two ends of a range: a dash right after a digit (spaces allowed). */
function rangeDashes(text: string): number[] {
  const found: number[] = [];
  let lastNonSpace = '';
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (RANGE_DASHES.has(char) && /\d/.test(lastNonSpace)) found.push(i);
    if (char.trim() !== '') lastNonSpace = char;
  }
  return found;
}

function invalidPart(text: string, parsed: ParsedNumber & { ok: false }): AmountCell {
  return parsed.example === undefined
    ? { kind: 'invalid', reason: parsed.reason, text }
    : { kind: 'invalid', reason: parsed.reason, text, example: parsed.example };
}

/**
 * Parses a year cell: blank ("not stated"), a number, or a range `low-high`.
 * A leading minus is a sign, so `-1-2` is the range from -1 to 2 and `-2--1`
 * the range from -2 to -1; range order is left to the validator.
 */
export function parseAmountCell(text: string, style: NumberStyle): AmountCell {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'blank' };
  const dashes = rangeDashes(trimmed);
  if (dashes.length === 0) {
    const parsed = parseNumber(trimmed, style);
    return parsed.ok ? { kind: 'amount', value: parsed.value } : invalidPart(trimmed, parsed);
  }
  const dash = dashes[0];
  if (dashes.length > 1 || dash === undefined) return { kind: 'invalid', reason: 'range', text: trimmed, example: EXAMPLE_RANGE[style] };
  const lowText = trimmed.slice(0, dash).trim();
  const highText = trimmed.slice(dash + 1).trim();
  if (highText === '') return { kind: 'invalid', reason: 'range', text: trimmed, example: EXAMPLE_RANGE[style] };
  const low = parseNumber(lowText, style);
  if (!low.ok) return invalidPart(lowText, low);
  const high = parseNumber(highText, style);
  if (!high.ok) return invalidPart(highText, high);
  return { kind: 'amount', value: { min: low.value, max: high.value } };
}

/** `1.5e-7` → `0.00000015`, `1e21` → `1000000000000000000000`: the exact digits of the shortest form. */
function plainDigits(absolute: number): string {
  const shortest = String(absolute);
  const match = /^(\d+)(?:\.(\d+))?e([-+]\d+)$/.exec(shortest);
  if (match === null) return shortest;
  const integer = match[1] ?? '';
  const fraction = match[2] ?? '';
  const exponent = Number(match[3]);
  const digits = integer + fraction;
  const point = integer.length + exponent;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

function fixedDigits(absolute: number, decimals: number): string {
  if (absolute < 1e21) return absolute.toFixed(decimals);
  // toFixed switches to exponent notation from 1e21; such a number has no fraction digits.
  return decimals === 0 ? plainDigits(absolute) : `${plainDigits(absolute)}.${'0'.repeat(decimals)}`;
}

/**
 * Writes a number the way `parseNumber` reads it: `1.320,5` (da) or `1,320.5` (en),
 * with thousands grouped and an ASCII minus. Without `decimals` it writes the
 * shortest digits that read back as the same double.
 */
export function formatNumber(value: number, style: NumberStyle, decimals?: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`formatNumber: not a finite number: ${value}`);
  const digits = decimals === undefined ? plainDigits(Math.abs(value)) : fixedDigits(Math.abs(value), decimals);
  const [integer = '', fraction] = digits.split('.');
  const { decimal, group } = SEPARATORS[style];
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, group);
  const isZero = /^[0.]*$/.test(digits);
  const sign = value < 0 && !isZero ? '-' : '';
  return fraction === undefined ? sign + grouped : `${sign}${grouped}${decimal}${fraction}`;
}
