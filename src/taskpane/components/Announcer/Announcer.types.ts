import type { Announcement } from './useAnnouncer';

export interface AnnouncerProps {
  /** What to say now; undefined: nothing (the regions stay in the page, empty). */
  announcement: Announcement | undefined;
}
