/**
 * The pane's controller against a host answered by hand: one thing at a time across the
 * pane, the workbook and the rounds; the loads; the write with its check of applied
 * definitions; the engine; and every host failure ending in the state with its description.
 */
import type { BuildResult } from '../../../../src/taskpane/host/types';
import { PaneController, type PaneLoaders, type SampleModule } from '../../../../src/taskpane/controllers/paneController';
import * as engine from '../../../../src/taskpane/engine';
import { da } from '../../../../src/taskpane/i18n/da';
import { en } from '../../../../src/taskpane/i18n/en';
import { analyse } from '../../../../src/taskpane/state/analysis';
import { definitionsJson } from '../../../../src/taskpane/state/workbookState';
import { DEFAULT_CSV_SETTINGS } from '../../../../src/taskpane/state/types';
import { readBackData, result, sampleAnalysis, sampleFile } from '../helpers';
import { fakeHost, settle, stopper, type FakeHost } from './fakeHost';

/** A loader answered by hand, like the host. */
function deferredLoader<T>() {
  const pending: { resolve: (value: T) => void; reject: (error: unknown) => void }[] = [];
  const load = jest.fn(() => new Promise<T>((resolve, reject) => pending.push({ resolve, reject })));
  return { load, pending };
}

function pane(host: FakeHost = fakeHost(), loaders: Partial<PaneLoaders> = {}) {
  const engineLoader = deferredLoader<typeof engine>();
  const sampleLoader = deferredLoader<SampleModule>();
  const controller = new PaneController(host.host, { loadEngine: engineLoader.load, loadSample: sampleLoader.load, ...loaders });
  return { host, controller, engineLoader, sampleLoader };
}

/** The sample pasted and written; the host answers the write with `status`. */
async function writeSample(host: FakeHost, controller: PaneController, status: BuildResult['status']): Promise<void> {
  controller.loadText(JSON.stringify(sampleFile()));
  controller.write(false, sampleAnalysis());
  await settle();
  host.write.at(0).resolve(result(status));
  await settle();
}

const named = (text: string, name: string): Blob & { name: string } => Object.assign(new Blob([text]), { name });

describe('start and dispose', () => {
  test('nothing is loaded or asked before start; start loads the engine once and follows the workbook', async () => {
    const { host, controller, engineLoader } = pane();
    expect(engineLoader.load).not.toHaveBeenCalled();
    expect(host.counts()).toEqual({ write: 0, readStoredDefinitions: 0, readBack: 0, repair: 0, watch: 0, listSnapshots: 0, saveSnapshot: 0, compareSnapshot: 0 });
    controller.start();
    controller.start();
    expect(engineLoader.load).toHaveBeenCalledTimes(1);
    expect(host.counts()).toMatchObject({ readStoredDefinitions: 1, watch: 1, listSnapshots: 0 });
    engineLoader.pending[0]?.resolve(engine);
    // Tables found: the rounds are listed.
    host.readStoredDefinitions.at(0).resolve(sampleFile());
    await settle();
    expect(controller.getState().engine).toBe(engine);
    expect(controller.workbook.getState().tables).toBe('present');
    expect(host.listSnapshots.calls).toHaveLength(1);
  });

  test('an engine that cannot load says why', async () => {
    const { controller, engineLoader } = pane();
    controller.start();
    engineLoader.pending[0]?.reject(new Error('Loading chunk engine failed.'));
    await settle();
    expect(controller.getState()).toMatchObject({ engine: undefined, engineError: 'Loading chunk engine failed.' });
  });

  test('the pane speaks Office’s language, Danish when Office does not say', () => {
    expect(pane(fakeHost('en-US')).controller.getState().pane.uiLang).toBe('en');
    expect(pane(fakeHost('')).controller.getState().pane.uiLang).toBe('da');
  });

  test('dispose stops the workbook’s watch and ignores every answer still on its way', async () => {
    const { host, controller, engineLoader } = pane();
    controller.start();
    const stop = stopper();
    host.watch.at(0).resolve(stop);
    await settle();
    controller.loadStored();
    controller.dispose();
    expect(controller.isDisposed).toBe(true);
    const before = controller.getState();
    engineLoader.pending[0]?.resolve(engine);
    host.readStoredDefinitions.at(1).resolve(sampleFile());
    host.readStoredDefinitions.at(0).resolve(sampleFile());
    await settle();
    expect(stop.calls).toBe(1);
    expect(controller.getState()).toBe(before);
    expect(host.listSnapshots.calls).toHaveLength(0);
    controller.loadSample();
    expect(controller.getState()).toBe(before);
  });
});

describe('one thing at a time', () => {
  test('a second load while one runs starts nothing, and the host is called once', () => {
    const { host, controller, sampleLoader } = pane();
    controller.loadStored();
    expect(controller.busy()).toBe(true);
    controller.loadStored();
    controller.loadSample();
    controller.loadFiles([named('{}', 'budget.json')]);
    controller.loadText('{"title": "x"}');
    expect(host.readStoredDefinitions.calls).toHaveLength(1);
    expect(sampleLoader.load).not.toHaveBeenCalled();
    expect(controller.getState().pane).toMatchObject({ loading: true });
    expect(controller.getState().pane.source).toBeUndefined();
  });

  test('while the workbook reads back, no load, write or round starts; while a round saves, no read-back', async () => {
    const { host, controller } = pane();
    controller.workbook.readBack();
    expect(controller.busy()).toBe(true);
    controller.loadStored();
    controller.write(false, sampleAnalysis());
    controller.rounds.save('A');
    controller.workbook.repair();
    expect(host.counts()).toMatchObject({ readStoredDefinitions: 0, write: 0, saveSnapshot: 0, repair: 0, readBack: 1 });
    host.readBack.at(0).resolve(undefined);
    await settle();
    expect(controller.busy()).toBe(false);

    controller.rounds.save('A');
    controller.workbook.check();
    controller.workbook.apply();
    expect(host.counts()).toMatchObject({ saveSnapshot: 1, readBack: 1 });
  });

  test('a second write before the first ends starts nothing', async () => {
    const { host, controller } = pane();
    controller.loadText(JSON.stringify(sampleFile()));
    const analysis = sampleAnalysis();
    controller.write(false, analysis);
    controller.write(true, analysis);
    await settle();
    expect(host.write.calls).toHaveLength(1);
    expect(host.readBack.calls).toHaveLength(0);
    expect(controller.getState().pane.write).toEqual({ status: 'writing', overwrite: false });
  });
});

describe('loads', () => {
  test('the stored definitions become the source under the stored name, in the pane’s language', async () => {
    const { host, controller } = pane(fakeHost('en-GB'));
    controller.loadStored();
    host.readStoredDefinitions.at(0).resolve(sampleFile());
    await settle();
    const { pane: state } = controller.getState();
    expect(state).toMatchObject({ loading: false, notice: { kind: 'storedLoaded' }, source: { fileName: en.storedName, origin: 'stored' } });
    expect(JSON.parse(new TextDecoder().decode(state.source?.bytes))).toEqual(sampleFile());
  });

  test('no stored definitions, or a failure to read them, ends the load with its notice', async () => {
    const none = pane();
    none.controller.loadStored();
    none.host.readStoredDefinitions.at(0).resolve(undefined);
    await settle();
    expect(none.controller.getState().pane).toMatchObject({ loading: false, notice: { kind: 'noStored' } });

    const failing = pane();
    failing.controller.loadStored();
    failing.host.readStoredDefinitions.at(0).reject(Object.assign(new Error('Settings are not available'), { code: 'GeneralException' }));
    await settle();
    expect(failing.controller.getState().pane).toMatchObject({ loading: false, notice: { kind: 'storedFailed', detail: 'GeneralException: Settings are not available' } });
    expect(failing.controller.busy()).toBe(false);
  });

  test('the sample loads from its chunk, and a chunk that fails says why', async () => {
    const loaded = pane();
    loaded.controller.loadSample();
    loaded.sampleLoader.pending[0]?.resolve({ sampleDefinitions: sampleFile(), SAMPLE_FILE_NAME: 'budget-2020-seminar.json' });
    await settle();
    expect(loaded.controller.getState().pane.source).toMatchObject({ fileName: 'budget-2020-seminar.json', origin: 'sample' });

    const failing = pane();
    failing.controller.loadSample();
    failing.sampleLoader.pending[0]?.reject(new Error('Loading chunk sample failed.'));
    await settle();
    expect(failing.controller.getState().pane).toMatchObject({ loading: false, notice: { kind: 'sampleFailed', detail: 'Loading chunk sample failed.' } });
  });

  test('files: one at a time, of a known type, read into a source', async () => {
    const { controller } = pane();
    controller.loadFiles([]);
    expect(controller.getState().pane.notice).toBeUndefined();
    controller.loadFiles([named('{}', 'a.json'), named('{}', 'b.json')]);
    expect(controller.getState().pane.notice).toEqual({ kind: 'oneFileOnly' });
    controller.loadFiles([named('{}', 'budget.xlsx')]);
    expect(controller.getState().pane.notice).toEqual({ kind: 'notAFileType', name: 'budget.xlsx' });
    // Reading a Blob is the runtime's own I/O: wait for the load to end, not for a number of turns.
    const loaded = new Promise<void>((resolve) => controller.subscribe(() => !controller.getState().pane.loading && resolve()));
    controller.loadFiles([named('{"title":"x"}', 'budget.json')]);
    expect(controller.getState().pane.loading).toBe(true);
    await loaded;
    expect(controller.getState().pane).toMatchObject({ loading: false, source: { fileName: 'budget.json', origin: 'file' } });
    expect(new TextDecoder().decode(controller.getState().pane.source?.bytes)).toBe('{"title":"x"}');
  });

  test('a file that cannot be read says which and why', async () => {
    const { controller } = pane();
    const broken = Object.assign(new Blob(['x']), { name: 'budget.csv', arrayBuffer: () => Promise.reject(new Error('NotReadableError')) });
    controller.loadFiles([broken]);
    await settle();
    expect(controller.getState().pane).toMatchObject({ loading: false, notice: { kind: 'readFailed', name: 'budget.csv', detail: 'NotReadableError' } });
  });

  test('pasted text becomes a source at once under the pasted name; blank text says so', () => {
    const { controller } = pane();
    controller.loadText('  \n ');
    expect(controller.getState().pane.notice).toEqual({ kind: 'pasteEmpty' });
    controller.loadText('Udvalg;Titel');
    expect(controller.getState().pane.source).toMatchObject({ fileName: da.pastedName, origin: 'paste' });
  });
});

describe('the write', () => {
  test('writes the analysis with the pane’s options, and the tables count as written', async () => {
    const { host, controller } = pane();
    controller.loadText(JSON.stringify(sampleFile()));
    controller.setDecimals(2);
    controller.write(false, sampleAnalysis());
    await settle();
    expect(host.readBack.calls).toHaveLength(0);
    const [request, onProgress] = host.write.at(0).args;
    expect(request).toEqual({ definitions: sampleAnalysis().file, layout: { lang: 'da', decimals: 2 } });
    onProgress({ phase: 'write', done: 2, total: 4 });
    expect(controller.getState().pane.write).toEqual({ status: 'writing', overwrite: false, progress: { phase: 'write', done: 2, total: 4 } });
    host.write.at(0).resolve(result('written'));
    await settle();
    expect(controller.getState().pane.write).toEqual({ status: 'written', result: result('written') });
    expect(controller.workbook.getState().workbook).toMatchObject({ writes: 1, writing: false });
  });

  test('nothing is written while writing is blocked: no analysis, or errors in it', () => {
    const { host, controller } = pane();
    controller.write(false, undefined);
    const invalid = analyse({ fileName: 'x.json', bytes: new TextEncoder().encode('{"title": 1}'), origin: 'paste' }, DEFAULT_CSV_SETTINGS, 'file');
    expect(invalid.errors.length).toBeGreaterThan(0);
    controller.write(false, invalid);
    expect(host.write.calls).toHaveLength(0);
    expect(controller.getState().pane.write).toEqual({ status: 'idle' });
  });

  test('a host failure ends in the state with its description, and the tables may have changed', async () => {
    const { host, controller } = pane();
    controller.loadText(JSON.stringify(sampleFile()));
    controller.write(true, sampleAnalysis());
    await settle();
    expect(host.write.at(0).args[0].overwriteConflicts).toBe(true);
    host.write.at(0).reject(Object.assign(new Error('The sheet is protected'), { code: 'AccessDenied' }));
    await settle();
    expect(controller.getState().pane.write).toEqual({ status: 'failed', failure: { kind: 'other', detail: 'AccessDenied: The sheet is protected' } });
    expect(controller.workbook.getState().workbook.writes).toBe(1);
    expect(controller.busy()).toBe(false);
  });

  test('a write dismisses the comparison shown, which was of the tables before it', async () => {
    const { host, controller } = pane();
    controller.rounds.compare('A');
    host.compareSnapshot.at(0).resolve({ kind: 'notFound', name: 'A' });
    await settle();
    expect(controller.rounds.getState().task.status).toBe('refused');
    controller.loadText(JSON.stringify(sampleFile()));
    controller.write(false, sampleAnalysis());
    expect(controller.rounds.getState().task).toEqual({ status: 'idle' });
  });

  describe('applied read-back definitions', () => {
    /** The user reads back an edit (2020 set to 12), applies it, and writes it: the pane's source is the read-back now. */
    async function appliedThenWrite(host: FakeHost, controller: PaneController): Promise<void> {
      controller.workbook.readBack();
      host.readBack.at(0).resolve(readBackData({ amount: 12 }));
      await settle();
      controller.workbook.apply();
      const { source } = controller.getState().pane;
      expect(source).toMatchObject({ origin: 'readback', fileName: da.readBackName });
      expect(controller.getState().pane.notice).toEqual({ kind: 'readBackApplied' });
      if (source === undefined) throw new Error('no source');
      controller.write(false, analyse(source, DEFAULT_CSV_SETTINGS, 'file'));
    }

    test('the workbook is read back first, and overwritten only when it holds exactly the applied definitions', async () => {
      const { host, controller } = pane();
      await appliedThenWrite(host, controller);
      expect(controller.workbook.applied()).toBe(definitionsJson(readBackData({ amount: 12 }).result.definitions));
      expect(host.readBack.calls).toHaveLength(2);
      expect(host.write.calls).toHaveLength(0);
      host.readBack.at(1).resolve(readBackData({ amount: 12 }));
      await settle();
      expect(host.write.calls).toHaveLength(1);
      expect(host.write.at(0).args[0]).toMatchObject({ overwriteConflicts: true, definitions: readBackData({ amount: 12 }).result.definitions });
    });

    test('an edit typed since the apply: the write compares as usual, so the edit comes back as a conflict', async () => {
      const { host, controller } = pane();
      await appliedThenWrite(host, controller);
      host.readBack.at(1).resolve(readBackData({ amount: 13 }));
      await settle();
      expect(host.write.at(0).args[0].overwriteConflicts).toBeUndefined();
    });

    test('a read-back that fails before the write ends the write in the state with its description', async () => {
      const { host, controller } = pane();
      await appliedThenWrite(host, controller);
      host.readBack.at(1).reject(new Error('GeneralException: read'));
      await settle();
      expect(host.write.calls).toHaveLength(0);
      expect(controller.getState().pane.write).toEqual({ status: 'failed', failure: { kind: 'other', detail: 'GeneralException: read' } });
    });
  });
});

describe('choices', () => {
  test('each change goes to the state: languages, decimals, range, committees', () => {
    const { controller } = pane();
    controller.loadText(JSON.stringify(sampleFile()));
    controller.setUiLang('en');
    expect(controller.getState().pane.options.labelLang).toBe('en');
    controller.setLabelLang('da');
    controller.setUiLang('en');
    controller.setRange('low');
    const ids = sampleAnalysis().model?.committees.map((c) => c.id) ?? [];
    const [first] = ids;
    if (first === undefined) throw new Error('the sample has no committees');
    controller.toggleCommittee(first, false, ids);
    expect(controller.getState().pane.options).toMatchObject({ labelLang: 'da', labelLangChosen: true, range: 'low', committees: ids.slice(1) });
    controller.toggleAllCommittees(true);
    expect(controller.getState().pane.options.committees).toBe('all');
    controller.setCsv({ title: 'Budget 2020' });
    expect(controller.getState().pane.csv.title).toBe('Budget 2020');
  });

  test('keep values after conflicts, and dismiss the outcome', async () => {
    const { host, controller } = pane();
    await writeSample(host, controller, 'conflicts');
    expect(controller.getState().pane.write.status).toBe('conflicts');
    // Conflicts: nothing was written, so the tables are as they were.
    expect(controller.workbook.getState().workbook.writes).toBe(0);
    controller.keepValues();
    expect(controller.getState().pane.write).toEqual({ status: 'kept' });
    controller.dismissWrite();
    expect(controller.getState().pane.write).toEqual({ status: 'idle' });
    controller.loadStored();
    host.readStoredDefinitions.at(0).resolve(undefined);
    await settle();
    controller.dismissNotice();
    expect(controller.getState().pane.notice).toBeUndefined();
  });

  test('a repair makes the pane’s write outcome stale', async () => {
    const { host, controller } = pane();
    await writeSample(host, controller, 'written');
    controller.workbook.repair();
    host.repair.at(0).resolve({ status: 'repaired', readBack: readBackData().result, findings: [], build: result('written') });
    await settle();
    host.readBack.at(0).resolve(readBackData());
    await settle();
    expect(controller.getState().pane.write).toEqual({ status: 'idle' });
  });
});
