import type { Lang } from '../../../core/i18n/lang';
import type { Messages } from '../../i18n/messages';
import type { WriteBlock, WriteState } from '../../state/paneState';

export interface WritePanelProps {
  messages: Messages;
  lang: Lang;
  write: WriteState;
  block: WriteBlock | undefined;
  years: readonly number[];
  decimals: number;
  /** Sheets a write would make now: the overview and one per chosen committee. */
  sheetCount: number;
  onWrite: (overwrite: boolean) => void;
  onKeep: () => void;
  onDismiss: () => void;
}
