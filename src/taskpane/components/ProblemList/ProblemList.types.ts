import type { ProblemLine } from '../../i18n/problems';

export interface ProblemListProps {
  lines: readonly ProblemLine[];
  showPaths: boolean;
  /** The JSON path's label for screen readers ("Sti i filen"). */
  pathLabel: string;
  labelledBy?: string;
  testId: string;
}
