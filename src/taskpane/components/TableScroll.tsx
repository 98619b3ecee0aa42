/**
 * The box every pane table sits in: it scrolls sideways on its own, so the pane never does
 * at 320 px, and it is a labelled, focusable region so keyboard users can scroll it too.
 */
import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useSharedStyles } from './shared.styles';

export interface TableScrollProps {
  /** What the region is called for screen readers, in the UI language. */
  label: string;
  /** Extra classes beside the shared scrolling style. */
  className?: string;
  children: ReactNode;
}

export function TableScroll(props: TableScrollProps) {
  const shared = useSharedStyles();
  return (
    <div className={mergeClasses(shared.scroll, props.className)} role="region" aria-label={props.label} tabIndex={0}>
      {props.children}
    </div>
  );
}
