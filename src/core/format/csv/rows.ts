/**
 * CSV stage 3 (docs/format-csv.md, C3, C6-C11, C15, C17): every cell of a data row read,
 * with a problem for each cell that cannot be.
 */
import { error, type Location, type Problem } from '../../problems';
import { chosenFromWord, fundingFromWord, kindFromWord } from '../kinds';
import { MAX_SIGNIFICANT_DIGITS, parseAmountCell, type AmountCell, type NumberStyle } from '../numbers';
import { restoreNeutralised } from '../text';
import type { Amount, Funding, Kind, Unit } from '../types';
import type { Columns, Field, YearColumn } from './header';
import { quoteProblem, type CsvRecord } from './records';

export interface Row {
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

export interface RowReading {
  /** Undefined when the row is unusable as a whole. */
  row: Row | undefined;
  problems: Problem[];
  /** Columns without a header that hold something on this row. */
  unnamedWithData: number[];
}

/** Units by their letters alone, so `mio.kr.`, `mio kr` and `Mio. kr.` are all "mio. kr." (C10). */
const UNIT_WORDS: Readonly<Record<string, Unit>> = { kr: 'kr.', tkr: 't.kr.', miokr: 'mio. kr.' };

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

/** Checks every cell of a data row, reporting what cannot be read (C3, C6-C11). */
export function readRow(record: CsvRecord, columns: Columns, style: NumberStyle): RowReading {
  if (record.quotes.length > 0) return { row: undefined, problems: record.quotes.map((quote) => quoteProblem(quote, columns.headers)), unnamedWithData: [] };
  const { cells, line } = record;
  if (cells.length > columns.headers.length) {
    // Excel writes every row as wide as the widest, header included, so a wider
    // row has shifted cells (an unquoted delimiter in a text) even when the
    // cells beyond the header are blank: its amounts may sit under the wrong year.
    return { row: undefined, problems: [error('csvTooManyCells', { kind: 'csv', line }, { cells: cells.length, expected: columns.headers.length })], unnamedWithData: [] };
  }
  const unnamedWithData = columns.unnamed.filter((index) => (cells[index] ?? '').trim() !== '');
  const row: Row = { line, committee: '', title: '', amounts: [] };
  const problems: Problem[] = [];
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
    const problem = readTextCell(row, role, text, at);
    if (problem !== undefined) problems.push(problem);
  }
  return { row: usable ? row : undefined, problems, unnamedWithData };
}

/** Puts a non-empty text cell into the row, or says why its word is not understood. */
function readTextCell(row: Row, role: Field, text: string, at: Location): Problem | undefined {
  switch (role) {
    case 'committee':
    case 'title':
      row[role] = text;
      return undefined;
    case 'number':
      row.number = text;
      return undefined;
    case 'line':
      row.lineTitle = text;
      return undefined;
    case 'note':
      row.note = text;
      return undefined;
    case 'kind': {
      const kind = kindFromWord(text);
      if (kind === undefined) return error('csvUnknownKind', at, { text });
      row.kind = kind;
      return undefined;
    }
    case 'funding': {
      const funding = fundingFromWord(text);
      if (funding === undefined) return error('csvUnknownFunding', at, { text });
      row.funding = { word: text, value: funding };
      return undefined;
    }
    case 'chosen': {
      const chosen = chosenFromWord(text);
      if (chosen === undefined) return error('csvUnknownChoice', at, { text });
      if (!chosen) row.chosen = false;
      return undefined;
    }
    case 'unit': {
      const unit = parseUnit(text);
      if (unit === undefined) return error('csvUnknownUnit', at, { text });
      row.unit = unit;
      return undefined;
    }
  }
}
