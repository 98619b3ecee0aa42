import type { ReactNode } from 'react';
import type { Lang } from '../../../core/i18n/lang';

export interface FaultProps {
  lang: Lang;
  /** The fault's own words, shown after the apology. */
  detail: string;
}

export interface ErrorBoundaryProps {
  lang: Lang;
  children: ReactNode;
}
