import type { Messages } from '../../../i18n/messages';
import type { TaskView } from '../../../state/workbookView';

export interface CheckResultProps {
  result: Extract<TaskView, { kind: 'checked' }>;
  messages: Messages;
}
