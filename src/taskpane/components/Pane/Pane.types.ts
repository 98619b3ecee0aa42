import type { Lang } from '../../../core/i18n/lang';
import type { WorkbookHost } from '../../host/types';

export interface PaneProps {
  host: WorkbookHost;
  /** Lets a container (the browser preview) word its own parts in the pane's language. */
  onUiLangChange?: (lang: Lang) => void;
}
