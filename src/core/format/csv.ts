/**
 * The flat CSV form of initiative definitions (docs/format-csv.md, rules C1-C17).
 *
 * A CSV file is converted into the JSON document of format v1 (./types) plus a
 * locator, so the validator — which only knows JSON — can report its problems at
 * CSV lines and columns. This module reports only what is specific to CSV:
 * encoding, layout, headers and cells it cannot read. Everything about the
 * meaning of the document (range order, absurd amounts, empty lists) is left to
 * the validator, which sees the document this returns.
 */
import { Parser, type ParseError, type ParseStepResult } from 'papaparse';
import { error, warning, type Location, type Locator, type PathSegment, type Problem } from '../problems';
import { decodeText, isPlainText, type TextEncodingName } from './encoding';
import { MAX_SIGNIFICANT_DIGITS, parseAmountCell, type AmountCell, type NumberStyle } from './numbers';
import { chosenFromWord, fundingFromWord, kindFromWord } from './kinds';
import { restoreNeutralised } from './text';
import type { Amount, Funding, Kind, Unit } from './types';

export interface CsvOptions {
  /** The file's name; without `title`, the document's title is this name without its extension. */
  fileName: string;
  title?: string;
  /** The document's unit; defaults to "mio. kr.". */
  unit?: Unit;
  priceLevel?: string;
}

export type CsvDelimiter = ';' | ',' | '\t';

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

type Field = 'committee' | 'number' | 'title' | 'line' | 'kind' | 'funding' | 'chosen' | 'note' | 'unit';

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

/** Units by their letters alone, so `mio.kr.`, `mio kr` and `Mio. kr.` are all "mio. kr." (C10). */
const UNIT_WORDS: Readonly<Record<string, Unit>> = { kr: 'kr.', tkr: 't.kr.', miokr: 'mio. kr.' };

const DEFAULT_UNIT: Unit = 'mio. kr.';

/** A header that is a year, or a word or two and then a year: "2021", "Beløb 2021" (C5). */
const YEAR_HEADER = /^(?:[\p{L}.]+\s+)*(\d+)$/u;

/** A fresh object each time, since callers may adjust the locations they get. */
const wholeFile = (): Location => ({ kind: 'file' });

interface QuoteProblem {
  code: 'csvUnterminatedQuote' | 'csvMalformedQuote';
  line: number;
  cell: number;
}

interface CsvRecord {
  cells: string[];
  /** The physical line the record starts on, 1-based. */
  line: number;
  /** Quote problems of this record; a record with any is left out. */
  quotes: QuoteProblem[];
}

interface YearColumn {
  index: number;
  year: number;
  header: string;
}

interface Columns {
  line: number;
  headers: string[];
  fields: Partial<Record<Field, number>>;
  years: YearColumn[];
  /** Columns without a header; blank ones are just Excel's used range. */
  unnamed: number[];
  /** The columns that are read, left to right. */
  order: Array<{ index: number; role: Field | YearColumn }>;
}

interface Row {
  line: number;
  committee: string;
  title: string;
  number?: string;
  lineTitle?: string;
  kind?: Kind;
  /** The word as written, for messages, and what it means. */
  funding?: { word: string; value: Funding };
  /** Med: false for Nej; absent (blank) means chosen. */
  chosen?: boolean;
  note?: string;
  unit?: Unit;
  amounts: Array<{ year: YearColumn; amount: Amount }>;
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
  const problems: Problem[] = [];
  const headerAt = records.findIndex((r) => !isBlank(r.cells) || r.quotes.length > 0);
  const headerRecord = records[headerAt];
  if (headerRecord === undefined) return { document: undefined, problems: [error('csvEmpty', wholeFile())], locate: wholeFile, encoding, delimiter };
  const columns = readHeader(headerRecord, problems);
  for (const quote of headerRecord.quotes) problems.push(quoteProblem(quote, columns.headers));

  const rows: Row[] = [];
  const unnamedWithData = new Set<number>();
  for (const record of records.slice(headerAt + 1)) {
    if (isBlank(record.cells) && record.quotes.length === 0) continue;
    const row = readRow(record, columns, style, problems, unnamedWithData);
    if (row !== undefined) rows.push(row);
  }
  for (const index of columns.unnamed) {
    if (unnamedWithData.has(index)) problems.push(warning('csvUnnamedColumn', { kind: 'csv', line: columns.line }, { index: index + 1 }));
  }

  const missing = REQUIRED.filter((r) => columns.fields[r.field] === undefined);
  if (missing.length > 0) return { document: undefined, problems: sortByLine(problems), locate: wholeFile, encoding, delimiter };
  const { document, locate } = buildDocument(rows, columns, options, problems);
  return { document, problems: sortByLine(problems), locate, encoding, delimiter };
}

/** Header problems first (they explain the rest), then by line, keeping each line's order. */
function sortByLine(problems: Problem[]): Problem[] {
  const lineOf = (p: Problem): number => (p.location.kind === 'csv' ? p.location.line : 0);
  return problems.map((p, i) => ({ p, i })).sort((a, b) => lineOf(a.p) - lineOf(b.p) || a.i - b.i).map(({ p }) => p);
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** The delimiter used most often outside quotes on the first non-blank line; `;` on a tie or none (C2). */
function detectDelimiter(text: string, from: number): CsvDelimiter {
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
function tokenise(text: string, delimiter: CsvDelimiter): CsvRecord[] {
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

function quoteProblem(quote: QuoteProblem, headers: readonly string[]): Problem {
  const header = headers[quote.cell];
  return error(quote.code, header === undefined || header === '' ? { kind: 'csv', line: quote.line } : { kind: 'csv', line: quote.line, column: header });
}

function headerKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function readHeader(record: CsvRecord, problems: Problem[]): Columns {
  const headers = record.cells.map((c) => c.trim());
  const columns: Columns = { line: record.line, headers, fields: {}, years: [], unnamed: [], order: [] };
  const at = (column: string): Location => ({ kind: 'csv', line: record.line, column });
  headers.forEach((header, index) => {
    if (header === '') {
      columns.unnamed.push(index);
      return;
    }
    const key = headerKey(header);
    const field = FIELD_NAMES.find(([, names]) => names.includes(key))?.[0];
    if (field !== undefined) {
      const first = columns.fields[field];
      if (first === undefined) {
        columns.fields[field] = index;
        columns.order.push({ index, role: field });
      } else problems.push(error('csvDuplicateColumn', at(header), { column: header, first: headers[first] ?? '' }));
      return;
    }
    const year = YEAR_HEADER.exec(header)?.[1];
    if (year === undefined) {
      problems.push(warning('csvUnknownColumn', at(header), { column: header }));
      return;
    }
    if (!/^[1-9]\d{3}$/.test(year)) {
      problems.push(error('csvBadYearColumn', at(header), { column: header }));
      return;
    }
    const first = columns.years.find((y) => y.year === Number(year));
    if (first !== undefined) problems.push(error('csvDuplicateYearColumn', at(header), { column: header, year, first: first.header }));
    else {
      const column = { index, year: Number(year), header };
      columns.years.push(column);
      columns.order.push({ index, role: column });
    }
  });
  for (const required of REQUIRED) {
    if (columns.fields[required.field] === undefined) {
      problems.push(error('csvMissingColumn', { kind: 'csv', line: record.line }, { column: required.column, alt: required.alt }));
    }
  }
  if (columns.years.length === 0) problems.push(error('csvNoYearColumns', { kind: 'csv', line: record.line }));
  return columns;
}

function parseKind(text: string): Kind | undefined {
  return kindFromWord(text);
}

function parseUnit(text: string): Unit | undefined {
  return UNIT_WORDS[text.toLowerCase().replace(/[\s.]/g, '')];
}

function amountProblem(cell: AmountCell & { kind: 'invalid' }, style: NumberStyle, at: Location): Problem {
  const separators = style === 'da' ? { decimal: ',', group: '.' } : { decimal: '.', group: ',' };
  const example = cell.example ?? '';
  switch (cell.reason) {
    case 'otherStyle':
      return error(style === 'da' ? 'csvNumberUseComma' : 'csvNumberUsePoint', at, { text: cell.text, example });
    case 'grouping':
      return error('csvNumberGrouping', at, { text: cell.text, separator: separators.group, example });
    case 'decimals':
      return error('csvNumberDecimals', at, { text: cell.text, separator: separators.decimal });
    case 'exponent':
      return error('csvNumberExponent', at, { text: cell.text, example });
    case 'tooPrecise':
      return error('csvNumberTooPrecise', at, { text: cell.text, max: MAX_SIGNIFICANT_DIGITS });
    case 'tooLarge':
      return error('csvNumberTooLarge', at, { text: cell.text });
    case 'range':
      return error('csvRangeForm', at, { text: cell.text, example });
    case 'empty':
    case 'invalid':
      return error('csvNumberInvalid', at, { text: cell.text, example });
  }
}

/**
 * Checks every cell of a data row, reporting what cannot be read; returns the
 * row for the document unless it is unusable as a whole (C3, C6-C11).
 */
function readRow(record: CsvRecord, columns: Columns, style: NumberStyle, problems: Problem[], unnamedWithData: Set<number>): Row | undefined {
  if (record.quotes.length > 0) {
    for (const quote of record.quotes) problems.push(quoteProblem(quote, columns.headers));
    return undefined;
  }
  const { cells, line } = record;
  if (cells.length > columns.headers.length) {
    // Excel writes every row as wide as the widest, header included, so a wider
    // row has shifted cells (an unquoted delimiter in a text) even when the
    // cells beyond the header are blank: its amounts may sit under the wrong year.
    problems.push(error('csvTooManyCells', { kind: 'csv', line }, { cells: cells.length, expected: columns.headers.length }));
    return undefined;
  }
  for (const index of columns.unnamed) if ((cells[index] ?? '').trim() !== '') unnamedWithData.add(index);

  const row: Row = { line, committee: '', title: '', amounts: [] };
  let usable = columns.fields.committee !== undefined && columns.fields.title !== undefined;
  // Column by column, so a row's problems read in the order of its cells.
  for (const { index, role } of columns.order) {
    const header = columns.headers[index] ?? '';
    const at: Location = { kind: 'csv', line, column: header };
    const trimmed = (cells[index] ?? '').trim();
    if (typeof role === 'object') {
      const parsed = parseAmountCell(trimmed, style);
      if (parsed.kind === 'invalid') problems.push(amountProblem(parsed, style, at));
      else if (parsed.kind === 'amount') row.amounts.push({ year: role, amount: parsed.value });
      continue;
    }
    // A text our export made safe to open ('=…) reads back as it was (C16).
    const text = restoreNeutralised(trimmed);
    if (text === '') {
      if (role === 'committee' || role === 'title') {
        usable = false;
        problems.push(error('csvMissingValue', at, { column: header }));
      }
      continue;
    }
    switch (role) {
      case 'committee':
      case 'title':
        row[role] = text;
        break;
      case 'number':
        row.number = text;
        break;
      case 'line':
        row.lineTitle = text;
        break;
      case 'note':
        row.note = text;
        break;
      case 'kind': {
        const kind = parseKind(text);
        if (kind === undefined) problems.push(error('csvUnknownKind', at, { text }));
        else row.kind = kind;
        break;
      }
      case 'funding': {
        const funding = fundingFromWord(text);
        if (funding === undefined) problems.push(error('csvUnknownFunding', at, { text }));
        else row.funding = { word: text, value: funding };
        break;
      }
      case 'chosen': {
        const chosen = chosenFromWord(text);
        if (chosen === undefined) problems.push(error('csvUnknownChoice', at, { text }));
        else if (!chosen) row.chosen = false;
        break;
      }
      case 'unit': {
        const unit = parseUnit(text);
        if (unit === undefined) problems.push(error('csvUnknownUnit', at, { text }));
        else row.unit = unit;
        break;
      }
    }
  }
  return usable ? row : undefined;
}

/** Lowercase ASCII letters, digits and "_", starting with a letter (C12). */
function slug(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (ascii === '') return 'u';
  return /^[a-z]/.test(ascii) ? ascii : `u_${ascii}`;
}

function unique(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
  used.add(id);
  return id;
}

/** Rows are the same committee or initiative when their names differ only in case and spacing (C11). */
function sameKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The title from the file name: no folders, no extension (C13). */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return stem === '' ? fileName : stem;
}

interface Group {
  committeeId: string;
  title: string;
  first: Row;
  /** The row without a line, carrying the initiative's own number, kind, note, unit and amounts. */
  carrier?: Row;
  lines: Row[];
}

function pathKey(path: readonly PathSegment[]): string {
  return path.map(String).join('\u0000');
}

/** Groups rows into committees and initiatives and writes the document with a location for each part (C11-C14). */
function buildDocument(rows: readonly Row[], columns: Columns, options: CsvOptions, problems: Problem[]): { document: unknown; locate: Locator } {
  const locations = new Map<string, Location>();
  const place = (path: readonly PathSegment[], line: number, index?: number): void => {
    const column = index === undefined ? undefined : columns.headers[index];
    locations.set(pathKey(path), column === undefined ? { kind: 'csv', line } : { kind: 'csv', line, column });
  };
  const { fields } = columns;

  const committees: Array<{ id: string; name: string }> = [];
  const committeeIds = new Map<string, string>();
  const usedCommitteeIds = new Set<string>();
  const groups: Group[] = [];
  const groupByKey = new Map<string, Group>();
  for (const row of rows) {
    const committeeKey = sameKey(row.committee);
    let committeeId = committeeIds.get(committeeKey);
    if (committeeId === undefined) {
      committeeId = unique(slug(row.committee), usedCommitteeIds);
      committeeIds.set(committeeKey, committeeId);
      place(['committees', committees.length], row.line, fields.committee);
      committees.push({ id: committeeId, name: row.committee });
    }
    const key = `${committeeKey}\u0000${sameKey(row.title)}`;
    let group = groupByKey.get(key);
    if (group === undefined) {
      group = { committeeId, title: row.title, first: row, lines: [] };
      groupByKey.set(key, group);
      groups.push(group);
    }
    if (row.lineTitle !== undefined) group.lines.push(row);
    else if (group.carrier === undefined) group.carrier = row;
    else {
      // Without a line column the user has to add one; "Linje" is what to call it.
      const lineColumn = fields.line === undefined ? 'Linje' : (columns.headers[fields.line] ?? 'Linje');
      const at: Location = { kind: 'csv', line: row.line, column: columns.headers[fields.title ?? -1] ?? '' };
      problems.push(error('csvDuplicateInitiativeRow', at, { title: group.title, first: group.carrier.line, lineColumn }));
    }
  }

  const perCommittee = new Map<string, number>();
  const usedInitiativeIds = new Set<string>();
  const initiatives = groups.map((group, i) => {
    const n = (perCommittee.get(group.committeeId) ?? 0) + 1;
    perCommittee.set(group.committeeId, n);
    const id = unique(`${group.committeeId}_${n}`, usedInitiativeIds);
    const base = ['initiatives', i] as const;
    const main = group.carrier ?? group.first;
    place(base, main.line);
    place([...base, 'id'], group.first.line, fields.title);
    place([...base, 'committee'], group.first.line, fields.committee);
    place([...base, 'title'], group.first.line, fields.title);
    const initiative: Record<string, unknown> = { id, committee: group.committeeId, title: group.title };

    const numberSource = initiativeNumber(group);
    if (numberSource !== undefined) {
      initiative.number = numberSource.number;
      place([...base, 'number'], numberSource.line, fields.number);
    }
    const funding = initiativeFunding(group, columns, problems);
    if (funding !== undefined && funding.value !== 'new') {
      initiative.funding = funding.value;
      place([...base, 'funding'], funding.line, fields.funding);
    }
    // C17: any row of the initiative saying Nej leaves it out; lines follow their initiative.
    const dropped = [...(group.carrier === undefined ? [] : [group.carrier]), ...group.lines].find((row) => row.chosen === false);
    if (dropped !== undefined) {
      initiative.chosen = false;
      place([...base, 'chosen'], dropped.line, fields.chosen);
    }
    if (group.carrier !== undefined) writeOwnFields(initiative, group.carrier, [...base], place, fields);
    if (group.lines.length > 0) {
      const firstLine = group.lines[0];
      if (firstLine !== undefined) place([...base, 'lines'], firstLine.line);
      initiative.lines = group.lines.map((row, j) => {
        const linePath = [...base, 'lines', j];
        place(linePath, row.line);
        place([...linePath, 'title'], row.line, fields.line);
        const def: Record<string, unknown> = { title: row.lineTitle };
        if (row.number !== undefined && row.number !== numberSource?.number) {
          def.number = row.number;
          place([...linePath, 'number'], row.line, fields.number);
        }
        writeOwnFields(def, row, linePath, place, fields);
        return def;
      });
    }
    return initiative;
  });

  const years = columns.years.map((y, i) => {
    place(['years', i], columns.line, y.index);
    return y.year;
  });
  place(['years'], columns.line);

  const document: Record<string, unknown> = {
    formatVersion: 1,
    title: options.title ?? titleFromFileName(options.fileName),
    unit: options.unit ?? DEFAULT_UNIT,
  };
  if (options.priceLevel !== undefined) document.priceLevel = options.priceLevel;
  document.years = years;
  document.committees = committees;
  document.initiatives = initiatives;

  // An unmapped path (e.g. a range's "min") falls back to its nearest mapped parent.
  const locate: Locator = (path) => {
    for (let length = path.length; length > 0; length--) {
      const found = locations.get(pathKey(path.slice(0, length)));
      if (found !== undefined) return { ...found };
    }
    return wholeFile();
  };
  return { document, locate };
}

/**
 * The initiative's kind of money (C15): the first one its rows state, its own row first.
 * Another row of it stating a different one is a problem: lines inherit the initiative's.
 */
function initiativeFunding(group: Group, columns: Columns, problems: Problem[]): { value: Funding; line: number } | undefined {
  const rows = [...(group.carrier === undefined ? [] : [group.carrier]), ...group.lines];
  const first = rows.find((row) => row.funding !== undefined);
  if (first?.funding === undefined) return undefined;
  const header = columns.headers[columns.fields.funding ?? -1] ?? '';
  for (const row of rows) {
    if (row.funding === undefined || row.funding.value === first.funding.value) continue;
    problems.push(error('csvConflictingFunding', { kind: 'csv', line: row.line, column: header }, { title: group.title, first: first.funding.word, line: first.line }));
  }
  return { value: first.funding.value, line: first.line };
}

/**
 * The initiative's number: its own row's, else the one number all its line rows
 * repeat (flat lists often repeat it on every row for filtering). Line rows with
 * different numbers number the lines instead.
 */
function initiativeNumber(group: Group): { number: string; line: number } | undefined {
  if (group.carrier?.number !== undefined) return { number: group.carrier.number, line: group.carrier.line };
  const numbered = group.lines.filter((row) => row.number !== undefined);
  const first = numbered[0];
  if (first?.number === undefined) return undefined;
  return numbered.every((row) => row.number === first.number) ? { number: first.number, line: first.line } : undefined;
}

function writeOwnFields(
  target: Record<string, unknown>,
  row: Row,
  path: PathSegment[],
  place: (path: readonly PathSegment[], line: number, index?: number) => void,
  fields: Partial<Record<Field, number>>,
): void {
  if (row.kind !== undefined) {
    target.kind = row.kind;
    place([...path, 'kind'], row.line, fields.kind);
  }
  if (row.unit !== undefined) {
    target.unit = row.unit;
    place([...path, 'unit'], row.line, fields.unit);
  }
  if (row.note !== undefined) {
    target.note = row.note;
    place([...path, 'note'], row.line, fields.note);
  }
  if (row.amounts.length > 0) {
    const amounts: Record<string, Amount> = {};
    for (const { year, amount } of row.amounts) {
      amounts[String(year.year)] = amount;
      place([...path, 'amounts', String(year.year)], row.line, year.index);
    }
    target.amounts = amounts;
    place([...path, 'amounts'], row.line);
  }
}
