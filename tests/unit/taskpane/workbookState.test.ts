/**
 * The workbook side of the pane as a reducer: what read back, check and repair leave on
 * screen, when the live totals take a read-back and when they drop it as stale, when the
 * definitions are "changed in the workbook", and when a write may rewrite without asking.
 */
import type { Finding, Notice } from '../../../src/core/readback/types';
import { describeFailure } from '../../../src/taskpane/state/failure';
import {
  definitionsJson,
  initialWorkbookState,
  isChanged,
  isWorkbookBusy,
  liveData,
  safeToOverwrite,
  workbookReducer,
  type WorkbookEvent,
  type WorkbookState,
} from '../../../src/taskpane/state/workbookState';
import { readBackData, result } from './helpers';

const run = (state: WorkbookState, ...events: WorkbookEvent[]): WorkbookState => events.reduce(workbookReducer, state);

const overwritten: Finding = { code: 'integrityFormulaOverwritten', sheet: 'Hospitalsudvalget', address: 'D20', written: '=SUMIFS(…)', current: 500 };
const untitled: Notice = { code: 'readbackRowWithoutTitle', sheet: 'Hospitalsudvalget', address: 'B21', text: '' };

describe('the user’s read back, check and repair', () => {
  test('one at a time; read back and check show what they found, and the live totals take it too', () => {
    const started = run(initialWorkbookState(), { type: 'taskStarted', action: 'readBack' });
    expect(isWorkbookBusy(started)).toBe(true);
    expect(run(started, { type: 'taskStarted', action: 'repair' })).toBe(started);
    const read = run(started, { type: 'readBackFinished', action: 'readBack', data: readBackData(), writes: 0 });
    expect(read.task).toEqual({ status: 'readBack', data: readBackData(), applied: false });
    expect(liveData(read.live)).toEqual(readBackData());
    const checked = run(read, { type: 'taskStarted', action: 'check' }, { type: 'readBackFinished', action: 'check', data: readBackData({ findings: [overwritten] }), writes: 0 });
    expect(checked.task).toEqual({ status: 'checked', data: readBackData({ findings: [overwritten] }) });
  });

  test('a workbook without Budget Tables tables says so, for every action', () => {
    for (const action of ['readBack', 'check'] as const) {
      expect(run(initialWorkbookState(), { type: 'taskStarted', action }, { type: 'readBackFinished', action, data: undefined, writes: 0 }).task).toEqual({ status: 'noTables', action });
    }
    const repair = run(initialWorkbookState(), { type: 'taskStarted', action: 'repair' }, { type: 'writeStarted' }, { type: 'repairFinished', result: { status: 'noState' } });
    expect(repair.task).toEqual({ status: 'noTables', action: 'repair' });
    // Nothing was written: the watch is not restarted.
    expect([repair.writing, repair.writes]).toEqual([false, 0]);
  });

  test('a repair ends a write: the watch restarts, and the read after it is what the totals show', () => {
    const after = readBackData({ amount: 11, diff: [] });
    const repaired = run(
      initialWorkbookState(),
      { type: 'taskStarted', action: 'repair' },
      { type: 'writeStarted' },
      { type: 'taskProgressed', progress: { phase: 'write', done: 3, total: 5 } },
    );
    expect(repaired.task).toEqual({ status: 'working', action: 'repair', progress: { phase: 'write', done: 3, total: 5 } });
    const repair = { status: 'repaired' as const, readBack: readBackData().result, findings: [overwritten], build: result('written') };
    const done = run(repaired, { type: 'repairFinished', result: repair, after });
    expect(done.task).toEqual({ status: 'repaired', repair, after, applied: false });
    expect([done.writing, done.writes]).toEqual([false, 1]);
    expect(done.live).toEqual({ status: 'current', data: after });
    // Read-back with errors: nothing was written.
    const invalid = run(repaired, { type: 'repairFinished', result: { status: 'invalid', readBack: readBackData({ errors: true }).result, findings: [] } });
    expect([invalid.task.status, invalid.writes, invalid.writing]).toEqual(['repairInvalid', 0, false]);
  });

  test('a failure is shown; a repair that failed may have written, so it ends a write too', () => {
    const failure = describeFailure(new Error('GeneralException'));
    const failed = run(initialWorkbookState(), { type: 'taskStarted', action: 'repair' }, { type: 'writeStarted' }, { type: 'taskFailed', action: 'repair', failure });
    expect(failed.task).toEqual({ status: 'failed', action: 'repair', failure });
    expect([failed.writing, failed.writes]).toEqual([false, 1]);
    const readFailed = run(initialWorkbookState(), { type: 'taskStarted', action: 'readBack' }, { type: 'taskFailed', action: 'readBack', failure });
    expect(readFailed.writes).toBe(0);
    expect(run(readFailed, { type: 'taskDismissed' }).task).toEqual({ status: 'idle' });
  });
});

describe('live totals', () => {
  test('an edit reads the tables back; the last totals stay on screen while the next read runs', () => {
    const first = run(initialWorkbookState(), { type: 'liveStarted', writes: 0 });
    expect(first.live).toEqual({ status: 'updating' });
    const current = run(first, { type: 'liveFinished', writes: 0, data: readBackData() });
    expect(current.live).toEqual({ status: 'current', data: readBackData() });
    const again = run(current, { type: 'liveStarted', writes: 0 });
    expect(again.live).toEqual({ status: 'updating', last: readBackData() });
    expect(run(again, { type: 'liveFailed', writes: 0, detail: 'GeneralException' }).live).toEqual({ status: 'failed', detail: 'GeneralException', last: readBackData() });
  });

  test('a read-back that ran while the add-in wrote, or before its last write, is dropped', () => {
    const writing = run(initialWorkbookState(), { type: 'writeStarted' });
    expect(run(writing, { type: 'liveStarted', writes: 0 })).toBe(writing);
    expect(run(writing, { type: 'liveFinished', writes: 0, data: readBackData() })).toBe(writing);
    const written = run(writing, { type: 'writeEnded', wrote: true });
    expect(written.writes).toBe(1);
    expect(run(written, { type: 'liveFinished', writes: 0, data: readBackData() })).toBe(written);
    expect(run(written, { type: 'liveFinished', writes: 1, data: readBackData() }).live.status).toBe('current');
    // A half-finished build is not the user's edits; no tables at all is nothing to show.
    expect(run(written, { type: 'liveFinished', writes: 1, data: readBackData({ interrupted: true }) }).live).toEqual({ status: 'idle' });
    expect(run(written, { type: 'liveFinished', writes: 1, data: undefined }).live).toEqual({ status: 'idle' });
  });

  test('a write makes what was read before stale: live totals, read-back and check go; a repair’s result stays until the pane writes', () => {
    const read = run(initialWorkbookState(), { type: 'liveFinished', writes: 0, data: readBackData() }, { type: 'taskStarted', action: 'readBack' }, { type: 'readBackFinished', action: 'readBack', data: readBackData(), writes: 0 });
    const written = run(read, { type: 'writeStarted' }, { type: 'writeEnded', wrote: true });
    expect([written.live, written.task]).toEqual([{ status: 'idle' }, { status: 'idle' }]);
  });

  test('the watch’s state belongs to the write count it was started for', () => {
    const state = run(initialWorkbookState(), { type: 'writeStarted' }, { type: 'writeEnded', wrote: true });
    expect(run(state, { type: 'watchStarted', writes: 0 }).watch).toEqual({ status: 'starting' });
    expect(run(state, { type: 'watchStarted', writes: 1 }).watch).toEqual({ status: 'watching' });
    expect(run(state, { type: 'watchFailed', writes: 1, detail: 'ApiNotFound' }).watch).toEqual({ status: 'failed', detail: 'ApiNotFound' });
    const faulted = run(state, { type: 'faulted', detail: 'InvalidRequestContext' });
    expect(faulted.fault).toBe('InvalidRequestContext');
    expect(run(faulted, { type: 'faultDismissed' }).fault).toBeUndefined();
  });
});

describe('"changed in the workbook"', () => {
  test('when the live read-back differs from the last build; not before anything is read, nor for an edit that changes no definition', () => {
    expect(isChanged(initialWorkbookState())).toBe(false);
    expect(isChanged(run(initialWorkbookState(), { type: 'liveFinished', writes: 0, data: readBackData() }))).toBe(true);
    expect(isChanged(run(initialWorkbookState(), { type: 'liveFinished', writes: 0, data: readBackData({ amount: 10.5, findings: [overwritten] }) }))).toBe(false);
    // Still marked while the next read runs; a failed read does not claim either way.
    expect(isChanged(run(initialWorkbookState(), { type: 'liveFinished', writes: 0, data: readBackData() }, { type: 'liveStarted', writes: 0 }))).toBe(true);
    expect(isChanged(run(initialWorkbookState(), { type: 'liveFinished', writes: 0, data: readBackData() }, { type: 'liveFailed', writes: 0, detail: 'x' }))).toBe(false);
  });

  test('applying the read-back clears it, until the workbook holds something else again', () => {
    const read = run(initialWorkbookState(), { type: 'taskStarted', action: 'readBack' }, { type: 'readBackFinished', action: 'readBack', data: readBackData(), writes: 0 });
    const applied = run(read, { type: 'applied', json: definitionsJson(readBackData().result.definitions) });
    expect(applied.task).toEqual({ status: 'readBack', data: readBackData(), applied: true });
    expect(isChanged(applied)).toBe(false);
    expect(isChanged(run(applied, { type: 'liveFinished', writes: 0, data: readBackData({ amount: 12 }) }))).toBe(true);
    expect(isChanged(run(applied, { type: 'liveFinished', writes: 0, data: readBackData({ amount: 11 }) }))).toBe(false);
  });

  test('a write clears it: the tables are what was written; a write that stopped at conflicts wrote nothing and leaves it', () => {
    const changed = run(initialWorkbookState(), { type: 'liveFinished', writes: 0, data: readBackData() });
    expect(isChanged(run(changed, { type: 'writeStarted' }, { type: 'writeEnded', wrote: true }))).toBe(false);
    const stopped = run(changed, { type: 'writeStarted' }, { type: 'writeEnded', wrote: false });
    expect([isChanged(stopped), stopped.writes, stopped.writing]).toEqual([true, 0, false]);
  });
});

describe('writing the applied definitions', () => {
  const applied = definitionsJson(readBackData().result.definitions);

  test('rewrites without asking only when the workbook holds exactly them, every row was read and no cell is off', () => {
    expect(safeToOverwrite(applied, readBackData())).toBe(true);
    expect(safeToOverwrite(applied, readBackData({ amount: 12 }))).toBe(false);
    expect(safeToOverwrite(applied, readBackData({ notices: [untitled] }))).toBe(false);
    expect(safeToOverwrite(applied, readBackData({ findings: [overwritten] }))).toBe(false);
    expect(safeToOverwrite(applied, readBackData({ errors: true }))).toBe(false);
    expect(safeToOverwrite(applied, readBackData({ interrupted: true }))).toBe(false);
    expect(safeToOverwrite(applied, undefined)).toBe(false);
    expect(safeToOverwrite(undefined, readBackData())).toBe(false);
  });
});
