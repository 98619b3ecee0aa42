/**
 * The add-in's side of the snapshots (docs/rounds.md, D15–D18): the rounds kept in the workbook
 * setting SNAPSHOTS_KEY, beside the state, in the same encoding and read through the same
 * validator as the command line's hidden sheet, which is read when the setting is absent and
 * kept in step when it is there. A save is one request; nothing is written when the store is
 * damaged, the name is refused or the store would be full.
 */
import { withSnapshot, type Snapshot, type SnapshotStore } from '../../core/state/snapshots';
import type { Problem } from '../../core/problems';
import { encodeSnapshots, readSnapshots, SNAPSHOTS_KEY, SNAPSHOTS_SHEET_NAME, type SnapshotsReading } from '../state/snapshots';
import { lookUpHiddenSheet, queueHiddenText, readHiddenText } from './hiddenSheet';

export type SaveSnapshotResult =
  | { kind: 'saved'; store: SnapshotStore; replaced: boolean }
  | { kind: 'refused'; reason: 'snapshotNameInvalid' | 'snapshotsTooMany' }
  | { kind: 'full'; size: number; limit: number }
  | { kind: 'damaged'; problems: Problem[] };

/** The rounds the workbook keeps (an empty store when none), or the problems of a damaged store. */
export async function readWorkbookSnapshots(context: Excel.RequestContext): Promise<{ store: SnapshotStore } | { problems: Problem[] }> {
  const { reading } = await readStoredSnapshots(context);
  return reading.kind === 'valid' ? { store: reading.store } : { problems: reading.problems };
}

/**
 * The rounds through the one decoder and validator, and whether the command line's hidden sheet
 * is there to keep in step on a save. Where that sheet is hidden it is read (one more sync for
 * its cells) even beside the setting: both sides write it, while `budget-tables snapshot` patches
 * only the sheet and leaves the setting as it was, so the setting may lack a round the sheet has,
 * and a save from it would drop that round. The setting alone is read where there is no sheet.
 */
async function readStoredSnapshots(context: Excel.RequestContext): Promise<{ reading: SnapshotsReading; sheetKeptInStep: boolean }> {
  const item = context.workbook.settings.getItemOrNullObject(SNAPSHOTS_KEY);
  const sheet = lookUpHiddenSheet(context, SNAPSHOTS_SHEET_NAME);
  item.load('value');
  await context.sync();
  const fromSheet = sheet.keptInStep() || (item.isNullObject && sheet.exists());
  const stored: unknown = fromSheet ? await readHiddenText(context, sheet.sheet) : item.isNullObject ? undefined : item.value;
  return { reading: await readSnapshots(stored), sheetKeptInStep: sheet.keptInStep() };
}

/** [D17] Adds the round (or replaces the one of its name) and writes the setting; Office saves it with the document. */
export async function saveWorkbookSnapshot(context: Excel.RequestContext, snapshot: Snapshot): Promise<SaveSnapshotResult> {
  const { reading, sheetKeptInStep } = await readStoredSnapshots(context);
  if (reading.kind === 'invalid') return { kind: 'damaged', problems: reading.problems };
  const added = withSnapshot(reading.store, snapshot);
  if ('refused' in added) return { kind: 'refused', reason: added.refused };
  const encoded = await encodeSnapshots(added.store);
  if ('full' in encoded) return { kind: 'full', ...encoded.full };
  // The command line's sheet too, in the same request, so `budget-tables` sees the rounds saved here.
  if (sheetKeptInStep) queueHiddenText(context, SNAPSHOTS_SHEET_NAME, encoded.encoded);
  context.workbook.settings.add(SNAPSHOTS_KEY, encoded.encoded);
  await context.sync();
  return { kind: 'saved', store: added.store, replaced: added.replaced };
}
