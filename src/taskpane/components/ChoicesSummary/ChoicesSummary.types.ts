import type { Messages } from '../../i18n/messages';
import type { ChoicesView } from '../../state/choicesView';

export interface ChoicesSummaryProps {
  years: readonly number[];
  choices: ChoicesView;
  messages: Messages;
  /** Prefix of the test ids, so the preview's and the live view's can be told apart. */
  testId: string;
}
