/**
 * Golden layout fixtures, one folder each: tests/fixtures/valid-<case>/input.json|csv and
 * expected-plan.json. A missing expected file fails and prints the actual plan for review;
 * UPDATE_GOLDEN=1 writes it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnLetter } from '../../../../src/core/layout/a1';
import { buildLayoutPlan } from '../../../../src/core/layout/buildPlan';
import type { LayoutPlan } from '../../../../src/core/layout/plan';
import { loadDefinitions } from '../../../../src/core/load';
import { FIXTURES } from '../../../helpers/fixtures';

/** A reviewable form of a plan: every non-empty cell as "A1: value | formula = value", per sheet, its page breaks, plus names. */
function compact(plan: LayoutPlan) {
  return {
    sheets: plan.sheets.map((sheet) => ({
      name: sheet.name,
      cells: sheet.cells.flatMap((row, r) =>
        row.flatMap((cell, c) => {
          const at = `${columnLetter(c)}${r + 1}`;
          if (cell.t === 'empty') return [];
          if (cell.t === 'text') return [`${at}: ${JSON.stringify(cell.text)}`];
          if (cell.t === 'number') return [`${at}: ${cell.value}`];
          return [`${at}: ${cell.formula} = ${cell.value}`];
        }),
      ),
      rows: sheet.table.rows.map((r) => `${r.row + 1} ${r.role}${r.source === undefined ? '' : ` ${r.source}`}`),
      // The 1-based rows that start a printed page, as Excel shows them.
      pageBreaks: sheet.print.pageBreaks.map((row) => row + 1),
    })),
    names: plan.names.map((n) => `${n.name} = ${n.sheetKey}!${n.range}`),
  };
}

const cases = readdirSync(FIXTURES).filter((d) => d.startsWith('valid-'));

test('there are golden cases for JSON and CSV input', () => {
  expect(cases.filter((c) => existsSync(join(FIXTURES, c, 'input.csv'))).length).toBeGreaterThan(0);
  expect(cases.filter((c) => existsSync(join(FIXTURES, c, 'input.json'))).length).toBeGreaterThan(0);
});

test.each(cases)('%s lays out as its expected plan', (name) => {
  const dir = join(FIXTURES, name);
  const inputName = existsSync(join(dir, 'input.json')) ? 'input.json' : 'input.csv';
  const loaded = loadDefinitions({ fileName: inputName === 'input.csv' ? `${name}.csv` : inputName, bytes: new Uint8Array(readFileSync(join(dir, inputName))) }, { priceLevel: '2019 P/L' });
  expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  if (loaded.model === undefined) throw new Error('no model');
  const actual = compact(buildLayoutPlan(loaded.model, { lang: 'da' }));
  const expectedPath = join(dir, 'expected-plan.json');
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
  if (!existsSync(expectedPath)) throw new Error(`No ${expectedPath}. Review the actual plan and save it (UPDATE_GOLDEN=1):\n${JSON.stringify(actual, null, 2)}`);
  expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
});
