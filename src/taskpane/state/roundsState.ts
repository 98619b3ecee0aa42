/**
 * The seminar's rounds as the pane holds them (docs/rounds.md, D15–D18): the rounds the
 * workbook keeps, and the answer to the user's last save or comparison. A pure reducer,
 * unit-tested in node; the host calls live in ../controllers/roundsController.ts. Types only from
 * the host and the core, so nothing heavy enters the pane's first bundle.
 */
import type { Lang } from '../../core/i18n/lang';
import type { Problem } from '../../core/problems';
import type { CompareRoundResult, RoundsReading, SaveRoundResult } from '../host/types';
import type { Failure } from './failure';

export type RoundsAction = 'save' | 'compare';

/** A kept round as the list shows it. */
export interface RoundInfo {
  name: string;
  savedAt: string;
  initiatives: number;
}

export type RoundsList =
  | { status: 'unknown' }
  | { status: 'listed'; rounds: RoundInfo[] }
  /** The store was changed outside Budget Tables: nothing is read from it, and a save writes nothing. */
  | { status: 'damaged'; problems: Problem[] }
  | { status: 'failed'; failure: Failure };

export type RoundsTask =
  | { status: 'idle' }
  | { status: 'working'; action: RoundsAction; name: string }
  | { status: 'saved'; name: string; replaced: boolean }
  | { status: 'compared'; result: Extract<CompareRoundResult, { kind: 'compared' }> }
  /** The host's worded reason the save or comparison did not happen (no tables, a refused name, a full store, …). */
  | { status: 'refused'; action: RoundsAction; result: Exclude<SaveRoundResult | CompareRoundResult, { kind: 'saved' | 'compared' }> }
  | { status: 'failed'; action: RoundsAction; failure: Failure };

export interface RoundsState {
  list: RoundsList;
  task: RoundsTask;
  /** Rounds saved since the pane opened: a name typed before the last save gives way to a fresh suggestion. */
  saves: number;
}

export type RoundsEvent =
  | { type: 'listed'; reading: RoundsReading }
  | { type: 'listFailed'; failure: Failure }
  | { type: 'taskStarted'; action: RoundsAction; name: string }
  | { type: 'saveFinished'; result: SaveRoundResult }
  | { type: 'compareFinished'; result: CompareRoundResult }
  | { type: 'taskFailed'; action: RoundsAction; failure: Failure }
  | { type: 'taskDismissed' };

export const initialRoundsState = (): RoundsState => ({ list: { status: 'unknown' }, task: { status: 'idle' }, saves: 0 });

function listOf(reading: RoundsReading): RoundsList {
  if (reading.kind === 'damaged') return { status: 'damaged', problems: reading.problems };
  return { status: 'listed', rounds: reading.snapshots.map((s) => ({ name: s.name, savedAt: s.savedAt, initiatives: s.definitions.initiatives.length })) };
}

export function roundsReducer(state: RoundsState, event: RoundsEvent): RoundsState {
  switch (event.type) {
    case 'listed':
      return { ...state, list: listOf(event.reading) };
    case 'listFailed':
      return { ...state, list: { status: 'failed', failure: event.failure } };
    case 'taskStarted':
      return { ...state, task: { status: 'working', action: event.action, name: event.name } };
    case 'saveFinished': {
      const { result } = event;
      if (result.kind === 'saved') return { list: listOf({ kind: 'listed', snapshots: result.snapshots }), task: { status: 'saved', name: result.name, replaced: result.replaced }, saves: state.saves + 1 };
      // A damaged store is the list's state too: the user sees why no round can be listed.
      const list = result.kind === 'damaged' ? listOf(result) : state.list;
      return { ...state, list, task: { status: 'refused', action: 'save', result } };
    }
    case 'compareFinished': {
      const { result } = event;
      if (result.kind === 'compared') return { ...state, task: { status: 'compared', result } };
      return { ...state, list: result.kind === 'damaged' ? listOf(result) : state.list, task: { status: 'refused', action: 'compare', result } };
    }
    case 'taskFailed':
      return { ...state, task: { status: 'failed', action: event.action, failure: event.failure } };
    case 'taskDismissed':
      return { ...state, task: { status: 'idle' } };
  }
}

export const isRoundsBusy = (state: RoundsState): boolean => state.task.status === 'working';

/**
 * A name a finance officer would type for the round saved today: »Seminar 2. dec.« (English
 * »Seminar 2 Dec«), then »Seminar 2. dec., runde 2« and on when that is kept already.
 */
export function suggestRoundName(taken: readonly string[], lang: Lang, today: Date): string {
  const date = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { day: 'numeric', month: 'short' }).format(today);
  const base = `Seminar ${date}`;
  const kept = new Set(taken.map((name) => name.trim().toLowerCase()));
  const round = lang === 'da' ? 'runde' : 'round';
  let candidate = base;
  for (let n = 2; kept.has(candidate.toLowerCase()); n++) candidate = `${base}, ${round} ${n}`;
  return candidate;
}
