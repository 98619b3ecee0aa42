/**
 * CSV stage 1 (docs/format-csv.md, C1-C3): the text split into records with the physical line
 * each starts on, the delimiter, and the quote problems of each record.
 */
import { Parser, type ParseError, type ParseStepResult } from 'papaparse';
import { error, type Problem } from '../../problems';

export type CsvDelimiter = ';' | ',' | '\t';

export interface QuoteProblem {
  code: 'csvUnterminatedQuote' | 'csvMalformedQuote';
  line: number;
  cell: number;
}

export interface CsvRecord {
  cells: string[];
  /** The physical line the record starts on, 1-based. */
  line: number;
  /** Quote problems of this record; a record with any is left out. */
  quotes: QuoteProblem[];
}

export function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** The delimiter used most often outside quotes on the first non-blank line; `;` on a tie or none (C2). */
export function detectDelimiter(text: string, from: number): CsvDelimiter {
  let start = from;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const lineEnd = end === -1 ? text.length : end;
    if (text.slice(start, lineEnd).trim() !== '') break;
    start = lineEnd + 1;
  }
  const counts: Record<CsvDelimiter, number> = { ';': 0, '\t': 0, ',': 0 };
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (!quoted) {
      if (c === '\n') break;
      if (c === ';' || c === '\t' || c === ',') counts[c] += 1;
    }
  }
  let best: CsvDelimiter = ';';
  for (const candidate of [';', '\t', ','] as const) if (counts[candidate] > counts[best]) best = candidate;
  return best;
}

/** 1-based line of each offset, from the offsets where lines start. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/**
 * Splits the text into records with papaparse's tokeniser, noting the line each
 * record starts on: a quoted cell may hold line breaks, so record number and
 * line number differ.
 */
export function tokenise(text: string, delimiter: CsvDelimiter): CsvRecord[] {
  const lineAt = lineIndex(text);
  const records: CsvRecord[] = [];
  let start = 0;
  const parser = new Parser({
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    step: (result: ParseStepResult<unknown>) => {
      // The bare Parser (unlike Papa.parse) hands each step an array holding the one row.
      const rows = result.data as string[][];
      for (const cells of rows) {
        records.push({ cells, line: lineAt(start), quotes: quoteProblems(result.errors, text, start, delimiter, lineAt) });
      }
      start = result.meta.cursor;
    },
  });
  parser.parse(text, 0, false);
  return records;
}

/**
 * A malformed quote (`"B" og C`) and an unterminated one, at the cell they
 * start in. Papaparse keeps reading a malformed cell until some later quote
 * closes it, so one mistake may give both; both are reported, the cause first.
 */
function quoteProblems(errors: readonly ParseError[], text: string, recordStart: number, delimiter: CsvDelimiter, lineAt: (offset: number) => number): QuoteProblem[] {
  const found: QuoteProblem[] = [];
  for (const [papaCode, code] of [
    ['InvalidQuotes', 'csvMalformedQuote'],
    ['MissingQuotes', 'csvUnterminatedQuote'],
  ] as const) {
    const problem = errors.find((e) => e.code === papaCode);
    if (problem === undefined) continue;
    // Papaparse's index is just after the cell's opening quote.
    const openingQuote = Math.max(recordStart, (problem.index ?? recordStart + 1) - 1);
    found.push({ code, line: lineAt(openingQuote), cell: cellIndexAt(text, recordStart, openingQuote, delimiter) });
  }
  return found;
}

/** Which cell of the record starting at `recordStart` the offset is in; quotes before it are well formed. */
function cellIndexAt(text: string, recordStart: number, offset: number, delimiter: CsvDelimiter): number {
  let cell = 0;
  let quoted = false;
  for (let i = recordStart; i < offset; i++) {
    const c = text.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) cell += 1;
  }
  return cell;
}

export function quoteProblem(quote: QuoteProblem, headers: readonly string[]): Problem {
  const header = headers[quote.cell];
  return error(quote.code, header === undefined || header === '' ? { kind: 'csv', line: quote.line } : { kind: 'csv', line: quote.line, column: header });
}
