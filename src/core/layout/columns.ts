/**
 * One declarative column table drives headers, widths, number formats and
 * alignment: adding a column is one entry here.
 */
import type { WorkbookLabels } from '../i18n/labels';

export type ColumnKey = 'number' | 'title' | 'kind' | 'year' | 'allYears' | 'note' | 'chosen' | 'pool' | 'role' | 'committee';

export interface ColumnSpec {
  key: ColumnKey;
  header: string;
  /** Width in characters. */
  width: number;
  /** Amount columns get the amount format; everything else is text ("@"). */
  content: 'text' | 'amount';
  align: 'left' | 'center' | 'right';
  hidden: boolean;
  /** Text wraps within the column's fixed width (title and note), so the page never widens. */
  wrap?: boolean;
  year?: number;
}

export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

/** "#,##0.0;[Red]-#,##0.0" for one decimal: thousands separator, negatives in red. */
export function amountFormat(decimals: number): string {
  const positive = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  return `${positive};[Red]-${positive}`;
}

function yearColumns(years: readonly number[]): ColumnSpec[] {
  return years.map((year) => ({ key: 'year', header: String(year), width: 11, content: 'amount', align: 'right', hidden: false, year }));
}

function roleColumn(labels: WorkbookLabels): ColumnSpec {
  // Hidden bookkeeping: totals sum the rows whose role cell is blank (see docs/layout.md, L4).
  return { key: 'role', header: labels.role, width: 8, content: 'text', align: 'left', hidden: true };
}

/**
 * Med (the seminar's choice) and Pulje stand after the hidden role column, so the amounts,
 * the note and the role keep their columns whatever the file has; Pulje only with pools.
 */
export function committeeColumns(years: readonly number[], labels: WorkbookLabels, withPool = false): ColumnSpec[] {
  return [
    { key: 'number', header: labels.number, width: 6, content: 'text', align: 'left', hidden: false },
    // Title and note give up a little width to Med, so a page's text stays at 8 pt or more (L13).
    { key: 'title', header: labels.title, width: 46, content: 'text', align: 'left', hidden: false, wrap: true },
    { key: 'kind', header: labels.kind, width: 9, content: 'text', align: 'left', hidden: false },
    ...yearColumns(years),
    { key: 'note', header: labels.note, width: 43, content: 'text', align: 'left', hidden: false, wrap: true },
    roleColumn(labels),
    { key: 'chosen', header: labels.chosenColumn, width: 6, content: 'text', align: 'center', hidden: false },
    ...(withPool ? [{ key: 'pool' as const, header: labels.poolColumn, width: 14, content: 'text' as const, align: 'left' as const, hidden: false }] : []),
  ];
}

/** The overview has no note column (it would always be empty) and, optionally, a total over all years. */
export function overviewColumns(years: readonly number[], labels: WorkbookLabels, allYears: boolean): ColumnSpec[] {
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  return [
    { key: 'number', header: labels.number, width: 6, content: 'text', align: 'left', hidden: false },
    { key: 'title', header: labels.committee, width: 40, content: 'text', align: 'left', hidden: false, wrap: true },
    ...yearColumns(years),
    ...(allYears && years.length > 1 ? [{ key: 'allYears' as const, header: labels.allYears(first, last), width: 16, content: 'amount' as const, align: 'right' as const, hidden: false }] : []),
    roleColumn(labels),
  ];
}

/** Positions of the columns a table needs to know about. */
export function columnIndexes(columns: readonly ColumnSpec[]): {
  number: number;
  title: number;
  kind?: number;
  note?: number;
  chosen?: number;
  pool?: number;
  allYears?: number;
  role: number;
  years: number[];
} {
  const find = (key: ColumnKey): number => columns.findIndex((c) => c.key === key);
  const optional = <K extends string>(name: K, key: ColumnKey): Partial<Record<K, number>> => {
    const at = find(key);
    return at >= 0 ? ({ [name]: at } as Partial<Record<K, number>>) : {};
  };
  return {
    number: find('number'),
    title: find('title'),
    ...optional('kind', 'kind'),
    ...optional('note', 'note'),
    ...optional('chosen', 'chosen'),
    ...optional('pool', 'pool'),
    ...optional('allYears', 'allYears'),
    role: find('role'),
    years: columns.flatMap((c, i) => (c.key === 'year' ? [i] : [])),
  };
}
