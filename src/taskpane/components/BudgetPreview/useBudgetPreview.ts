/** The preview's figures from the engine, formatted in the pane's language with the chosen decimals. */
import { useMemo } from 'react';
import { workbookLabels } from '../../../core/i18n/labels';
import { formatAmount } from '../../state/format';
import { choicesView, type ChoicesView } from '../../state/choicesView';
import type { PreviewView } from '../../state/preview';
import type { TotalsRow, TotalsTableProps } from '../TotalsTable/TotalsTable.types';
import type { BudgetPreviewProps } from './BudgetPreview.types';

/** A span as "low–high", or '' when low and high agree (no range that year). */
export function spanText(low: number, high: number, span: (low: number, high: number) => string): string {
  return low === high ? '' : span(low, high);
}

export interface BudgetPreviewModel {
  view: PreviewView;
  title: string;
  meta: string;
  counts: string;
  policy: string;
  amount: (value: number) => string;
  span: (low: number, high: number) => string;
  /** The totals table: one row per committee, and the grand total, with spans where there are ranges. */
  rows: TotalsRow[];
  grand: TotalsTableProps['grand'];
  /** Existing and reprioritised money of the chosen committees, apart from the grand total. */
  apart: NonNullable<TotalsTableProps['apart']>;
  /** The initiatives left out and the pools; undefined when the file makes no choices. */
  choices: ChoicesView | undefined;
}

export function useBudgetPreview({ engine, messages: m, lang, model, selected, decimals, untitled }: BudgetPreviewProps): BudgetPreviewModel {
  return useMemo(() => {
    const view = engine.previewOf(model, selected);
    const amount = (value: number): string => formatAmount(value, lang, decimals);
    const span = (low: number, high: number): string => m.span(amount(low), amount(high));
    // A year whose low and high agree has no range: its span cell stays empty, not "42,3–42,3".
    const chosen = (values: readonly number[]): string[] | undefined => (view.choices.shown ? values.map(amount) : undefined);
    const spans = (range: { low: readonly number[]; high: readonly number[] } | undefined): string[] | undefined =>
      range === undefined ? undefined : view.years.map((_, i) => spanText(range.low[i] ?? 0, range.high[i] ?? 0, span));
    return {
      view,
      title: untitled ? m.noTitleYet : model.title,
      meta: m.previewMeta(workbookLabels(lang).units[model.unit], model.priceLevel),
      counts: m.previewCounts(model.committees.length, view.initiativeCount),
      policy: m.rangePolicies[model.rangePolicy],
      amount,
      span,
      rows: view.committees.map((c) => ({
        id: c.id,
        name: c.name,
        note: c.selected ? m.initiativeCount(c.initiatives) : `${m.initiativeCount(c.initiatives)}, ${m.notWritten}`,
        muted: !c.selected,
        total: c.total.map(amount),
        chosen: chosen(c.chosen),
        span: spans(c.span),
      })),
      grand: {
        label: view.grand.selectedOnly ? m.grandTotalSelected : m.grandTotalAll,
        total: view.grand.total.map(amount),
        chosen: chosen(view.grand.chosen),
        span: spans(view.grand.span),
      },
      apart: view.grand.other.map((other) => ({ id: other.funding, label: m.otherMoneyTotal[other.funding], total: other.total.map(amount) })),
      choices: view.choices.shown ? choicesView(view.choices, amount) : undefined,
    };
  }, [engine, m, lang, model, selected, decimals, untitled]);
}
