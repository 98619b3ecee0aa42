/**
 * The pane's side of the rounds (docs/rounds.md, D15–D18): lists the rounds the workbook keeps
 * when it has tables (again after every write, which may have been a first build), and saves or
 * compares on the user's request under the pane's one-thing-at-a-time guard. Failures end up in
 * the state and are shown.
 */
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { WorkbookHost } from '../../host/types';
import { describeFailure } from '../../state/failure';
import { initialRoundsState, isRoundsBusy, roundsReducer, type RoundsAction, type RoundsState } from '../../state/roundsState';
import type { TablesPresence } from './useWorkbook';

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

export interface RoundsOptions {
  /** The pane's guard, shared with its loads and writes and the workbook's tools (see useWorkbook). */
  busy: { current: boolean };
  tables: TablesPresence;
  /** The pane's write count: the list is read again after each. */
  writes: number;
}

export function useRounds(host: WorkbookHost, { busy, tables, writes }: RoundsOptions): RoundsModel {
  const [state, dispatch] = useReducer(roundsReducer, undefined, initialRoundsState);

  useEffect(() => {
    if (tables !== 'present') return undefined;
    let current = true;
    host.listSnapshots().then(
      (reading) => current && dispatch({ type: 'listed', reading }),
      (error: unknown) => current && dispatch({ type: 'listFailed', failure: describeFailure(error) }),
    );
    return () => {
      current = false;
    };
  }, [host, tables, writes]);

  const run = useCallback(
    (action: RoundsAction, name: string): void => {
      if (busy.current) return;
      busy.current = true;
      dispatch({ type: 'taskStarted', action, name });
      const failed = (error: unknown): void => dispatch({ type: 'taskFailed', action, failure: describeFailure(error) });
      if (action === 'save') host.saveSnapshot(name).then((result) => dispatch({ type: 'saveFinished', result }), failed);
      else host.compareSnapshot(name).then((result) => dispatch({ type: 'compareFinished', result }), failed);
    },
    [busy, host],
  );

  const actions = useMemo<RoundsActions>(
    () => ({
      save: (name) => run('save', name),
      compare: (name) => run('compare', name),
      dismiss: () => dispatch({ type: 'taskDismissed' }),
    }),
    [run],
  );
  return { state, busy: isRoundsBusy(state), actions };
}
