/** Problems in the user's data as the pane lists them: location and message in the chosen language. */
import { renderMessage } from '../../core/i18n/catalog';
import { formatLocation } from '../../core/i18n/formatProblem';
import type { Lang } from '../../core/i18n/lang';
import type { Problem } from '../../core/problems';

export interface ProblemLine {
  key: string;
  location: string;
  message: string;
}

export function problemLines(problems: readonly Problem[], lang: Lang): ProblemLine[] {
  return problems.map((p, i) => ({ key: `${i}:${p.code}`, location: formatLocation(p.location, lang), message: renderMessage(p.code, lang, p.params) }));
}
