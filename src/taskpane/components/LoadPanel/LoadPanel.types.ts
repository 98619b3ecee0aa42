import type { Lang } from '../../../core/i18n/lang';
import type { Messages } from '../../i18n/messages';
import type { Source } from '../../state/types';
import type { Notice } from '../../state/paneState';

export interface LoadPanelProps {
  messages: Messages;
  lang: Lang;
  busy: boolean;
  loading: boolean;
  source: Source | undefined;
  /** The tables in the workbook have edits these definitions do not have. */
  changed: boolean;
  format: 'json' | 'csv' | undefined;
  notice: Notice | undefined;
  onFiles: (files: readonly File[]) => void;
  onText: (text: string) => void;
  onSample: () => void;
  onStored: () => void;
  onDismissNotice: () => void;
}
