/**
 * The pane's orchestration without React: the reducer's state, the engine loaded once
 * started, the loads (files, pasted text, the sample, the workbook's stored definitions) and
 * the write, with the workbook's and the rounds' controllers under one busy guard. Host
 * failures end up in the state and are shown; nothing is swallowed. DOM effects (focus, the
 * page's language, performance marks) stay in components/Pane/usePane.ts, the React view.
 */
import type { InitiativeFile } from '../../core/format/types';
import { langFromDisplayLanguage, type Lang } from '../../core/i18n/lang';
import type { ProgressReport, WorkbookHost } from '../host/types';
import { loadEngine, type Engine } from '../engineLoader';
import { messagesFor, type Messages } from '../i18n/messages';
import { describeFailure, errorText, refusedStoredState } from '../state/failure';
import { buildRequest, initialPaneState, isBusy, paneReducer, writeBlock, type PaneAction, type PaneState } from '../state/paneState';
import { isRoundsBusy } from '../state/roundsState';
import { checkFile, sourceFromDefinitions, sourceFromFile, sourceFromText } from '../state/sources';
import type { Analysis, CsvSettings, RangeChoice } from '../state/types';
import { isWorkbookBusy, safeToOverwrite } from '../state/workbookState';
import { RoundsController } from './roundsController';
import { Store, type ReadableStore } from './store';
import { WorkbookController } from './workbookController';

export interface PaneControllerState {
  pane: PaneState;
  /** Validation, model and writer: loaded once the controller starts. */
  engine: Engine | undefined;
  /** Why the engine could not be loaded, if it could not. */
  engineError: string | undefined;
}

type PaneControllerEvent = PaneAction | { type: 'engineLoaded'; engine: Engine } | { type: 'engineFailed'; detail: string };

/** The sample as its chunk gives it. */
export interface SampleModule {
  sampleDefinitions: InitiativeFile;
  SAMPLE_FILE_NAME: string;
}

/** What the pane loads on demand besides the host; tests pass their own. */
export interface PaneLoaders {
  loadEngine: () => Promise<Engine>;
  loadSample: () => Promise<SampleModule>;
}

const chunkLoaders: PaneLoaders = {
  loadEngine,
  loadSample: () => import(/* webpackChunkName: "sample" */ '../sample.js'),
};

export class PaneController implements ReadableStore<PaneControllerState> {
  readonly workbook: WorkbookController;
  readonly rounds: RoundsController;
  private readonly store: Store<PaneControllerState, PaneControllerEvent>;
  readonly getState: () => PaneControllerState;
  readonly subscribe: ReadableStore<PaneControllerState>['subscribe'];
  private readonly loaders: PaneLoaders;
  private started = false;
  private disposed = false;
  private unfollowTables: (() => void) | undefined;

  constructor(
    private readonly host: WorkbookHost,
    loaders: Partial<PaneLoaders> = {},
  ) {
    this.loaders = { ...chunkLoaders, ...loaders };
    this.store = new Store(reduce, { pane: initialPaneState(langFromDisplayLanguage(host.displayLanguage)), engine: undefined, engineError: undefined });
    this.getState = this.store.getState;
    this.subscribe = this.store.subscribe;
    const busy = (): boolean => this.busy();
    this.workbook = new WorkbookController(host, {
      busy,
      onApply: (definitions, layout) =>
        this.dispatch({ type: 'readBackApplied', source: sourceFromDefinitions(definitions, this.messages().readBackName, 'readback'), ...(layout === undefined ? {} : { layout }) }),
      onRepaired: () => this.dispatch({ type: 'writeDismissed' }),
    });
    this.rounds = new RoundsController(host, { busy });
  }

  /**
   * One thing at a time: a load or write of the pane, a read-back, check or repair of the
   * workbook, or a round saved or compared. Read from the three states, which each start
   * changes synchronously, so a second click before a re-render starts nothing.
   */
  busy(): boolean {
    return isBusy(this.store.getState().pane) || isWorkbookBusy(this.workbook.getState().workbook) || isRoundsBusy(this.rounds.getState());
  }

  /** Loads the engine and starts following the workbook. Nothing touches the host or loads a chunk before this. */
  start(): void {
    if (this.started || this.disposed) return;
    this.started = true;
    this.loaders.loadEngine().then(
      (engine) => this.dispatch({ type: 'engineLoaded', engine }),
      (error: unknown) => this.dispatch({ type: 'engineFailed', detail: errorText(error) }),
    );
    this.workbook.start();
    const followTables = (): void => {
      const { tables, workbook } = this.workbook.getState();
      this.rounds.follow(tables, workbook.writes);
    };
    this.unfollowTables = this.workbook.subscribe(followTables);
    followTables();
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Stops the workbook's watch and ignores every answer still on its way, here and in the workbook's and rounds' controllers. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.unfollowTables?.();
    this.workbook.dispose();
    this.rounds.dispose();
  }

  readonly setUiLang = (lang: Lang): void => this.dispatch({ type: 'uiLangChanged', lang });

  readonly loadFiles = (files: readonly (Blob & { name: string })[]): void => {
    const [file, ...rest] = files;
    if (file === undefined) return;
    if (rest.length > 0) return this.dispatch({ type: 'loadEnded', notice: { kind: 'oneFileOnly' } });
    const problem = checkFile(file.name, file.size);
    if (problem !== undefined) return this.dispatch({ type: 'loadEnded', notice: problem });
    if (!this.beginLoad()) return;
    sourceFromFile(file).then(
      (source) => this.dispatch({ type: 'sourceLoaded', source }),
      (error: unknown) => this.dispatch({ type: 'loadEnded', notice: { kind: 'readFailed', name: file.name, detail: errorText(error) } }),
    );
  };

  readonly loadText = (text: string): void => {
    if (this.disposed || this.busy()) return;
    if (text.trim() === '') return this.dispatch({ type: 'loadEnded', notice: { kind: 'pasteEmpty' } });
    this.dispatch({ type: 'sourceLoaded', source: sourceFromText(text, this.messages().pastedName) });
  };

  readonly loadSample = (): void => {
    if (!this.beginLoad()) return;
    this.loaders.loadSample().then(
      ({ sampleDefinitions, SAMPLE_FILE_NAME }) => this.dispatch({ type: 'sourceLoaded', source: sourceFromDefinitions(sampleDefinitions, SAMPLE_FILE_NAME, 'sample') }),
      (error: unknown) => this.dispatch({ type: 'loadEnded', notice: { kind: 'sampleFailed', detail: errorText(error) } }),
    );
  };

  readonly loadStored = (): void => {
    if (!this.beginLoad()) return;
    this.host.readStoredDefinitions().then(
      (file) =>
        file === undefined
          ? this.dispatch({ type: 'loadEnded', notice: { kind: 'noStored' } })
          : this.dispatch({ type: 'sourceLoaded', source: sourceFromDefinitions(file, this.messages().storedName, 'stored'), notice: { kind: 'storedLoaded' } }),
      (error: unknown) => {
        const refused = refusedStoredState(error);
        this.dispatch({ type: 'loadEnded', notice: { kind: 'storedFailed', detail: errorText(error), ...(refused === undefined ? {} : { refused }) } });
      },
    );
  };

  readonly dismissNotice = (): void => this.dispatch({ type: 'noticeDismissed' });

  readonly setCsv = (csv: Partial<CsvSettings>): void => this.dispatch({ type: 'csvChanged', csv });

  readonly setLabelLang = (lang: Lang): void => this.dispatch({ type: 'labelLangChanged', lang });

  readonly setDecimals = (decimals: number): void => this.dispatch({ type: 'decimalsChanged', decimals });

  readonly setRange = (range: RangeChoice): void => this.dispatch({ type: 'rangeChanged', range });

  /** `allIds`: the committees of the loaded file, in file order. */
  readonly toggleCommittee = (id: string, checked: boolean, allIds: readonly string[]): void => this.dispatch({ type: 'committeeToggled', id, checked, allIds });

  readonly toggleAllCommittees = (checked: boolean): void => this.dispatch({ type: 'allCommitteesToggled', checked });

  /**
   * Writes the tables from `analysis` (the one the user sees) with the pane's options; with
   * `overwrite`, over the user's edits. Does nothing while anything runs or writing is blocked.
   */
  readonly write = (overwrite: boolean, analysis: Analysis | undefined): void => {
    const paneState = this.store.getState().pane;
    if (this.disposed || this.busy() || analysis === undefined || writeBlock(paneState, analysis) !== undefined) return;
    this.dispatch({ type: 'writeStarted', overwrite });
    // A comparison shown is of the tables before this write: stale once it runs.
    this.rounds.dismiss();
    const onProgress = (progress: ProgressReport): void => this.dispatch({ type: 'writeProgressed', progress });
    // Definitions the user applied from read-back hold the edits that make the tables differ
    // from the last build: when the workbook still holds exactly them, rewriting loses
    // nothing, so the write does not list the user's own edits as conflicts.
    const checkApplied = !overwrite && paneState.source?.origin === 'readback';
    const appliedJson = this.workbook.applied();
    this.workbook
      .trackWrite(
        async () => {
          const overwriteNow = overwrite || (checkApplied && safeToOverwrite(appliedJson, await this.host.readBack()));
          return this.host.write(buildRequest(paneState, analysis, overwriteNow), onProgress);
        },
        (result) => result.status === 'written',
      )
      .then(
        (result) => this.dispatch({ type: 'writeFinished', result }),
        (error: unknown) => this.dispatch({ type: 'writeFailed', failure: describeFailure(error) }),
      );
  };

  readonly keepValues = (): void => this.dispatch({ type: 'conflictsKept' });

  readonly dismissWrite = (): void => this.dispatch({ type: 'writeDismissed' });

  /** The pane's words in its language now: names given to pasted, stored and read-back definitions. */
  private messages(): Messages {
    return messagesFor(this.store.getState().pane.uiLang);
  }

  private dispatch(event: PaneControllerEvent): void {
    if (!this.disposed) this.store.dispatch(event);
  }

  private beginLoad(): boolean {
    if (this.disposed || this.busy()) return false;
    this.dispatch({ type: 'loadStarted' });
    return true;
  }
}

function reduce(state: PaneControllerState, event: PaneControllerEvent): PaneControllerState {
  switch (event.type) {
    case 'engineLoaded':
      return { ...state, engine: event.engine, engineError: undefined };
    case 'engineFailed':
      return { ...state, engineError: event.detail };
    default: {
      const pane = paneReducer(state.pane, event);
      return pane === state.pane ? state : { ...state, pane };
    }
  }
}
