import type { Lang } from '../../../core/i18n/lang';
import type { BudgetModel } from '../../../core/model/types';
import type { Engine } from '../../engineLoader';
import type { Messages } from '../../i18n/messages';

export interface BudgetPreviewProps {
  engine: Engine;
  messages: Messages;
  lang: Lang;
  model: BudgetModel;
  selected: readonly string[];
  decimals: number;
  /** A CSV whose title is not given yet: the preview says so rather than show the file name as if chosen. */
  untitled: boolean;
}
