/**
 * A sign of life on long work: the phase and its count on one line of stderr, rewritten in
 * place, only when stderr is a terminal. Piped or redirected output (CI logs, scripts) gets
 * nothing, so logs hold results and not progress.
 */
import type { Lang } from '../core/i18n/lang';
import { cliText, type ProgressPhase } from './text';

export interface Progress {
  phase: (phase: ProgressPhase, detail?: string) => void;
  /** Clears the line, so what follows starts on a clean one. */
  done: () => void;
}

export const SILENT: Progress = { phase: () => undefined, done: () => undefined };

const CLEAR_LINE = '\r\u001b[2K';

export function terminalProgress(write: (text: string) => void, lang: Lang): Progress {
  const t = cliText(lang);
  let shown = false;
  return {
    phase: (phase, detail) => {
      // The work after each phase is synchronous, so the line is written before it starts.
      write(`${CLEAR_LINE}${t.phase[phase]}${detail === undefined ? '' : ` (${detail})`} …`);
      shown = true;
    },
    done: () => {
      if (shown) write(CLEAR_LINE);
      shown = false;
    },
  };
}
