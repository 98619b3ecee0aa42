/** Shared by the CSV tests: parse text as a file and write expected problems briefly. */
import { parseCsvDefinitions, type CsvOptions, type CsvResult } from '../../../../src/core/format/csv';
import type { MessageCode } from '../../../../src/core/i18n/catalog';
import type { Location, MessageParams, Problem } from '../../../../src/core/problems';

export function parseText(text: string, options: Partial<CsvOptions> = {}): CsvResult {
  return parseCsvDefinitions(new TextEncoder().encode(text), { fileName: 'budget.csv', ...options });
}

export function at(line: number, column?: string): Location {
  return column === undefined ? { kind: 'csv', line } : { kind: 'csv', line, column };
}

export function err(code: MessageCode, location: Location, params: MessageParams = {}): Problem {
  return { severity: 'error', code, location, params };
}

export function warn(code: MessageCode, location: Location, params: MessageParams = {}): Problem {
  return { severity: 'warning', code, location, params };
}

/** The document's shape, loosely typed for assertions. */
export interface Doc {
  years: number[];
  committees: Array<{ id: string; name: string }>;
  initiatives: Array<Record<string, unknown> & { lines?: Array<Record<string, unknown>> }>;
}

export function doc(result: CsvResult): Doc {
  if (result.document === undefined) throw new Error(`no document; problems: ${JSON.stringify(result.problems)}`);
  return result.document as Doc;
}

/** Lines joined with LF, for files written as a list of rows. */
export function rows(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
