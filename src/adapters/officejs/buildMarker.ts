/**
 * The mark a build in progress leaves in the workbook settings (BUILD_MARKER_KEY), so
 * that the stored state itself (definitions and all, hundreds of kB for a large
 * budget) is written once per build, at its end.
 *
 * The marker is written first in the build's first request and deleted in the same
 * request as the new state. While it stands, the stored state still describes the
 * last complete build, and a retry knows that the tables are half-written (they are
 * not the user's edits), which sheets this build created (recorded by name, since a
 * new sheet's id is known only after its request) and which names it may have added.
 *
 * Like the state, it is input from anyone who can edit the workbook: a marker that
 * does not decode is ignored, never trusted and never a crash.
 */
import type { OwnedSheet } from './state';

export const BUILD_MARKER_KEY = 'BudgetTables.Build';

export interface BuildMarker {
  version: 1;
  /** Sheets this build creates or created, by plan key and the name they have. */
  pending: { key: string; name: string }[];
  /** Workbook names this build may have added. */
  names: string[];
}

const MAX_ENTRIES = 100_000;

export function encodeMarker(marker: BuildMarker): string {
  return JSON.stringify(marker);
}

export function decodeMarker(stored: unknown): BuildMarker | undefined {
  if (typeof stored !== 'string' || stored.length > 10_000_000) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    // Not ours, or damaged: a marker only relaxes checks, so one that cannot be read counts as none.
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { version, pending, names } = parsed as Partial<Record<keyof BuildMarker, unknown>>;
  if (version !== 1 || !Array.isArray(pending) || !Array.isArray(names) || pending.length > MAX_ENTRIES || names.length > MAX_ENTRIES) return undefined;
  const entries = pending.filter((p): p is { key: string; name: string } => typeof p === 'object' && p !== null && typeof (p as OwnedSheet).key === 'string' && typeof (p as OwnedSheet).name === 'string');
  const strings = names.filter((n): n is string => typeof n === 'string');
  if (entries.length !== pending.length || strings.length !== names.length) return undefined;
  return { version: 1, pending: entries.map((p) => ({ key: p.key, name: p.name })), names: strings };
}
