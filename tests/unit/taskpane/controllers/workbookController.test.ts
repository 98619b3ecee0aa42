/**
 * The workbook's controller against a host whose answers the test gives by hand: the watch
 * and its restarts, the live read-back's coalescing and staleness, the user's read back,
 * check, repair and apply, and every host failure ending in the state.
 */
import { WorkbookController } from '../../../../src/taskpane/controllers/workbookController';
import { definitionsJson, isChanged } from '../../../../src/taskpane/state/workbookState';
import { readBackData, result, sampleFile } from '../helpers';
import { fakeHost, settle, stopper, type FakeHost } from './fakeHost';

function started(host: FakeHost = fakeHost(), options: ConstructorParameters<typeof WorkbookController>[1] = {}): { host: FakeHost; controller: WorkbookController } {
  const controller = new WorkbookController(host.host, options);
  controller.start();
  return { host, controller };
}

/** Brings the first watch up with a stopper that records its calls. */
async function watching(host: FakeHost, n = 0) {
  const stop = stopper();
  host.watch.at(n).resolve(stop);
  await settle();
  return stop;
}

/** The user edits one of the add-in's sheets: the host calls the watch's onChange. */
const edit = (host: FakeHost, watch = 0): void => host.watch.at(watch).args[0]();

describe('start and the tables question', () => {
  test('nothing touches the host before start; start asks for tables once and watches once', () => {
    const host = fakeHost();
    const controller = new WorkbookController(host.host);
    expect(host.counts()).toEqual({ write: 0, readStoredDefinitions: 0, readBack: 0, repair: 0, watch: 0, listSnapshots: 0, saveSnapshot: 0, compareSnapshot: 0 });
    controller.start();
    controller.start();
    expect(host.counts()).toEqual({ write: 0, readStoredDefinitions: 1, readBack: 0, repair: 0, watch: 1, listSnapshots: 0, saveSnapshot: 0, compareSnapshot: 0 });
    expect(controller.getState().tables).toBe('unknown');
  });

  test('stored definitions mean tables; none mean none; a failure to ask leaves it unknown', async () => {
    const present = started();
    present.host.readStoredDefinitions.at(0).resolve(sampleFile());
    await settle();
    expect(present.controller.getState().tables).toBe('present');

    const none = started();
    none.host.readStoredDefinitions.at(0).resolve(undefined);
    await settle();
    expect(none.controller.getState().tables).toBe('none');

    const failing = started();
    failing.host.readStoredDefinitions.at(0).reject(new Error('GeneralException'));
    await settle();
    expect(failing.controller.getState().tables).toBe('unknown');
  });

  test('a write asks again, and the answer to the question before it no longer counts', async () => {
    const { host, controller } = started();
    await controller.trackWrite(() => Promise.resolve(result('written')), () => true);
    expect(host.readStoredDefinitions.calls).toHaveLength(2);
    host.readStoredDefinitions.at(1).resolve(sampleFile());
    host.readStoredDefinitions.at(0).resolve(undefined);
    await settle();
    expect(controller.getState().tables).toBe('present');
  });

  test('a read-back that finds no tables says so, and one that reads them says they are there', async () => {
    const { host, controller } = started();
    controller.readBack();
    host.readBack.at(0).resolve(undefined);
    await settle();
    expect(controller.getState().tables).toBe('none');
    controller.check();
    host.readBack.at(1).resolve(readBackData());
    await settle();
    expect(controller.getState().tables).toBe('present');
  });
});

describe('the watch', () => {
  test('comes up, and a write that changed the tables stops it and starts a new one for the new sheets', async () => {
    const { host, controller } = started();
    const first = await watching(host);
    expect(controller.getState().workbook.watch).toEqual({ status: 'watching' });

    await controller.trackWrite(() => Promise.resolve(result('written')), (r) => r.status === 'written');
    expect(controller.getState().workbook.writes).toBe(1);
    expect(first.calls).toBe(1);
    expect(host.watch.calls).toHaveLength(2);
    const second = await watching(host, 1);
    expect(controller.getState().workbook.watch).toEqual({ status: 'watching' });
    expect(second.calls).toBe(0);
  });

  test('a write that stopped at conflicts changed nothing: the same watch goes on', async () => {
    const { host, controller } = started();
    const first = await watching(host);
    await controller.trackWrite(() => Promise.resolve(result('conflicts')), (r) => r.status === 'written');
    expect(controller.getState().workbook.writes).toBe(0);
    expect(first.calls).toBe(0);
    expect(host.watch.calls).toHaveLength(1);
  });

  test('dispose stops it once', async () => {
    const { host, controller } = started();
    const stop = await watching(host);
    controller.dispose();
    controller.dispose();
    await settle();
    expect(stop.calls).toBe(1);
  });

  test('a watch that comes up after dispose is stopped at once and changes nothing', async () => {
    const { host, controller } = started();
    controller.dispose();
    const stop = await watching(host);
    expect(stop.calls).toBe(1);
    expect(controller.getState().workbook.watch).toEqual({ status: 'starting' });
  });

  test('a watch of the old sheets that comes up after a write restarted it is stopped at once and does not count', async () => {
    const { host, controller } = started();
    await controller.trackWrite(() => Promise.resolve(result('written')), () => true);
    const old = await watching(host, 0);
    expect(old.calls).toBe(1);
    expect(controller.getState().workbook.watch).toEqual({ status: 'starting' });
  });

  test('a stop that fails becomes a fault in the state, never swallowed', async () => {
    const { host, controller } = started();
    const stop = stopper(() => Promise.reject(new Error('InvalidBinding: the binding is gone')));
    host.watch.at(0).resolve(stop);
    await settle();
    await controller.trackWrite(() => Promise.resolve(result('written')), () => true);
    await settle();
    expect(stop.calls).toBe(1);
    expect(controller.getState().workbook.fault).toBe('InvalidBinding: the binding is gone');
    controller.dismissFault();
    expect(controller.getState().workbook.fault).toBeUndefined();
  });

  test('a stop that fails on dispose is a fault in the state all the same', async () => {
    const { host, controller } = started();
    host.watch.at(0).resolve(stopper(() => Promise.reject(new Error('ItemNotFound'))));
    await settle();
    controller.dispose();
    await settle();
    expect(controller.getState().workbook.fault).toBe('ItemNotFound');
  });

  test('a watch that cannot start says why', async () => {
    const { host, controller } = started();
    host.watch.at(0).reject(new Error('ApiNotAvailable: onChanged'));
    await settle();
    expect(controller.getState().workbook.watch).toEqual({ status: 'failed', detail: 'ApiNotAvailable: onChanged' });
  });
});

describe('the live read-back', () => {
  // The host debounces the user's edits; the controller waits on answers only, never on the
  // clock: with every timer faked, none is ever set.
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    expect(jest.getTimerCount()).toBe(0);
    jest.useRealTimers();
  });

  test('three edits during one read-back ask for exactly one more, and the state holds the newest data', async () => {
    const { host, controller } = started();
    await watching(host);
    edit(host);
    expect(host.readBack.calls).toHaveLength(1);
    expect(controller.getState().workbook.live).toEqual({ status: 'updating' });
    edit(host);
    edit(host);
    edit(host);
    expect(host.readBack.calls).toHaveLength(1);

    host.readBack.at(0).resolve(readBackData({ amount: 11 }));
    await settle();
    expect(host.readBack.calls).toHaveLength(2);
    expect(controller.getState().workbook.live).toEqual({ status: 'updating', last: readBackData({ amount: 11 }) });

    host.readBack.at(1).resolve(readBackData({ amount: 14 }));
    await settle();
    expect(host.readBack.calls).toHaveLength(2);
    expect(controller.getState().workbook.live).toEqual({ status: 'current', data: readBackData({ amount: 14 }) });
    expect(isChanged(controller.getState().workbook)).toBe(true);
  });

  test('an edit after the read-back answered starts a new one at once; one that fails says why and keeps what was read before', async () => {
    const { host, controller } = started();
    await watching(host);
    edit(host);
    host.readBack.at(0).resolve(readBackData());
    await settle();
    edit(host);
    expect(host.readBack.calls).toHaveLength(2);
    expect(controller.getState().workbook.live).toEqual({ status: 'updating', last: readBackData() });
    host.readBack.at(1).reject(new Error('GeneralException: busy'));
    await settle();
    expect(controller.getState().workbook.live).toEqual({ status: 'failed', detail: 'GeneralException: busy', last: readBackData() });
  });

  test('a read-back answered after a write started is not taken for the user’s edits', async () => {
    const { host, controller } = started();
    await watching(host);
    edit(host);
    let finishWrite: (value: string) => void = () => undefined;
    const write = controller.trackWrite(() => new Promise<string>((resolve) => (finishWrite = resolve)), () => true);
    expect(controller.getState().workbook.writing).toBe(true);
    // Half-written tables: the diff read now is the add-in's own write, not an edit.
    host.readBack.at(0).resolve(readBackData({ amount: 99 }));
    await settle();
    expect(controller.getState().workbook.live).toEqual({ status: 'updating' });
    expect(isChanged(controller.getState().workbook)).toBe(false);

    finishWrite('done');
    await write;
    expect(controller.getState().workbook).toMatchObject({ writes: 1, writing: false, live: { status: 'idle' } });
  });

  test('edits after dispose read nothing, and an answer on its way changes nothing', async () => {
    const { host, controller } = started();
    await watching(host);
    edit(host);
    controller.dispose();
    const before = controller.getState();
    host.readBack.at(0).resolve(readBackData());
    edit(host);
    await settle();
    expect(host.readBack.calls).toHaveLength(1);
    expect(controller.getState()).toBe(before);
  });
});

describe('the user’s read back, check and repair', () => {
  test('one at a time: a second read back, a check or a repair while one runs starts nothing', async () => {
    const { host, controller } = started();
    controller.readBack();
    controller.readBack();
    controller.check();
    controller.repair();
    expect(host.readBack.calls).toHaveLength(1);
    expect(host.repair.calls).toHaveLength(0);
    expect(controller.getState().workbook.task).toEqual({ status: 'working', action: 'readBack' });
    host.readBack.at(0).resolve(readBackData());
    await settle();
    expect(controller.getState().workbook.task).toEqual({ status: 'readBack', data: readBackData(), applied: false });
    // The totals follow a read the user asked for.
    expect(controller.getState().workbook.live).toEqual({ status: 'current', data: readBackData() });
  });

  test('the pane’s guard holds them too', () => {
    const host = fakeHost();
    const controller = new WorkbookController(host.host, { busy: () => true });
    controller.readBack();
    controller.repair();
    expect(host.readBack.calls).toHaveLength(0);
    expect(host.repair.calls).toHaveLength(0);
    expect(controller.getState().workbook.task).toEqual({ status: 'idle' });
  });

  test('a read back or check that fails ends in the state with its description', async () => {
    const { host, controller } = started();
    controller.check();
    host.readBack.at(0).reject(Object.assign(new Error('The workbook is locked'), { code: 'AccessDenied' }));
    await settle();
    expect(controller.getState().workbook.task).toEqual({ status: 'failed', action: 'check', failure: { kind: 'other', detail: 'AccessDenied: The workbook is locked' } });
  });

  test('repair then read-back: the repaired tables read once, the totals follow them, the pane told once', async () => {
    const onRepaired = jest.fn<undefined, []>();
    const { host, controller } = started(fakeHost(), { onRepaired });
    controller.repair();
    expect(controller.getState().workbook).toMatchObject({ writing: true, task: { status: 'working', action: 'repair' } });
    const progress = { phase: 'write' as const, done: 1, total: 4 };
    host.repair.at(0).args[0](progress);
    expect(controller.getState().workbook.task).toEqual({ status: 'working', action: 'repair', progress });

    const repaired = { status: 'repaired' as const, readBack: readBackData().result, findings: [], build: result('written') };
    host.repair.at(0).resolve(repaired);
    await settle();
    expect(host.readBack.calls).toHaveLength(1);
    expect(onRepaired).not.toHaveBeenCalled();
    const after = readBackData({ amount: 11, diff: [] });
    host.readBack.at(0).resolve(after);
    await settle();
    expect(controller.getState().workbook).toMatchObject({ writes: 1, writing: false, task: { status: 'repaired', repair: repaired, after, applied: false }, live: { status: 'current', data: after } });
    expect(controller.getState().tables).toBe('present');
    expect(onRepaired).toHaveBeenCalledTimes(1);
    // The repair wrote: the watch follows the sheets it made.
    expect(host.watch.calls).toHaveLength(2);
  });

  test('a read-back that fails after a good repair: the fault is shown and the repair still reported', async () => {
    const onRepaired = jest.fn<undefined, []>();
    const { host, controller } = started(fakeHost(), { onRepaired });
    controller.repair();
    const repaired = { status: 'repaired' as const, readBack: readBackData().result, findings: [], build: result('written') };
    host.repair.at(0).resolve(repaired);
    await settle();
    host.readBack.at(0).reject(new Error('GeneralException: read-back'));
    await settle();
    const state = controller.getState().workbook;
    expect(state.fault).toBe('GeneralException: read-back');
    expect(state.task).toEqual({ status: 'repaired', repair: repaired, applied: false });
    expect(state.writes).toBe(1);
    expect(onRepaired).toHaveBeenCalledTimes(1);
  });

  test('a repair that finds no tables wrote nothing and reads nothing', async () => {
    const onRepaired = jest.fn<undefined, []>();
    const { host, controller } = started(fakeHost(), { onRepaired });
    controller.repair();
    host.repair.at(0).resolve({ status: 'noState' });
    await settle();
    expect(controller.getState().workbook).toMatchObject({ writes: 0, writing: false, task: { status: 'noTables', action: 'repair' } });
    expect(controller.getState().tables).toBe('none');
    expect(host.readBack.calls).toHaveLength(0);
    expect(onRepaired).not.toHaveBeenCalled();
  });

  test('a repair that fails ends in the state with its description, and counts as a write (it may have written part)', async () => {
    const onRepaired = jest.fn<undefined, []>();
    const { host, controller } = started(fakeHost(), { onRepaired });
    controller.repair();
    host.repair.at(0).reject(new Error('GeneralException: sheet protected'));
    await settle();
    expect(controller.getState().workbook).toMatchObject({ writes: 1, writing: false, task: { status: 'failed', action: 'repair', failure: { kind: 'other', detail: 'GeneralException: sheet protected' } } });
    expect(onRepaired).toHaveBeenCalledTimes(1);
  });

  test('apply hands the read-back’s definitions and layout to the pane and remembers their exact text', async () => {
    const onApply = jest.fn<undefined, [unknown, unknown]>();
    const { host, controller } = started(fakeHost(), { onApply });
    controller.apply();
    expect(onApply).not.toHaveBeenCalled();
    controller.readBack();
    host.readBack.at(0).resolve(readBackData({ amount: 12 }));
    await settle();
    controller.apply();
    expect(onApply).toHaveBeenCalledWith(readBackData({ amount: 12 }).result.definitions, { lang: 'da', decimals: 1 });
    expect(controller.applied()).toBe(definitionsJson(readBackData({ amount: 12 }).result.definitions));
    expect(controller.getState().workbook.task).toMatchObject({ status: 'readBack', applied: true });
  });

  test('apply takes nothing from a read-back with errors', async () => {
    const onApply = jest.fn<undefined, [unknown, unknown]>();
    const { host, controller } = started(fakeHost(), { onApply });
    controller.readBack();
    host.readBack.at(0).resolve(readBackData({ errors: true }));
    await settle();
    controller.apply();
    expect(onApply).not.toHaveBeenCalled();
    expect(controller.applied()).toBeUndefined();
  });

  test('an answer that comes after dispose changes nothing', async () => {
    const onRepaired = jest.fn<undefined, []>();
    const { host, controller } = started(fakeHost(), { onRepaired });
    controller.repair();
    controller.dispose();
    const before = controller.getState();
    host.repair.at(0).resolve({ status: 'repaired', readBack: readBackData().result, findings: [], build: result('written') });
    await settle();
    expect(controller.getState()).toBe(before);
    expect(onRepaired).not.toHaveBeenCalled();
  });
});

describe('the store', () => {
  test('listeners hear each change once, and no more after they unsubscribe', async () => {
    const { host, controller } = started();
    const heard = jest.fn<undefined, []>();
    const unsubscribe = controller.subscribe(heard);
    controller.readBack();
    expect(heard).toHaveBeenCalledTimes(1);
    // A dismiss while working changes nothing, so no one is told.
    controller.dismiss();
    expect(heard).toHaveBeenCalledTimes(1);
    unsubscribe();
    host.readBack.at(0).resolve(readBackData());
    await settle();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(controller.getState().workbook.task.status).toBe('readBack');
  });
});
