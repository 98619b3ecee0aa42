/**
 * The pane's tables: a caption, typed columns (figures right-aligned, row headings as
 * `th scope="row"`), rows or groups of rows, totals in the foot, all in a box that scrolls
 * sideways on its own (TableScroll) so the pane never does at 320 px.
 */
import { mergeClasses } from '@fluentui/react-components';
import { TableScroll } from './TableScroll';
import type { DataRowProps, DataTableProps } from './DataTable.types';
import { useDataTable } from './useDataTable';

export function DataTable<Row>(props: DataTableProps<Row>) {
  const model = useDataTable(props);
  const { classes } = model;
  return (
    <TableScroll label={props.scrollLabel} {...(props.scrollClassName === undefined ? {} : { className: props.scrollClassName })}>
      <table className={classes.table} data-testid={props.testId} {...props.tableAttributes}>
        <caption className={classes.caption}>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((column) =>
              column.header === undefined ? (
                <td key={column.key} className={model.headerClass(column)} />
              ) : (
                <th key={column.key} scope="col" className={model.headerClass(column)}>
                  {column.header}
                </th>
              ),
            )}
          </tr>
        </thead>
        {model.showEmpty ? (
          <tbody>
            <tr>
              <td colSpan={model.span} className={classes.td} data-testid={props.testId === undefined ? undefined : `${props.testId}-empty`}>
                {props.empty}
              </td>
            </tr>
          </tbody>
        ) : null}
        {model.groups.map((group) => (
          <tbody key={group.key} className={group.className}>
            {group.heading === undefined ? null : (
              <tr>
                <th scope="rowgroup" colSpan={model.span} className={mergeClasses(classes.td, classes.groupHeading)}>
                  {group.heading}
                </th>
              </tr>
            )}
            {group.note === undefined ? null : (
              <tr>
                <td colSpan={model.span} className={mergeClasses(classes.td, classes.groupNote)}>
                  {group.note}
                </td>
              </tr>
            )}
            {group.rows.map((row) => (
              <DataRow key={props.rowKey(row)} row={row} columns={props.columns} model={model} attributes={props.rowAttributes?.(row)} />
            ))}
          </tbody>
        ))}
        {props.footer === undefined ? null : (
          <tfoot>
            {props.footer.map((row) => (
              <DataRow key={props.rowKey(row)} row={row} columns={props.columns} model={model} attributes={props.rowAttributes?.(row)} />
            ))}
          </tfoot>
        )}
      </table>
      {props.footnote}
    </TableScroll>
  );
}

/** One row of the body or the foot: a cell per column, the row's heading as `th scope="row"`. */
function DataRow<Row>({ row, columns, model, attributes }: DataRowProps<Row>) {
  return (
    <tr {...attributes}>
      {columns.map((column) =>
        column.rowHeader === true ? (
          <th key={column.key} scope="row" className={model.cellClass(column, row)}>
            {column.cell(row)}
          </th>
        ) : (
          <td key={column.key} className={model.cellClass(column, row)}>
            {column.cell(row)}
          </td>
        ),
      )}
    </tr>
  );
}
