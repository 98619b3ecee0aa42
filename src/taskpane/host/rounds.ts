/**
 * The seminar's rounds in the open workbook (docs/rounds.md, D15–D18), as both hosts hand them
 * to the pane: list, save the tables as they are now, and compare them with a kept round. Loads
 * with the engine chunk (../engine.ts): the store's validator and the diff are too heavy for
 * the pane's first bundle. Everything the pane must word is returned as data; only a fault of
 * the workbook itself (Office.js) is thrown.
 */
import { readWorkbookSnapshots, saveWorkbookSnapshot } from '../../adapters/officejs/snapshots';
import { diffDefinitions } from '../../core/diff';
import type { InitiativeFile } from '../../core/format/types';
import { findSnapshot, MAX_SNAPSHOT_NAME_LENGTH, MAX_SNAPSHOTS } from '../../core/state/snapshots';
import { readBackWorkbook } from './readBackWorkbook';
import type { CompareRoundResult, CurrentTablesRefusal, RoundsReading, SaveRoundResult } from './types';

export async function listRounds(context: Excel.RequestContext): Promise<RoundsReading> {
  const read = await readWorkbookSnapshots(context);
  return 'store' in read ? { kind: 'listed', snapshots: read.store.snapshots } : { kind: 'damaged', problems: read.problems };
}

/**
 * The definitions the tables hold now, with every edit (a Med switched to Nej included), as
 * `budget-tables snapshot` saves them (D15); or why there are none to take.
 */
async function currentTables(context: Excel.RequestContext): Promise<{ definitions: InitiativeFile; decimals: number } | CurrentTablesRefusal> {
  // Only the definitions count for a round: the integrity check's findings would go unused.
  const read = await readBackWorkbook(context, { check: false });
  if (read === undefined) return { kind: 'noTables' };
  // Half-written tables are not the user's round: the stored definitions are the last build, not what the sheets show.
  if (read.interrupted === true) return { kind: 'interrupted' };
  const errors = read.result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { kind: 'invalid', problems: errors, definitions: read.result.definitions };
  return { definitions: read.result.definitions, decimals: read.layout.decimals };
}

/** [D17] Saves the tables as they are now under `name` (replacing a round of that name); nothing is written on a refusal. */
export async function saveRound(context: Excel.RequestContext, name: string, savedAt: Date): Promise<SaveRoundResult> {
  const current = await currentTables(context);
  if ('kind' in current) return current;
  const saved = await saveWorkbookSnapshot(context, { name, savedAt: savedAt.toISOString(), definitions: current.definitions });
  switch (saved.kind) {
    case 'saved':
      return { kind: 'saved', name: name.trim(), replaced: saved.replaced, snapshots: saved.store.snapshots };
    case 'refused':
      return { kind: 'refused', reason: saved.reason, limit: saved.reason === 'snapshotNameInvalid' ? MAX_SNAPSHOT_NAME_LENGTH : MAX_SNAPSHOTS };
    case 'full':
    case 'damaged':
      return saved;
  }
}

/** The change list from the round `name` to the tables as they are now (D1–D10), in the workbook's unit. */
export async function compareRound(context: Excel.RequestContext, name: string): Promise<CompareRoundResult> {
  const current = await currentTables(context);
  if ('kind' in current) return current;
  const rounds = await listRounds(context);
  if (rounds.kind === 'damaged') return rounds;
  const round = findSnapshot({ version: 1, snapshots: rounds.snapshots }, name);
  if (round === undefined) return { kind: 'notFound', name };
  return { kind: 'compared', name: round.name, savedAt: round.savedAt, diff: diffDefinitions(round.definitions, current.definitions), decimals: current.decimals };
}
