import type { Messages } from '../../../i18n/messages';
import type { Lines } from '../../../state/workbookView';

export interface ChangeTableProps {
  caption: string;
  /** The lines shown, and "… and 12 more." when not all are. */
  lines: Lines;
  messages: Messages;
  testId: string;
}
