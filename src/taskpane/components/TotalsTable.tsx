/**
 * Totals per committee and year, as the preview and the live view show them. Each committee's
 * name has a row of its own above its figures, so at 320 px every year fits beside a short row
 * label instead of two years beside a long name. A year without a range has an empty span cell.
 * When the file makes choices, each committee's Heraf valgt follows its I alt. A comparison of
 * rounds uses it too: a row per initiative or committee with its change, and the net below.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Messages } from '../i18n/messages';
import { TableScroll } from './TableScroll';
import { useSharedStyles } from './shared.styles';

export interface TotalsRow {
  id: string;
  name: string;
  /** Shown small beside the name ("5 emner, skrives ikke"). */
  note?: string;
  /** A line of words under the name (what changed about an initiative). */
  detail?: string;
  /** Drawn muted: not written. */
  muted?: boolean;
  total: readonly string[];
  /** Heraf valgt: the chosen new money per year; undefined: no row (the file makes no choices). */
  chosen?: readonly string[] | undefined;
  /** The span per year, '' for a year without a range; undefined: no row. */
  span?: readonly string[] | undefined;
}

export interface TotalsTableProps {
  years: readonly number[];
  rows: readonly TotalsRow[];
  /** The total row; none where the rows do not add up to a total worth showing. */
  grand?: { label: string; total: readonly string[]; chosen?: readonly string[] | undefined; span?: readonly string[] | undefined } | undefined;
  /** The label of each row's figures; the committee's total ("I alt") unless told. */
  rowLabel?: string;
  /** Totals kept apart from the grand total, below it (existing and reprioritised money, L12). */
  apart?: readonly { id: string; label: string; total: readonly string[] }[];
  /** The caption; the region's name for screen readers when it scrolls. */
  caption: string;
  /** The row labels (the committee's total, its span) and the scroll region's name, in the pane's language. */
  messages: Messages;
  testId: string;
  grandTestId: string;
}

const useStyles = makeStyles({
  name: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: tokens.spacingVerticalXS,
    overflowWrap: 'break-word',
  },
  detail: {
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'left',
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  note: {
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  rowLabel: {
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'left',
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  chosenRow: {
    fontStyle: 'italic',
  },
  spanRow: {
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
  },
});

export function TotalsTable(props: TotalsTableProps) {
  const shared = useSharedStyles();
  const styles = useStyles();
  const m = props.messages;
  const cells = (values: readonly string[]) =>
    values.map((value, i) => (
      <td key={props.years[i] ?? i} className={shared.num}>
        {value}
      </td>
    ));
  const spanRow = (span: readonly string[] | undefined) =>
    span === undefined ? null : (
      <tr className={styles.spanRow}>
        <th scope="row" className={mergeClasses(shared.td, styles.rowLabel)}>
          {m.spanColumn}
        </th>
        {cells(span)}
      </tr>
    );
  const chosenRow = (chosen: readonly string[] | undefined, label: string, testId?: string) =>
    chosen === undefined ? null : (
      <tr className={styles.chosenRow} {...(testId === undefined ? {} : { 'data-testid': testId })}>
        <th scope="row" className={mergeClasses(shared.td, styles.rowLabel)}>
          {label}
        </th>
        {cells(chosen)}
      </tr>
    );
  return (
    <TableScroll label={m.tableScrollLabel(props.caption)}>
      <table className={shared.table} data-testid={props.testId}>
        <caption className={shared.caption}>{props.caption}</caption>
        <thead>
          <tr>
            <td className={shared.th} />
            {props.years.map((year) => (
              <th key={year} scope="col" className={mergeClasses(shared.th, shared.num)}>
                {year}
              </th>
            ))}
          </tr>
        </thead>
        {props.rows.map((row) => (
          <tbody key={row.id} className={mergeClasses(row.muted === true && styles.muted)}>
            <tr>
              <th scope="rowgroup" colSpan={props.years.length + 1} className={mergeClasses(shared.td, styles.name)}>
                {row.name}
                {row.note === undefined ? null : <span className={styles.note}> · {row.note}</span>}
              </th>
            </tr>
            {row.detail === undefined ? null : (
              <tr>
                <td colSpan={props.years.length + 1} className={mergeClasses(shared.td, styles.detail)}>
                  {row.detail}
                </td>
              </tr>
            )}
            <tr data-committee={row.id}>
              <th scope="row" className={mergeClasses(shared.td, styles.rowLabel)}>
                {props.rowLabel ?? m.committeeTotalRow}
              </th>
              {cells(row.total)}
            </tr>
            {chosenRow(row.chosen, m.chosenRow)}
            {spanRow(row.span)}
          </tbody>
        ))}
        <tfoot>
          {props.grand === undefined ? null : (
            <>
              <tr className={shared.totalRow} data-testid={props.grandTestId}>
                <th scope="row" className={mergeClasses(shared.td, styles.rowLabel)}>
                  {props.grand.label}
                </th>
                {cells(props.grand.total)}
              </tr>
              {chosenRow(props.grand.chosen, m.grandChosen, `${props.grandTestId}-chosen`)}
              {spanRow(props.grand.span)}
            </>
          )}
          {(props.apart ?? []).map((row) => (
            <tr key={row.id} data-testid={`other-money-${row.id}`}>
              <th scope="row" className={mergeClasses(shared.td, styles.rowLabel)}>
                {row.label}
              </th>
              {cells(row.total)}
            </tr>
          ))}
        </tfoot>
      </table>
    </TableScroll>
  );
}
