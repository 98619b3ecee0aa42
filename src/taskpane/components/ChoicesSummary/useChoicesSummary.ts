/** The choices' headings and ids: one heading per part, tied to its list or tables for screen readers. */
import { useId } from '@fluentui/react-components';
import type { ChoicesSummaryProps } from './ChoicesSummary.types';

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
