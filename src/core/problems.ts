/**
 * Problems in the user's input are data, not exceptions: every parser and
 * validator returns all of them at once, each with a location and a code that
 * the message catalogue (src/core/i18n) turns into a sentence in the user's language.
 */
import type { MessageCode } from './i18n/catalog';

export type Severity = 'error' | 'warning';

/** A step in a JSON path: a property name or an array index. */
export type PathSegment = string | number;

export type Location =
  /** Somewhere in a JSON document, e.g. ["initiatives", 3, "amounts", "2021"]. */
  | { kind: 'json'; path: PathSegment[] }
  /** A CSV cell or row: 1-based line number; the column as its header text. */
  | { kind: 'csv'; line: number; column?: string }
  /** The input as a whole (e.g. "not JSON"). */
  | { kind: 'file' };

/** Parameters interpolated into a message; kept primitive so problems serialise. */
export type MessageParams = Readonly<Record<string, string | number>>;

export interface Problem {
  severity: Severity;
  code: MessageCode;
  location: Location;
  params: MessageParams;
}

/**
 * Maps a JSON path in a document to where the user should look. A CSV parser
 * supplies one so the validator's JSON-path problems point at CSV lines and columns.
 */
export type Locator = (path: readonly PathSegment[]) => Location;

export const jsonLocator: Locator = (path) => ({ kind: 'json', path: [...path] });

export function error(code: MessageCode, location: Location, params: MessageParams = {}): Problem {
  return { severity: 'error', code, location, params };
}

export function warning(code: MessageCode, location: Location, params: MessageParams = {}): Problem {
  return { severity: 'warning', code, location, params };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** `initiatives[3].amounts.2021`: the form users see and docs/format.md uses. */
export function formatJsonPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out === '' ? '(root)' : out;
}

/** The steps of a path formatJsonPath wrote (`initiatives[3].lines[0]` → ["initiatives", 3, "lines", 0]). */
export function parseJsonPath(text: string): PathSegment[] {
  if (text === '(root)') return [];
  return [...text.matchAll(/\[(\d+)\]|\.?([^.[\]]+)/g)].map((match) => (match[1] === undefined ? (match[2] ?? '') : Number(match[1])));
}
