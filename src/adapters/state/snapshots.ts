/**
 * The snapshots' stored form (docs/rounds.md, D15–D18): the add-in keeps them in the workbook
 * setting SNAPSHOTS_KEY, a file written by the command line in the very hidden sheet
 * SNAPSHOTS_SHEET_NAME, beside the state and encoded like it (gzip + base64), validated on
 * read by the core's one validator.
 */
import { EMPTY_SNAPSHOTS, validateSnapshots, type SnapshotStore } from '../../core/state/snapshots';
import { error, type Problem } from '../../core/problems';
import { decodeDocument, encodeDocument, SETTINGS_LIMIT_BYTES } from './state';

export const SNAPSHOTS_KEY = 'BudgetTables.Snapshots';
export const SNAPSHOTS_SHEET_NAME = 'BudgetTables_Snapshots';
/**
 * Office keeps at most 2 MB of settings per document, shared with the state (warned at 1 MB):
 * the snapshots get the other half. Measured in docs/rounds.md (D18): the seminar sample is
 * about 3 kB encoded, so hundreds of rounds of it fit; 600 initiatives take about 40 kB.
 */
export const SNAPSHOTS_LIMIT_CHARS = SETTINGS_LIMIT_BYTES / 2;

export type SnapshotsReading = { kind: 'valid'; store: SnapshotStore } | { kind: 'invalid'; problems: Problem[] };

/** [D16] The stored snapshots; none stored is an empty store. Never throws. */
export async function readSnapshots(stored: unknown): Promise<SnapshotsReading> {
  if (typeof stored === 'string' && stored.length > SNAPSHOTS_LIMIT_CHARS) {
    return { kind: 'invalid', problems: [error('storedStateTooLarge', { kind: 'file' }, { limit: SNAPSHOTS_LIMIT_CHARS, actual: stored.length })] };
  }
  const decoded = await decodeDocument(stored);
  if (decoded.kind === 'absent') return { kind: 'valid', store: EMPTY_SNAPSHOTS };
  if (decoded.kind === 'invalid') return decoded;
  const validation = validateSnapshots(decoded.document);
  return validation.store === undefined ? { kind: 'invalid', problems: validation.problems } : { kind: 'valid', store: validation.store };
}

/** [D18] The encoded store, or `full` when it would pass SNAPSHOTS_LIMIT_CHARS (nothing is then saved). */
export async function encodeSnapshots(store: SnapshotStore): Promise<{ encoded: string } | { full: { size: number; limit: number } }> {
  const encoded = await encodeDocument(store);
  return encoded.length > SNAPSHOTS_LIMIT_CHARS ? { full: { size: encoded.length, limit: SNAPSHOTS_LIMIT_CHARS } } : { encoded };
}
