import type { Messages } from '../../../i18n/messages';
import type { TablesPresence, WorkbookActions } from '../../Pane/useWorkbook';

export interface WorkbookToolsProps {
  messages: Messages;
  /** Something is under way, or there are no tables: the buttons stay focusable and say why. */
  blocked: boolean;
  tables: TablesPresence;
  actions: WorkbookActions;
}
