/** A table's cell classes from its columns: figures right-aligned, headings apart, the column's own classes last. */
import { mergeClasses } from '@fluentui/react-components';
import { useDataTableStyles } from './DataTable.styles';
import type { DataColumn, DataRowGroup, DataTableProps } from './DataTable.types';

export interface DataTableModel<Row> {
  classes: ReturnType<typeof useDataTableStyles>;
  /** The body as groups; a plain list of rows is one group without a heading; none while the empty state shows. */
  groups: readonly DataRowGroup<Row>[];
  /** The body has no rows and the table says so, once, in a body of its own. */
  showEmpty: boolean;
  headerClass: (column: DataColumn<Row>) => string;
  cellClass: (column: DataColumn<Row>, row: Row) => string;
  /** How many columns a cell across the whole table spans. */
  span: number;
}

export function useDataTable<Row>(props: DataTableProps<Row>): DataTableModel<Row> {
  const classes = useDataTableStyles();
  const groups = props.groups ?? [{ key: '', rows: props.rows ?? [] }];
  const showEmpty = props.empty !== undefined && groups.every((group) => group.rows.length === 0);
  return {
    classes,
    groups: showEmpty ? [] : groups,
    showEmpty,
    headerClass: (column) => mergeClasses(classes.th, column.numeric === true && classes.num, column.headerClassName),
    cellClass: (column, row) => {
      const own = typeof column.cellClassName === 'function' ? column.cellClassName(row) : column.cellClassName;
      return mergeClasses(column.numeric === true ? classes.num : classes.td, own);
    },
    span: props.columns.length,
  };
}
