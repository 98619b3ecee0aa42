/**
 * Totals per committee and year, as the preview and the live view show them. Each committee's
 * name has a row of its own above its figures, so at 320 px every year fits beside a short row
 * label instead of two years beside a long name. A year without a range has an empty span cell.
 * When the file makes choices, each committee's Heraf valgt follows its I alt. A comparison of
 * rounds uses it too: a row per initiative or committee with its change, and the net below.
 */
import { DataTable } from '../DataTable/DataTable';
import { yearColumns, yearRowAttributes, yearRowKey } from '../DataTable/yearColumns';
import type { TotalsTableProps } from './TotalsTable.types';
import { useTotalsTable } from './useTotalsTable';

export function TotalsTable(props: TotalsTableProps) {
  const model = useTotalsTable(props);
  const groups = model.groups.map((group) => ({
    ...group,
    heading: (
      <>
        {group.committee.name}
        {group.committee.note === undefined ? null : <span className={model.classes.note}> · {group.committee.note}</span>}
      </>
    ),
  }));
  return (
    <DataTable
      caption={props.caption}
      scrollLabel={props.messages.tableScrollLabel(props.caption)}
      columns={yearColumns(props.years, { labelClassName: model.classes.rowLabel })}
      groups={groups}
      footer={model.footer}
      rowKey={yearRowKey}
      rowAttributes={yearRowAttributes}
      testId={props.testId}
    />
  );
}
