/**
 * Speaking and focusing after an action. A live region speaks a change of its text, so the
 * announcer first empties the region and fills it a moment later: the same verdict twice in
 * a row (the same file loaded again) is heard twice.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Announcement {
  text: string;
  /** Failures interrupt (assertive); results wait their turn (polite). */
  urgent: boolean;
}

/** Long enough for screen readers to notice the region was emptied, short enough to feel immediate. */
const REFILL_MS = 100;

export function useAnnouncer(): { announcement: Announcement | undefined; announce: (text: string, urgent?: boolean) => void } {
  const [announcement, setAnnouncement] = useState<Announcement | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = useCallback((text: string, urgent = false) => {
    clearTimeout(timer.current);
    setAnnouncement(undefined);
    timer.current = setTimeout(() => setAnnouncement({ text, urgent }), REFILL_MS);
  }, []);
  return { announcement, announce };
}

/** The attribute that marks where focus goes after an action (`focusTarget(name)`). */
export const FOCUS_TARGET = 'data-focus-target';

/**
 * Moves focus to the first element drawn of those marked `data-focus-target={name}`, in the
 * order of `names`, and scrolls it to the top of the pane: the answer to what the user just
 * did comes first, and a closed message leaves focus on the control that leads on.
 */
export function focusTarget(...names: string[]): void {
  // After React has committed and the browser has laid the result out.
  requestAnimationFrame(() => {
    const element = names.map((name) => document.querySelector<HTMLElement>(`[${FOCUS_TARGET}="${name}"]`)).find((found) => found !== null);
    if (element === undefined || element === null) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'start' });
  });
}
