/**
 * The rounds (docs/rounds.md, D15–D18) as the pane's components see them: the React view of
 * ../../controllers/roundsController.ts, which lists, saves and compares under the pane's
 * one-thing-at-a-time guard.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { RoundsController } from '../../controllers/roundsController';
import { isRoundsBusy, type RoundsState } from '../../state/roundsState';

export interface RoundsActions {
  save: (name: string) => void;
  compare: (name: string) => void;
  dismiss: () => void;
}

export interface RoundsModel {
  state: RoundsState;
  busy: boolean;
  actions: RoundsActions;
}

export function useRounds(controller: RoundsController): RoundsModel {
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  const actions = useMemo<RoundsActions>(() => ({ save: controller.save, compare: controller.compare, dismiss: controller.dismiss }), [controller]);
  return { state, busy: isRoundsBusy(state), actions };
}
