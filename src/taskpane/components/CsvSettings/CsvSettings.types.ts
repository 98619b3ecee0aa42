import type { Lang } from '../../../core/i18n/lang';
import type { Engine } from '../../engineLoader';
import type { Messages } from '../../i18n/messages';
import type { CsvSettings } from '../../state/types';

export interface CsvSettingsProps {
  engine: Engine;
  messages: Messages;
  lang: Lang;
  fileName: string;
  csv: CsvSettings;
  disabled: boolean;
  onChange: (csv: Partial<CsvSettings>) => void;
}
