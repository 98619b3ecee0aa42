/** The preview page's state: the language the pane reports, so the workbook side speaks it too. */
import { useCallback, useState } from 'react';
import { langFromDisplayLanguage, type Lang } from '../../../core/i18n/lang';
import { messagesFor } from '../../../taskpane/i18n/messages';
import type { PreviewWorkbook } from '../../previewWorkbook';

export interface PreviewAppProps {
  workbook: PreviewWorkbook;
}

export function usePreviewApp({ workbook }: PreviewAppProps) {
  const [lang, setLang] = useState<Lang>(() => langFromDisplayLanguage(workbook.host.displayLanguage));
  const onUiLangChange = useCallback((next: Lang) => {
    setLang(next);
    document.title = messagesFor(next).previewPageTitle;
  }, []);
  return { lang, messages: messagesFor(lang), onUiLangChange };
}
