import type { Lang } from '../../../core/i18n/lang';
import type { Engine } from '../../engineLoader';
import type { Messages } from '../../i18n/messages';
import type { Analysis } from '../../state/types';

export interface ValidationReportProps {
  engine: Engine;
  messages: Messages;
  lang: Lang;
  analysis: Analysis;
  /** A CSV without a title yet: no errors, but not ready to write. */
  needsTitle: boolean;
}
