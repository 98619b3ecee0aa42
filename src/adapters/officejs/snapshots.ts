/**
 * The add-in's side of the snapshots (docs/rounds.md, D15–D18): the rounds kept in the workbook
 * setting SNAPSHOTS_KEY, beside the state, in the same encoding and read through the same
 * validator as the command line's hidden sheet. A save is one setting written in one request;
 * nothing is written when the store is damaged, the name is refused or the store would be full.
 */
import { withSnapshot, type Snapshot, type SnapshotStore } from '../../core/state/snapshots';
import type { Problem } from '../../core/problems';
import { encodeSnapshots, readSnapshots, SNAPSHOTS_KEY } from '../state/snapshots';

export type SaveSnapshotResult =
  | { kind: 'saved'; store: SnapshotStore; replaced: boolean }
  | { kind: 'refused'; reason: 'snapshotNameInvalid' | 'snapshotsTooMany' }
  | { kind: 'full'; size: number; limit: number }
  | { kind: 'damaged'; problems: Problem[] };

/** The rounds the workbook keeps (an empty store when none), or the problems of a damaged store. */
export async function readWorkbookSnapshots(context: Excel.RequestContext): Promise<{ store: SnapshotStore } | { problems: Problem[] }> {
  const item = context.workbook.settings.getItemOrNullObject(SNAPSHOTS_KEY);
  item.load('value');
  await context.sync();
  const reading = await readSnapshots(item.isNullObject ? undefined : item.value);
  return reading.kind === 'valid' ? { store: reading.store } : { problems: reading.problems };
}

/** [D17] Adds the round (or replaces the one of its name) and writes the setting; Office saves it with the document. */
export async function saveWorkbookSnapshot(context: Excel.RequestContext, snapshot: Snapshot): Promise<SaveSnapshotResult> {
  const current = await readWorkbookSnapshots(context);
  if ('problems' in current) return { kind: 'damaged', problems: current.problems };
  const added = withSnapshot(current.store, snapshot);
  if ('refused' in added) return { kind: 'refused', reason: added.refused };
  const encoded = await encodeSnapshots(added.store);
  if ('full' in encoded) return { kind: 'full', ...encoded.full };
  context.workbook.settings.add(SNAPSHOTS_KEY, encoded.encoded);
  await context.sync();
  return { kind: 'saved', store: added.store, replaced: added.replaced };
}
