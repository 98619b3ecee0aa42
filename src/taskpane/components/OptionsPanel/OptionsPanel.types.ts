import type { RangePolicy } from '../../../core/format/types';
import type { Lang } from '../../../core/i18n/lang';
import type { BudgetModel } from '../../../core/model/types';
import type { Messages } from '../../i18n/messages';
import type { RangeChoice } from '../../state/types';
import type { WriteOptions } from '../../state/paneState';

export interface OptionsPanelProps {
  messages: Messages;
  options: WriteOptions;
  model: BudgetModel;
  filePolicy: RangePolicy;
  disabled: boolean;
  onLabelLang: (lang: Lang) => void;
  onDecimals: (decimals: number) => void;
  onRange: (range: RangeChoice) => void;
  onCommittee: (id: string, checked: boolean) => void;
  onAllCommittees: (checked: boolean) => void;
}
