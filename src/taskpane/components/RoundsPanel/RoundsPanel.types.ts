import type { Lang } from '../../../core/i18n/lang';
import type { Engine } from '../../engineLoader';
import type { Messages } from '../../i18n/messages';
import type { RoundsState } from '../../state/roundsState';
import type { RoundsActions } from '../Pane/useRounds';

export interface RoundsPanelProps {
  /** Undefined until the engine chunk has loaded: the list and results need it to be worded. */
  engine: Engine | undefined;
  messages: Messages;
  lang: Lang;
  state: RoundsState;
  /** Anything of the pane's or the workbook's under way. */
  busy: boolean;
  actions: RoundsActions;
  announce: (text: string, urgent?: boolean) => void;
}
