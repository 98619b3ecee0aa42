/** The choices' headings and ids: one heading per part, tied to its list or tables for screen readers. */
import { useId } from '@fluentui/react-components';
import type { Messages } from '../../i18n/messages';
import type { ChoicesView } from '../../state/choicesView';

export interface ChoicesSummaryProps {
  years: readonly number[];
  choices: ChoicesView;
  messages: Messages;
  /** Prefix of the test ids, so the preview's and the live view's can be told apart. */
  testId: string;
}

export interface ChoicesSummaryModel {
  leftOutId: string;
  poolsId: string;
  /** The caption of a pool's table, and the name of its scroll region. */
  poolCaption(name: string): string;
}

export function useChoicesSummary({ messages: m }: ChoicesSummaryProps): ChoicesSummaryModel {
  const leftOutId = useId('left-out-heading');
  const poolsId = useId('pools-heading');
  return { leftOutId, poolsId, poolCaption: (name) => `${m.poolsHeading}: ${name}` };
}
