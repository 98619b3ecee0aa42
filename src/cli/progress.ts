/**
 * A sign of life on long work: the phase and its count on one line of stderr, rewritten in
 * place, only when stderr is a terminal. Piped or redirected output (CI logs, scripts) gets
 * nothing, so logs hold results and not progress.
 *
 * The parse, check and layout phases are synchronous: their line is written before they
 * start. Writing the workbook is asynchronous (ExcelJS zips in chunks) and the longest phase
 * on large inputs, so while the event loop is free the line also counts the seconds.
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
const TICK_MS = 1000;

export function terminalProgress(write: (text: string) => void, lang: Lang, now: () => number = Date.now): Progress {
  const t = cliText(lang);
  let shown: { text: string; since: number } | undefined;
  let timer: NodeJS.Timeout | undefined;
  const show = (): void => {
    if (shown === undefined) return;
    const seconds = Math.floor((now() - shown.since) / 1000);
    write(`${CLEAR_LINE}${shown.text} …${seconds >= 1 ? ` ${seconds} s` : ''}`);
  };
  return {
    phase: (phase, detail) => {
      shown = { text: `${t.phase[phase]}${detail === undefined ? '' : ` (${detail})`}`, since: now() };
      show();
      if (timer === undefined) {
        timer = setInterval(show, TICK_MS);
        // The ticking never keeps the process alive on its own.
        timer.unref();
      }
    },
    done: () => {
      clearInterval(timer);
      timer = undefined;
      if (shown !== undefined) write(CLEAR_LINE);
      shown = undefined;
    },
  };
}
