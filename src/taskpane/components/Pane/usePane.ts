/**
 * The pane's state holder: the reducer, the derived analysis, and the actions that
 * talk to the host (write, read stored definitions) or read the user's files. The
 * workbook's side (read-back, check, repair, live totals) is ./useWorkbook.ts.
 * Host failures end up in the state and are shown; nothing is swallowed.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { langFromDisplayLanguage, type Lang } from '../../../core/i18n/lang';
import type { ProgressReport, WorkbookHost } from '../../host/types';
import { loadEngine, type Engine } from '../../engineLoader';
import { messagesFor, type Messages } from '../../i18n/messages';
import type { Analysis, CsvSettings, RangeChoice } from '../../state/types';
import { describeFailure, errorText, refusedStoredState } from '../../state/failure';
import { buildRequest, initialPaneState, isBusy, paneReducer, selectedCommittees, writeBlock, type PaneState, type WriteBlock } from '../../state/paneState';
import { checkFile, sourceFromDefinitions, sourceFromFile, sourceFromText } from '../../state/sources';
import { safeToOverwrite } from '../../state/workbookState';
import { focusTarget } from '../Announcer/useAnnouncer';
import { WRITE_BUTTON } from '../WritePanel/useWritePanel';
import { useRounds, type RoundsModel } from './useRounds';
import { useWorkbook, type WorkbookModel } from './useWorkbook';

/** Performance mark set once, when the pane has rendered for the first time (read by the e2e benchmark). */
export const FIRST_RENDER_MARK = 'budget-tables:first-render';

export interface PaneActions {
  setUiLang: (lang: Lang) => void;
  loadFiles: (files: readonly (Blob & { name: string })[]) => void;
  loadText: (text: string) => void;
  loadSample: () => void;
  loadStored: () => void;
  dismissNotice: () => void;
  setCsv: (csv: Partial<CsvSettings>) => void;
  setLabelLang: (lang: Lang) => void;
  setDecimals: (decimals: number) => void;
  setRange: (range: RangeChoice) => void;
  toggleCommittee: (id: string, checked: boolean) => void;
  toggleAllCommittees: (checked: boolean) => void;
  write: (overwrite: boolean) => void;
  keepValues: () => void;
  dismissWrite: () => void;
}

export interface PaneModel {
  state: PaneState;
  /** Validation, model and writer: loaded right after the first render. */
  engine: Engine | undefined;
  /** Why the engine could not be loaded, if it could not. */
  engineError: string | undefined;
  analysis: Analysis | undefined;
  messages: Messages;
  block: WriteBlock | undefined;
  busy: boolean;
  /** Ids of the committees that will be written, in file order. */
  selected: readonly string[];
  actions: PaneActions;
  workbook: WorkbookModel;
  rounds: RoundsModel;
}

export function usePane(host: WorkbookHost, onUiLangChange?: (lang: Lang) => void): PaneModel {
  const [state, dispatch] = useReducer(paneReducer, host.displayLanguage, (tag: string) => initialPaneState(langFromDisplayLanguage(tag)));
  const [engine, setEngine] = useState<Engine | undefined>(undefined);
  const [engineError, setEngineError] = useState<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    loadEngine().then(
      (loaded) => current && setEngine(loaded),
      (error: unknown) => current && setEngineError(errorText(error)),
    );
    return () => {
      current = false;
    };
  }, []);
  // Typing in the CSV title re-validates the file; deferring keeps the keystrokes responsive.
  const csv = useDeferredValue(state.csv);
  const analysis = useMemo(
    () => (state.source === undefined || engine === undefined ? undefined : engine.analyse(state.source, csv, state.options.range)),
    [engine, state.source, csv, state.options.range],
  );
  const messages = messagesFor(state.uiLang);
  // Guards against a second click starting a second build before React re-renders.
  const busyRef = useRef(false);
  const workbook = useWorkbook(host, {
    busy: busyRef,
    onApply: (definitions, layout) =>
      dispatch({ type: 'readBackApplied', source: sourceFromDefinitions(definitions, messagesRef.current.readBackName, 'readback'), ...(layout === undefined ? {} : { layout }) }),
    onRepaired: () => dispatch({ type: 'writeDismissed' }),
  });
  const rounds = useRounds(host, { busy: busyRef, tables: workbook.tables, writes: workbook.state.writes });
  // A load or write of the pane, a read-back, check or repair of the workbook, or a round saved or compared: one thing at a time.
  const busy = isBusy(state) || workbook.busy || rounds.busy;
  busyRef.current = busy;
  const stateRef = useRef(state);
  stateRef.current = state;
  const analysisRef = useRef(analysis);
  analysisRef.current = analysis;
  const messagesRef = useRef(messages);
  messagesRef.current = messages;

  useEffect(() => {
    if (performance.getEntriesByName(FIRST_RENDER_MARK).length === 0) performance.mark(FIRST_RENDER_MARK);
  }, []);
  useEffect(() => {
    document.documentElement.lang = state.uiLang;
    onUiLangChange?.(state.uiLang);
  }, [state.uiLang, onUiLangChange]);

  const begin = useCallback((): boolean => {
    if (busyRef.current) return false;
    busyRef.current = true;
    dispatch({ type: 'loadStarted' });
    return true;
  }, []);

  const loadFiles = useCallback(
    (files: readonly (Blob & { name: string })[]) => {
      const [file, ...rest] = files;
      if (file === undefined) return;
      if (rest.length > 0) return dispatch({ type: 'loadEnded', notice: { kind: 'oneFileOnly' } });
      const problem = checkFile(file.name, file.size);
      if (problem !== undefined) return dispatch({ type: 'loadEnded', notice: problem });
      if (!begin()) return;
      sourceFromFile(file).then(
        (source) => dispatch({ type: 'sourceLoaded', source }),
        (error: unknown) => dispatch({ type: 'loadEnded', notice: { kind: 'readFailed', name: file.name, detail: errorText(error) } }),
      );
    },
    [begin],
  );

  const loadText = useCallback((text: string) => {
    if (busyRef.current) return;
    if (text.trim() === '') return dispatch({ type: 'loadEnded', notice: { kind: 'pasteEmpty' } });
    dispatch({ type: 'sourceLoaded', source: sourceFromText(text, messagesRef.current.pastedName) });
  }, []);

  const loadSample = useCallback(() => {
    if (!begin()) return;
    import(/* webpackChunkName: "sample" */ '../../sample.js').then(
      ({ sampleDefinitions, SAMPLE_FILE_NAME }) => dispatch({ type: 'sourceLoaded', source: sourceFromDefinitions(sampleDefinitions, SAMPLE_FILE_NAME, 'sample') }),
      (error: unknown) => dispatch({ type: 'loadEnded', notice: { kind: 'sampleFailed', detail: errorText(error) } }),
    );
  }, [begin]);

  const loadStored = useCallback(() => {
    if (!begin()) return;
    host.readStoredDefinitions().then(
      (file) =>
        file === undefined
          ? dispatch({ type: 'loadEnded', notice: { kind: 'noStored' } })
          : dispatch({ type: 'sourceLoaded', source: sourceFromDefinitions(file, messagesRef.current.storedName, 'stored'), notice: { kind: 'storedLoaded' } }),
      (error: unknown) => {
        const refused = refusedStoredState(error);
        dispatch({ type: 'loadEnded', notice: { kind: 'storedFailed', detail: errorText(error), ...(refused === undefined ? {} : { refused }) } });
      },
    );
  }, [begin, host]);

  const { trackWrite, applied } = workbook;
  const dismissRound = rounds.actions.dismiss;
  const write = useCallback(
    (overwrite: boolean) => {
      const current = analysisRef.current;
      const paneState = stateRef.current;
      if (busyRef.current || current === undefined || writeBlock(paneState, current) !== undefined) return;
      busyRef.current = true;
      dispatch({ type: 'writeStarted', overwrite });
      // A comparison shown is of the tables before this write: stale once it runs.
      dismissRound();
      const onProgress = (progress: ProgressReport): void => dispatch({ type: 'writeProgressed', progress });
      // Definitions the user applied from read-back hold the edits that make the tables differ
      // from the last build: when the workbook still holds exactly them, rewriting loses
      // nothing, so the write does not list the user's own edits as conflicts.
      const checkApplied = !overwrite && paneState.source?.origin === 'readback';
      const appliedJson = applied();
      trackWrite(async () => {
        const overwriteNow = overwrite || (checkApplied && safeToOverwrite(appliedJson, await host.readBack()));
        return host.write(buildRequest(paneState, current, overwriteNow), onProgress);
      }, (result) => result.status === 'written').then(
        (result) => dispatch({ type: 'writeFinished', result }),
        (error: unknown) => dispatch({ type: 'writeFailed', failure: describeFailure(error) }),
      );
    },
    [host, trackWrite, applied, dismissRound],
  );

  const committeeIds = useMemo(() => analysis?.model?.committees.map((c) => c.id) ?? [], [analysis]);
  const actions = useMemo<PaneActions>(
    () => ({
      setUiLang: (lang) => dispatch({ type: 'uiLangChanged', lang }),
      loadFiles,
      loadText,
      loadSample,
      loadStored,
      // A closed message leaves focus on the control that leads on, not on the page.
      dismissNotice: () => {
        dispatch({ type: 'noticeDismissed' });
        focusTarget('load-other', 'choose-file');
      },
      setCsv: (csv) => dispatch({ type: 'csvChanged', csv }),
      setLabelLang: (lang) => dispatch({ type: 'labelLangChanged', lang }),
      setDecimals: (decimals) => dispatch({ type: 'decimalsChanged', decimals }),
      setRange: (range) => dispatch({ type: 'rangeChanged', range }),
      toggleCommittee: (id, checked) => dispatch({ type: 'committeeToggled', id, checked, allIds: committeeIds }),
      toggleAllCommittees: (checked) => dispatch({ type: 'allCommitteesToggled', checked }),
      write,
      keepValues: () => dispatch({ type: 'conflictsKept' }),
      dismissWrite: () => {
        dispatch({ type: 'writeDismissed' });
        focusTarget(WRITE_BUTTON);
      },
    }),
    [loadFiles, loadText, loadSample, loadStored, write, committeeIds],
  );

  const selected = useMemo(() => (analysis?.model === undefined ? [] : selectedCommittees(state.options, analysis.model)), [analysis, state.options]);
  const block = workbook.busy || rounds.busy ? 'busy' : writeBlock(state, analysis);
  return { state, engine, engineError, analysis, messages, block, busy, selected, actions, workbook, rounds };
}
