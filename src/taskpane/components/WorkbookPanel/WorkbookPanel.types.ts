import type { Lang } from '../../../core/i18n/lang';
import type { Engine } from '../../engineLoader';
import type { Messages } from '../../i18n/messages';
import type { WorkbookState } from '../../state/workbookState';
import type { RoundsModel } from '../Pane/useRounds';
import type { TablesPresence, WorkbookActions } from '../Pane/useWorkbook';

export interface WorkbookPanelProps {
  /** Undefined until the engine chunk has loaded: results need it to be worded, the buttons do not. */
  engine: Engine | undefined;
  messages: Messages;
  lang: Lang;
  state: WorkbookState;
  changed: boolean;
  /** Anything of the pane's or the workbook's under way. */
  busy: boolean;
  /** Whether the workbook has the add-in's tables to read, check or repair. */
  tables: TablesPresence;
  actions: WorkbookActions;
  /** The seminar's rounds, shown once the workbook has tables. */
  rounds: RoundsModel;
  /** Speaks the answer to the user's read-back, check or repair (../Announcer). */
  announce: (text: string, urgent?: boolean) => void;
}
