/**
 * What the workbook section shows, worded in the pane's language: the live totals from the
 * model of the read-back definitions, and the answer to the last read-back, check or repair.
 * Pure, and part of the engine chunk (../engine.ts): it words read-back with the core's
 * messages and builds models, which the pane's first bundle does not carry.
 */
import type { Lang } from '../../core/i18n/lang';
import { buildModel } from '../../core/model/buildModel';
import type { WorkbookReadBack } from '../host/types';
import type { Messages } from '../i18n/messages';
import { problemLines, type ProblemLine } from '../i18n/problems';
import { csvLimitLines, diffLines, findingLines, noticeLines, type ReportLine } from '../i18n/readBack';
import { failureWords } from '../i18n/words';
import { choicesView, type ChoicesView } from './choicesView';
import { formatAmount } from './format';
import { previewOf } from './preview';
import { liveData, type WorkbookState, type WorkbookTask } from './workbookState';

/** Enough lines to see what changed; the rest are counted (a whole budget re-typed is thousands). */
export const LINES_SHOWN = 100;

export interface Lines {
  lines: ReportLine[];
  /** How many there are, shown or not. */
  total: number;
  /** "… and 12 more." when not every line is shown. */
  more: string | undefined;
}

export interface LiveTotalsView {
  years: readonly number[];
  /** `chosen`: Heraf valgt, when the workbook's definitions make choices. */
  committees: { id: string; name: string; values: string[]; chosen?: string[] }[];
  grand: string[];
  grandChosen?: string[];
  /** The choices made in the workbook (Med: Nej) and the pools; undefined when there are none. */
  choices: ChoicesView | undefined;
}

export interface LiveView {
  updating: boolean;
  totals: LiveTotalsView | undefined;
  /** The live read-back's definitions have errors: no totals. */
  errors: string | undefined;
  failed: string | undefined;
}

export type TaskView =
  | { kind: 'none' }
  | { kind: 'working'; label: string; progress: { value: number; phase: string } | undefined }
  | { kind: 'noTables'; text: string }
  | {
      kind: 'readBack';
      interrupted: boolean;
      diff: Lines;
      notices: Lines;
      problems: ProblemLine[];
      canApply: boolean;
      applied: boolean;
      csvLimits: string[];
    }
  | { kind: 'checked'; findings: Lines }
  | { kind: 'repaired'; restored: Lines; kept: Lines; after: Lines | undefined; canApply: boolean; applied: boolean; csvLimits: string[] }
  | { kind: 'repairInvalid'; problems: ProblemLine[] }
  | { kind: 'failed'; title: string; lines: string[]; detail: string | undefined };

export interface WorkbookView {
  live: LiveView | undefined;
  task: TaskView;
  watchFailed: string | undefined;
  fault: string | undefined;
}

function shown(lines: ReportLine[], m: Messages): Lines {
  return { lines: lines.slice(0, LINES_SHOWN), total: lines.length, more: lines.length > LINES_SHOWN ? m.moreLines(lines.length - LINES_SHOWN) : undefined };
}

const hasErrors = (data: WorkbookReadBack): boolean => data.result.problems.some((p) => p.severity === 'error');

/** The totals per year of the committees in the workbook, from the model of the read-back definitions, as the workbook rounds them. */
export function liveTotals(data: WorkbookReadBack, lang: Lang): LiveTotalsView {
  const model = buildModel(data.result.definitions);
  const inWorkbook = data.layout.committees ?? model.committees.map((c) => c.id);
  const view = previewOf(model, inWorkbook);
  const amount = (v: number): string => formatAmount(v, lang, data.layout.decimals);
  const amounts = (values: readonly number[]): string[] => values.map(amount);
  const shown = view.choices.shown;
  return {
    years: view.years,
    committees: view.committees.filter((c) => c.selected).map((c) => ({ id: c.id, name: c.name, values: amounts(c.total), ...(shown ? { chosen: amounts(c.chosen) } : {}) })),
    grand: amounts(view.grand.total),
    ...(shown ? { grandChosen: amounts(view.grand.chosen) } : {}),
    choices: shown ? choicesView(view.choices, amount) : undefined,
  };
}

function liveView(state: WorkbookState, m: Messages, lang: Lang): LiveView | undefined {
  const { live } = state;
  if (live.status === 'idle') return undefined;
  const data = liveData(live);
  const errors = data?.result.problems.filter((p) => p.severity === 'error').length ?? 0;
  return {
    updating: live.status === 'updating',
    totals: data === undefined || errors > 0 ? undefined : liveTotals(data, lang),
    errors: errors > 0 ? m.liveErrors(errors) : undefined,
    failed: live.status === 'failed' ? m.liveFailed(live.detail) : undefined,
  };
}

function taskView(task: WorkbookTask, m: Messages, lang: Lang): TaskView {
  switch (task.status) {
    case 'idle':
      return { kind: 'none' };
    case 'working': {
      const report = task.progress;
      const progress = task.action === 'repair' ? { value: report === undefined || report.total === 0 ? 0 : report.done / report.total, phase: m.phases[report?.phase ?? 'read'] } : undefined;
      return { kind: 'working', label: m.workbookWorking[task.action], progress };
    }
    case 'noTables':
      return { kind: 'noTables', text: m.noTables };
    case 'readBack': {
      const { result } = task.data;
      return {
        kind: 'readBack',
        interrupted: task.data.interrupted === true,
        diff: shown(diffLines(result.diff, lang), m),
        notices: shown(noticeLines(result.notices, lang), m),
        problems: problemLines(result.problems, lang, result.definitions),
        canApply: !hasErrors(task.data) && !task.applied,
        applied: task.applied,
        csvLimits: csvLimitLines(result.definitions, lang),
      };
    }
    case 'checked':
      return { kind: 'checked', findings: shown(findingLines(task.data.findings, lang), m) };
    case 'repaired': {
      const { readBack, findings } = task.repair;
      return {
        kind: 'repaired',
        restored: shown(findingLines(findings, lang), m),
        kept: shown(diffLines(readBack.diff, lang), m),
        after: task.after === undefined ? undefined : shown(findingLines(task.after.findings, lang), m),
        // The workbook's definitions now differ from what the pane may hold only by the kept edits.
        canApply: readBack.diff.length > 0 && !task.applied,
        applied: task.applied,
        csvLimits: csvLimitLines(readBack.definitions, lang),
      };
    }
    case 'repairInvalid':
      return { kind: 'repairInvalid', problems: problemLines(task.repair.readBack.problems, lang, task.repair.readBack.definitions) };
    case 'failed': {
      const words = failureWords(task.failure, m);
      return { kind: 'failed', title: m.workbookFailed[task.action], lines: words.lines, detail: words.detail };
    }
  }
}

export function workbookView(state: WorkbookState, m: Messages, lang: Lang): WorkbookView {
  return {
    live: liveView(state, m, lang),
    task: taskView(state.task, m, lang),
    watchFailed: state.watch.status === 'failed' ? m.watchFailed(state.watch.detail) : undefined,
    fault: state.fault === undefined ? undefined : m.workbookFault(state.fault),
  };
}
