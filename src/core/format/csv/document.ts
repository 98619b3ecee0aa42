/**
 * CSV stage 4 (docs/format-csv.md, C11-C15, C17): the rows grouped into committees and
 * initiatives, written as a JSON document of format v1 with a CSV location for each part.
 */
import { error, type Location, type Locator, type PathSegment, type Problem } from '../../problems';
import type { Amount, Funding, Unit } from '../types';
import type { Columns, Field } from './header';
import type { Row } from './rows';

export interface CsvOptions {
  /** The file's name; without `title`, the document's title is this name without its extension. */
  fileName: string;
  title?: string;
  /** The document's unit; defaults to "mio. kr.". */
  unit?: Unit;
  priceLevel?: string;
}

const DEFAULT_UNIT: Unit = 'mio. kr.';

/** A fresh object each time, since callers may adjust the locations they get. */
export const wholeFile = (): Location => ({ kind: 'file' });

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
export function buildDocument(rows: readonly Row[], columns: Columns, options: CsvOptions): { document: unknown; locate: Locator; problems: Problem[] } {
  const problems: Problem[] = [];
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
    const { funding, problems: fundingProblems } = initiativeFunding(group, columns);
    problems.push(...fundingProblems);
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
  return { document, locate, problems };
}

/**
 * The initiative's kind of money (C15): the first one its rows state, its own row first.
 * Another row of it stating a different one is a problem: lines inherit the initiative's.
 */
function initiativeFunding(group: Group, columns: Columns): { funding: { value: Funding; line: number } | undefined; problems: Problem[] } {
  const rows = [...(group.carrier === undefined ? [] : [group.carrier]), ...group.lines];
  const first = rows.find((row) => row.funding !== undefined);
  if (first?.funding === undefined) return { funding: undefined, problems: [] };
  const stated = first.funding;
  const header = columns.headers[columns.fields.funding ?? -1] ?? '';
  const problems = rows
    .filter((row) => row.funding !== undefined && row.funding.value !== stated.value)
    .map((row) => error('csvConflictingFunding', { kind: 'csv', line: row.line, column: header }, { title: group.title, first: stated.word, line: first.line }));
  return { funding: { value: stated.value, line: first.line }, problems };
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
