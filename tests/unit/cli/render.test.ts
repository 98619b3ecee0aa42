/** Grouping problems by kind, without running a command: headings, listing, counts. */
import { renderProblems } from '../../../src/cli/render';
import type { ProblemReport } from '../../../src/cli/report';
import { PLAIN } from '../../../src/cli/style';

const at = (line: number): ProblemReport['location'] => ({ kind: 'csv', line, text: `linje ${line}` });
const problem = (code: string, line: number, message: string, params: Record<string, string | number> = {}, severity: 'error' | 'warning' = 'error'): ProblemReport => ({ code, severity, location: at(line), message, params });
const options = { lang: 'da' as const, quiet: false, verbose: false, style: PLAIN };

test('a code without a kind is headed by its message with the details elided; one problem stands alone; order of first appearance', () => {
  const problems = [
    problem('csvMissingValue', 2, 'Feltet mangler A.'),
    problem('idDuplicate', 3, 'Id "a" findes to gange.'),
    problem('csvEmpty', 4, 'Filen er tom A.'),
    problem('csvEmpty', 5, 'Filen er tom B.'),
    problem('csvMissingValue', 6, 'Feltet mangler B.'),
  ];
  const text = renderProblems({ command: 'check', problems, counts: { errors: 5, warnings: 0 }, exitCode: 1 }, options);
  expect(text.split('\n')).toEqual([
    '5 fejl',
    '  2 manglende felter:',
    '    linje 2: Feltet mangler A.',
    '    linje 6: Feltet mangler B.',
    '  linje 3: Id "a" findes to gange.',
    expect.stringMatching(/^ {2}2 × \S/),
    '    linje 4: Filen er tom A.',
    '    linje 5: Filen er tom B.',
    'Intet er skrevet.',
    '',
  ]);
  expect(text).not.toMatch(/\{\w+\}/);
});

test('a listing kind names at most eight, then "og N mere"; long titles are cut', () => {
  const titles = Array.from({ length: 12 }, (_, i) => (i === 0 ? 'En meget lang titel som bliver ved og ved og ved og ved' : `Emne ${i}`));
  const problems = titles.map((title, i) => problem('uncostedTopic', i + 2, `Emnet "${title}" …`, { title }, 'warning'));
  const text = renderProblems({ command: 'check', problems, counts: { errors: 0, warnings: 12 }, exitCode: 0 }, options);
  expect(text).toBe('12 advarsler\n  12 emner uden beløb endnu (vises uden tal): En meget lang titel som bliver ved og ved og ve…,\n    Emne 1, Emne 2, Emne 3, Emne 4, Emne 5, Emne 6, Emne 7 og 4 mere\n');
});
