/**
 * What the pane says and where focus goes after the user's own actions: after a load the
 * check's verdict is spoken and focused, after a write its outcome, and every failure is
 * spoken at once. Results stay on screen in their sections; see ../Announcer.
 */
import { useEffect, useRef } from 'react';
import type { Messages } from '../../i18n/messages';
import { checkVerdict, failureWords, noticeWords } from '../../i18n/words';
import type { Lang } from '../../../core/i18n/lang';
import { needsTitle, type PaneState } from '../../state/paneState';
import type { Analysis, Source } from '../../state/types';
import { focusTarget } from '../Announcer/useAnnouncer';
import { CHECK_SUMMARY } from '../ValidationReport/ValidationReport';
import { WRITE_OUTCOME } from '../WritePanel/WritePanel';

export interface PaneFeedback {
  state: PaneState;
  analysis: Analysis | undefined;
  engineError: string | undefined;
  messages: Messages;
  lang: Lang;
  announce: (text: string, urgent?: boolean) => void;
}

export function usePaneFeedback({ state, analysis, engineError, messages: m, lang, announce }: PaneFeedback): void {
  // Each effect speaks once per new thing (a source, a notice, a write outcome), never on a re-render.
  const spokenSource = useRef<Source | undefined>(undefined);
  useEffect(() => {
    const source = state.source;
    if (source === undefined || analysis === undefined || spokenSource.current === source) return;
    spokenSource.current = source;
    announce(m.announceLoaded(source.fileName, checkVerdict(analysis.errors.length, analysis.warnings.length, needsTitle(state, analysis), m).text));
    focusTarget(CHECK_SUMMARY);
    // Only a new source speaks: typing a CSV title re-checks without a word.
  }, [state, analysis, m, announce]);

  // The notice itself, not a change of language, is news.
  const spokenNotice = useRef<PaneState['notice']>(undefined);
  const notice = state.notice;
  useEffect(() => {
    if (notice === spokenNotice.current) return;
    spokenNotice.current = notice;
    if (notice === undefined) return;
    const { intent, text } = noticeWords(notice, m, lang);
    announce(text, intent === 'error');
  }, [notice, m, lang, announce]);

  const spokenWrite = useRef<PaneState['write'] | undefined>(undefined);
  const write = state.write;
  useEffect(() => {
    if (spokenWrite.current === write) return;
    spokenWrite.current = write;
    switch (write.status) {
      case 'written':
        announce(`${m.writtenHeading}. ${m.writtenSheets(write.result.sheets.length)} ${write.result.sheets.join(', ')}.`);
        break;
      case 'conflicts':
        announce(`${m.conflictsHeading}. ${m.conflictsIntro(write.result.conflicts.length)}`);
        break;
      case 'kept':
        announce(m.keptNotice);
        break;
      case 'failed':
        announce(failureWords(write.failure, m).lines.join(' '), true);
        break;
      case 'idle':
      case 'writing':
        return;
    }
    focusTarget(WRITE_OUTCOME);
  }, [write, m, announce]);

  const spokenEngineError = useRef<string | undefined>(undefined);
  useEffect(() => {
    // A failure that clears and comes back is news again; a change of language is not.
    if (engineError === spokenEngineError.current) return;
    spokenEngineError.current = engineError;
    if (engineError === undefined) return;
    announce(m.engineFailed(engineError), true);
  }, [engineError, m, announce]);
}
