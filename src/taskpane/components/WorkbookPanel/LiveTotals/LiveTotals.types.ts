import type { Messages } from '../../../i18n/messages';
import type { LiveView } from '../../../state/workbookView';

export interface LiveTotalsProps {
  live: LiveView;
  messages: Messages;
}
