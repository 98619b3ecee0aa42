/**
 * Rebuild paths that once went wrong, each reproduced on the Excel double: a table
 * that grows while the overview's formulas are written, interrupted rebuilds that
 * remove a committee or grow a table, and a comparison read past 5 MB.
 */
import { writeTables, type BuildRequest } from '../../../../src/taskpane/host/writeTables';
import { decodeState, encodeState, STATE_KEY } from '../../../../src/adapters/officejs/state';
import type { InitiativeFile } from '../../../../src/core/format/types';
import { buildLayoutPlan } from '../../../../src/core/layout/buildPlan';
import { buildModel } from '../../../../src/core/model/buildModel';
import { createExcelDouble, type ExcelDouble, type FailureOptions } from '@budget-tables/excel-double';
import { formulaMismatches } from '../../../helpers/double';
import { readTrustedFixture, round } from '../../../helpers/fixtures';
import { generateDefinitions } from '../../../helpers/generateDefinitions';

const features = readTrustedFixture('valid-features');
const request = (definitions: InitiativeFile, extra: Partial<BuildRequest> = {}): BuildRequest => ({ definitions, layout: { lang: 'da', decimals: 1 }, ...extra });
const build = (double: ExcelDouble, definitions: InitiativeFile, extra: Partial<BuildRequest> = {}) => double.run((context) => writeTables(context, request(definitions, extra)));
const planOf = (definitions: InitiativeFile, reserved: string[]) => buildLayoutPlan(buildModel(definitions), { lang: 'da', decimals: 1, reservedSheetNames: reserved });

/** Six initiatives more for one committee, one committee removed, one renamed, one added. */
const reshaped: InitiativeFile = {
  ...features,
  committees: [
    ...features.committees.filter((c) => c.id !== 'tom').map((c) => (c.id === 'ru' ? { ...c, name: 'Regional Udvikling og Trafik' } : c)),
    { id: 'ny', name: 'Nyt udvalg' },
  ],
  initiatives: [
    ...features.initiatives,
    ...Array.from({ length: 6 }, (_, i) => ({ id: `ekstra${i}`, committee: 'hosp', title: `Ekstra emne ${i + 1}`, amounts: 10 + i })),
    { id: 'nyt', committee: 'ny', title: 'Nyt emne', amounts: 3 },
  ],
};

/** Every outcome of a failure injected at sync n: before the request, midway, or after it ran with its response lost. */
const failureModes: { label: string; options: FailureOptions }[] = [
  { label: 'before the request ran', options: { afterCommands: 0 } },
  { label: 'midway through it', options: { afterCommands: 7 } },
  { label: 'after it ran, response lost', options: { loseResponse: true } },
];

async function syncsOf(prepare: (double: ExcelDouble) => Promise<void>, definitions: InitiativeFile): Promise<number> {
  const double = createExcelDouble();
  await prepare(double);
  double.resetStats();
  await build(double, definitions);
  return double.stats.syncs;
}

describe('[B1] a table that grows on rebuild: the overview points at its totals', () => {
  test('six initiatives added to one committee, one removed, one renamed, one added: every total and GrandTotal equal the engine', async () => {
    const double = createExcelDouble();
    await build(double, features);
    await build(double, reshaped);
    const plan = planOf(reshaped, ['Sheet1']);
    expect(formulaMismatches(double, plan)).toEqual([]);
    const grand = plan.names.find((n) => n.name === 'GrandTotal')?.range ?? '';
    expect(double.inspect.names().find((n) => n.name === 'GrandTotal')?.formula).toBe(`=Oversigt!${grand}`);
    const first = grand.replace(/\$/g, '').split(':')[0] ?? '';
    expect(round(Number(double.inspect.cell('Oversigt', first).value))).toBe(round(buildModel(reshaped).total[0] ?? NaN));
    // Every overview formula is exactly as planned: none was shifted by rows inserted after it was written.
    const overview = double.inspect.sheet('Oversigt');
    const shifted = (plan.sheets[0]?.cells ?? []).flatMap((row, r) => row.flatMap((cell, c) => (cell.t === 'formula' && overview.formulas[r]?.[c] !== cell.formula.replace(/'(Hospitalsudvalget|Oversigt)'!/g, '$1!') ? [[r, c, overview.formulas[r]?.[c], cell.formula]] : [])));
    expect(shifted).toEqual([]);
  });
});

describe('[B2] an interrupted rebuild that removes a committee leaves no sheet behind', () => {
  const prepare = async (double: ExcelDouble) => void (await build(double, features));
  test.each(failureModes)('a failure at every sync, $label, then a retry: exactly the planned sheets', async ({ options }) => {
    const syncs = await syncsOf(prepare, reshaped);
    for (let n = 1; n <= syncs; n++) {
      const double = createExcelDouble();
      await prepare(double);
      double.failOnSync(n, 'GeneralException', options);
      await build(double, reshaped).catch(() => undefined);
      const retry = await build(double, reshaped);
      expect({ n, status: retry.status }).toEqual({ n, status: 'written' });
      const plan = planOf(reshaped, ['Sheet1']);
      expect({ n, sheets: double.inspect.sheets() }).toEqual({ n, sheets: ['Sheet1', ...plan.sheets.map((s) => s.name)] });
      expect(formulaMismatches(double, plan)).toEqual([]);
    }
  }, 120_000);
});

describe('[B3] an interrupted rebuild that grows a table moves the user\'s content once', () => {
  // Two rows under the table as it was first built (the sheet's last planned row is the table's).
  const rowsBefore = planOf(features, ['Sheet1']).sheets.find((s) => s.key === 'committee:hosp')?.cells.length ?? 0;
  const prepare = async (double: ExcelDouble) => {
    await build(double, features);
    double.user.type('Hospitalsudvalget', `B${rowsBefore + 2}`, 'Min note under tabellen');
    double.user.type('Hospitalsudvalget', 'L3', 'Ved siden af');
  };
  test.each(failureModes)('a failure at every sync, $label, then a retry: the note is right under the grown table', async ({ options }) => {
    const syncs = await syncsOf(prepare, reshaped);
    const rowsAfter = planOf(reshaped, ['Sheet1']).sheets.find((s) => s.key === 'committee:hosp')?.cells.length ?? 0;
    const noteRow = rowsBefore + 2 + rowsAfter - rowsBefore;
    for (let n = 1; n <= syncs; n++) {
      const double = createExcelDouble();
      await prepare(double);
      double.failOnSync(n, 'GeneralException', options);
      await build(double, reshaped).catch(() => undefined);
      await build(double, reshaped);
      const column = double.inspect.sheet('Hospitalsudvalget').values.map((row) => row[1]);
      expect({ n, row: column.indexOf('Min note under tabellen') + 1 }).toEqual({ n, row: noteRow });
      expect({ n, beside: double.inspect.cell('Hospitalsudvalget', 'L3').value }).toEqual({ n, beside: 'Ved siden af' });
    }
  }, 120_000);
});

describe('[B4] the comparison read stays under Excel on the web\'s 5 MB response limit', () => {
  test('a rebuild of 10,000 initiatives with realistic titles and notes: no response over 5 MB, and it is written', async () => {
    const definitions = generateDefinitions({ initiatives: 10_000, text: 'realistic' });
    const double = createExcelDouble();
    const first = await build(double, definitions);
    // [Q1] More than one write request: each is under 5 MB and within 10 % of the writer's estimate.
    const writes = double.stats.requests.slice(1).map((r) => r.bytes);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes).toHaveLength(first.writeRequestBytes?.length ?? 0);
    writes.forEach((bytes, i) => expect({ i, off: Math.abs((first.writeRequestBytes?.[i] ?? 0) / bytes - 1) < 0.1 }).toEqual({ i, off: true }));
    expect(Math.max(...writes)).toBeLessThan(5_000_000);
    double.resetStats();
    const edited: InitiativeFile = { ...definitions, title: 'Budget 2021, 2. udkast' };
    const result = await build(double, edited);
    expect(result.status).toBe('written');
    expect(double.stats.largestResponseBytes).toBeLessThan(5_000_000);
    expect(double.stats.largestRequestBytes).toBeLessThan(5_000_000);
  }, 300_000);
});

describe('a workbook an earlier version left interrupted (its state marked in progress)', () => {
  test('is finished: the sheet it was creating is claimed, and the half-written tables are not conflicts', async () => {
    const double = createExcelDouble();
    await build(double, features);
    double.user.type('Hospitalsudvalget', 'D7', 99); // as if half-written
    double.user.addSheet('Nyt udvalg'); // created before the interruption
    const state = await decodeState(double.inspect.settings()[STATE_KEY]);
    if (state === undefined) throw new Error('no state');
    const interrupted = { ...state, definitions: reshaped, inProgress: true, pending: [{ key: 'committee:ny', name: 'Nyt udvalg' }] };
    await double.run(async (context) => {
      context.workbook.settings.add(STATE_KEY, await encodeState(interrupted));
      await context.sync();
    });
    const result = await build(double, reshaped);
    expect(result.status).toBe('written');
    const plan = planOf(reshaped, ['Sheet1']);
    expect(double.inspect.sheets()).toEqual(['Sheet1', ...plan.sheets.map((s) => s.name)]);
    expect(formulaMismatches(double, plan)).toEqual([]);
  });
});
