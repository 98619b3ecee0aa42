/**
 * The box every pane table sits in: it scrolls sideways on its own, so the pane never does
 * at 320 px. Only while it really scrolls is it a labelled, focusable region, so keyboard
 * users can scroll it and everyone else is not given a tab stop that does nothing.
 */
import { mergeClasses } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useDataTableStyles } from './DataTable.styles';
import type { TableScrollProps } from './TableScroll.types';

export function TableScroll(props: TableScrollProps) {
  const classes = useDataTableStyles();
  const box = useRef<HTMLDivElement | null>(null);
  const scrolls = useScrollsSideways(box);
  return (
    <div ref={box} className={mergeClasses(classes.scroll, props.className)} {...(scrolls ? { role: 'region', 'aria-label': props.label, tabIndex: 0 } : {})} data-scrolls={scrolls}>
      {props.children}
    </div>
  );
}

/** Whether the box's content is wider than the box, followed as the pane or the content resizes. */
function useScrollsSideways(box: React.RefObject<HTMLDivElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (element === null) return;
    const measure = (): void => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  });
  return scrolls;
}
