/**
 * What the pane needs from a workbook, and nothing more. The add-in implements it with
 * Office.js (./excelHost), the browser preview with the in-memory Excel double; tests can
 * pass any object. Keeping Office out of the components is what makes them testable.
 */
import type { BuildRequest, BuildResult, ProgressReport } from '../../adapters/officejs/applyPlan';
import type { RepairResult } from '../../adapters/officejs/repair';
import type { InitiativeFile } from '../../core/format/types';
import type { Finding, ReadBackLayout, ReadBackResult } from '../../core/readback/types';

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
  /** Office's display language, e.g. "da-DK"; the pane's language follows it. */
  displayLanguage: string;
  kind: 'excel' | 'preview';
}
