/**
 * The pane's view of the workbook's tables after they are written (docs/readback.md): the
 * user's read-back, check and repair, and the live read-back that follows the user's edits.
 * A pure reducer, unit-tested in node; the host calls live in ../controllers/workbookController.ts.
 * Types only from the read-back modules, so this never pulls them into the first bundle.
 */
import type { RepairResult } from '../../adapters/officejs/repair';
import type { InitiativeFile } from '../../core/format/types';
import type { ProgressReport, WorkbookReadBack } from '../host/types';
import type { Failure } from './failure';

/** What the user asked of the workbook. */
export type WorkbookAction = 'readBack' | 'check' | 'repair';

type Repaired = Extract<RepairResult, { status: 'repaired' }>;
type RepairInvalid = Extract<RepairResult, { status: 'invalid' }>;

/** The answer to the last thing the user asked, shown until the next one (or a write makes it stale). */
export type WorkbookTask =
  | { status: 'idle' }
  | { status: 'working'; action: WorkbookAction; progress?: ProgressReport }
  /** The workbook has no Budget Tables tables (no stored state). */
  | { status: 'noTables'; action: WorkbookAction }
  /** "Read changes": the diff, notices and problems; `applied` once the user made them the pane's definitions. */
  | { status: 'readBack'; data: WorkbookReadBack; applied: boolean }
  /** "Check the workbook": the integrity findings. */
  | { status: 'checked'; data: WorkbookReadBack }
  /** `after`: the tables read back and checked once repaired (undefined if that read failed; the fault says why). */
  | { status: 'repaired'; repair: Repaired; after?: WorkbookReadBack; applied: boolean }
  /** Read-back gave definitions with errors; nothing was written. */
  | { status: 'repairInvalid'; repair: RepairInvalid }
  | { status: 'failed'; action: WorkbookAction; failure: Failure };

/** The workbook's tables as the last live read-back found them. */
export type LiveState =
  /** Nothing read since the add-in last wrote: the tables are what it wrote. */
  | { status: 'idle' }
  | { status: 'updating'; last?: WorkbookReadBack }
  | { status: 'current'; data: WorkbookReadBack }
  | { status: 'failed'; detail: string; last?: WorkbookReadBack };

export type WatchState = { status: 'starting' } | { status: 'watching' } | { status: 'failed'; detail: string };

export interface WorkbookState {
  task: WorkbookTask;
  live: LiveState;
  watch: WatchState;
  /** The add-in's own writes (write, repair) finished so far. A new count restarts the watch, which follows the sheets a build made. */
  writes: number;
  /** The add-in is writing: what a read-back finds meanwhile is half-written tables, not the user's edits. */
  writing: boolean;
  /**
   * The read-back definitions the user made the pane's definitions (exact JSON text), so a
   * write can tell whether the workbook still holds exactly them and nothing else.
   */
  applied?: string | undefined;
  /** A fault outside any action the user started (stopping the watch), shown until dismissed. */
  fault?: string | undefined;
}

export type WorkbookEvent =
  | { type: 'taskStarted'; action: WorkbookAction }
  | { type: 'taskProgressed'; progress: ProgressReport }
  | { type: 'readBackFinished'; action: 'readBack' | 'check'; data: WorkbookReadBack | undefined; writes: number }
  /** Ends the repair's write too. */
  | { type: 'repairFinished'; result: RepairResult; after?: WorkbookReadBack }
  | { type: 'taskFailed'; action: WorkbookAction; failure: Failure }
  | { type: 'taskDismissed' }
  | { type: 'applied'; json: string }
  | { type: 'writeStarted' }
  /** `wrote`: false when the write changed nothing (it found conflicts and stopped). */
  | { type: 'writeEnded'; wrote: boolean }
  | { type: 'watchStarted'; writes: number }
  | { type: 'watchFailed'; writes: number; detail: string }
  | { type: 'liveStarted'; writes: number }
  | { type: 'liveFinished'; writes: number; data: WorkbookReadBack | undefined }
  | { type: 'liveFailed'; writes: number; detail: string }
  | { type: 'faulted'; detail: string }
  | { type: 'faultDismissed' };

export function initialWorkbookState(): WorkbookState {
  return { task: { status: 'idle' }, live: { status: 'idle' }, watch: { status: 'starting' }, writes: 0, writing: false };
}

export function isWorkbookBusy(state: WorkbookState): boolean {
  return state.task.status === 'working';
}

/** The last read-back the live view has, current or not. */
export function liveData(live: LiveState): WorkbookReadBack | undefined {
  return live.status === 'current' ? live.data : live.status === 'idle' ? undefined : live.last;
}

/** The JSON text the pane applies and compares: the same text the pane's source holds. */
export function definitionsJson(file: InitiativeFile): string {
  return JSON.stringify(file, null, 2);
}

/**
 * "Ændret i projektmappen": the user's edits, as the live read-back found them, are not in the
 * pane's definitions: the tables differ from the last build, and not into exactly the
 * definitions the user applied.
 */
export function isChanged(state: Pick<WorkbookState, 'live' | 'applied'>): boolean {
  if (state.live.status !== 'current' && state.live.status !== 'updating') return false;
  const data = liveData(state.live);
  if (data === undefined || data.result.diff.length === 0) return false;
  return state.applied === undefined || definitionsJson(data.result.definitions) !== state.applied;
}

/**
 * Whether writing the applied definitions may overwrite the tables without asking: a fresh
 * read-back finds the workbook holds exactly them, every row was read (no notices) and no
 * cell is off (no findings, e.g. text in an amount cell). Otherwise the write compares as
 * usual and lists the user's changes as conflicts, so nothing typed since is lost unasked.
 */
export function safeToOverwrite(applied: string | undefined, fresh: WorkbookReadBack | undefined): boolean {
  if (applied === undefined || fresh === undefined || fresh.interrupted === true) return false;
  const { result, findings } = fresh;
  if (result.notices.length > 0 || findings.length > 0 || result.problems.some((p) => p.severity === 'error')) return false;
  return definitionsJson(result.definitions) === applied;
}

/** A live read-back belongs to the tables as they are only if no write of the add-in started or ended while it ran. */
const fresh = (state: WorkbookState, writes: number): boolean => !state.writing && writes === state.writes;

export function workbookReducer(state: WorkbookState, event: WorkbookEvent): WorkbookState {
  switch (event.type) {
    case 'taskStarted':
      return isWorkbookBusy(state) ? state : { ...state, task: { status: 'working', action: event.action } };
    case 'taskProgressed':
      return state.task.status === 'working' ? { ...state, task: { ...state.task, progress: event.progress } } : state;
    case 'readBackFinished': {
      if (event.data === undefined) return { ...state, task: { status: 'noTables', action: event.action } };
      const task: WorkbookTask = event.action === 'readBack' ? { status: 'readBack', data: event.data, applied: false } : { status: 'checked', data: event.data };
      // A read the user asked for is as good as a live one: the totals follow it too.
      return { ...state, task, ...(fresh(state, event.writes) && event.data.interrupted !== true ? { live: { status: 'current', data: event.data } } : {}) };
    }
    case 'repairFinished': {
      const { result, after } = event;
      const task: WorkbookTask =
        result.status === 'noState'
          ? { status: 'noTables', action: 'repair' }
          : result.status === 'invalid'
            ? { status: 'repairInvalid', repair: result }
            : { status: 'repaired', repair: result, ...(after === undefined ? {} : { after }), applied: false };
      const ended = result.status === 'repaired' ? endWrite(state) : { ...state, writing: false };
      // The read after the repair is the tables as they are now: the totals follow it.
      return { ...ended, task, ...(after === undefined || after.interrupted === true ? {} : { live: { status: 'current', data: after } }) };
    }
    case 'taskFailed': {
      // A repair that failed may have written part of the tables: it ends a write all the same.
      const ended = event.action === 'repair' && state.writing ? endWrite(state) : state;
      return { ...ended, task: { status: 'failed', action: event.action, failure: event.failure } };
    }
    case 'taskDismissed':
      return isWorkbookBusy(state) ? state : { ...state, task: { status: 'idle' } };
    case 'applied': {
      const task = state.task.status === 'readBack' || state.task.status === 'repaired' ? { ...state.task, applied: true } : state.task;
      return { ...state, applied: event.json, task };
    }
    case 'writeStarted':
      return { ...state, writing: true };
    case 'writeEnded':
      // A write that stopped at conflicts left the user's edits where they are, and what was read of them stands.
      return event.wrote ? endWrite(state) : { ...state, writing: false };
    case 'watchStarted':
      return event.writes === state.writes ? { ...state, watch: { status: 'watching' } } : state;
    case 'watchFailed':
      return event.writes === state.writes ? { ...state, watch: { status: 'failed', detail: event.detail } } : state;
    case 'liveStarted':
      return fresh(state, event.writes) ? { ...state, live: { status: 'updating', ...optionalLast(liveData(state.live)) } } : state;
    case 'liveFinished':
      if (!fresh(state, event.writes)) return state;
      return { ...state, live: event.data === undefined || event.data.interrupted === true ? { status: 'idle' } : { status: 'current', data: event.data } };
    case 'liveFailed':
      return fresh(state, event.writes) ? { ...state, live: { status: 'failed', detail: event.detail, ...optionalLast(liveData(state.live)) } } : state;
    case 'faulted':
      return { ...state, fault: event.detail };
    case 'faultDismissed':
      return { ...state, fault: undefined };
  }
}

/**
 * The tables are what the add-in just wrote: nothing of the user's is left to show live, and
 * a read-back or check shown from before describes tables that are gone.
 */
function endWrite(state: WorkbookState): WorkbookState {
  return {
    ...state,
    writing: false,
    writes: state.writes + 1,
    live: { status: 'idle' },
    task: state.task.status === 'readBack' || state.task.status === 'checked' || state.task.status === 'repaired' ? { status: 'idle' } : state.task,
  };
}

function optionalLast(last: WorkbookReadBack | undefined): { last?: WorkbookReadBack } {
  return last === undefined ? {} : { last };
}
