/**
 * Golden CSV fixtures: each tests/fixtures/invalid-csv-<case>/input.csv with the
 * CSV problems it must give (only parseCsvDefinitions; the validator's own
 * problems are tested with the validator), locations as users read them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvDefinitions } from '../../../../src/core/format/csv';
import { formatLocation } from '../../../../src/core/i18n/formatProblem';

const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures');
const cases = readdirSync(FIXTURES).filter((name) => name.startsWith('invalid-csv-')).sort();

interface ExpectedProblem {
  severity: string;
  code: string;
  location: string;
}

describe('golden CSV fixtures', () => {
  it('there are CSV fixtures to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)('%s gives exactly its expected problems', (name) => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, name, 'input.csv')));
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected-problems.json'), 'utf8')) as ExpectedProblem[];
    const result = parseCsvDefinitions(bytes, { fileName: 'input.csv' });
    const actual = result.problems.map((p) => ({ severity: p.severity, code: p.code, location: formatLocation(p.location, 'en') }));
    expect(actual).toEqual(expected);
  });
});
