import type { Messages } from '../../i18n/messages';

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
