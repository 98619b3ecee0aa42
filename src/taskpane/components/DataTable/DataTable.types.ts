import type { ReactNode } from 'react';
import type { DataTableModel } from './useDataTable';

/** Attributes a row or the table may carry beside its classes: test ids and the data the e2e tests read. */
export type DataAttributes = { [name: `data-${string}`]: string | boolean | undefined };

/** A row's class and data attributes (the grand total's `data-testid`, a committee's `data-committee`). */
export type RowAttributes = { className?: string | undefined } & DataAttributes;

export interface DataColumn<Row> {
  key: string;
  /** The column's heading (`th scope="col"`); none leaves an empty cell above a column of row headings. */
  header?: ReactNode;
  /** Figures: right-aligned in tabular digits and never wrapped, heading included. */
  numeric?: boolean;
  /** The column's cells name their rows (`th scope="row"`), so a screen reader reads each figure with its row. */
  rowHeader?: boolean;
  /** Classes beside the heading's own (after it, so they win). */
  headerClassName?: string;
  /** Classes beside each body cell's own: the same for every row, or per row (a negative figure in red). */
  cellClassName?: string | ((row: Row) => string | false | undefined);
  /** What the row shows in this column, formatted already. */
  cell: (row: Row) => ReactNode;
}

/** Rows that belong together, in a `tbody` of their own under a heading across the table. */
export interface DataRowGroup<Row> {
  key: string;
  /** Names the group (`th scope="rowgroup"` across every column). */
  heading?: ReactNode;
  /** A line of words across the table under the heading (what changed about an initiative). */
  note?: ReactNode;
  className?: string;
  rows: readonly Row[];
}

/** The body: one list of rows, or groups of them. */
export type DataTableBody<Row> = { rows: readonly Row[]; groups?: never } | { groups: readonly DataRowGroup<Row>[]; rows?: never };

export type DataTableProps<Row> = DataTableBody<Row> & {
  /** The table's caption, shown above it. */
  caption: ReactNode;
  /** The scroll region's name for screen readers when the table is wider than the pane, worded already. */
  scrollLabel: string;
  /** Classes of the scroll box beside its own. */
  scrollClassName?: string;
  columns: readonly DataColumn<Row>[];
  rowKey: (row: Row) => string;
  rowAttributes?: (row: Row) => RowAttributes | undefined;
  /** Rows under the body (`tfoot`): totals. Given empty, the table still has its `tfoot`. */
  footer?: readonly Row[];
  /** Said in a row across the table when the body has no rows; without it the body stays empty. */
  empty?: ReactNode;
  /** Words under the table inside its scroll box ("… and 12 more."). */
  footnote?: ReactNode;
  testId?: string;
  /** Data attributes of the table element (a pool's `data-pool`, `data-overspent`). */
  tableAttributes?: DataAttributes;
};

export interface DataRowProps<Row> {
  row: Row;
  columns: readonly DataColumn<Row>[];
  model: DataTableModel<Row>;
  attributes: RowAttributes | undefined;
}
