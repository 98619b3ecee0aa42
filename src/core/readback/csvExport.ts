/**
 * Definitions written in the CSV form Danish Excel saves (docs/format-csv.md), so a
 * read-back can go back into the list the budget office keeps. `parseCsvDefinitions`
 * reads the result back to the same document wherever the CSV form can say it
 * (docs/readback.md lists what it cannot: frames, lines below lines, ids, …).
 */
import { isRange, type Amount, type Funding, type InitiativeDef, type InitiativeFile, type Kind, type LineDef } from '../format/types';
import { formatNumber } from '../format/numbers';
import { neutraliseFormula } from '../format/text';
import { placeOf, type NodePlace } from '../i18n/formatProblem';
import { formatJsonPath, type PathSegment } from '../problems';
import { amountForYear } from './cells';

export interface CsvLimit {
  code: 'exportCsvNestedLines' | 'exportCsvFrame';
  path: string;
  /** The node's committee, initiative and line, for the message (describeCsvLimits). */
  place: NodePlace;
}

/** Thrown by exportDanishCsv for a file the CSV form cannot hold; every place is listed. */
export class CsvExportError extends Error {
  constructor(readonly limits: CsvLimit[]) {
    super(`The CSV form cannot express ${limits.map((l) => l.path).join(', ')} (${limits.map((l) => (l.code === 'exportCsvFrame' ? 'a frame' : 'lines below a line')).join(', ')}).`);
    this.name = 'CsvExportError';
  }
}

/** What in the file the CSV form cannot hold at all: frames, and lines below a line. */
export function csvExportLimits(file: InitiativeFile): CsvLimit[] {
  const limits: CsvLimit[] = [];
  // The path always points into `file`; the fallback only keeps the type honest.
  const limit = (code: CsvLimit['code'], def: LineDef, path: PathSegment[]): CsvLimit => ({ code, path: formatJsonPath(path), place: placeOf(file, path) ?? { node: { title: def.title }, committee: '', parents: [] } });
  const walk = (def: LineDef, path: PathSegment[], depth: number): void => {
    if (def.frame !== undefined) limits.push(limit('exportCsvFrame', def, path));
    if (def.lines !== undefined && depth > 0) limits.push(limit('exportCsvNestedLines', def, path));
    def.lines?.forEach((line, i) => walk(line, [...path, 'lines', i], depth + 1));
  };
  file.initiatives.forEach((initiative, i) => walk(initiative, ['initiatives', i], 0));
  return limits;
}

const KIND_WORDS: Record<Kind, string> = { operating: 'drift', capital: 'anlæg' };
/** New money is a blank cell, the default (C15). */
const FUNDING_WORDS: Record<Funding, string> = { new: '', existing: 'Eksisterende', reprioritised: 'Omprioritering' };

/**
 * The file as Danish CSV: `;` between cells, Danish numbers (`1.320,5`), ranges `5,5-6,9`,
 * CRLF line ends and a UTF-8 byte order mark, which is how Excel recognises UTF-8. A text
 * that a spreadsheet would run as a formula gets a leading apostrophe, which the CSV reader
 * takes off again (C16).
 * The title, unit and price level are not part of the CSV form (C13).
 *
 * @throws CsvExportError when the file has frames or lines below lines.
 */
export function exportDanishCsv(file: InitiativeFile): string {
  const limits = csvExportLimits(file);
  if (limits.length > 0) throw new CsvExportError(limits);
  const years = file.years;
  // C17: the Med column only when a choice has been made, so files without one export as before.
  const withChoice = file.initiatives.some((i) => i.chosen === false);
  const header = ['Udvalg', 'Nr.', 'Emne', 'Linje', 'Type', 'Finansiering', ...(withChoice ? ['Med'] : []), ...years.map(String), 'Bemærkning', 'Enhed'];
  const committeeName = new Map(file.committees.map((c) => [c.id, c.name]));
  const rows: string[][] = [header];
  // Texts are made safe to open (C16): a spreadsheet must never run one as a formula.
  const safe = neutraliseFormula;
  const row = (initiative: InitiativeDef, line: LineDef | undefined, own: LineDef, number: string | undefined, withAmounts: boolean): string[] => [
    safe(committeeName.get(initiative.committee) ?? initiative.committee),
    safe(number ?? ''),
    safe(initiative.title),
    safe(line?.title ?? ''),
    own.kind === undefined ? '' : KIND_WORDS[own.kind],
    // The initiative's own row carries its funding; its lines inherit it.
    line === undefined ? FUNDING_WORDS[initiative.funding ?? 'new'] : '',
    ...(withChoice ? [line === undefined && initiative.chosen === false ? 'Nej' : ''] : []),
    ...years.map((year) => (withAmounts ? amountText(amountForYear(own.amounts, year)) : '')),
    safe(own.note ?? ''),
    own.unit ?? '',
  ];
  for (const initiative of file.initiatives) {
    // The initiative's own row (no Linje) carries its number, kind, note, unit and amounts (C11).
    rows.push(row(initiative, undefined, initiative, initiative.number, true));
    for (const line of initiative.lines ?? []) rows.push(row(initiative, line, line, line.number, true));
  }
  return `\uFEFF${rows.map((cells) => cells.map(quote).join(';')).join('\r\n')}\r\n`;
}

function amountText(amount: Amount | undefined): string {
  if (amount === undefined) return '';
  return isRange(amount) ? `${formatNumber(amount.min, 'da')}-${formatNumber(amount.max, 'da')}` : formatNumber(amount, 'da');
}

/** Quotes a cell that holds the delimiter, a quote, a line break, or spaces at either end (C3). */
export function quote(cell: string): string {
  return /[;"\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
