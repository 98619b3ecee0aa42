/**
 * CSV stage 2 (docs/format-csv.md, C4-C5): the header row names the columns that are read,
 * and the year columns.
 */
import { error, warning, type Location, type Problem } from '../../problems';
import type { CsvRecord } from './records';

export type Field = 'committee' | 'number' | 'title' | 'line' | 'kind' | 'funding' | 'chosen' | 'note' | 'unit';

/** Header names by field, compared lowercased with spaces collapsed (C4). */
const FIELD_NAMES: ReadonlyArray<readonly [Field, readonly string[]]> = [
  ['committee', ['udvalg', 'committee']],
  ['number', ['nr.', 'nr', 'number']],
  ['title', ['emne', 'initiative']],
  ['line', ['linje', 'line']],
  ['kind', ['type', 'kind']],
  ['funding', ['finansiering', 'funding']],
  ['chosen', ['med', 'include']],
  ['note', ['bemærkning', 'note']],
  ['unit', ['enhed', 'unit']],
];

const REQUIRED: ReadonlyArray<{ field: Field; column: string; alt: string }> = [
  { field: 'committee', column: 'Udvalg', alt: 'Committee' },
  { field: 'title', column: 'Emne', alt: 'Initiative' },
];

/** A header that is a year, or a word or two and then a year: "2021", "Beløb 2021" (C5). */
const YEAR_HEADER = /^(?:[\p{L}.]+\s+)*(\d+)$/u;

export interface YearColumn {
  index: number;
  year: number;
  header: string;
}

export interface Columns {
  line: number;
  headers: string[];
  fields: Partial<Record<Field, number>>;
  years: YearColumn[];
  /** Columns without a header; blank ones are just Excel's used range. */
  unnamed: number[];
  /** The columns that are read, left to right. */
  order: Array<{ index: number; role: Field | YearColumn }>;
}

function headerKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** True when the header has every column a document needs (Udvalg and Emne). */
export function hasRequiredColumns(columns: Columns): boolean {
  return REQUIRED.every((r) => columns.fields[r.field] !== undefined);
}

export function readHeader(record: CsvRecord): { columns: Columns; problems: Problem[] } {
  const headers = record.cells.map((c) => c.trim());
  const columns: Columns = { line: record.line, headers, fields: {}, years: [], unnamed: [], order: [] };
  const problems: Problem[] = [];
  const at = (column: string): Location => ({ kind: 'csv', line: record.line, column });
  headers.forEach((header, index) => {
    if (header === '') {
      columns.unnamed.push(index);
      return;
    }
    const field = FIELD_NAMES.find(([, names]) => names.includes(headerKey(header)))?.[0];
    if (field !== undefined) {
      const first = columns.fields[field];
      if (first === undefined) {
        columns.fields[field] = index;
        columns.order.push({ index, role: field });
      } else problems.push(error('csvDuplicateColumn', at(header), { column: header, first: headers[first] ?? '' }));
      return;
    }
    const problem = readYearColumn(columns, header, index);
    if (problem !== undefined) problems.push(problem);
  });
  for (const required of REQUIRED) {
    if (columns.fields[required.field] === undefined) {
      problems.push(error('csvMissingColumn', { kind: 'csv', line: record.line }, { column: required.column, alt: required.alt }));
    }
  }
  if (columns.years.length === 0) problems.push(error('csvNoYearColumns', { kind: 'csv', line: record.line }));
  return { columns, problems };
}

/** Adds a header that names a year to the columns read, or says why it is not one. */
function readYearColumn(columns: Columns, header: string, index: number): Problem | undefined {
  const at: Location = { kind: 'csv', line: columns.line, column: header };
  const year = YEAR_HEADER.exec(header)?.[1];
  if (year === undefined) return warning('csvUnknownColumn', at, { column: header });
  if (!/^[1-9]\d{3}$/.test(year)) return error('csvBadYearColumn', at, { column: header });
  const first = columns.years.find((y) => y.year === Number(year));
  if (first !== undefined) return error('csvDuplicateYearColumn', at, { column: header, year, first: first.header });
  const column = { index, year: Number(year), header };
  columns.years.push(column);
  columns.order.push({ index, role: column });
  return undefined;
}
