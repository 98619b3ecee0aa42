/**
 * A committee's sheet: title block, header, a row per initiative and line,
 * subtotals, frame remainders, and the totals block (docs/layout.md, L1–L9).
 */
import type { WorkbookLabels } from '../i18n/labels';
import type { Lang } from '../i18n/lang';
import { OTHER_FUNDINGS, type CommitteeModel, type NodeModel, type OtherFunding, type Totals } from '../model/types';
import { cell, range } from './a1';
import { columnIndexes, committeeColumns, GENERAL_FORMAT, type ColumnSpec } from './columns';
import { spanOfTotal, sumCountedRowsAbove, unallocated } from './formulas';
import { EMPTY, formulaCell, Grid, indented, numberCell, text } from './grid';
import { formatRangeCellNote, formatSpanNote, joinNotes } from './notes';
import { withPageBreaks, type KeepTogether } from './pagination';
import type { CellStyle, PlanCell, PlanRow, SheetPlan } from './plan';
import { printPlan } from './print';

/** Role-cell markers; a blank role cell means "counted in the totals". */
export const ROLE_MARKERS = {
  header: 'head',
  node: 'node',
  subtotal: 'sum',
  frame: 'frame',
  total: 'total',
  block: 'block',
  operating: 'op',
  capital: 'cap',
  chosen: 'chosen',
  pool: 'pool',
  poolChosen: 'poolchosen',
  poolLeft: 'poolleft',
} as const;

/** The grey of a line's Med and Pulje cells, which repeat their initiative's by formula. */
const INHERITED_COLOR = '#808080';

export const TITLE_BLOCK_ROWS = 4;

/** The fill of a block heading of existing or reprioritised money: apart from the header's blue. */
const BLOCK_FILL = '#F2F2F2';

/** The fill that marks an amount cell holding one end of a range (its note says both). */
export const RANGE_FILL = '#FFF2CC';

export interface SheetContext {
  lang: Lang;
  labels: WorkbookLabels;
  years: readonly number[];
  amountFormat: string;
  decimals: number;
  documentTitle: string;
  unitLabel: string;
  priceLevel: string | undefined;
  reportUnit: string;
  /** Shown in the printed footer when the caller supplies it. */
  buildDate: string | undefined;
  /** The file has pools: the committee sheets get a Pulje column. */
  hasPools: boolean;
}

/** A range cell to adjust in the span rows: its address and its two ends per year. */
interface SpanSource {
  row: number;
  low: readonly (number | null)[];
  high: readonly (number | null)[];
  value: readonly (number | null)[];
}

export interface CommitteeSheetLayout {
  sheet: SheetPlan;
  /** 0-based rows of the totals block, for the overview's references. */
  totalRow: number;
  operatingRow: number;
  capitalRow: number;
  spanLowRow?: number;
  spanHighRow?: number;
  /** 0-based rows of the subtotals of the blocks of existing and reprioritised money the sheet has. */
  fundingTotalRows: Partial<Record<OtherFunding, number>>;
  /** The Heraf valgt row. */
  chosenRow: number;
}

export function buildCommitteeSheet(committee: CommitteeModel, sheetName: string, context: SheetContext): CommitteeSheetLayout {
  const columns = committeeColumns(context.years, context.labels, context.hasPools);
  const builder = new CommitteeSheetBuilder(columns, context);
  builder.titleBlock(committee.name);
  const headerRow = builder.header();
  for (const initiative of committee.initiatives.filter((i) => i.funding === 'new')) builder.node(initiative, false);
  const hasOtherMoney = committee.initiatives.some((i) => i.funding !== 'new');
  const totals = builder.totals(committee, headerRow, hasOtherMoney ? context.labels.totalNew : context.labels.total);
  const chosenRow = builder.chosen(committee.chosen, headerRow);
  // The closing totals print together, with at least the last initiative above them.
  builder.keepTogether({ first: totals.totalRow, last: chosenRow, closing: chosenRow - totals.totalRow + 1 });
  // Existing and reprioritised money below the totals of new money, so no total of new
  // money can ever reach them, and a row inserted in a block counts in that block only.
  const fundingTotalRows: Partial<Record<OtherFunding, number>> = {};
  for (const funding of OTHER_FUNDINGS) {
    const initiatives = committee.initiatives.filter((i) => i.funding === funding);
    if (initiatives.length > 0) fundingTotalRows[funding] = builder.fundingBlock(funding, initiatives, committee.other[funding]);
  }
  const tableName = `Table_${committee.id}`;
  const sheet = builder.finish(`committee:${committee.id}`, sheetName, tableName, headerRow);
  return { sheet: { ...sheet, committeeId: committee.id }, ...totals, fundingTotalRows, chosenRow };
}

class CommitteeSheetBuilder {
  private readonly grid: Grid;
  private readonly index: ReturnType<typeof columnIndexes> & { note: number };
  private readonly rows: PlanRow[] = [];
  private readonly spanSources: SpanSource[] = [];
  private readonly cellNotes: SheetPlan['cellNotes'] = [];
  private readonly choiceRows: number[] = [];
  /** What prints on one page when it can (docs/layout.md, L13). */
  private readonly blocks: KeepTogether[] = [];
  /** The row of the initiative being laid out, whose Med and Pulje cells its lines repeat. */
  private initiativeRow = -1;
  /** Ranges adjust the span rows of new money only; the blocks below have no span rows. */
  private countsInSpans = true;

  constructor(
    private readonly columns: readonly ColumnSpec[],
    private readonly context: SheetContext,
  ) {
    this.grid = new Grid(columns, context.amountFormat);
    const index = columnIndexes(columns);
    if (index.note === undefined) throw new Error('A committee sheet has a note column');
    this.index = { ...index, note: index.note };
  }

  titleBlock(committeeName: string): void {
    const { labels, documentTitle, unitLabel, priceLevel } = this.context;
    this.grid.style(this.grid.addPlainRow([text(committeeName)]), { bold: true, fontSize: 14 }, 0, 0);
    this.grid.style(this.grid.addPlainRow([text(documentTitle)]), { bold: true }, 0, 0);
    this.grid.style(this.grid.addPlainRow([text(labels.amountsIn(unitLabel, priceLevel))]), { italic: true }, 0, 0);
    this.grid.addPlainRow([]);
  }

  header(): number {
    const row = this.grid.addHeaderRow(this.columns.map((c) => text(c.key === 'role' ? ROLE_MARKERS.header : c.header)));
    this.grid.style(row, { bold: true, fill: '#DDEBF7', borderBottom: 'thin', wrapText: true });
    for (const column of this.index.years) this.grid.style(row, { horizontalAlignment: 'right' }, column, column);
    // The note's heading keeps the same distance from the amounts as the notes below it.
    this.grid.style(row, indented(1), this.index.note, this.index.note);
    this.rows.push({ row, role: 'header' });
    return row;
  }

  node(node: NodeModel, insideFrame: boolean): void {
    switch (node.shape) {
      case 'leaf':
        return this.leaf(node, insideFrame);
      case 'lines':
        return this.linesNode(node, insideFrame);
      case 'frame':
        return this.frameNode(node, insideFrame);
    }
  }

  /**
   * A block of existing or reprioritised money: a heading row, the initiatives, and the
   * block's own subtotal from the heading down. Returns the subtotal's row.
   */
  fundingBlock(funding: OtherFunding, initiatives: readonly NodeModel[], totals: Totals): number {
    const { labels } = this.context;
    const block = labels.fundingBlocks[funding];
    const heading = this.grid.addTableRow(this.rowCells({ title: text(block.heading), note: text(block.note), role: text(ROLE_MARKERS.block) }));
    // Bold up to the amounts; the note stays regular, so it wraps as its row height expects.
    this.grid.style(heading, { fill: BLOCK_FILL, borderTop: 'thin' }, 0, this.lastVisible);
    this.grid.style(heading, { bold: true }, 0, this.index.note - 1);
    this.rows.push({ row: heading, role: 'fundingBlock', funding });
    this.countsInSpans = false;
    for (const initiative of initiatives) this.node(initiative, false);
    const total = this.summaryRow('fundingTotal', block.total, (c) => sumCountedRowsAbove(c, heading, this.index.role), totals.total, { bold: true, borderTop: 'thin', borderBottom: 'double' }, funding);
    this.keepTogether({ first: heading, last: total, heading: true, closing: 1 });
    return total;
  }

  totals(committee: Totals, headerRow: number, totalLabel: string): Omit<CommitteeSheetLayout, 'sheet' | 'fundingTotalRows' | 'chosenRow'> {
    const { labels } = this.context;
    const totalRow = this.grid.rowCount;
    const operatingRow = totalRow + 1;
    const capitalRow = totalRow + 2;
    this.summaryRow('total', totalLabel, (c) => sumCountedRowsAbove(c, headerRow, this.index.role), committee.total, { bold: true, borderTop: 'thin', borderBottom: 'double' });
    // Drift and anlæg each sum the counted rows by kind. Neither may refer to the other:
    // each one's range covers the row above it, so "drift = total - anlæg" would be a
    // circular reference in Excel (which tracks dependencies by range, not by criteria).
    const kindColumn = this.index.kind ?? -1;
    const byKind = (equals: string) => (c: number) => sumCountedRowsAbove(c, headerRow, this.index.role, [{ column: kindColumn, equals }]);
    this.summaryRow('operating', labels.operating, byKind(`<>${labels.kinds.capital}`), committee.operating, { italic: true });
    this.summaryRow('capital', labels.capital, byKind(labels.kinds.capital), committee.capital, { italic: true });
    if (!committee.hasRange) return { totalRow, operatingRow, capitalRow };
    const spanLowRow = this.grid.rowCount;
    this.summaryRow('spanLow', labels.spanLow, (c) => this.spanFormula(c, totalRow, 'low'), committee.totalLow, { italic: true });
    const spanHighRow = this.grid.rowCount;
    this.summaryRow('spanHigh', labels.spanHigh, (c) => this.spanFormula(c, totalRow, 'high'), committee.totalHigh, { italic: true });
    return { totalRow, operatingRow, capitalRow, spanLowRow, spanHighRow };
  }

  /**
   * Heraf valgt: the counted rows whose Med cell is not "Nej", so a row inserted by hand
   * (blank Med) counts as chosen, as an empty Med cell in a CSV does.
   */
  chosen(values: readonly number[], headerRow: number): number {
    const { labels } = this.context;
    const chosenColumn = this.index.chosen ?? -1;
    const formula = (c: number): string => sumCountedRowsAbove(c, headerRow, this.index.role, [{ column: chosenColumn, equals: `<>${labels.no}` }]);
    return this.summaryRow('chosen', labels.chosenTotal, formula, values, { bold: true, italic: true, borderTop: 'thin' });
  }

  keepTogether(block: KeepTogether): void {
    this.blocks.push(block);
  }

  finish(key: string, name: string, tableName: string, headerRow: number): SheetPlan {
    const lastRow = this.grid.rowCount - 1;
    return withPageBreaks(this.sheet(key, name, tableName, headerRow), { headerRow, lastRow, lastPrintedColumn: this.lastVisible, blocks: this.blocks });
  }

  private sheet(key: string, name: string, tableName: string, headerRow: number): SheetPlan {
    const lastRow = this.grid.rowCount - 1;
    const lastColumn = this.columns.length - 1;
    return {
      key,
      name,
      kind: 'committee',
      cells: this.grid.cells,
      numberFormats: this.grid.numberFormats,
      styles: this.grid.styledRanges(),
      columnWidths: this.columns.map((c) => c.width),
      hiddenColumns: this.columns.flatMap((c, i) => (c.hidden ? [i] : [])),
      freeze: { rows: headerRow + 1, columns: this.index.title + 1 },
      print: printPlan(this.context, headerRow, lastRow, this.lastVisible),
      rowHeights: this.grid.rowHeights(),
      cellNotes: this.cellNotes,
      table: {
        name: tableName,
        range: range(headerRow, 0, lastRow, lastColumn),
        yearColumns: this.index.years,
        years: [...this.context.years],
        columns: {
          number: this.index.number,
          title: this.index.title,
          ...(this.index.kind === undefined ? {} : { kind: this.index.kind }),
          note: this.index.note,
          ...(this.index.chosen === undefined ? {} : { chosen: this.index.chosen }),
          ...(this.index.pool === undefined ? {} : { pool: this.index.pool }),
          role: this.index.role,
        },
        rows: this.rows,
      },
      dataValidations: this.choiceValidations(),
    };
  }

  /** One drop-down per run of consecutive initiative rows, so adapters issue few commands. */
  private choiceValidations(): NonNullable<SheetPlan['dataValidations']> {
    const column = this.index.chosen;
    if (column === undefined) return [];
    const values = [this.context.labels.yes, this.context.labels.no];
    const runs: { top: number; bottom: number }[] = [];
    for (const row of this.choiceRows) {
      const last = runs[runs.length - 1];
      if (last !== undefined && last.bottom === row - 1) last.bottom = row;
      else runs.push({ top: row, bottom: row });
    }
    return runs.map((r) => ({ range: range(r.top, column, r.bottom, column), values }));
  }

  private leaf(node: NodeModel, insideFrame: boolean): void {
    const note = joinNotes(node.note, formatSpanNote(node, this.context));
    const row = this.addNodeRow(node, node.amounts.map((a) => numberCell(a)), note, '');
    this.rows.push({ row, role: 'leaf', source: node.source, depth: node.depth });
    this.markRanges(row, node.low, node.high, node.amounts);
    if (this.countsInSpans && !insideFrame && node.hasRange) this.spanSources.push({ row, low: node.low, high: node.high, value: node.amounts });
  }

  private linesNode(node: NodeModel, insideFrame: boolean): void {
    // A group's own kind says nothing about its lines (capital lines under an operating
    // heading), and its rows are not counted by kind: its Type cells stay blank.
    const row = this.addNodeRow(node, [], node.note, ROLE_MARKERS.node, false);
    this.grid.style(row, BOLD, this.index.number, this.index.title);
    this.rows.push({ row, role: 'node', source: node.source, depth: node.depth });
    for (const child of node.children) this.node(child, insideFrame);
    const label = this.context.labels.subtotalOf(node.title);
    const subtotal = this.addLabelRow(node, label, node.depth + 1, undefined, (c) => sumCountedRowsAbove(c, row, this.index.role), node.total, ROLE_MARKERS.subtotal);
    this.grid.style(subtotal, SUBTOTAL, this.index.title, this.index.note - 1);
    this.rows.push({ row: subtotal, role: 'subtotal', source: node.source, depth: node.depth });
    this.keepTogether({ first: row, last: subtotal, heading: true, closing: 1 });
  }

  private frameNode(node: NodeModel, insideFrame: boolean): void {
    const frame = node.frame ?? [];
    const note = joinNotes(this.context.labels.frame, node.note);
    // A year the frame does not state is a blank cell, as for a leaf; the remainder counts it as 0.
    const row = this.addNodeRow(node, (node.frameStated ?? frame).map((f) => numberCell(f)), note, ROLE_MARKERS.frame);
    this.grid.style(row, BOLD, 0, this.index.note - 1);
    this.rows.push({ row, role: 'frame', source: node.source, depth: node.depth });
    if (this.countsInSpans && !insideFrame && node.hasRange) {
      this.spanSources.push({ row, low: node.totalLow, high: node.totalHigh, value: frame });
    }
    for (const child of node.children) this.node(child, true);
    const rest = this.addLabelRow(node, this.context.labels.unallocated, node.depth + 1, node.kind, (c) => unallocated(c, row, this.index.role), node.unallocated ?? [], '');
    this.grid.style(rest, ITALIC, this.index.title, this.index.title);
    this.rows.push({ row: rest, role: 'unallocated', source: node.source, depth: node.depth + 1 });
    this.keepTogether({ first: row, last: rest, heading: true, closing: 1 });
  }

  private addNodeRow(node: NodeModel, amounts: PlanCell[], note: string | undefined, role: string, showKind = true): number {
    const cells = this.rowCells({
      number: text(node.number),
      title: text(node.title),
      kind: showKind ? text(this.context.labels.kinds[node.kind]) : EMPTY,
      note: text(note),
      role: text(role),
    });
    this.index.years.forEach((column, i) => (cells[column] = amounts[i] ?? EMPTY));
    const row = this.grid.rowCount;
    if (node.depth === 0) this.initiativeRow = row;
    const own = node.depth === 0;
    this.choiceCells(cells, node, own);
    this.grid.addTableRow(cells);
    this.styleChoiceCells(row, own);
    this.indent(row, node.depth);
    return row;
  }

  /**
   * An initiative's Med cell holds Ja or Nej and its Pulje cell the pool's id; every row
   * below it repeats them by formula, so one choice switches the whole initiative.
   */
  private choiceCells(cells: PlanCell[], node: Pick<NodeModel, 'chosen' | 'pool'>, own: boolean): void {
    const { yes, no } = this.context.labels;
    const chosenValue = node.chosen ? yes : no;
    const repeat = (column: number, value: string): PlanCell =>
      own ? text(value) : { t: 'textFormula', formula: `=${cell(this.initiativeRow, column)}`, value };
    if (this.index.chosen !== undefined) cells[this.index.chosen] = repeat(this.index.chosen, chosenValue);
    if (this.index.pool !== undefined && node.pool !== undefined) cells[this.index.pool] = repeat(this.index.pool, node.pool);
  }

  private styleChoiceCells(row: number, own: boolean): void {
    for (const column of [this.index.chosen, this.index.pool]) {
      if (column === undefined) continue;
      if (column === this.index.chosen) this.grid.style(row, CENTERED, column, column);
      if (own) continue;
      // Excel keeps a formula written into a Text ("@") cell as text.
      this.grid.format(row, column, GENERAL_FORMAT);
      this.grid.style(row, INHERITED, column, column);
    }
    if (own && this.index.chosen !== undefined) this.choiceRows.push(row);
  }

  private addLabelRow(
    owner: NodeModel,
    label: string,
    depth: number,
    kind: NodeModel['kind'] | undefined,
    formula: (column: number) => string,
    values: readonly number[],
    role: string,
  ): number {
    const cells = this.rowCells({ title: text(label), kind: kind === undefined ? EMPTY : text(this.context.labels.kinds[kind]), role: text(role) });
    this.index.years.forEach((column, i) => (cells[column] = formulaCell(formula(column), values[i] ?? 0)));
    // A frame's remainder is counted: it follows its initiative's choice like a line. A
    // subtotal is not counted and shows no choice.
    const counted = role === '';
    if (counted) this.choiceCells(cells, owner, false);
    const row = this.grid.addTableRow(cells);
    if (counted) this.styleChoiceCells(row, false);
    this.indent(row, depth);
    return row;
  }

  private summaryRow(
    role: PlanRow['role'],
    label: string,
    formula: (column: number) => string,
    values: readonly number[],
    style: Parameters<Grid['style']>[1],
    funding?: OtherFunding,
  ): number {
    const cells = this.rowCells({ title: text(label), role: text(ROLE_MARKERS.total) });
    this.index.years.forEach((column, i) => (cells[column] = formulaCell(formula(column), values[i] ?? 0)));
    const row = this.grid.addTableRow(cells);
    this.grid.style(row, style, 0, this.lastVisible);
    this.rows.push({ row, role, ...(funding === undefined ? {} : { funding }) });
    return row;
  }

  /** A range's amount cell: marked, with a note saying both ends and which one counts (L5). */
  private markRanges(row: number, low: readonly (number | null)[], high: readonly (number | null)[], value: readonly (number | null)[]): void {
    this.index.years.forEach((column, i) => {
      const text = formatRangeCellNote(low[i] ?? null, high[i] ?? null, value[i] ?? null, this.context);
      if (text === undefined) return;
      this.cellNotes.push({ row, column, text });
      this.grid.style(row, RANGE_MARK, column, column);
    });
  }

  private spanFormula(column: number, totalRow: number, end: 'low' | 'high'): string {
    const yearIndex = this.index.years.indexOf(column);
    const adjustments = this.spanSources.flatMap((source) => {
      const endValue = source[end][yearIndex];
      const value = source.value[yearIndex];
      if (endValue === null || endValue === undefined || endValue === value) return [];
      return [{ ref: cell(source.row, column), end: endValue }];
    });
    return spanOfTotal(column, totalRow, adjustments);
  }

  private rowCells(byKey: Partial<Record<'number' | 'title' | 'kind' | 'note' | 'role', PlanCell>>): PlanCell[] {
    return this.columns.map((c) => (c.key === 'number' || c.key === 'title' || c.key === 'kind' || c.key === 'note' || c.key === 'role' ? (byKey[c.key] ?? EMPTY) : EMPTY));
  }

  /** The last column that shows: Pulje, Med, or the note. */
  private get lastVisible(): number {
    return this.index.pool ?? this.index.chosen ?? this.index.note;
  }

  private indent(row: number, depth: number): void {
    if (depth > 0) this.grid.style(row, indented(depth), this.index.title, this.index.title);
  }
}

// The styles of every initiative's rows, made once: the plan merges styled rows by style, and
// one object per style keeps that cheap for files with thousands of initiatives.
const BOLD: CellStyle = Object.freeze({ bold: true });
const ITALIC: CellStyle = Object.freeze({ italic: true });
const SUBTOTAL: CellStyle = Object.freeze({ bold: true, borderTop: 'thin' });
const CENTERED: CellStyle = Object.freeze({ horizontalAlignment: 'center' });
const INHERITED: CellStyle = Object.freeze({ fontColor: INHERITED_COLOR, italic: true });
const RANGE_MARK: CellStyle = Object.freeze({ italic: true, fill: RANGE_FILL });


