/**
 * [Q1–Q3] The Office.js writer's request budget: the writer's size estimate against the
 * double's own measure, syncs at the floor, and the stored state written once per build.
 */
import { type BuildResult } from '../../../../src/adapters/officejs/applyPlan';
import { writeTables, type BuildRequest } from '../../../../src/taskpane/host/writeTables';
import { STATE_KEY } from '../../../../src/adapters/officejs/state';
import type { InitiativeFile } from '../../../../src/core/format/types';
import { createExcelDouble, type ExcelDouble } from '@budget-tables/excel-double';
import { readTrustedFixture } from '../../../helpers/fixtures';
import { generateDefinitions } from '../../../helpers/generateDefinitions';

const features = readTrustedFixture('valid-features');
const request = (definitions: InitiativeFile, extra: Partial<BuildRequest> = {}): BuildRequest => ({ definitions, layout: { lang: 'da', decimals: 1 }, ...extra });
const build = (double: ExcelDouble, definitions: InitiativeFile, extra: Partial<BuildRequest> = {}): Promise<BuildResult> => double.run((context) => writeTables(context, request(definitions, extra)));

/** The write requests of the last build: the ones after the read (and the comparison reads, which write nothing). */
function writeRequests(double: ExcelDouble, count: number): number[] {
  return double.stats.requests.slice(-count).map((r) => r.bytes);
}

describe('[Q1] the request-size estimate is within 10 % of the double\'s measure', () => {
  test.each([
    ['10 initiatives', generateDefinitions({ initiatives: 10 })],
    ['1,000 initiatives, short text', generateDefinitions({ initiatives: 1000 })],
    ['1,000 initiatives, realistic text', generateDefinitions({ initiatives: 1000, text: 'realistic' })],
    ['3 committees, 600 initiatives, realistic text', generateDefinitions({ initiatives: 600, committees: 3, text: 'realistic' })],
  ])('%s: a first build and a rebuild', async (_name, definitions) => {
    const double = createExcelDouble();
    const first = await build(double, definitions);
    // A first build of one write request sends the state in a request of its own (new sheets' ids): that one is not estimated.
    const [measured] = writeRequests(double, 2);
    const [estimated] = first.writeRequestBytes ?? [];
    expect(Math.abs((estimated ?? 0) / (measured ?? 1) - 1)).toBeLessThan(0.1);
    double.resetStats();
    const again = await build(double, { ...definitions, title: 'Andet udkast' });
    expect(again.writeRequestBytes).toHaveLength(1);
    const [rebuildMeasured] = writeRequests(double, 1);
    expect(Math.abs((again.writeRequestBytes?.[0] ?? 0) / (rebuildMeasured ?? 1) - 1)).toBeLessThan(0.1);
  }, 60_000);
});

describe('[Q2] syncs at the floor', () => {
  test('a first build: one read, one write, and the state with the new sheets\' ids; a rebuild: read, compare, write', async () => {
    const double = createExcelDouble();
    await build(double, features);
    expect(double.stats.syncs).toBe(3);
    expect(double.stats.requests.map((r) => r.failed)).toEqual([undefined, undefined, undefined]);
    double.resetStats();
    await build(double, { ...features, title: 'Ny titel' });
    expect(double.stats.syncs).toBe(3);
    double.resetStats();
    await build(double, { ...features, title: 'Ny titel igen' }, { overwriteConflicts: true });
    expect(double.stats.syncs).toBe(2); // overwriting needs no comparison
  });

  test('a rebuild that adds a committee sends the new sheet\'s id with the state in one more sync', async () => {
    const double = createExcelDouble();
    await build(double, features);
    double.resetStats();
    await build(double, { ...features, committees: [...features.committees, { id: 'ny', name: 'Nyt udvalg' }] });
    expect(double.stats.syncs).toBe(4);
  });
});

describe('[Q3] the stored state is written once per build', () => {
  test.each([
    ['a first build', undefined],
    ['a rebuild', features],
  ])('%s writes the state setting once and the marker of a build in progress once', async (_name, before) => {
    const double = createExcelDouble();
    if (before !== undefined) await build(double, before);
    const settings = Object.getPrototypeOf(double.context.workbook.settings) as { add: (key: string, value: unknown) => unknown };
    const add = jest.spyOn(settings, 'add');
    try {
      await build(double, { ...features, title: 'Ny titel' });
      expect(add.mock.calls.map(([key]) => key)).toEqual(['BudgetTables.Build', STATE_KEY]);
    } finally {
      add.mockRestore();
    }
    expect(Object.keys(double.inspect.settings())).toEqual([STATE_KEY]);
  });
});
