/**
 * What the pane needs from a workbook, and nothing more. The add-in implements it with
 * Office.js (./excelHost), the browser preview with the in-memory Excel double; tests can
 * pass any object. Keeping Office out of the components is what makes them testable.
 */
import type { BuildResult, ProgressReport } from '../../adapters/officejs/applyPlan';
import type { RepairResult } from '../../adapters/officejs/repair';
import type { BudgetDiff } from '../../core/diff/types';
import type { InitiativeFile } from '../../core/format/types';
import type { Problem } from '../../core/problems';
import type { Finding, ReadBackLayout, ReadBackResult } from '../../core/readback/types';
import type { Snapshot } from '../../core/state/snapshots';
import type { BuildRequest } from './writeTables';

export type { BuildRequest, BuildResult, ProgressReport, RepairResult };

/** The add-in's tables read back from the workbook (docs/readback.md), with the integrity check of the same read. */
export interface WorkbookReadBack {
  result: ReadBackResult;
  findings: Finding[];
  /** How the last build laid the tables out: its language, decimals and committees. */
  layout: ReadBackLayout;
  /**
   * The last build was interrupted: its half-written tables say nothing about the user's
   * edits, so they were not read; `result` holds the stored definitions and no diff.
   */
  interrupted?: true;
}

/** The rounds kept in the workbook (docs/rounds.md, D16), or the problems of a store changed outside Budget Tables. */
export type RoundsReading = { kind: 'listed'; snapshots: Snapshot[] } | { kind: 'damaged'; problems: Problem[] };

/** Why the tables as they are now cannot be saved or compared: none yet, a build interrupted, or edits with errors. */
export type CurrentTablesRefusal =
  | { kind: 'noTables' }
  | { kind: 'interrupted' }
  /** `definitions`: those the problems' locations refer to. */
  | { kind: 'invalid'; problems: Problem[]; definitions: InitiativeFile };

export type SaveRoundResult =
  /** `name` as kept (trimmed); `snapshots`: every round now kept. */
  | { kind: 'saved'; name: string; replaced: boolean; snapshots: Snapshot[] }
  | CurrentTablesRefusal
  /** D17: a blank or too long name (`limit` characters), or a store with `limit` rounds already. */
  | { kind: 'refused'; reason: 'snapshotNameInvalid' | 'snapshotsTooMany'; limit: number }
  /** D18: the store would take `size` characters encoded; `limit` fit. */
  | { kind: 'full'; size: number; limit: number }
  | { kind: 'damaged'; problems: Problem[] };

export type CompareRoundResult =
  /** The change list from the round to the tables now, figures in the workbook's unit; `decimals` as the tables show them. */
  | { kind: 'compared'; name: string; savedAt: string; diff: BudgetDiff; decimals: number }
  | CurrentTablesRefusal
  | { kind: 'notFound'; name: string }
  | { kind: 'damaged'; problems: Problem[] };

export interface WorkbookHost {
  /** Writes (or, with `overwriteConflicts`, rewrites) the tables; throws BuildError or NameClashError on failure. */
  write(request: BuildRequest, onProgress: (report: ProgressReport) => void): Promise<BuildResult>;
  /** The definitions of the last build stored in the workbook, or undefined if there are none. */
  readStoredDefinitions(): Promise<InitiativeFile | undefined>;
  /** Reads the tables back and checks them; undefined when the workbook has no Budget Tables tables. */
  readBack(): Promise<WorkbookReadBack | undefined>;
  /** Read-back, then a build of its definitions over the tables (one undo step where Excel can). */
  repair(onProgress: (report: ProgressReport) => void): Promise<RepairResult>;
  /**
   * Calls `onChange` (debounced) when the user edits one of the add-in's sheets, never for
   * the add-in's own writes. Watches the sheets the workbook's state lists now: call it again
   * after a write. Resolves to the function that stops watching.
   */
  watch(onChange: () => void): Promise<() => Promise<void>>;
  /** The rounds the workbook keeps (docs/rounds.md, D15–D18). */
  listSnapshots(): Promise<RoundsReading>;
  /** Saves the tables as they are now, read back with the user's edits, as the round `name` (D15, D17). */
  saveSnapshot(name: string): Promise<SaveRoundResult>;
  /** The change list from the round `name` to the tables as they are now (D1–D10). */
  compareSnapshot(name: string): Promise<CompareRoundResult>;
  /** Office's display language, e.g. "da-DK"; the pane's language follows it. */
  displayLanguage: string;
  kind: 'excel' | 'preview';
}
