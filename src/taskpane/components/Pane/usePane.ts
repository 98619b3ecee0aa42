/**
 * The pane as its components see it: the React view of ../../controllers/paneController.ts
 * (the loads, the write, the engine, and the workbook's and rounds' controllers under one busy
 * guard), with what only React and the page can do: the analysis of the deferred CSV
 * settings, focus after a dismissal, the page's language and the first-render mark.
 */
import { useDeferredValue, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Lang } from '../../../core/i18n/lang';
import type { WorkbookHost } from '../../host/types';
import type { Engine } from '../../engineLoader';
import { messagesFor, type Messages } from '../../i18n/messages';
import type { Analysis, CsvSettings, RangeChoice } from '../../state/types';
import { isBusy, selectedCommittees, writeBlock, type PaneState, type WriteBlock } from '../../state/paneState';
import { focusTarget } from '../Announcer/useAnnouncer';
import { WRITE_BUTTON } from '../WritePanel/useWritePanel';
import { usePaneController } from './usePaneController';
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
  const controller = usePaneController(host);
  const { pane: state, engine, engineError } = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  const workbook = useWorkbook(controller.workbook);
  const rounds = useRounds(controller.rounds);
  // Typing in the CSV title re-validates the file; deferring keeps the keystrokes responsive.
  const csv = useDeferredValue(state.csv);
  const analysis = useMemo(
    () => (state.source === undefined || engine === undefined ? undefined : engine.analyse(state.source, csv, state.options.range)),
    [engine, state.source, csv, state.options.range],
  );
  const messages = messagesFor(state.uiLang);
  // A load or write of the pane, a read-back, check or repair of the workbook, or a round saved
  // or compared: one thing at a time (the controller's guard reads the same three states).
  const busy = isBusy(state) || workbook.busy || rounds.busy;

  useEffect(() => {
    if (performance.getEntriesByName(FIRST_RENDER_MARK).length === 0) performance.mark(FIRST_RENDER_MARK);
  }, []);
  useEffect(() => {
    document.documentElement.lang = state.uiLang;
    onUiLangChange?.(state.uiLang);
  }, [state.uiLang, onUiLangChange]);

  const committeeIds = useMemo(() => analysis?.model?.committees.map((c) => c.id) ?? [], [analysis]);
  const actions = useMemo<PaneActions>(
    () => ({
      setUiLang: controller.setUiLang,
      loadFiles: controller.loadFiles,
      loadText: controller.loadText,
      loadSample: controller.loadSample,
      loadStored: controller.loadStored,
      // A closed message leaves focus on the control that leads on, not on the page.
      dismissNotice: () => {
        controller.dismissNotice();
        focusTarget('load-other', 'choose-file');
      },
      setCsv: controller.setCsv,
      setLabelLang: controller.setLabelLang,
      setDecimals: controller.setDecimals,
      setRange: controller.setRange,
      toggleCommittee: (id, checked) => controller.toggleCommittee(id, checked, committeeIds),
      toggleAllCommittees: controller.toggleAllCommittees,
      // The analysis the user sees is the one written.
      write: (overwrite) => controller.write(overwrite, analysis),
      keepValues: controller.keepValues,
      dismissWrite: () => {
        controller.dismissWrite();
        focusTarget(WRITE_BUTTON);
      },
    }),
    [controller, analysis, committeeIds],
  );

  const selected = useMemo(() => (analysis?.model === undefined ? [] : selectedCommittees(state.options, analysis.model)), [analysis, state.options]);
  const block = workbook.busy || rounds.busy ? 'busy' : writeBlock(state, analysis);
  return { state, engine, engineError, analysis, messages, block, busy, selected, actions, workbook, rounds };
}
