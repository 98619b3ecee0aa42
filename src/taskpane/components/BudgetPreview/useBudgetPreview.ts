/** The preview's figures from the engine, formatted in the pane's language with the chosen decimals. */
import { useMemo } from 'react';
import type { Lang } from '../../../core/i18n/lang';
import { workbookLabels } from '../../../core/i18n/labels';
import type { BudgetModel } from '../../../core/model/types';
import type { Engine } from '../../engineLoader';
import type { Messages } from '../../i18n/messages';
import { formatAmount } from '../../state/format';
import type { PreviewView } from '../../state/preview';

export interface BudgetPreviewProps {
  engine: Engine;
  messages: Messages;
  lang: Lang;
  model: BudgetModel;
  selected: readonly string[];
  decimals: number;
}

export interface BudgetPreviewModel {
  view: PreviewView;
  title: string;
  meta: string;
  counts: string;
  policy: string;
  amount(value: number): string;
  span(low: number, high: number): string;
}

export function useBudgetPreview({ engine, messages: m, lang, model, selected, decimals }: BudgetPreviewProps): BudgetPreviewModel {
  return useMemo(() => {
    const view = engine.previewOf(model, selected);
    const amount = (value: number): string => formatAmount(value, lang, decimals);
    return {
      view,
      title: model.title,
      meta: m.previewMeta(workbookLabels(lang).units[model.unit], model.priceLevel),
      counts: m.previewCounts(model.committees.length, view.initiativeCount),
      policy: m.rangePolicies[model.rangePolicy],
      amount,
      span: (low, high) => m.span(amount(low), amount(high)),
    };
  }, [engine, m, lang, model, selected, decimals]);
}
