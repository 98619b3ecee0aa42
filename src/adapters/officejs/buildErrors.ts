/**
 * What a build of the open workbook reports on the way: its phases and progress, and the
 * typed failures the pane words for the user (src/taskpane/state/failure.ts).
 */
import { formatProblem } from '../../core/i18n/formatProblem';
import type { Lang } from '../../core/i18n/lang';
import type { Problem } from '../../core/problems';

/** 'prepare' is no longer a request of its own; it stays for the pane's wording of older errors. */
export type BuildPhase = 'read' | 'compare' | 'prepare' | 'write' | 'finish';

export interface ProgressReport {
  phase: BuildPhase;
  done: number;
  total: number;
}

/** A host failure in the middle of a build: what was written and what was not. */
export class BuildError extends Error {
  constructor(
    readonly phase: BuildPhase,
    readonly written: string[],
    readonly notWritten: string[],
    override readonly cause: unknown,
  ) {
    super(`Budget Tables stopped while ${phaseWords[phase]}: ${describe(cause)}. Written: ${written.join(', ') || 'nothing'}. Not written: ${notWritten.join(', ') || 'nothing'}. Running the build again finishes it.`);
    this.name = 'BuildError';
  }
}

const phaseWords: Record<BuildPhase, string> = {
  read: 'reading the workbook',
  compare: 'comparing the tables with the last build',
  prepare: 'preparing the sheets',
  write: 'writing the tables',
  finish: 'writing names and the stored definitions',
};

function describe(cause: unknown): string {
  if (cause instanceof Error) return `${(cause as { code?: string }).code ?? cause.name}: ${cause.message}`;
  return String(cause);
}

/** The plan would pass one of Excel's limits ([X1]–[X4]); nothing was written. */
export class PlanLimitError extends Error {
  constructor(
    readonly problems: Problem[],
    lang: Lang,
  ) {
    super(problems.map((p) => formatProblem(p, lang)).join('\n'));
    this.name = 'PlanLimitError';
  }
}

export class NameClashError extends Error {
  constructor(readonly names: string[]) {
    super(`The workbook already has its own names ${names.join(', ')}; Budget Tables will not replace them. Rename them and build again.`);
    this.name = 'NameClashError';
  }
}
