/**
 * The totals table's rows: per committee a group under its name with I alt, then Heraf valgt
 * and the span where there are any; in the foot the grand total with its own, and the totals
 * kept apart from it.
 */
import { mergeClasses } from '@fluentui/react-components';
import { useDataTableStyles } from '../DataTable/DataTable.styles';
import type { DataRowGroup, RowAttributes } from '../DataTable/DataTable.types';
import type { YearRow } from '../DataTable/yearColumns';
import { useTotalsTableStyles } from './TotalsTable.styles';
import type { TotalsRow, TotalsTableProps } from './TotalsTable.types';

export interface TotalsTableModel {
  classes: ReturnType<typeof useTotalsTableStyles>;
  /** A group per committee, each with the committee it is of (its heading is drawn from it). */
  groups: (DataRowGroup<YearRow> & { committee: TotalsRow })[];
  footer: YearRow[];
}

export function useTotalsTable(props: TotalsTableProps): TotalsTableModel {
  const classes = useTotalsTableStyles();
  const { totalRow } = useDataTableStyles();
  const m = props.messages;
  const row = (key: string, label: string, values: readonly string[], attributes?: RowAttributes): YearRow => ({ key, label, values, ...(attributes === undefined ? {} : { attributes }) });
  const chosenRow = (key: string, chosen: readonly string[] | undefined, label: string, testId?: string): YearRow[] =>
    chosen === undefined ? [] : [row(key, label, chosen, { className: classes.chosenRow, ...(testId === undefined ? {} : { 'data-testid': testId }) })];
  const spanRow = (key: string, span: readonly string[] | undefined): YearRow[] => (span === undefined ? [] : [row(key, m.spanColumn, span, { className: classes.spanRow })]);
  const group = (committee: TotalsRow): DataRowGroup<YearRow> & { committee: TotalsRow } => ({
    key: committee.id,
    committee,
    className: mergeClasses(committee.muted === true && classes.muted),
    ...(committee.detail === undefined ? {} : { note: committee.detail }),
    rows: [row('total', props.rowLabel ?? m.committeeTotalRow, committee.total, { 'data-committee': committee.id }), ...chosenRow('chosen', committee.chosen, m.chosenRow), ...spanRow('span', committee.span)],
  });
  const grand = props.grand;
  const footer = [
    ...(grand === undefined
      ? []
      : [row('grand', grand.label, grand.total, { className: totalRow, 'data-testid': props.grandTestId }), ...chosenRow('grand-chosen', grand.chosen, m.grandChosen, `${props.grandTestId}-chosen`), ...spanRow('grand-span', grand.span)]),
    ...(props.apart ?? []).map((apart) => row(`apart-${apart.id}`, apart.label, apart.total, { 'data-testid': `other-money-${apart.id}` })),
  ];
  return { classes, groups: props.rows.map(group), footer };
}
