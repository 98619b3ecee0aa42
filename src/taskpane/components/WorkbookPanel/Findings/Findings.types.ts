import type { Messages } from '../../../i18n/messages';
import type { Lines } from '../../../state/workbookView';

export interface FindingsProps {
  /** The integrity check's findings; at least one. */
  findings: Lines;
  messages: Messages;
}
