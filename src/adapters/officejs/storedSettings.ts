/**
 * The one place the add-in reads what a workbook remembers of Budget Tables: the stored
 * state of the last complete build and the marker of a build in progress. Both are
 * input from anyone who can edit the workbook; decoding (and any validation of the
 * state) belongs here, so the writer and the read-back agree on what they trust.
 */
import { BUILD_MARKER_KEY, decodeMarker, type BuildMarker } from './buildMarker';
import { decodeState, STATE_KEY, type StoredState } from './state';

export interface StoredSettings {
  state: StoredState | undefined;
  marker: BuildMarker | undefined;
}

/** Queues the loads; the returned function decodes them once the caller has synced. */
export function readStoredSettings(context: Excel.RequestContext): () => Promise<StoredSettings> {
  const state = context.workbook.settings.getItemOrNullObject(STATE_KEY);
  const marker = context.workbook.settings.getItemOrNullObject(BUILD_MARKER_KEY);
  state.load('value');
  marker.load('value');
  return async () => ({
    state: state.isNullObject ? undefined : await decodeState(state.value),
    marker: marker.isNullObject ? undefined : decodeMarker(marker.value),
  });
}
