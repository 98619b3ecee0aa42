/**
 * Problems in the user's data as the pane lists them, in the chosen language: where, in the
 * user's words (`Emne 3 »Beløb som tekst«, 2020`, or `linje 3, kolonne 2021` for a CSV), the
 * message, and for a JSON location the path a technical reader looks for.
 */
import { renderMessage } from '../../core/i18n/catalog';
import { describeLocation } from '../../core/i18n/formatProblem';
import type { Lang } from '../../core/i18n/lang';
import { formatJsonPath, type Problem } from '../../core/problems';

export interface ProblemLine {
  key: string;
  location: string;
  /** `initiatives[2].amounts.2020`: only for JSON locations, and only when it says more than `location`. */
  path?: string;
  message: string;
}

/** `document`: the parsed file the locations point into (untrusted), so they can name committees and initiatives. */
export function problemLines(problems: readonly Problem[], lang: Lang, document?: unknown): ProblemLine[] {
  return problems.map((p, i) => {
    const location = describeLocation(p.location, lang, document);
    const path = p.location.kind === 'json' ? formatJsonPath(p.location.path) : undefined;
    return { key: `${i}:${p.code}`, location, ...(path === undefined || path === location ? {} : { path }), message: renderMessage(p.code, lang, p.params) };
  });
}
