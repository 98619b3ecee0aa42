/** The pane's reducer: what each user action and host answer does to the state, and when writing is allowed. */
import { BuildError } from '../../../src/adapters/officejs/applyPlan';
import { describeFailure } from '../../../src/taskpane/state/failure';
import {
  buildRequest,
  initialPaneState,
  isBusy,
  paneReducer,
  selectedCommittees,
  toggleCommittee,
  writeBlock,
  type PaneAction,
  type PaneState,
} from '../../../src/taskpane/state/paneState';
import { fixtureSource, result, sampleAnalysis, sampleSource } from './helpers';
import { analyse } from '../../../src/taskpane/state/analysis';
import { DEFAULT_CSV_SETTINGS } from '../../../src/taskpane/state/types';

const run = (state: PaneState, ...actions: PaneAction[]): PaneState => actions.reduce(paneReducer, state);
const loaded = (): PaneState => run(initialPaneState('da'), { type: 'sourceLoaded', source: sampleSource() });
const ids = ['hosp', 'psyk', 'naere', 'ru'];

describe('languages', () => {
  test('the workbook labels follow the pane’s language until the user picks them', () => {
    let state = initialPaneState('da');
    expect(state.options.labelLang).toBe('da');
    state = run(state, { type: 'uiLangChanged', lang: 'en' });
    expect([state.uiLang, state.options.labelLang]).toEqual(['en', 'en']);
    state = run(state, { type: 'labelLangChanged', lang: 'da' }, { type: 'uiLangChanged', lang: 'da' }, { type: 'uiLangChanged', lang: 'en' });
    expect([state.uiLang, state.options.labelLang, state.options.labelLangChosen]).toEqual(['en', 'da', true]);
  });
});

describe('loading', () => {
  test('a new source selects every committee again and clears an earlier result, but keeps the CSV details', () => {
    const state = run(
      loaded(),
      { type: 'csvChanged', csv: { title: 'Budget 2021' } },
      { type: 'committeeToggled', id: 'hosp', checked: false, allIds: ids },
      { type: 'writeStarted', overwrite: false },
      { type: 'writeFinished', result: result('written') },
      { type: 'sourceLoaded', source: fixtureSource('valid-features') },
    );
    expect(state.options.committees).toBe('all');
    expect(state.write).toEqual({ status: 'idle' });
    expect(state.csv.title).toBe('Budget 2021');
  });

  test('a load in progress makes the pane busy; a second load cannot start; its end carries a notice', () => {
    let state = run(initialPaneState('da'), { type: 'loadStarted' });
    expect(isBusy(state)).toBe(true);
    expect(run(state, { type: 'loadStarted' })).toBe(state);
    state = run(state, { type: 'loadEnded', notice: { kind: 'noStored' } });
    expect([isBusy(state), state.notice]).toEqual([false, { kind: 'noStored' }]);
    expect(run(state, { type: 'noticeDismissed' }).notice).toBeUndefined();
  });
});

describe('options', () => {
  test('decimals are whole numbers from 0 to 6; anything else is clamped or ignored', () => {
    const decimals = (n: number) => run(loaded(), { type: 'decimalsChanged', decimals: n }).options.decimals;
    expect([decimals(0), decimals(3.4), decimals(-2), decimals(9), decimals(Number.NaN)]).toEqual([0, 3, 0, 6, 1]);
  });

  test('committee choices stay in file order and collapse back to "all"', () => {
    expect(toggleCommittee('all', 'psyk', false, ids)).toEqual(['hosp', 'naere', 'ru']);
    expect(toggleCommittee(['ru', 'hosp'], 'psyk', true, ids)).toEqual(['hosp', 'psyk', 'ru']);
    expect(toggleCommittee(['hosp', 'psyk', 'naere'], 'ru', true, ids)).toBe('all');
    expect(toggleCommittee(['gone', 'hosp'], 'hosp', false, ids)).toEqual([]);
  });

  test('selected committees are those the model has, whatever was chosen before', () => {
    const model = sampleAnalysis().model;
    if (model === undefined) throw new Error('the sample must load');
    const state = run(loaded(), { type: 'committeeToggled', id: 'ru', checked: false, allIds: ids });
    expect(selectedCommittees(state.options, model)).toEqual(['hosp', 'psyk', 'naere']);
    expect(selectedCommittees({ ...state.options, committees: ['ru', 'unknown'] }, model)).toEqual(['ru']);
  });

  test('changing what would be written clears an earlier result or conflict list', () => {
    const conflicts = run(loaded(), { type: 'writeStarted', overwrite: false }, { type: 'writeFinished', result: result('conflicts') });
    expect(conflicts.write.status).toBe('conflicts');
    for (const action of [
      { type: 'decimalsChanged', decimals: 2 },
      { type: 'rangeChanged', range: 'low' },
      { type: 'labelLangChanged', lang: 'en' },
      { type: 'csvChanged', csv: { unit: 'kr.' } },
      { type: 'allCommitteesToggled', checked: false },
    ] as PaneAction[]) {
      expect(run(conflicts, action).write).toEqual({ status: 'idle' });
    }
  });
});

describe('writing', () => {
  test('progress is kept only while writing; the result decides between written and conflicts', () => {
    let state = run(loaded(), { type: 'writeStarted', overwrite: false });
    expect(isBusy(state)).toBe(true);
    state = run(state, { type: 'writeProgressed', progress: { phase: 'write', done: 3, total: 5 } });
    expect(state.write).toEqual({ status: 'writing', overwrite: false, progress: { phase: 'write', done: 3, total: 5 } });
    expect(run(state, { type: 'writeFinished', result: result('written') }).write.status).toBe('written');
    expect(run(state, { type: 'writeFinished', result: result('conflicts') }).write.status).toBe('conflicts');
    const idle = loaded();
    expect(run(idle, { type: 'writeProgressed', progress: { phase: 'read', done: 0, total: 5 } })).toBe(idle);
  });

  test('nothing the user changes while a write runs takes effect, and a second write cannot start', () => {
    const writing = run(loaded(), { type: 'writeStarted', overwrite: false });
    expect(run(writing, { type: 'decimalsChanged', decimals: 3 })).toBe(writing);
    expect(run(writing, { type: 'writeStarted', overwrite: true })).toBe(writing);
    expect(run(writing, { type: 'loadStarted' })).toBe(writing);
    expect(run(writing, { type: 'writeDismissed' })).toBe(writing);
  });

  test('keeping the user’s values after conflicts writes nothing and says so; only from conflicts', () => {
    const conflicts = run(loaded(), { type: 'writeStarted', overwrite: false }, { type: 'writeFinished', result: result('conflicts') });
    expect(run(conflicts, { type: 'conflictsKept' }).write).toEqual({ status: 'kept' });
    const written = run(loaded(), { type: 'writeStarted', overwrite: false }, { type: 'writeFinished', result: result('written') });
    expect(run(written, { type: 'conflictsKept' })).toBe(written);
  });

  test('a failure is kept as data the pane can word', () => {
    const failure = describeFailure(new BuildError('write', ['Oversigt'], ['Hospitalsudvalget'], new Error('boom')));
    const state = run(loaded(), { type: 'writeStarted', overwrite: false }, { type: 'writeFailed', failure });
    expect(state.write).toEqual({ status: 'failed', failure: { kind: 'build', phase: 'write', written: ['Oversigt'], notWritten: ['Hospitalsudvalget'], detail: 'boom' } });
    expect(isBusy(state)).toBe(false);
  });
});

describe('when writing is allowed', () => {
  test('not without a file, not while an error stands, not without a committee, not while busy', () => {
    const initial = initialPaneState('da');
    expect(writeBlock(initial, undefined)).toBe('noFile');
    const invalid = analyse(fixtureSource('invalid-references'), DEFAULT_CSV_SETTINGS, 'file');
    expect(invalid.errors.length).toBeGreaterThan(0);
    expect(writeBlock(loaded(), invalid)).toBe('errors');
    const analysis = sampleAnalysis();
    expect(writeBlock(loaded(), analysis)).toBeUndefined();
    expect(writeBlock(run(loaded(), { type: 'allCommitteesToggled', checked: false }), analysis)).toBe('noCommittee');
    expect(writeBlock(run(loaded(), { type: 'writeStarted', overwrite: false }), analysis)).toBe('busy');
  });

  test('a CSV waits for its title: the file name is offered, never taken silently', () => {
    const csv = 'Udvalg;Nr.;Emne;Type;2020\r\nSundhedsudvalget;1;Akutlægebil;drift;5,5';
    const source = { fileName: 'emner.csv', bytes: new TextEncoder().encode(csv), origin: 'file' as const };
    const state = run(initialPaneState('da'), { type: 'sourceLoaded', source });
    const untitled = analyse(source, state.csv, 'file');
    expect(untitled.errors).toEqual([]);
    expect(writeBlock(state, untitled)).toBe('noTitle');
    const titled = run(state, { type: 'csvChanged', csv: { title: '  ' } });
    expect(writeBlock(titled, analyse(source, titled.csv, 'file'))).toBe('noTitle');
    const named = run(state, { type: 'csvChanged', csv: { title: 'Budget 2021' } });
    const analysis = analyse(source, named.csv, 'file');
    expect(analysis.model?.title).toBe('Budget 2021');
    expect(writeBlock(named, analysis)).toBeUndefined();
    // JSON carries its own title.
    expect(writeBlock(loaded(), sampleAnalysis())).toBeUndefined();
  });

  test('the request carries the definitions, the layout choices, and overwrite only when asked', () => {
    const analysis = sampleAnalysis();
    const state = run(loaded(), { type: 'labelLangChanged', lang: 'en' }, { type: 'decimalsChanged', decimals: 2 });
    expect(buildRequest(state, analysis, false)).toEqual({ definitions: analysis.file, layout: { lang: 'en', decimals: 2 } });
    const some = run(state, { type: 'committeeToggled', id: 'psyk', checked: false, allIds: ids });
    expect(buildRequest(some, analysis, true)).toEqual({ definitions: analysis.file, layout: { lang: 'en', decimals: 2, committees: ['hosp', 'naere', 'ru'] }, overwriteConflicts: true });
  });

  test('a request for definitions with errors is a programming fault', () => {
    const invalid = analyse(fixtureSource('invalid-references'), DEFAULT_CSV_SETTINGS, 'file');
    expect(() => buildRequest(loaded(), invalid, false)).toThrow('without errors');
  });
});
