/**
 * How Excel interprets a value written to `Range.values`/`Range.formulas` (and what a user types):
 * the same parser as cell entry in the UI, en-US. See the package README.md for the exact rules.
 */
import { ERROR_LITERALS, normalizeTokens, parseFormula, untokenize } from './formula/tokens';

export class XlError {
  /** `detail` is only used for the double's own "cannot emulate" marker. */
  constructor(
    readonly code: string,
    readonly detail?: string,
  ) {}
}

/** Code of the marker stored when HyperFormula cannot evaluate a formula Excel accepts. */
export const UNSUPPORTED = '#DOUBLE-UNSUPPORTED';

export type Scalar = number | string | boolean | XlError | null;

export type ParsedInput =
  | { kind: 'skip' }
  | { kind: 'clear' }
  | { kind: 'value'; value: Exclude<Scalar, null>; quotePrefix: boolean; formatHint?: string }
  | { kind: 'formula'; formula: string }
  | { kind: 'invalid'; reason: string };

const NUMBER = /^(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;

/** Parses an en-US number as typed (`1,234.5`, `.5`, `1e3`, `12%`). Returns null if not a number. */
export function parseTypedNumber(text: string): { value: number; formatHint?: string } | null {
  let t = text.trim();
  let sign = 1;
  if (t.startsWith('-')) {
    sign = -1;
    t = t.slice(1);
  } else if (t.startsWith('+')) {
    t = t.slice(1);
  }
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1);
  }
  if (t === '' || t === '.' || !NUMBER.test(t) || !/\d/.test(t)) return null;
  const grouped = t.includes(',');
  const decimals = /\.(\d+)/.exec(t)?.[1]?.length ?? 0;
  let value = sign * Number(t.replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  if (percent) {
    value = value / 100;
    return { value, formatHint: decimals > 0 ? '0.00%' : '0%' };
  }
  if (grouped) return { value, formatHint: decimals > 0 ? '#,##0.00' : '#,##0' };
  return { value };
}

/** Normalises and validates a formula string (`=...`). Returns the stored text or null if Excel would reject it. */
export function normalizeFormula(formula: string): string | null {
  const parsed = parseFormula(formula);
  if ('error' in parsed) return null;
  return '=' + untokenize(normalizeTokens(parsed.tokens));
}

/**
 * @param raw what the caller wrote (values/formulas element or typed text)
 * @param cellFormat the cell's current number format; `@` (Text) stores strings verbatim
 */
export function parseInput(raw: unknown, cellFormat: string | undefined): ParsedInput {
  if (raw === null || raw === undefined) return { kind: 'skip' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { kind: 'invalid', reason: 'Numbers must be finite' };
    return { kind: 'value', value: raw, quotePrefix: false };
  }
  if (typeof raw === 'boolean') return { kind: 'value', value: raw, quotePrefix: false };
  if (typeof raw !== 'string') return { kind: 'invalid', reason: `Unsupported cell value of type ${typeof raw}` };
  if (raw === '') return { kind: 'clear' };
  // Excel's limits: 32,767 characters of text per cell, 8,192 characters per formula.
  if (raw.length > 32767) return { kind: 'invalid', reason: 'A cell can hold at most 32,767 characters.' };
  if (raw.startsWith('=') && raw.length > 8192) return { kind: 'invalid', reason: 'A formula can have at most 8,192 characters.' };
  if (cellFormat === '@') return { kind: 'value', value: raw, quotePrefix: false };
  if (raw.startsWith("'")) return { kind: 'value', value: raw.slice(1), quotePrefix: true };
  if (raw.startsWith('=')) {
    const f = normalizeFormula(raw);
    return f === null ? { kind: 'invalid', reason: `Invalid formula: ${raw}` } : { kind: 'formula', formula: f };
  }
  const num = parseTypedNumber(raw);
  if (raw.startsWith('-') && num !== null) {
    return num.formatHint === undefined
      ? { kind: 'value', value: num.value, quotePrefix: false }
      : { kind: 'value', value: num.value, quotePrefix: false, formatHint: num.formatHint };
  }
  if (raw.startsWith('+') || raw.startsWith('-')) {
    // Lotus-style entry: "+A1" / "-A1" / "+5" are formulas ("=+A1"); text that is not a formula stays text.
    const f = normalizeFormula('=' + raw);
    return f === null ? { kind: 'value', value: raw, quotePrefix: false } : { kind: 'formula', formula: f };
  }
  if (num !== null) {
    return num.formatHint === undefined
      ? { kind: 'value', value: num.value, quotePrefix: false }
      : { kind: 'value', value: num.value, quotePrefix: false, formatHint: num.formatHint };
  }
  if (/^(TRUE|FALSE)$/i.test(raw)) return { kind: 'value', value: raw.toUpperCase() === 'TRUE', quotePrefix: false };
  const err = ERROR_LITERALS.find((e) => e === raw.toUpperCase());
  if (err !== undefined) return { kind: 'value', value: new XlError(err), quotePrefix: false };
  return { kind: 'value', value: raw, quotePrefix: false };
}
