/**
 * Golden invalid files: every tests/fixtures/invalid-* directory with an
 * input.json is read and validated, and its problems compared with
 * expected-problems.json. Directories with input.csv belong to the CSV tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonDefinitions } from '../../../../src/core/format/json';
import { renderMessage } from '../../../../src/core/i18n/catalog';
import { formatLocation } from '../../../../src/core/i18n/formatProblem';
import type { Problem } from '../../../../src/core/problems';
import { validateDefinitions } from '../../../../src/core/validate';

const fixturesDir = join(__dirname, '..', '..', '..', 'fixtures');

const cases = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name.startsWith('invalid-'))
  .map((entry) => entry.name)
  .filter((name) => existsSync(join(fixturesDir, name, 'input.json')))
  .sort();

interface ExpectedProblem {
  severity: string;
  code: string;
  location: string;
}

function problemsOf(text: string): Problem[] {
  const parsed = parseJsonDefinitions(text);
  return parsed.problems.length > 0 ? parsed.problems : validateDefinitions(parsed.document).problems;
}

test('there are JSON fixtures to run', () => {
  expect(cases.length).toBeGreaterThanOrEqual(5);
});

test.each(cases)('%s reports exactly the expected problems', (name) => {
  const problems = problemsOf(readFileSync(join(fixturesDir, name, 'input.json'), 'utf8'));
  const actual: ExpectedProblem[] = problems.map((p) => ({
    severity: p.severity,
    code: p.code,
    location: formatLocation(p.location, 'en'),
  }));
  const expectedPath = join(fixturesDir, name, 'expected-problems.json');
  if (!existsSync(expectedPath)) {
    throw new Error(
      `${name} has no expected-problems.json. Review these problems and save them there if they are right:\n` +
        `${JSON.stringify(actual, null, 2)}\n`,
    );
  }
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as ExpectedProblem[];
  expect(expected.length).toBeGreaterThan(0);
  expect(actual).toEqual(expected);

  // Every message renders completely in both languages.
  for (const problem of problems) {
    for (const lang of ['da', 'en'] as const) {
      expect(renderMessage(problem.code, lang, problem.params)).not.toMatch(/\{\w+\}/);
    }
  }
});
