/**
 * Named snapshots of the definitions kept in the workbook (docs/rounds.md, D15–D18): the
 * rounds of the seminar (*Udvalgenes forslag*, *Seminar 22. maj*, *Budgetforlig*). Stored
 * beside the state, encoded the same way (src/adapters/state), and read as untrusted input:
 * this is the one validator, for the add-in's setting and the command line's hidden sheet.
 */
import { z } from 'zod';
import type { InitiativeFile } from '../format/types';
import { error, type Problem } from '../problems';
import { validateDefinitions } from '../validate/validate';
import { at, shapeProblems, versionProblem } from './storedJson';

export const SNAPSHOTS_VERSION = 1;
/** More rounds than any seminar has; a forged list stops here. */
export const MAX_SNAPSHOTS = 50;
/** A name the pane and a terminal can show on one line. */
export const MAX_SNAPSHOT_NAME_LENGTH = 80;

export interface Snapshot {
  name: string;
  /** When it was saved, ISO 8601 (the caller's clock). */
  savedAt: string;
  definitions: InitiativeFile;
}

export interface SnapshotStore {
  version: 1;
  snapshots: Snapshot[];
}

export const EMPTY_SNAPSHOTS: SnapshotStore = { version: SNAPSHOTS_VERSION, snapshots: [] };

const storeSchema = z.strictObject({
  version: z.literal(SNAPSHOTS_VERSION),
  snapshots: z
    .array(z.strictObject({ name: z.string().trim().min(1).max(MAX_SNAPSHOT_NAME_LENGTH), savedAt: z.iso.datetime(), definitions: z.unknown() }))
    .max(MAX_SNAPSHOTS),
});

export interface SnapshotsValidation {
  /** Present only when there is no problem. */
  store?: SnapshotStore;
  problems: Problem[];
}

/** [D16] The decoded JSON of the snapshots (any value) to a store, or every problem found in it. */
export function validateSnapshots(document: unknown): SnapshotsValidation {
  const wrongVersion = versionProblem(document, SNAPSHOTS_VERSION);
  if (wrongVersion !== undefined) return { problems: [wrongVersion] };
  const shape = storeSchema.safeParse(document);
  if (!shape.success) return { problems: shapeProblems(shape.error.issues) };
  const problems: Problem[] = [];
  const snapshots: Snapshot[] = [];
  const seen = new Set<string>();
  shape.data.snapshots.forEach((entry, index) => {
    if (seen.has(snapshotKey(entry.name))) problems.push(error('storedStateValue', at(['snapshots', index, 'name']), {}));
    seen.add(snapshotKey(entry.name));
    const definitions = validateDefinitions(entry.definitions, { locate: (path) => at(['snapshots', index, 'definitions', ...path]) });
    problems.push(...definitions.problems.filter((p) => p.severity === 'error'));
    if (definitions.file !== undefined) snapshots.push({ name: entry.name, savedAt: entry.savedAt, definitions: definitions.file });
  });
  return problems.length > 0 ? { problems } : { store: { version: SNAPSHOTS_VERSION, snapshots }, problems: [] };
}

/** Names are one snapshot when they differ only in case and surrounding spaces. */
export function snapshotKey(name: string): string {
  return name.trim().toLowerCase();
}

export function findSnapshot(store: SnapshotStore, name: string): Snapshot | undefined {
  return store.snapshots.find((s) => snapshotKey(s.name) === snapshotKey(name));
}

/**
 * [D17] The store with `snapshot` added, or replacing the one of the same name (kept in its
 * place); refused when the name is blank or too long, or the store is full.
 */
export function withSnapshot(store: SnapshotStore, snapshot: Snapshot): { store: SnapshotStore; replaced: boolean } | { refused: 'snapshotNameInvalid' | 'snapshotsTooMany' } {
  const name = snapshot.name.trim();
  if (name === '' || name.length > MAX_SNAPSHOT_NAME_LENGTH) return { refused: 'snapshotNameInvalid' };
  const entry = { ...snapshot, name };
  const index = store.snapshots.findIndex((s) => snapshotKey(s.name) === snapshotKey(name));
  if (index >= 0) return { store: { ...store, snapshots: store.snapshots.map((s, i) => (i === index ? entry : s)) }, replaced: true };
  if (store.snapshots.length >= MAX_SNAPSHOTS) return { refused: 'snapshotsTooMany' };
  return { store: { ...store, snapshots: [...store.snapshots, entry] }, replaced: false };
}
