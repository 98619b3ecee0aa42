/**
 * The flat CSV form of initiative definitions (docs/format-csv.md, rules C1-C17).
 *
 * A CSV file is converted into the JSON document of format v1 (./types) plus a
 * locator, so the validator — which only knows JSON — can report its problems at
 * CSV lines and columns. This module reports only what is specific to CSV:
 * encoding, layout, headers and cells it cannot read. Everything about the
 * meaning of the document (range order, absurd amounts, empty lists) is left to
 * the validator, which sees the document this returns.
 *
 * The stages, each returning its own problems: ./csv/records (text → records),
 * ./csv/header (the columns), ./csv/rows (the cells), ./csv/document (the document).
 */
import { error, warning, type Locator, type Problem } from '../problems';
import { buildDocument, wholeFile, type CsvOptions } from './csv/document';
import { hasRequiredColumns, readHeader } from './csv/header';
import { detectDelimiter, isBlank, quoteProblem, tokenise, type CsvDelimiter } from './csv/records';
import { readRow, type Row } from './csv/rows';
import { decodeText, isPlainText, type TextEncodingName } from './encoding';
import type { NumberStyle } from './numbers';

export { titleFromFileName, type CsvOptions } from './csv/document';
export type { CsvDelimiter } from './csv/records';

export interface CsvResult {
  /**
   * A JSON document of format v1 for the validator; undefined only when the file
   * cannot be read as a table with the required columns. Rows and cells with
   * problems are left out of it, so callers must not use it when `problems`
   * holds errors.
   */
  document: unknown;
  problems: Problem[];
  /** Maps a JSON path in `document` to a CSV line (and column, where there is one). */
  locate: Locator;
  encoding?: TextEncodingName;
  delimiter?: CsvDelimiter;
}

/** Reads a CSV file of initiative definitions; see docs/format-csv.md. */
export function parseCsvDefinitions(bytes: Uint8Array, options: CsvOptions): CsvResult {
  const { text: decoded, encoding } = decodeText(bytes);
  if (!isPlainText(decoded)) return { document: undefined, problems: [error('csvNotText', wholeFile())], locate: wholeFile, encoding };
  // Physical lines end in CRLF, LF or a lone CR (old Mac Excel); with one kind of
  // break, counting "\n" counts lines, also inside quoted cells.
  const text = decoded.replace(/\r\n?/g, '\n');
  const sepLine = /^sep=([;,\t])(?:\n|$)/i.exec(text);
  const delimiter = (sepLine?.[1] as CsvDelimiter | undefined) ?? detectDelimiter(text, sepLine === null ? 0 : sepLine[0].length);
  const style: NumberStyle = delimiter === ',' ? 'en' : 'da';
  const records = tokenise(text, delimiter).filter((r) => !(sepLine !== null && r.line === 1));
  const headerAt = records.findIndex((r) => !isBlank(r.cells) || r.quotes.length > 0);
  const headerRecord = records[headerAt];
  if (headerRecord === undefined) return { document: undefined, problems: [error('csvEmpty', wholeFile())], locate: wholeFile, encoding, delimiter };
  const header = readHeader(headerRecord);
  const { columns } = header;
  const problems: Problem[] = [...header.problems, ...headerRecord.quotes.map((quote) => quoteProblem(quote, columns.headers))];

  const rows: Row[] = [];
  const unnamedWithData = new Set<number>();
  for (const record of records.slice(headerAt + 1)) {
    if (isBlank(record.cells) && record.quotes.length === 0) continue;
    const reading = readRow(record, columns, style);
    problems.push(...reading.problems);
    for (const index of reading.unnamedWithData) unnamedWithData.add(index);
    if (reading.row !== undefined) rows.push(reading.row);
  }
  for (const index of columns.unnamed) {
    if (unnamedWithData.has(index)) problems.push(warning('csvUnnamedColumn', { kind: 'csv', line: columns.line }, { index: index + 1 }));
  }

  if (!hasRequiredColumns(columns)) return { document: undefined, problems: sortByLine(problems), locate: wholeFile, encoding, delimiter };
  const built = buildDocument(rows, columns, options);
  return { document: built.document, problems: sortByLine([...problems, ...built.problems]), locate: built.locate, encoding, delimiter };
}

/** Header problems first (they explain the rest), then by line, keeping each line's order. */
function sortByLine(problems: Problem[]): Problem[] {
  const lineOf = (p: Problem): number => (p.location.kind === 'csv' ? p.location.line : 0);
  return problems.map((p, i) => ({ p, i })).sort((a, b) => lineOf(a.p) - lineOf(b.p) || a.i - b.i).map(({ p }) => p);
}
