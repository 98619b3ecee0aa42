/**
 * The one place the add-in reads what a workbook remembers of Budget Tables: the stored
 * state of the last complete build and the marker of a build in progress. Both are
 * input from anyone who can edit the workbook; decoding (and any validation of the
 * state) belongs here, so the writer and the read-back agree on what they trust.
 *
 * The state is the add-in's setting STATE_KEY; a workbook built by the command line has
 * none, but the same state text in its hidden sheet STATE_SHEET_NAME, which is read
 * instead (the same decoder and validator, S1–S5) and its sheets found by name.
 */
import { BUILD_MARKER_KEY, decodeMarker, type BuildMarker } from './buildMarker';
import { lookUpHiddenSheet, readHiddenText } from './hiddenSheet';
import { SNAPSHOTS_SHEET_NAME } from '../state/snapshots';
import { decodeState, STATE_KEY, STATE_SHEET_NAME, type OwnedSheet, type StoredState } from './state';

export interface StoredSettings {
  state: StoredState | undefined;
  marker: BuildMarker | undefined;
  /** The command line's hidden state sheet is in the workbook and not visible: a write keeps it in step. */
  stateSheet: boolean;
}

/**
 * Queues the loads; the returned function decodes them once the caller has synced. Only a
 * workbook with the state sheet and without the setting costs one more sync (the sheet's cells).
 */
export function readStoredSettings(context: Excel.RequestContext): () => Promise<StoredSettings> {
  const state = context.workbook.settings.getItemOrNullObject(STATE_KEY);
  const marker = context.workbook.settings.getItemOrNullObject(BUILD_MARKER_KEY);
  const sheet = lookUpHiddenSheet(context, STATE_SHEET_NAME);
  state.load('value');
  marker.load('value');
  return async () => {
    const stored = state.isNullObject ? undefined : await decodeState(state.value);
    return {
      state: stored ?? (state.isNullObject && sheet.exists() ? await readStateSheet(context, sheet.sheet) : undefined),
      marker: marker.isNullObject ? undefined : decodeMarker(marker.value),
      stateSheet: sheet.keptInStep(),
    };
  };
}

/** One sync: the state in the command line's sheet, its sheets given the ids of the worksheets they are now. */
async function readStateSheet(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<StoredState | undefined> {
  const worksheets = context.workbook.worksheets.load('items/id,items/name');
  const state = await decodeState(await readHiddenText(context, sheet));
  return state === undefined ? undefined : withSheetIds(state, worksheets.items);
}

/** The sheets that hold what Budget Tables remembers: never one of its tables, whatever a state says. */
const HIDDEN_SHEETS = new Set([STATE_SHEET_NAME, SNAPSHOTS_SHEET_NAME].map((name) => name.toLowerCase()));

/**
 * A file has no worksheet ids, so the command line records its sheets by name (id empty): each
 * is the worksheet of that name now, as the command line's `read` finds it. A sheet renamed
 * since is missing (the integrity check says so) and stays the user's; an id that names a
 * worksheet of this workbook (the add-in kept the sheet in step) is kept. No worksheet is
 * claimed twice.
 */
function withSheetIds(state: StoredState, worksheets: readonly { id: string; name: string }[]): StoredState {
  const candidates = worksheets.filter((w) => !HIDDEN_SHEETS.has(w.name.toLowerCase()));
  const claimed = new Set<string>();
  const resolve = (owned: OwnedSheet): OwnedSheet => {
    const found = candidates.find((w) => w.id === owned.id && owned.id !== '') ?? candidates.find((w) => w.name === owned.name);
    if (found === undefined || claimed.has(found.id)) return { ...owned, id: '' };
    claimed.add(found.id);
    return { ...owned, id: found.id };
  };
  return { ...state, sheets: state.sheets.map(resolve) };
}
