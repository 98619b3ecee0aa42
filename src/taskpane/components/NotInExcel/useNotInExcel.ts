/** Outside Excel (the page opened in a plain browser, or Office failed to start) the pane explains where to go instead. */
import { useMemo } from 'react';
import { langFromDisplayLanguage } from '../../../core/i18n/lang';
import { messagesFor } from '../../i18n/messages';
import type { NotInExcelProps } from './NotInExcel.types';

export function useNotInExcel({ language, failure }: NotInExcelProps) {
  return useMemo(() => {
    const lang = langFromDisplayLanguage(language);
    const m = messagesFor(lang);
    return { lang, title: m.appTitle, text: failure === undefined ? m.notInExcel : m.officeFailed(failure), link: m.openPreview };
  }, [language, failure]);
}
