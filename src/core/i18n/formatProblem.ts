import { formatJsonPath, type Location, type Problem } from '../problems';
import { renderMessage } from './catalog';
import type { Lang } from './lang';

const WORDS = {
  da: { line: 'linje', column: 'kolonne', file: 'filen', error: 'Fejl', warning: 'Advarsel' },
  en: { line: 'line', column: 'column', file: 'the file', error: 'Error', warning: 'Warning' },
} as const;

/** Where a problem is, as the user should read it: `initiatives[3].amounts.2021` or `linje 7, kolonne 2021`. */
export function formatLocation(location: Location, lang: Lang): string {
  const words = WORDS[lang];
  switch (location.kind) {
    case 'json':
      return formatJsonPath(location.path);
    case 'csv':
      return location.column === undefined
        ? `${words.line} ${location.line}`
        : `${words.line} ${location.line}, ${words.column} ${location.column}`;
    case 'file':
      return words.file;
  }
}

/** One line for a terminal or a list: `Fejl: initiatives[3].amounts.2021: ...`. */
export function formatProblem(problem: Problem, lang: Lang): string {
  const severity = WORDS[lang][problem.severity];
  return `${severity}: ${formatLocation(problem.location, lang)}: ${renderMessage(problem.code, lang, problem.params)}`;
}
