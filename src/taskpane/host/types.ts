/**
 * What the pane needs from a workbook, and nothing more. The add-in implements it with
 * Office.js (./excelHost), the browser preview with the in-memory Excel double; tests can
 * pass any object. Keeping Office out of the components is what makes them testable.
 */
import type { BuildRequest, BuildResult, ProgressReport } from '../../adapters/officejs/applyPlan';
import type { InitiativeFile } from '../../core/format/types';

export type { BuildRequest, BuildResult, ProgressReport };

export interface WorkbookHost {
  /** Writes (or, with `overwriteConflicts`, rewrites) the tables; throws BuildError or NameClashError on failure. */
  write(request: BuildRequest, onProgress: (report: ProgressReport) => void): Promise<BuildResult>;
  /** The definitions of the last build stored in the workbook, or undefined if there are none. */
  readStoredDefinitions(): Promise<InitiativeFile | undefined>;
  /** Office's display language, e.g. "da-DK"; the pane's language follows it. */
  displayLanguage: string;
  kind: 'excel' | 'preview';
}
