/**
 * The rounds as the pane words them: the kept rounds, and the answer to a save or a
 * comparison. A comparison is the core's change list (docs/rounds.md, D1–D10) section by
 * section, each initiative's effect on *I alt, nye midler* per year in the workbook's unit and
 * decimals, what changed in the core's words (describeChange, as the change sheet says it),
 * the change per committee, and the net beside the two GrandTotals it must be the difference
 * of. Pure, and part of the engine chunk (../engine.ts).
 */
import { CHANGE_SECTIONS, describeChange, sectionName, type BudgetDiff, type ChangeSection } from '../../core/diff';
import type { Lang } from '../../core/i18n/lang';
import type { CompareRoundResult } from '../host/types';
import type { Messages } from '../i18n/messages';
import { problemLines, type ProblemLine } from '../i18n/problems';
import { failureWords } from '../i18n/words';
import { formatAmount, formatBytes } from './format';
import type { RoundsState, RoundsTask } from './roundsState';
import { LINES_SHOWN } from './workbookView';

export interface RoundLine {
  name: string;
  /** "gemt 2. dec. 2026, 02.40 · 6 emner". */
  details: string;
}

export interface ChangeRowView {
  key: string;
  title: string;
  committee: string;
  /** The effect on I alt, nye midler per year. */
  effect: string[];
  /** The effect on Heraf valgt per year, when it differs from `effect` (a Med switched). */
  chosenEffect?: string[];
  detail: string;
}

export interface ChangeSectionView {
  section: ChangeSection;
  caption: string;
  rows: ChangeRowView[];
  more: string | undefined;
}

export interface ComparisonView {
  /** The round's name as kept. */
  name: string;
  heading: string;
  /** "2 ændringer." or "Ingen ændringer." */
  summary: string;
  note: string;
  years: readonly number[];
  sections: ChangeSectionView[];
  committees: { id: string; name: string; delta: string[] }[];
  net: string[];
  grandOld: string[];
  grandNew: string[];
  grandDelta: string[];
  chosenDelta: string[];
  /** The net equals the difference of the two GrandTotals year by year (D2): said in words, so the reader knows what to check. */
  check: string;
}

export type RoundsOutcomeView =
  | { kind: 'none' }
  | { kind: 'working'; label: string }
  | { kind: 'saved'; text: string }
  | { kind: 'refused'; title: string; lines: string[]; problems: ProblemLine[]; detail: string | undefined }
  | { kind: 'compared'; comparison: ComparisonView };

export interface RoundsView {
  /** Undefined until listed, or when the store cannot be read (`listProblem` says why). */
  rounds: RoundLine[] | undefined;
  listProblem: { lines: string[]; problems: ProblemLine[] } | undefined;
  outcome: RoundsOutcomeView;
}

export interface RoundsViewOptions {
  /** For the tests; the user's own time zone otherwise. */
  timeZone?: string;
}

export function savedAtText(savedAt: string, lang: Lang, options: RoundsViewOptions = {}): string {
  const format = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }) });
  return format.format(new Date(savedAt));
}

export function comparisonView(result: Extract<CompareRoundResult, { kind: 'compared' }>, m: Messages, lang: Lang, options: RoundsViewOptions = {}): ComparisonView {
  const { diff, decimals } = result;
  const amounts = (values: readonly number[]): string[] => values.map((v) => formatAmount(v, lang, decimals));
  const committeeName = new Map(diff.committees.map((c) => [c.id, c.name]));
  const sections = CHANGE_SECTIONS.map((section) => sectionView(diff, section, lang, m, amounts, committeeName)).filter((s): s is ChangeSectionView => s !== undefined);
  const count = diff.changes.length;
  return {
    name: result.name,
    heading: m.compareHeading(result.name, savedAtText(result.savedAt, lang, options)),
    summary: m.compareSummary(count),
    note: m.compareNote(diff.unit),
    years: diff.years,
    sections,
    committees: diff.committees.map((c) => ({ id: c.id, name: c.name, delta: amounts(c.delta) })),
    net: amounts(diff.net),
    grandOld: amounts(diff.grandTotal.old),
    grandNew: amounts(diff.grandTotal.new),
    grandDelta: amounts(diff.grandTotal.delta),
    chosenDelta: amounts(diff.chosenTotal.delta),
    check: diff.net.every((v, i) => v === diff.grandTotal.delta[i]) ? m.compareCheck(result.name) : m.compareCheckFailed,
  };
}

function sectionView(
  diff: BudgetDiff,
  section: ChangeSection,
  lang: Lang,
  m: Messages,
  amounts: (values: readonly number[]) => string[],
  committeeName: ReadonlyMap<string, string>,
): ChangeSectionView | undefined {
  const changes = diff.changes.filter((c) => c.section === section);
  if (changes.length === 0) return undefined;
  const rows = changes.slice(0, LINES_SHOWN).map((change) => {
    const differs = change.chosenEffect.some((v, i) => v !== change.effect[i]);
    return {
      key: `${section}:${change.id}`,
      title: change.title,
      committee: committeeName.get(change.committee) ?? change.committee,
      effect: amounts(change.effect),
      ...(differs ? { chosenEffect: amounts(change.chosenEffect) } : {}),
      detail: describeChange(change, diff.years, lang),
    };
  });
  return { section, caption: `${sectionName(section, lang)} (${changes.length})`, rows, more: changes.length > LINES_SHOWN ? m.moreLines(changes.length - LINES_SHOWN) : undefined };
}

type Refused = Extract<RoundsTask, { status: 'refused' }>['result'];

/** Why a save or comparison did not happen, in the user's language. */
export function refusalWords(result: Refused, m: Messages, lang: Lang): { lines: string[]; problems: ProblemLine[] } {
  switch (result.kind) {
    case 'noTables':
      return { lines: [m.noTables], problems: [] };
    case 'interrupted':
      return { lines: [m.roundsInterrupted], problems: [] };
    case 'invalid':
      return { lines: [m.roundsInvalid(result.problems.length)], problems: problemLines(result.problems, lang, result.definitions) };
    case 'refused':
      return { lines: [result.reason === 'snapshotNameInvalid' ? m.roundNameInvalid(result.limit) : m.roundsTooMany(result.limit)], problems: [] };
    case 'full':
      return { lines: [m.roundsFull(formatBytes(result.size, lang), formatBytes(result.limit, lang))], problems: [] };
    case 'damaged':
      return { lines: [m.roundsDamaged], problems: problemLines(result.problems, lang) };
    case 'notFound':
      return { lines: [m.roundNotFound(result.name)], problems: [] };
  }
}

function outcomeView(task: RoundsTask, m: Messages, lang: Lang, options: RoundsViewOptions): RoundsOutcomeView {
  switch (task.status) {
    case 'idle':
      return { kind: 'none' };
    case 'working':
      return { kind: 'working', label: m.roundsWorking[task.action] };
    case 'saved':
      return { kind: 'saved', text: task.replaced ? m.roundReplaced(task.name) : m.roundSaved(task.name) };
    case 'compared':
      return { kind: 'compared', comparison: comparisonView(task.result, m, lang, options) };
    case 'refused':
      return { kind: 'refused', title: m.roundsFailed[task.action], ...refusalWords(task.result, m, lang), detail: undefined };
    case 'failed': {
      const words = failureWords(task.failure, m);
      return { kind: 'refused', title: m.roundsFailed[task.action], lines: words.lines, problems: [], detail: words.detail };
    }
  }
}

export function roundsView(state: RoundsState, m: Messages, lang: Lang, options: RoundsViewOptions = {}): RoundsView {
  const { list } = state;
  const rounds = list.status === 'listed' ? list.rounds.map((r) => ({ name: r.name, details: m.roundDetails(savedAtText(r.savedAt, lang, options), r.initiatives) })) : undefined;
  const listProblem =
    list.status === 'damaged'
      ? { lines: [m.roundsDamaged], problems: problemLines(list.problems, lang) }
      : list.status === 'failed'
        ? { lines: [m.roundsListFailed, ...failureWords(list.failure, m).lines], problems: [] }
        : undefined;
  return { rounds, listProblem, outcome: outcomeView(state.task, m, lang, options) };
}
