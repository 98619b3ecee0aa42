import type { ReactNode } from 'react';

export interface FailureBodyProps {
  /** What went wrong, as a title; none where the lines say it. */
  title?: string;
  /** What it means for the user and what to do, a line each. */
  lines: readonly string[];
  /** The host's own words (an Office error code), for support; shown small after its label. */
  detail: string | undefined;
  /** "Teknisk detalje" in the pane's language. */
  detailLabel: string;
  /** Anything between the lines and the detail (the problems found). */
  children?: ReactNode;
}
