/** A list of changes or findings: where (sheet and cell, the row's heading) beside what. */
import { Caption1 } from '@fluentui/react-components';
import type { ReportLine } from '../../../i18n/readBack';
import { CellAddress } from '../../CellAddress/CellAddress';
import { DataTable } from '../../DataTable/DataTable';
import type { DataColumn } from '../../DataTable/DataTable.types';
import { useChangeTableStyles } from './ChangeTable.styles';
import type { ChangeTableProps } from './ChangeTable.types';

export function ChangeTable(props: ChangeTableProps) {
  const styles = useChangeTableStyles();
  const m = props.messages;
  const columns: DataColumn<ReportLine>[] = [
    { key: 'cell', header: m.cellColumn, rowHeader: true, cellClassName: styles.cell, cell: (line) => <CellAddress cell={line.cell} /> },
    { key: 'change', header: m.changeColumn, cellClassName: styles.change, cell: (line) => line.text },
  ];
  return (
    <DataTable
      caption={props.caption}
      scrollLabel={m.tableScrollLabel(props.caption)}
      columns={columns}
      rows={props.lines.lines}
      rowKey={(line) => line.key}
      testId={props.testId}
      footnote={props.lines.more === undefined ? null : <Caption1>{props.lines.more}</Caption1>}
    />
  );
}
