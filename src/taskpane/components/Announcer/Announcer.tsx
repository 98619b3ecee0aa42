/**
 * The pane's one announcer (WCAG 4.1.3): a polite and an assertive live region, always in the
 * page and visually hidden, so a screen reader hears the verdict of a check, the result of a
 * write and every failure without moving there. Results stay on screen in their sections;
 * this only speaks them.
 */
import { useAnnouncerStyles } from './Announcer.styles';
import type { AnnouncerProps } from './Announcer.types';

export function Announcer({ announcement }: AnnouncerProps) {
  const styles = useAnnouncerStyles();
  const text = (urgent: boolean): string => (announcement !== undefined && announcement.urgent === urgent ? announcement.text : '');
  return (
    <>
      <div className={styles.visuallyHidden} role="status" aria-live="polite" aria-atomic="true" data-testid="announcer-polite">
        {text(false)}
      </div>
      <div className={styles.visuallyHidden} role="alert" aria-live="assertive" aria-atomic="true" data-testid="announcer-assertive">
        {text(true)}
      </div>
    </>
  );
}
