/**
 * Turning the user's values into message parameters. Parameters are shared by
 * both languages, so values are shown the way the file spells them (JSON),
 * which reads the same in Danish and English.
 */

import { LIST_SEPARATOR } from '../i18n/quotes';

const MAX_SHOWN_CHARS = 40;

/** A user's text cut to a length that fits in a message. */
export function clip(text: string): string {
  return text.length <= MAX_SHOWN_CHARS ? text : `${text.slice(0, MAX_SHOWN_CHARS - 1)}…`;
}

/** A value as the file spells it: `"abc"`, `12`, `true`, `null`, `{…}`, `[…]`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : '[…]';
  if (typeof value === 'object') return Object.keys(value).length === 0 ? '{}' : '{…}';
  // What JSON cannot hold (undefined, functions, symbols, bigints): named by its type.
  return value === undefined ? 'undefined' : typeof value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** Optimal string alignment distance: Levenshtein plus swapped neighbours ("ammounts", "titel"). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * Danish staff often write the field names in Danish; pointing them to the
 * English name beats a list of all fields.
 */
const DANISH_FIELD_NAMES: Readonly<Record<string, string>> = {
  titel: 'title',
  overskrift: 'title',
  udvalg: 'committee',
  udvalgene: 'committees',
  initiativer: 'initiatives',
  navn: 'name',
  nummer: 'number',
  nr: 'number',
  art: 'kind',
  type: 'kind',
  bemærkning: 'note',
  enhed: 'unit',
  beløb: 'amounts',
  beloeb: 'amounts',
  linjer: 'lines',
  ramme: 'frame',
  pulje: 'frame',
  år: 'years',
  aar: 'years',
  prisniveau: 'priceLevel',
  pl: 'priceLevel',
  version: 'formatVersion',
};

/**
 * The allowed field name the user most likely meant, or undefined when nothing
 * is close: the same name in another case, a Danish name, or a small typo.
 */
export function suggestField(wrong: string, allowed: readonly string[]): string | undefined {
  const danish = DANISH_FIELD_NAMES[wrong.toLowerCase()];
  if (danish !== undefined && allowed.includes(danish)) return danish;
  return closest(wrong, allowed);
}

/** The candidate nearest to `wrong` ignoring case, if it is only a typo away. */
export function closest(wrong: string, candidates: Iterable<string>): string | undefined {
  const lower = wrong.toLowerCase();
  // Short names are too easily "close" to everything; allow one edit per four characters.
  const budget = Math.min(2, Math.floor(lower.length / 4));
  let best: string | undefined;
  let bestDistance = budget + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * `a, b, c`: a list of names as a message parameter, the same in both languages; the
 * message's `{name:list}` placeholder quotes each name in the reader's language.
 */
export function nameList(names: readonly string[], max = 12): string {
  const shown = names.slice(0, max).map(clip);
  return [...shown, ...(names.length > max ? ['…'] : [])].join(LIST_SEPARATOR);
}
