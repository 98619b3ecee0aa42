/**
 * [X1]–[X4] Excel's limits, checked on the plan before anything is written: function
 * arguments, formula length, cell text, sheet names; each problem located in the
 * definitions and worded in Danish and English.
 */
import { PlanLimitError } from '../../../../src/adapters/officejs/applyPlan';
import { writeTables } from '../../../../src/taskpane/host/writeTables';
import type { InitiativeFile } from '../../../../src/core/format/types';
import { formatProblem } from '../../../../src/core/i18n/formatProblem';
import { buildLayoutPlan } from '../../../../src/core/layout/buildPlan';
import { checkPlanLimits, widestCall } from '../../../../src/core/layout/limits';
import type { LayoutPlan, PlanCell } from '../../../../src/core/layout/plan';
import { buildModel } from '../../../../src/core/model/buildModel';
import { createExcelDouble } from '@budget-tables/excel-double';
import { readTrustedFixture, round } from '../../../helpers/fixtures';

const features = readTrustedFixture('valid-features');
const planOf = (definitions: InitiativeFile): LayoutPlan => buildLayoutPlan(buildModel(definitions), { lang: 'da', decimals: 1 });

/** The plan with one cell replaced (sheet index, 0-based row and column). */
function withCell(plan: LayoutPlan, sheet: number, row: number, column: number, cell: PlanCell): LayoutPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((s, i) => (i !== sheet ? s : { ...s, cells: s.cells.map((r, ri) => (ri !== row ? r : r.map((c, ci) => (ci === column ? cell : c)))) })),
  };
}

const sum = (count: number): string => `=SUM(${Array.from({ length: count }, (_, i) => `'Udvalg, nr. ${i}'!D9`).join(',')})`;

describe('[X1] at most 255 arguments in a function call', () => {
  test('counts arguments per call, not commas in strings, quoted sheet names, nested calls or array constants', () => {
    expect(widestCall('=SUM(A1,B1,C1)')).toBe(3);
    expect(widestCall('=SUM()')).toBe(0);
    expect(widestCall('=IF(A1="a,b,c",SUM(1,2),{1,2,3,4})')).toBe(3);
    expect(widestCall("=SUM('a,b'!A1,'it''s, here'!B2)")).toBe(2);
    expect(widestCall('=(A1+B1)*(C1)')).toBe(0);
    expect(widestCall(sum(256))).toBe(256);
  });

  test('a formula of 256 arguments on the overview is a located problem, in Danish and English', () => {
    const base = planOf(features);
    const totalRow = base.sheets[0]?.table.rows.find((r) => r.role === 'total')?.row ?? -1;
    const plan = withCell(base, 0, totalRow, 2, { t: 'formula', formula: sum(256), value: 0 });
    const problems = checkPlanLimits(plan, features);
    const cell = `C${totalRow + 1}`;
    expect(problems.map((p) => [p.code, p.location, p.params.cell, p.params.count])).toEqual([['planTooManyArguments', { kind: 'json', path: ['committees'] }, cell, 256]]);
    const [problem] = problems;
    if (problem === undefined) throw new Error('no problem');
    expect(formatProblem(problem, 'da')).toBe(`Fejl: committees: Formlen i Oversigt!${cell} ville få en funktion med 256 argumenter; Excel tillader højst 255. Brug færre udvalg.`);
    expect(formatProblem(problem, 'en')).toBe(`Error: committees: The formula in Oversigt!${cell} would have a function with 256 arguments; Excel allows at most 255. Use fewer committees.`);
  });

  test('on a committee\'s overview row, the problem points at that committee', () => {
    const base = planOf(features);
    const ruRow = base.sheets[0]?.table.rows.find((r) => r.source === 'committee:ru')?.row ?? -1;
    const problems = checkPlanLimits(withCell(base, 0, ruRow, 2, { t: 'formula', formula: sum(256), value: 0 }), features);
    expect(problems.map((p) => p.location)).toEqual([{ kind: 'json', path: ['committees', 1] }]);
  });

  test('255 arguments pass', () => {
    expect(checkPlanLimits(withCell(planOf(features), 0, 4, 2, { t: 'formula', formula: `=SUM(${Array(255).fill('A1').join(',')})`, value: 0 }), features)).toEqual([]);
  });
});

describe('[X2] at most 8,192 characters in a formula', () => {
  test('8,193 characters is a problem at the cell; 8,191 is not', () => {
    const formula = (length: number): string => `=A1${'+1'.repeat((length - 3) / 2)}`;
    expect(formula(8193)).toHaveLength(8193);
    const plan = (length: number) => withCell(planOf(features), 0, 4, 2, { t: 'formula', formula: formula(length), value: 0 });
    expect(checkPlanLimits(plan(8193), features).map((p) => [p.code, p.params.cell, p.params.length])).toEqual([['planFormulaTooLong', 'C5', 8193]]);
    expect(checkPlanLimits(plan(8191), features)).toEqual([]);
  });
});

describe('[X3] at most 32,767 characters in a cell', () => {
  test('a title cell over the limit points at the initiative\'s title', () => {
    const plan = planOf(features);
    const hosp = plan.sheets[1];
    const row = hosp?.table.rows.find((r) => r.source === 'initiatives[1]')?.row ?? -1;
    const problems = checkPlanLimits(withCell(plan, 1, row, hosp?.table.columns.title ?? -1, { t: 'text', text: 'x'.repeat(32768) }), features);
    expect(problems.map((p) => [p.code, p.location, p.params.length])).toEqual([['planCellTextTooLong', { kind: 'json', path: ['initiatives', 1, 'title'] }, 32768]]);
  });
});

describe('[X4] valid sheet names', () => {
  test.each([['   '], ['Et navn der er alt for langt til Excel'], ['Budget: 2020'], ["'Citat'"], ['History']])('%j is a problem at the committee\'s name', (name) => {
    const plan = planOf(features);
    const renamed = { ...plan, sheets: plan.sheets.map((s) => (s.key === 'committee:ru' ? { ...s, name } : s)) };
    expect(checkPlanLimits(renamed, features).map((p) => [p.code, p.location])).toEqual([['planSheetNameInvalid', { kind: 'json', path: ['committees', 1, 'name'] }]]);
  });

  test('the plans the layout makes pass every check, even from names Excel would refuse', () => {
    const hostile: InitiativeFile = { ...features, committees: [...features.committees, { id: 'h', name: 'History' }, { id: 'q', name: "'Budget: [2020]?'" }, { id: 'b', name: '   x   ' }] };
    expect(checkPlanLimits(planOf(hostile), hostile)).toEqual([]);
  });
});

describe('the Office.js writer checks the limits before it writes anything', () => {
  test('300 committees: either the layout avoids the limits and every total is right, or the build stops before writing', async () => {
    const many: InitiativeFile = {
      ...features,
      committees: Array.from({ length: 300 }, (_, i) => ({ id: `u${i}`, name: `Udvalg ${i}` })),
      initiatives: Array.from({ length: 300 }, (_, i) => ({ id: `e${i}`, committee: `u${i}`, title: `Emne ${i}`, amounts: 1 })),
    };
    const double = createExcelDouble();
    const outcome = await double.run((context) => writeTables(context, { definitions: many, layout: { lang: 'da', decimals: 1 } })).catch((error: unknown) => error);
    if (outcome instanceof PlanLimitError) {
      expect(outcome.problems.map((p) => p.code)).toContain('planTooManyArguments');
      expect(outcome.message).toContain('Excel tillader højst 255');
      expect(double.inspect.sheets()).toEqual(['Sheet1']);
      expect(double.inspect.settings()).toEqual({});
    } else {
      expect(outcome).toMatchObject({ status: 'written' });
      const grand = double.inspect.names().find((n) => n.name === 'GrandTotal')?.formula ?? '';
      const [, sheet = '', cell = ''] = /^='?([^'!]+)'?!\$([A-Z]+)\$\d+/.exec(grand) ?? [];
      const row = /\$(\d+):/.exec(grand)?.[1] ?? '';
      expect(round(Number(double.inspect.cell(sheet, `${cell}${row}`).value))).toBe(300);
    }
  }, 120_000);
});
