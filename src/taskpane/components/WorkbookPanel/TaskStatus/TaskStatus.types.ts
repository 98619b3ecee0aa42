import type { Messages } from '../../../i18n/messages';
import type { TaskView } from '../../../state/workbookView';

export interface TaskWorkingProps {
  task: Extract<TaskView, { kind: 'working' }>;
}

export interface NoTablesProps {
  task: Extract<TaskView, { kind: 'noTables' }>;
  messages: Messages;
  onDismiss: () => void;
}

export interface RepairInvalidProps {
  task: Extract<TaskView, { kind: 'repairInvalid' }>;
  messages: Messages;
}

export interface TaskFailureProps {
  task: Extract<TaskView, { kind: 'failed' }>;
  messages: Messages;
  onDismiss: () => void;
}
