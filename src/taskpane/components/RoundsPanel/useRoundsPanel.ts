/**
 * The rounds section's state beside what it shows: the name field with its suggestion, the
 * view (worded by the engine chunk's `roundsView`), and the spoken answer to a save or a
 * comparison, with focus moved to it as the workbook's tools do.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { suggestRoundName } from '../../state/roundsState';
import type { RoundsOutcomeView, RoundsView } from '../../state/roundsView';
import { focusTarget } from '../Announcer/useAnnouncer';
import type { RoundsPanelProps } from './RoundsPanel.types';

/** Focus after a save or comparison: its answer; after closing one: the name field. */
export const ROUNDS_OUTCOME = 'rounds-outcome';
export const ROUNDS_NAME = 'rounds-name';

/** The answer as one spoken sentence or two; refusals are urgent. */
export function roundsAnnouncement(outcome: RoundsOutcomeView): { text: string; urgent: boolean } | undefined {
  switch (outcome.kind) {
    case 'none':
    case 'working':
      return undefined;
    case 'saved':
      return { text: outcome.text, urgent: false };
    case 'compared':
      return { text: `${outcome.comparison.heading}. ${outcome.comparison.summary}`, urgent: false };
    case 'refused':
      return { text: [outcome.title, ...outcome.lines].join(' '), urgent: true };
  }
}

export interface RoundsPanelModel {
  view: RoundsView | undefined;
  name: string;
  setName: (name: string) => void;
  save: () => void;
  dismiss: () => void;
}

export function useRoundsPanel({ engine, messages: m, lang, state, actions, announce }: RoundsPanelProps): RoundsPanelModel {
  const view = useMemo(() => (engine === undefined ? undefined : engine.roundsView(state, m, lang)), [engine, state, m, lang]);
  // Undefined, or typed before the last save: the suggestion shows (and follows the rounds kept).
  const [typed, setTyped] = useState<{ text: string; saves: number } | undefined>(undefined);
  const taken = useMemo(() => (state.list.status === 'listed' ? state.list.rounds.map((r) => r.name) : []), [state.list]);
  const suggestion = useMemo(() => suggestRoundName(taken, lang, new Date()), [taken, lang]);
  const answered = useRef(state.task);
  useEffect(() => {
    if (view === undefined || answered.current === state.task) return;
    answered.current = state.task;
    const said = roundsAnnouncement(view.outcome);
    if (said === undefined) return;
    announce(said.text, said.urgent);
    focusTarget(ROUNDS_OUTCOME);
  }, [view, state.task, announce]);
  const name = typed !== undefined && typed.saves === state.saves ? typed.text : suggestion;
  return {
    view,
    name,
    setName: (text) => setTyped({ text, saves: state.saves }),
    save: () => actions.save(name),
    dismiss: () => {
      actions.dismiss();
      focusTarget(ROUNDS_NAME);
    },
  };
}
