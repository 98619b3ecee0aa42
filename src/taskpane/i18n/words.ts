/**
 * Wording of the pane's own states (notices, host failures) in the chosen language.
 * Pure functions over the catalogue, so they are unit-tested in node. (Problems in the
 * user's data are worded by ./problems.ts, which loads with the engine.)
 */
import type { Lang } from '../../core/i18n/lang';
import type { Failure } from '../state/failure';
import { formatBytes } from '../state/format';
import type { Notice } from '../state/paneState';
import type { Messages } from './messages';

export type Intent = 'info' | 'success' | 'warning' | 'error';

export function noticeWords(notice: Notice, m: Messages, lang: Lang): { intent: Intent; text: string } {
  switch (notice.kind) {
    case 'storedLoaded':
      return { intent: 'success', text: m.storedLoaded };
    case 'readBackApplied':
      return { intent: 'success', text: m.readBackApplied };
    case 'noStored':
      return { intent: 'info', text: m.noStored };
    case 'readFailed':
      return { intent: 'error', text: m.readFailed(notice.name, notice.detail) };
    case 'storedFailed':
      return { intent: 'error', text: m.storedFailed(notice.refused === undefined ? notice.detail : notice.refused[lang].join(' ')) };
    case 'sampleFailed':
      return { intent: 'error', text: m.sampleFailed(notice.detail) };
    case 'tooLarge':
      return { intent: 'error', text: m.tooLarge(notice.name, formatBytes(notice.limitBytes, lang)) };
    case 'notAFileType':
      return { intent: 'error', text: m.notAFileType(notice.name) };
    case 'oneFileOnly':
      return { intent: 'error', text: m.oneFileOnly };
    case 'pasteEmpty':
      return { intent: 'warning', text: m.pasteEmpty };
  }
}

/**
 * The check's verdict in one or two sentences: errors (nothing can be written), or none and
 * whether a CSV still needs its title, then the warnings.
 */
export function checkVerdict(errors: number, warnings: number, needsTitle: boolean, m: Messages): { intent: Intent; text: string } {
  const verdict = errors > 0 ? m.reportErrors(errors) : needsTitle ? m.reportOkNeedsTitle : m.reportOk;
  const text = [verdict, ...(warnings > 0 ? [m.reportWarnings(warnings)] : [])].join(' ');
  return { intent: errors > 0 ? 'error' : warnings > 0 || needsTitle ? 'warning' : 'success', text };
}

/** A host failure as sentences: what happened, and for a half-finished build what was and was not written. */
export function failureWords(failure: Failure, m: Messages): { lines: string[]; detail?: string } {
  switch (failure.kind) {
    case 'nameClash':
      return { lines: [m.nameClash(failure.names.join(', '))] };
    case 'build': {
      const stopped = m.buildFailed(m.phases[failure.phase].toLowerCase());
      // The writer says "everything" when it stopped before any sheet: nothing to list.
      if (failure.written.length === 0 && failure.notWritten.length === 1 && failure.notWritten[0] === 'everything') {
        return { lines: [stopped, m.nothingWritten, m.retryHint], detail: failure.detail };
      }
      const list = (names: string[]): string => (names.length === 0 ? m.nothing : names.join(', '));
      return { lines: [stopped, m.writtenList(list(failure.written)), m.notWrittenList(list(failure.notWritten)), m.retryHint], detail: failure.detail };
    }
    case 'storedState':
      return { lines: [m.storedStateRefused, ...failure.messages[m.lang], m.storedStateHint] };
    case 'other':
      return { lines: [m.unexpectedError(failure.detail)] };
  }
}
