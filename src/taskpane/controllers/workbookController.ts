/**
 * The pane's side of the workbook's tables once written, without React: the user's read-back,
 * check and repair, and the live read-back. Once started it watches the add-in's sheets
 * (host.watch, restarted after every write, since a build may add sheets); each edit the user
 * makes there reads the tables back, so the totals and the "changed" mark follow the workbook
 * without the user pressing anything. Host failures end up in the state, never swallowed.
 * The reducer is ../state/workbookState.ts; components/Pane/useWorkbook.ts is the React view.
 */
import type { InitiativeFile } from '../../core/format/types';
import type { ReadBackLayout } from '../../core/readback/types';
import type { WorkbookHost, WorkbookReadBack } from '../host/types';
import { describeFailure, errorText } from '../state/failure';
import { definitionsJson, initialWorkbookState, isWorkbookBusy, workbookReducer, type WorkbookAction, type WorkbookEvent, type WorkbookState, type WorkbookTask } from '../state/workbookState';
import { Store, type ReadableStore } from './store';

/** Whether the workbook holds the add-in's tables: 'unknown' until asked (or when asking failed). */
export type TablesPresence = 'unknown' | 'none' | 'present';

export interface WorkbookControllerState {
  workbook: WorkbookState;
  /** Read back, check and repair need tables: asked at start and after each write, and learnt from each read. */
  tables: TablesPresence;
}

type WorkbookControllerEvent = WorkbookEvent | { type: 'tablesAnswered'; tables: TablesPresence };

export interface WorkbookControllerOptions {
  /**
   * The pane's one-thing-at-a-time guard, shared with its loads and writes and the rounds:
   * true while any of them runs (see PaneController.busy). Without it, only the workbook's own tools count.
   */
  busy?: () => boolean;
  /** The user applied read-back definitions; `layout` is how the tables are laid out now, when known. */
  onApply?: (definitions: InitiativeFile, layout: ReadBackLayout | undefined) => void;
  /** A repair wrote the tables (or may have, if it failed): what the pane showed about its own last write is stale. */
  onRepaired?: () => void;
}

/** A watch of the add-in's sheets for one write count; `end` stops it, now or as soon as it is up. */
interface WatchRun {
  end: () => void;
}

export class WorkbookController implements ReadableStore<WorkbookControllerState> {
  private readonly store = new Store<WorkbookControllerState, WorkbookControllerEvent>(reduce, { workbook: initialWorkbookState(), tables: 'unknown' });
  readonly getState = this.store.getState;
  readonly subscribe = this.store.subscribe;
  private started = false;
  private disposed = false;
  private watch: WatchRun | undefined;
  /** Numbers the questions about tables: only the latest one's answer counts. */
  private tablesQuestion = 0;
  /** One live read-back at a time; an edit during one asks for one more afterwards. */
  private readonly live = { running: false, again: false };

  constructor(
    private readonly host: WorkbookHost,
    private readonly options: WorkbookControllerOptions = {},
  ) {}

  /** Asks whether the workbook has tables and starts watching it. Nothing touches the host before this. */
  start(): void {
    if (this.started || this.disposed) return;
    this.started = true;
    this.followWrites();
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Stops the watch (now, or as soon as it comes up) and ignores every answer still on its way. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.watch?.end();
    this.watch = undefined;
  }

  readonly readBack = (): void => this.read('readBack');

  readonly check = (): void => this.read('check');

  readonly repair = (): void => {
    if (!this.begin('repair')) return;
    this.dispatch({ type: 'writeStarted' });
    this.host
      .repair((progress) => this.dispatch({ type: 'taskProgressed', progress }))
      .then(async (result) => {
        if (result.status !== 'repaired') return { result };
        // Read the repaired tables once: the totals as they are now, the check after the
        // repair, and the layout applying the definitions needs. A failure here leaves the
        // repair reported and says why nothing was read.
        const after = await this.host.readBack().catch((error: unknown) => {
          this.dispatch({ type: 'faulted', detail: errorText(error) });
          return undefined;
        });
        return { result, ...(after === undefined ? {} : { after }) };
      })
      .then(
        (finished) => {
          this.dispatch({ type: 'repairFinished', ...finished });
          if (finished.result.status === 'repaired') this.repaired();
        },
        (error: unknown) => {
          this.dispatch({ type: 'taskFailed', action: 'repair', failure: describeFailure(error) });
          this.repaired();
        },
      );
  };

  /** Makes the shown read-back's (or repair's) definitions the pane's. */
  readonly apply = (): void => {
    if (this.disposed || this.busy()) return;
    const source = applicableSource(this.store.getState().workbook.task);
    if (source === undefined) return;
    this.dispatch({ type: 'applied', json: definitionsJson(source.definitions) });
    this.options.onApply?.(source.definitions, source.layout);
  };

  readonly dismiss = (): void => this.dispatch({ type: 'taskDismissed' });

  readonly dismissFault = (): void => this.dispatch({ type: 'faultDismissed' });

  /**
   * Runs one of the pane's writes, so live read-backs made meanwhile are not taken for the
   * user's edits; `wrote` tells from its result whether it changed the tables (a failure may have).
   */
  readonly trackWrite = <T>(write: () => Promise<T>, wrote: (result: T) => boolean): Promise<T> => {
    this.dispatch({ type: 'writeStarted' });
    return write().then(
      (result) => {
        this.dispatch({ type: 'writeEnded', wrote: wrote(result) });
        return result;
      },
      (error: unknown) => {
        this.dispatch({ type: 'writeEnded', wrote: true });
        throw error;
      },
    );
  };

  /** The applied definitions' JSON text, for the write's check (see safeToOverwrite). */
  readonly applied = (): string | undefined => this.store.getState().workbook.applied;

  private busy(): boolean {
    return this.options.busy?.() ?? isWorkbookBusy(this.store.getState().workbook);
  }

  /** Every answer goes through here: none counts once disposed, and a new write count restarts what follows the tables. */
  private dispatch(event: WorkbookControllerEvent): void {
    if (this.disposed) return;
    const { writes } = this.store.getState().workbook;
    this.store.dispatch(event);
    if (this.started && this.store.getState().workbook.writes !== writes) this.followWrites();
  }

  private repaired(): void {
    if (!this.disposed) this.options.onRepaired?.();
  }

  private begin(action: WorkbookAction): boolean {
    if (this.disposed || this.busy()) return false;
    this.dispatch({ type: 'taskStarted', action });
    return true;
  }

  private read(action: 'readBack' | 'check'): void {
    if (!this.begin(action)) return;
    const { writes } = this.store.getState().workbook;
    this.host.readBack().then(
      (data) => this.dispatch({ type: 'readBackFinished', action, data, writes }),
      (error: unknown) => this.dispatch({ type: 'taskFailed', action, failure: describeFailure(error) }),
    );
  }

  /** A write may have made the first tables, or new sheets the old watch does not cover. */
  private followWrites(): void {
    this.askTables();
    this.watch?.end();
    this.watch = this.startWatch();
  }

  private askTables(): void {
    const question = ++this.tablesQuestion;
    const answer = (tables: TablesPresence): void => {
      if (question === this.tablesQuestion) this.dispatch({ type: 'tablesAnswered', tables });
    };
    this.host.readStoredDefinitions().then(
      (file) => answer(file === undefined ? 'none' : 'present'),
      // Unknown: the tools stay usable, and the first of them the user runs reports the fault.
      () => answer('unknown'),
    );
  }

  private startWatch(): WatchRun {
    const { writes } = this.store.getState().workbook;
    let active = true;
    let stop: (() => Promise<void>) | undefined;
    // Not through dispatch, which drops answers after dispose: a watch that would not stop is
    // kept in the state even then (nothing shows it once the pane is gone, but it is not dropped).
    const stopNow = (stopper: () => Promise<void>): void => {
      stopper().catch((error: unknown) => this.store.dispatch({ type: 'faulted', detail: errorText(error) }));
    };
    this.host
      .watch(() => {
        if (active) this.liveReadBack();
      })
      .then(
        (stopper) => {
          // Restarted (a newer write) or disposed before the watch was up: stop it at once.
          if (!active) return stopNow(stopper);
          stop = stopper;
          this.dispatch({ type: 'watchStarted', writes });
        },
        (error: unknown) => this.dispatch({ type: 'watchFailed', writes, detail: errorText(error) }),
      );
    return {
      end: () => {
        active = false;
        if (stop !== undefined) stopNow(stop);
      },
    };
  }

  private liveReadBack(): void {
    const run = this.live;
    if (this.disposed) return;
    if (run.running) {
      run.again = true;
      return;
    }
    run.running = true;
    // The write count when it started tells the reducer whether the answer still describes the tables.
    const { writes } = this.store.getState().workbook;
    this.dispatch({ type: 'liveStarted', writes });
    void this.host
      .readBack()
      .then(
        (data) => this.dispatch({ type: 'liveFinished', writes, data }),
        (error: unknown) => this.dispatch({ type: 'liveFailed', writes, detail: errorText(error) }),
      )
      .finally(() => {
        run.running = false;
        if (run.again) {
          run.again = false;
          this.liveReadBack();
        }
      });
  }
}

function reduce(state: WorkbookControllerState, event: WorkbookControllerEvent): WorkbookControllerState {
  if (event.type === 'tablesAnswered') return event.tables === state.tables ? state : { ...state, tables: event.tables };
  const workbook = workbookReducer(state.workbook, event);
  if (workbook === state.workbook) return state;
  // A read-back, check or repair answers the tables question too.
  const tables = workbook.task === state.workbook.task ? state.tables : (tablesShownBy(workbook.task) ?? state.tables);
  return { workbook, tables };
}

function tablesShownBy(task: WorkbookTask): TablesPresence | undefined {
  if (task.status === 'noTables') return 'none';
  if (task.status === 'readBack' || task.status === 'checked' || task.status === 'repaired') return 'present';
  return undefined;
}

/** The definitions "Apply" would take from what is shown: a read-back without errors, or a repair. */
function applicableSource(task: WorkbookTask): { definitions: InitiativeFile; layout: ReadBackLayout | undefined } | undefined {
  if (task.status === 'readBack' && !task.data.result.problems.some((p) => p.severity === 'error')) return readBackSource(task.data);
  if (task.status === 'repaired') return task.after === undefined ? { definitions: task.repair.readBack.definitions, layout: undefined } : readBackSource(task.after);
  return undefined;
}

function readBackSource(data: WorkbookReadBack): { definitions: InitiativeFile; layout: ReadBackLayout } {
  return { definitions: data.result.definitions, layout: data.layout };
}
