/**
 * The pane's state and every change to it, as a pure reducer (unit-tested in node).
 * Derived values (the analysis, the preview) are computed from this state, never stored.
 */
import type { BuildResult, ProgressReport } from '../../adapters/officejs/applyPlan';
import type { BuildRequest } from '../host/writeTables';
import type { Lang } from '../../core/i18n/lang';
import type { BudgetModel } from '../../core/model/types';
import type { ReadBackLayout } from '../../core/readback/types';
import { DEFAULT_CSV_SETTINGS, type Analysis, type CsvSettings, type RangeChoice, type Source } from './types';
import type { Failure } from './failure';

export interface WriteOptions {
  /** Language of the labels written into the workbook. */
  labelLang: Lang;
  /** True once the user picked it; until then it follows the pane's language. */
  labelLangChosen: boolean;
  decimals: number;
  range: RangeChoice;
  /** Committee ids to write, or all of them. */
  committees: 'all' | readonly string[];
}

export type WriteState =
  | { status: 'idle' }
  | { status: 'writing'; overwrite: boolean; progress?: ProgressReport }
  | { status: 'written'; result: BuildResult }
  | { status: 'conflicts'; result: BuildResult }
  /** The user kept their own values after conflicts: nothing was written. */
  | { status: 'kept' }
  | { status: 'failed'; failure: Failure };

/** Messages about loading, shown beside the load controls. */
export type Notice =
  | { kind: 'storedLoaded' }
  | { kind: 'readBackApplied' }
  | { kind: 'noStored' }
  | { kind: 'readFailed'; name: string; detail: string }
  /** `refused`: the stored definitions were refused as damaged (worded in each language); `detail` otherwise. */
  | { kind: 'storedFailed'; detail: string; refused?: Record<Lang, string[]> }
  | { kind: 'sampleFailed'; detail: string }
  | { kind: 'tooLarge'; name: string; limitBytes: number }
  | { kind: 'notAFileType'; name: string }
  | { kind: 'oneFileOnly' }
  | { kind: 'pasteEmpty' };

export interface PaneState {
  uiLang: Lang;
  source?: Source;
  csv: CsvSettings;
  options: WriteOptions;
  write: WriteState;
  /** Cleared (undefined) when the user dismisses it or a new load starts. */
  notice?: Notice | undefined;
  /** A load from the workbook (stored definitions) or a file read is under way. */
  loading: boolean;
}

export type PaneAction =
  | { type: 'uiLangChanged'; lang: Lang }
  | { type: 'loadStarted' }
  | { type: 'sourceLoaded'; source: Source; notice?: Notice }
  /** Definitions read back from the workbook become the pane's, with the layout they are in now (when known). */
  | { type: 'readBackApplied'; source: Source; layout?: ReadBackLayout }
  | { type: 'loadEnded'; notice: Notice }
  | { type: 'noticeDismissed' }
  | { type: 'csvChanged'; csv: Partial<CsvSettings> }
  | { type: 'labelLangChanged'; lang: Lang }
  | { type: 'decimalsChanged'; decimals: number }
  | { type: 'rangeChanged'; range: RangeChoice }
  | { type: 'committeeToggled'; id: string; checked: boolean; allIds: readonly string[] }
  | { type: 'allCommitteesToggled'; checked: boolean }
  | { type: 'writeStarted'; overwrite: boolean }
  | { type: 'writeProgressed'; progress: ProgressReport }
  | { type: 'writeFinished'; result: BuildResult }
  | { type: 'writeFailed'; failure: Failure }
  | { type: 'conflictsKept' }
  | { type: 'writeDismissed' };

export const MIN_DECIMALS = 0;
export const MAX_DECIMALS = 6;

export function initialPaneState(uiLang: Lang): PaneState {
  return {
    uiLang,
    csv: DEFAULT_CSV_SETTINGS,
    options: { labelLang: uiLang, labelLangChosen: false, decimals: 1, range: 'file', committees: 'all' },
    write: { status: 'idle' },
    loading: false,
  };
}

export function isBusy(state: PaneState): boolean {
  return state.loading || state.write.status === 'writing';
}

/** A change to what would be written makes an earlier result or conflict list stale. */
function changed(state: PaneState, next: Partial<PaneState>): PaneState {
  if (isBusy(state)) return state;
  return { ...state, ...next, write: { status: 'idle' } };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'uiLangChanged':
      return {
        ...state,
        uiLang: action.lang,
        options: state.options.labelLangChosen ? state.options : { ...state.options, labelLang: action.lang },
      };
    case 'loadStarted':
      return isBusy(state) ? state : { ...state, loading: true, notice: undefined };
    case 'sourceLoaded':
      return {
        ...state,
        loading: false,
        source: action.source,
        notice: action.notice,
        options: { ...state.options, committees: 'all' },
        write: state.write.status === 'writing' ? state.write : { status: 'idle' },
      };
    case 'readBackApplied':
      // Writing them again should rebuild the tables the user edited, as they are laid out.
      return isBusy(state)
        ? state
        : {
            ...state,
            source: action.source,
            notice: { kind: 'readBackApplied' },
            options: action.layout === undefined ? { ...state.options, range: 'file' } : optionsOfLayout(state.options, action.layout),
            write: { status: 'idle' },
          };
    case 'loadEnded':
      return { ...state, loading: false, notice: action.notice };
    case 'noticeDismissed':
      return { ...state, notice: undefined };
    case 'csvChanged':
      return changed(state, { csv: { ...state.csv, ...action.csv } });
    case 'labelLangChanged':
      return changed(state, { options: { ...state.options, labelLang: action.lang, labelLangChosen: true } });
    case 'decimalsChanged': {
      const decimals = Math.min(MAX_DECIMALS, Math.max(MIN_DECIMALS, Math.round(action.decimals)));
      return Number.isFinite(decimals) ? changed(state, { options: { ...state.options, decimals } }) : state;
    }
    case 'rangeChanged':
      return changed(state, { options: { ...state.options, range: action.range } });
    case 'committeeToggled':
      return changed(state, { options: { ...state.options, committees: toggleCommittee(state.options.committees, action.id, action.checked, action.allIds) } });
    case 'allCommitteesToggled':
      return changed(state, { options: { ...state.options, committees: action.checked ? 'all' : [] } });
    case 'writeStarted':
      return isBusy(state) ? state : { ...state, write: { status: 'writing', overwrite: action.overwrite } };
    case 'writeProgressed':
      return state.write.status === 'writing' ? { ...state, write: { ...state.write, progress: action.progress } } : state;
    case 'writeFinished':
      return { ...state, write: action.result.status === 'conflicts' ? { status: 'conflicts', result: action.result } : { status: 'written', result: action.result } };
    case 'writeFailed':
      return { ...state, write: { status: 'failed', failure: action.failure } };
    case 'conflictsKept':
      return state.write.status === 'conflicts' ? { ...state, write: { status: 'kept' } } : state;
    case 'writeDismissed':
      return state.write.status === 'writing' ? state : { ...state, write: { status: 'idle' } };
  }
}

/** The options that rebuild the tables as they are laid out now; the definitions carry their own range policy. */
export function optionsOfLayout(options: WriteOptions, layout: ReadBackLayout): WriteOptions {
  return {
    ...options,
    labelLang: layout.lang,
    labelLangChosen: true,
    decimals: layout.decimals,
    range: 'file',
    committees: layout.committees === undefined ? 'all' : [...layout.committees],
  };
}

/** The selection in file order; all of them collapses back to "all" so new committees are included. */
export function toggleCommittee(current: WriteOptions['committees'], id: string, checked: boolean, allIds: readonly string[]): WriteOptions['committees'] {
  const selected = new Set(current === 'all' ? allIds : current.filter((c) => allIds.includes(c)));
  if (checked) selected.add(id);
  else selected.delete(id);
  const next = allIds.filter((c) => selected.has(c));
  return next.length === allIds.length ? 'all' : next;
}

/** The ids to write, in file order, restricted to the committees the model has. */
export function selectedCommittees(options: WriteOptions, model: BudgetModel): string[] {
  const ids = model.committees.map((c) => c.id);
  return options.committees === 'all' ? ids : ids.filter((id) => options.committees.includes(id));
}

export type WriteBlock = 'noFile' | 'errors' | 'noTitle' | 'noCommittee' | 'busy';

/** A CSV carries no title; the file name is only a suggestion, so the user must give one. */
export function needsTitle(state: PaneState, analysis: Analysis | undefined): boolean {
  return analysis?.format === 'csv' && state.csv.title.trim() === '';
}

/** Why writing is not possible now, or undefined when it is. Nothing is written while an error stands. */
export function writeBlock(state: PaneState, analysis: Analysis | undefined): WriteBlock | undefined {
  if (isBusy(state)) return 'busy';
  if (analysis === undefined) return 'noFile';
  if (analysis.errors.length > 0 || analysis.file === undefined || analysis.model === undefined) return 'errors';
  if (needsTitle(state, analysis)) return 'noTitle';
  if (selectedCommittees(state.options, analysis.model).length === 0) return 'noCommittee';
  return undefined;
}

export function buildRequest(state: PaneState, analysis: Analysis, overwrite: boolean): BuildRequest {
  if (analysis.file === undefined || analysis.model === undefined || analysis.errors.length > 0) {
    throw new Error('buildRequest needs definitions without errors');
  }
  const committees = selectedCommittees(state.options, analysis.model);
  return {
    definitions: analysis.file,
    layout: {
      lang: state.options.labelLang,
      decimals: state.options.decimals,
      ...(state.options.committees === 'all' ? {} : { committees }),
    },
    ...(overwrite ? { overwriteConflicts: true } : {}),
  };
}
