/**
 * The pane's side of the workbook's tables once written: the user's read-back, check and
 * repair, and the live read-back. While the pane is open it watches the add-in's sheets
 * (host.watch, restarted after every write, since a build may add sheets); each edit the
 * user makes there reads the tables back, so the totals and the "changed" mark follow the
 * workbook without the user pressing anything. Failures end up in the state and are shown.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ReadBackLayout } from '../../../core/readback/types';
import type { WorkbookHost, WorkbookReadBack } from '../../host/types';
import type { InitiativeFile } from '../../../core/format/types';
import { describeFailure, errorText } from '../../state/failure';
import { focusTarget } from '../Announcer/useAnnouncer';
import { WORKBOOK_TOOLS } from '../WorkbookPanel/useWorkbookPanel';
import { definitionsJson, initialWorkbookState, isChanged, isWorkbookBusy, workbookReducer, type WorkbookAction, type WorkbookState } from '../../state/workbookState';

export interface WorkbookActions {
  readBack: () => void;
  check: () => void;
  repair: () => void;
  /** Makes the shown read-back's (or repair's) definitions the pane's. */
  apply: () => void;
  dismiss: () => void;
  dismissFault: () => void;
}

/** Whether the workbook holds the add-in's tables: 'unknown' until asked (or when asking failed). */
export type TablesPresence = 'unknown' | 'none' | 'present';

export interface WorkbookModel {
  state: WorkbookState;
  tables: TablesPresence;
  busy: boolean;
  /** The workbook holds edits the pane's definitions do not have. */
  changed: boolean;
  actions: WorkbookActions;
  /**
   * Runs one of the pane's writes, so live read-backs made meanwhile are not taken for the
   * user's edits; `wrote` tells from its result whether it changed the tables (a failure may have).
   */
  trackWrite: <T>(write: () => Promise<T>, wrote: (result: T) => boolean) => Promise<T>;
  /** The applied definitions' JSON text, for the write's check (see safeToOverwrite). */
  applied: () => string | undefined;
}

export interface WorkbookOptions {
  /**
   * The pane's one-thing-at-a-time guard, shared with its loads and writes: true while any
   * of them or of these runs. Set here at once on a start, so a second click before React
   * re-renders (here or on the pane's write) starts nothing.
   */
  busy: { current: boolean };
  /** The user applied read-back definitions; `layout` is how the tables are laid out now, when known. */
  onApply: (definitions: InitiativeFile, layout: ReadBackLayout | undefined) => void;
  /** A repair wrote the tables: what the pane showed about its own last write is stale. */
  onRepaired: () => void;
}

export function useWorkbook(host: WorkbookHost, options: WorkbookOptions): WorkbookModel {
  const [state, dispatch] = useReducer(workbookReducer, undefined, initialWorkbookState);
  // The latest state and options for the callbacks below, which stay stable across renders.
  // Updated after each commit (never during render), before any event can call a callback.
  const stateRef = useRef(state);
  const optionsRef = useRef(options);
  useLayoutEffect(() => {
    stateRef.current = state;
    optionsRef.current = options;
  });
  const busy = options.busy;
  const { writes } = state;

  // Read back, check and repair need tables: ask the workbook once, and again after each write.
  const [tables, setTables] = useState<TablesPresence>('unknown');
  useEffect(() => {
    let current = true;
    host.readStoredDefinitions().then(
      (file) => current && setTables(file === undefined ? 'none' : 'present'),
      // Unknown: the tools stay usable and report the fault themselves.
      () => current && setTables('unknown'),
    );
    return () => {
      current = false;
    };
  }, [host, writes]);
  // A read-back or check answers the same question.
  const task = state.task;
  useEffect(() => {
    if (task.status === 'noTables') setTables('none');
    else if (task.status === 'readBack' || task.status === 'checked' || task.status === 'repaired') setTables('present');
  }, [task]);

  // One live read-back at a time; an edit during one asks for one more afterwards.
  const live = useRef({ running: false, again: false });
  const runLive = useCallback((): void => {
    const run = live.current;
    if (run.running) {
      run.again = true;
      return;
    }
    run.running = true;
    const { writes } = stateRef.current;
    dispatch({ type: 'liveStarted', writes });
    void host
      .readBack()
      .then(
        (data) => dispatch({ type: 'liveFinished', writes, data }),
        (error: unknown) => dispatch({ type: 'liveFailed', writes, detail: errorText(error) }),
      )
      .finally(() => {
        run.running = false;
        if (run.again) {
          run.again = false;
          runLive();
        }
      });
  }, [host]);

  useEffect(() => {
    let active = true;
    let stop: (() => Promise<void>) | undefined;
    const stopWatching = (stopper: () => Promise<void>): void => {
      stopper().catch((error: unknown) => dispatch({ type: 'faulted', detail: errorText(error) }));
    };
    const onChange = (): void => {
      if (active) runLive();
    };
    host.watch(onChange).then(
      (stopper) => {
        // Unmounted (or restarted) before the watch was up: stop it at once.
        if (!active) return stopWatching(stopper);
        stop = stopper;
        dispatch({ type: 'watchStarted', writes });
      },
      (error: unknown) => dispatch({ type: 'watchFailed', writes, detail: errorText(error) }),
    );
    return () => {
      active = false;
      if (stop !== undefined) stopWatching(stop);
    };
    // A new write count restarts the watch: the build may have made sheets the old watch does not cover.
  }, [host, writes, runLive]);

  const begin = useCallback(
    (action: WorkbookAction): boolean => {
      if (busy.current) return false;
      busy.current = true;
      dispatch({ type: 'taskStarted', action });
      return true;
    },
    [busy],
  );

  const read = useCallback(
    (action: 'readBack' | 'check') => {
      if (!begin(action)) return;
      const { writes } = stateRef.current;
      host.readBack().then(
        (data) => dispatch({ type: 'readBackFinished', action, data, writes }),
        (error: unknown) => dispatch({ type: 'taskFailed', action, failure: describeFailure(error) }),
      );
    },
    [begin, host],
  );

  const repair = useCallback(() => {
    if (!begin('repair')) return;
    dispatch({ type: 'writeStarted' });
    host
      .repair((progress) => dispatch({ type: 'taskProgressed', progress }))
      .then(async (result) => {
        if (result.status !== 'repaired') return { result };
        // Read the repaired tables once: the totals as they are now, the check after the
        // repair, and the layout applying the definitions needs.
        const after = await host.readBack().catch((error: unknown) => {
          dispatch({ type: 'faulted', detail: errorText(error) });
          return undefined;
        });
        return { result, ...(after === undefined ? {} : { after }) };
      })
      .then(
        (finished) => {
          dispatch({ type: 'repairFinished', ...finished });
          if (finished.result.status === 'repaired') optionsRef.current.onRepaired();
        },
        (error: unknown) => {
          dispatch({ type: 'taskFailed', action: 'repair', failure: describeFailure(error) });
          optionsRef.current.onRepaired();
        },
      );
  }, [begin, host]);

  const apply = useCallback(() => {
    const { task } = stateRef.current;
    if (busy.current) return;
    let source: { definitions: InitiativeFile; layout: ReadBackLayout | undefined } | undefined;
    if (task.status === 'readBack' && !task.data.result.problems.some((p) => p.severity === 'error')) source = readBackSource(task.data);
    if (task.status === 'repaired') source = task.after === undefined ? { definitions: task.repair.readBack.definitions, layout: undefined } : readBackSource(task.after);
    if (source === undefined) return;
    dispatch({ type: 'applied', json: definitionsJson(source.definitions) });
    optionsRef.current.onApply(source.definitions, source.layout);
  }, [busy]);

  const trackWrite = useCallback(<T,>(write: () => Promise<T>, wrote: (result: T) => boolean): Promise<T> => {
    dispatch({ type: 'writeStarted' });
    return write().then(
      (result) => {
        dispatch({ type: 'writeEnded', wrote: wrote(result) });
        return result;
      },
      (error: unknown) => {
        dispatch({ type: 'writeEnded', wrote: true });
        throw error;
      },
    );
  }, []);

  const actions = useMemo<WorkbookActions>(
    () => ({
      readBack: () => read('readBack'),
      check: () => read('check'),
      repair,
      apply,
      dismiss: () => {
        dispatch({ type: 'taskDismissed' });
        focusTarget(WORKBOOK_TOOLS);
      },
      dismissFault: () => dispatch({ type: 'faultDismissed' }),
    }),
    [read, repair, apply],
  );
  const applied = useCallback(() => stateRef.current.applied, []);
  // Compares the definitions as JSON: once per read-back, not on every render of the pane.
  const { live: liveRead, applied: appliedJson } = state;
  const changed = useMemo(() => isChanged({ live: liveRead, applied: appliedJson }), [liveRead, appliedJson]);
  return { state, tables, busy: isWorkbookBusy(state), changed, actions, trackWrite, applied };
}

function readBackSource(data: WorkbookReadBack): { definitions: InitiativeFile; layout: ReadBackLayout } {
  return { definitions: data.result.definitions, layout: data.layout };
}
