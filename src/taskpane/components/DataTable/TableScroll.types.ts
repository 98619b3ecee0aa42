import type { ReactNode } from 'react';

export interface TableScrollProps {
  /** What the region is called for screen readers, in the UI language. */
  label: string;
  /** Extra classes beside the scrolling style. */
  className?: string;
  children: ReactNode;
}
