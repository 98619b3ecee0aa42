/**
 * The change sheet between two rounds (docs/rounds.md, D11) as a layout plan, so the ExcelJS
 * adapter writes it like the other sheets: a title naming both rounds, a section per kind of
 * change, a row per initiative with its effect per year, a net line that is a live SUM over
 * the change rows, the change per committee and the two GrandTotals. A4 landscape.
 */
import { renderMessage, type MessageCode } from '../i18n/catalog';
import { workbookLabels } from '../i18n/labels';
import type { Lang } from '../i18n/lang';
import { absoluteRange, cell, range } from '../layout/a1';
import { amountFormat, type ColumnSpec } from '../layout/columns';
import { EMPTY, formulaCell, Grid, numberCell, text } from '../layout/grid';
import type { CellStyle, LayoutPlan, PlanCell, SheetPlan } from '../layout/plan';
import { printPlan } from '../layout/print';
import { describeChange, sectionName } from './describe';
import { CHANGE_SECTIONS, type BudgetDiff, type TotalChange } from './types';

export const CHANGES_KEY = 'changes';
export const CHANGES_TABLE_NAME = 'Table_Changes';
/** The net line's year cells: SUM over the change rows, equal to the GrandTotal difference. */
export const NET_CHANGE_NAME = 'NetChange';

const HEADER_FILL = '#DDEBF7';
const SECTION_FILL = '#F2F2F2';
const TOTAL_STYLE: CellStyle = { bold: true, borderTop: 'thin', borderBottom: 'double' };

export interface ChangeSheetOptions {
  lang: Lang;
  decimals: number;
  /** What the two rounds are called: a file name, a snapshot's name. */
  oldName: string;
  newName: string;
  /** The date shown in the printed footer; the core has no clock. */
  buildDate?: string;
}

export function buildChangeSheetPlan(diff: BudgetDiff, options: ChangeSheetOptions): LayoutPlan {
  const { lang } = options;
  const labels = workbookLabels(lang);
  const say = (code: MessageCode, params: Record<string, string> = {}): string => renderMessage(code, lang, params);
  const columns: ColumnSpec[] = [
    { key: 'committee', header: say('roundsColumnCommittee'), width: 30, content: 'text', align: 'left', hidden: false, wrap: true },
    { key: 'title', header: say('roundsColumnTitle'), width: 40, content: 'text', align: 'left', hidden: false, wrap: true },
    ...diff.years.map((year): ColumnSpec => ({ key: 'year', header: String(year), width: 11, content: 'amount', align: 'right', hidden: false, year })),
    { key: 'note', header: say('roundsColumnDetails'), width: 50, content: 'text', align: 'left', hidden: false, wrap: true },
  ];
  const yearColumns = diff.years.map((_, i) => 2 + i);
  const lastColumn = columns.length - 1;
  const grid = new Grid(columns, amountFormat(options.decimals));
  const documentTitle = say('roundsTitle', { old: options.oldName, new: options.newName });
  const amountsIn = labels.amountsIn(labels.units[diff.unit], undefined);
  grid.style(grid.addPlainRow([text(documentTitle)]), { bold: true, fontSize: 14 }, 0, 0);
  grid.style(grid.addPlainRow([text(say('roundsSubtitle', { amountsIn }))]), { italic: true }, 0, 0);
  grid.addPlainRow([]);
  const headerRow = grid.addHeaderRow(columns.map((c) => text(c.header)));
  grid.style(headerRow, { bold: true, fill: HEADER_FILL, borderBottom: 'thin', wrapText: true });
  for (const column of yearColumns) grid.style(headerRow, { horizontalAlignment: 'right' }, column, column);
  grid.style(headerRow, { indent: 1 }, lastColumn, lastColumn);
  // A heading runs across the row: a plain row, so it neither wraps in the first column nor heightens the row.
  const heading = (label: string): number => {
    const row = grid.addPlainRow([text(label)]);
    grid.style(row, { bold: true, fill: SECTION_FILL, borderTop: 'thin' });
    return row;
  };

  const committeeName = new Map(diff.committees.map((c) => [c.id, c.name]));
  const amounts = (values: readonly number[]): PlanCell[] => values.map((v) => numberCell(v));
  const firstChangeRow = grid.rowCount;
  for (const section of CHANGE_SECTIONS) {
    const changes = diff.changes.filter((c) => c.section === section);
    if (changes.length === 0) continue;
    heading(`${sectionName(section, lang)} (${changes.length})`);
    for (const change of changes) {
      grid.addTableRow([text(committeeName.get(change.committee) ?? change.committee), text(change.title), ...amounts(change.effect), text(describeChange(change, diff.years, lang))]);
    }
  }
  if (diff.changes.length === 0) grid.style(grid.addTableRow([EMPTY, text(say('roundsNoChanges'))]), { italic: true });
  const lastChangeRow = grid.rowCount - 1;
  const netRow = grid.addTableRow([EMPTY, text(say('roundsNet')), ...yearColumns.map((c, i) => formulaCell(`=SUM(${range(firstChangeRow, c, lastChangeRow, c)})`, diff.net[i] ?? 0))]);
  grid.style(netRow, TOTAL_STYLE);

  grid.addPlainRow([]);
  heading(say('roundsByCommittee'));
  const firstCommitteeRow = grid.rowCount;
  for (const committee of diff.committees) grid.addTableRow([text(committee.name), EMPTY, ...amounts(committee.delta)]);
  const lastCommitteeRow = grid.rowCount - 1;
  const committeesTotal = grid.addTableRow([EMPTY, text(say('roundsCommitteesTotal')), ...yearColumns.map((c, i) => formulaCell(`=SUM(${range(firstCommitteeRow, c, Math.max(firstCommitteeRow, lastCommitteeRow), c)})`, diff.net[i] ?? 0))]);
  grid.style(committeesTotal, TOTAL_STYLE);

  grid.addPlainRow([]);
  heading(say('roundsTotals'));
  const totalRows = (change: TotalChange, oldCode: MessageCode, newCode: MessageCode, deltaCode: MessageCode): void => {
    const oldRow = grid.addTableRow([EMPTY, text(say(oldCode, { name: options.oldName })), ...amounts(change.old)]);
    const newRow = grid.addTableRow([EMPTY, text(say(newCode, { name: options.newName })), ...amounts(change.new)]);
    const delta = grid.addTableRow([EMPTY, text(say(deltaCode)), ...yearColumns.map((c, i) => formulaCell(`=${cell(newRow, c)}-${cell(oldRow, c)}`, change.delta[i] ?? 0))]);
    grid.style(delta, { bold: true, borderTop: 'thin' });
  };
  totalRows(diff.grandTotal, 'roundsGrandTotalOld', 'roundsGrandTotalNew', 'roundsGrandTotalDelta');
  totalRows(diff.chosenTotal, 'roundsChosenOld', 'roundsChosenNew', 'roundsChosenDelta');

  const lastRow = grid.rowCount - 1;
  const sheet: SheetPlan = {
    key: CHANGES_KEY,
    name: say('roundsSheetName'),
    kind: 'changes',
    cells: grid.cells,
    numberFormats: grid.numberFormats,
    styles: grid.styledRanges(),
    columnWidths: columns.map((c) => c.width),
    hiddenColumns: [],
    freeze: { rows: headerRow + 1, columns: 2 },
    print: printPlan({ labels, documentTitle, unitLabel: labels.units[diff.unit], priceLevel: undefined, buildDate: options.buildDate }, headerRow, lastRow, lastColumn),
    rowHeights: grid.rowHeights(),
    cellNotes: [],
    table: {
      name: CHANGES_TABLE_NAME,
      range: range(headerRow, 0, lastRow, lastColumn),
      yearColumns,
      years: [...diff.years],
      // The change sheet has no number or role column; nothing reads its rows back.
      columns: { number: -1, title: 1, role: -1 },
      rows: [],
    },
  };
  const firstYear = yearColumns[0] ?? 2;
  const lastYear = yearColumns[yearColumns.length - 1] ?? firstYear;
  return { lang, sheets: [sheet], names: [{ name: NET_CHANGE_NAME, sheetKey: CHANGES_KEY, range: absoluteRange(netRow, firstYear, netRow, lastYear) }] };
}
