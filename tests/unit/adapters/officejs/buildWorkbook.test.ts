/**
 * The Office.js writer against the in-memory Excel double: values, live formulas,
 * ownership, conflicts, failures and retries, and the sync budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPlan, BuildError, PlanLimitError } from '../../../../src/adapters/officejs/applyPlan';
import { readBuildTarget } from '../../../../src/adapters/officejs/buildTarget';
import { writeTables, type BuildRequest } from '../../../../src/taskpane/host/writeTables';
import { decodeState, STATE_KEY } from '../../../../src/adapters/officejs/state';
import type { InitiativeFile } from '../../../../src/core/format/types';
import { buildLayoutPlan } from '../../../../src/core/layout/buildPlan';
import { buildModel } from '../../../../src/core/model/buildModel';
import { planBuild } from '../../../../src/core/planBuild';
import { error } from '../../../../src/core/problems';
import { createExcelDouble, type ExcelDouble } from '@budget-tables/excel-double';
import { readTrustedFixture, REPO, round } from '../../../helpers/fixtures';
import { formulaMismatches } from '../../../helpers/double';
import { generateDefinitions } from '../../../helpers/generateDefinitions';

const features = readTrustedFixture('valid-features');
const sample = JSON.parse(readFileSync(join(REPO, 'data', 'budget-2020-seminar.json'), 'utf8')) as InitiativeFile;
const request = (definitions: InitiativeFile, extra: Partial<BuildRequest> = {}): BuildRequest => ({ definitions, layout: { lang: 'da', decimals: 1 }, ...extra });

async function build(double: ExcelDouble, definitions: InitiativeFile, extra: Partial<BuildRequest> = {}) {
  return double.run((context) => writeTables(context, request(definitions, extra)));
}


const planOf = (definitions: InitiativeFile, reservedSheetNames: string[] = []) => buildLayoutPlan(buildModel(definitions), { lang: 'da', decimals: 1, reservedSheetNames });
const value = (double: ExcelDouble, sheet: string, address: string) => double.inspect.cell(sheet, address).value;

describe('a build writes the plan: every total equals the engine', () => {
  test.each([
    ['the feature fixture', features],
    ['the seminar sample', sample],
  ])('%s', async (_name, definitions) => {
    const double = createExcelDouble();
    const result = await build(double, definitions);
    expect(result.status).toBe('written');
    const plan = planOf(definitions, ['Sheet1']);
    expect(double.inspect.sheets()).toEqual(['Sheet1', ...plan.sheets.map((s) => s.name)]);
    expect(formulaMismatches(double, plan)).toEqual([]);
    expect(result.grandTotal).toEqual(buildModel(definitions).total);
  });

  test('formulas, formats, widths, freeze, print setup and names land as planned', async () => {
    const double = createExcelDouble();
    await build(double, features);
    const hosp = double.inspect.sheet('Hospitalsudvalget');
    expect(hosp.formulas[15]?.[3]).toBe('=SUMIFS(D$5:INDEX(D:D,ROW()-1),$I$5:INDEX($I:$I,ROW()-1),"")');
    expect(hosp.numberFormats[6]?.[3]).toBe('#,##0.0;[Red]-#,##0.0');
    expect(hosp.text[15]?.[3]).toBe('29.3');
    expect(hosp.formats[15]?.[1]?.bold).toBe(true);
    expect(hosp.formats[6]?.[1]?.indentLevel).toBe(1);
    // An indent shows only on a left-aligned cell (docs/layout.md, L3).
    expect(hosp.formats[6]?.[1]?.horizontalAlignment).toBe('Left');
    expect(hosp.freeze).toEqual({ rows: 5, columns: 2 });
    expect(hosp.hiddenColumns).toEqual(['I']);
    expect(hosp.pageLayout.orientation).toBe('Landscape');
    expect(hosp.pageLayout.printTitleRows).toBe('Hospitalsudvalget!$5:$5');
    const names = double.inspect.names().map((n) => [n.name, n.formula]);
    // Excel drops the quotes a sheet name does not need; the double does too.
    expect(names).toContainEqual(['Total_hosp', '=Hospitalsudvalget!$D$16:$G$16']);
    expect(names).toContainEqual(['GrandTotal', '=Oversigt!$C$14:$F$14']);
  });

  test('a 5,000-initiative file: every total equals the engine', async () => {
    const big = generateDefinitions({ initiatives: 5000 });
    const double = createExcelDouble();
    const result = await build(double, big);
    expect(result.status).toBe('written');
    expect(formulaMismatches(double, planOf(big, ['Sheet1']))).toEqual([]);
  }, 180_000);
});

describe('totals stay live after the build', () => {
  test('an amount changed in Excel flows into subtotal, total, span and overview', async () => {
    const double = createExcelDouble();
    await build(double, features);
    double.user.type('Hospitalsudvalget', 'D7', 6.25);
    expect(value(double, 'Hospitalsudvalget', 'D10')).toBe(18.25);
    expect(value(double, 'Hospitalsudvalget', 'D16')).toBe(30.5);
    expect(value(double, 'Hospitalsudvalget', 'D17')).toBe(25.5);
    expect(round(Number(value(double, 'Hospitalsudvalget', 'D19')))).toBe(29.1);
    expect(round(Number(value(double, 'Oversigt', 'C14')))).toBe(434.6);
  });

  test('a row inserted directly above the total, with an amount, is included', async () => {
    const double = createExcelDouble();
    await build(double, features);
    double.user.insertRows('Hospitalsudvalget', 16);
    double.user.type('Hospitalsudvalget', 'B16', 'Ny linje');
    double.user.type('Hospitalsudvalget', 'D16', 10);
    expect(value(double, 'Hospitalsudvalget', 'D17')).toBe(39.25);
    expect(value(double, 'Hospitalsudvalget', 'D18')).toBe(34.25); // untyped rows count as operating
    expect(round(Number(value(double, 'Oversigt', 'C14')))).toBe(443.35);
    expect(double.inspect.names().find((n) => n.name === 'Total_hosp')?.formula).toBe('=Hospitalsudvalget!$D$17:$G$17');
  });

  test('a row inserted among a node\'s lines counts in its subtotal; among a frame\'s lines it reduces the remainder', async () => {
    const double = createExcelDouble();
    await build(double, features);
    double.user.insertRows('Hospitalsudvalget', 9);
    double.user.type('Hospitalsudvalget', 'D9', 1);
    expect(value(double, 'Hospitalsudvalget', 'D11')).toBe(18);
    double.user.insertRows('Regional Udvikling', 12);
    double.user.type('Regional Udvikling', 'D12', 4);
    expect(value(double, 'Regional Udvikling', 'D14')).toBe(13); // the 29,0 pool's remainder
    expect(value(double, 'Regional Udvikling', 'D6')).toBe(65.5); // the frame itself is unchanged
  });
});

describe('text is text', () => {
  test.each(['=HYPERLINK("http://x","y")', '+1', '-x', '@SUM(A1)', '2020', "'quoted"])('a title %s lands as literal text', async (title) => {
    const double = createExcelDouble();
    const definitions: InitiativeFile = { ...features, initiatives: [{ id: 'x', committee: 'hosp', title, amounts: 1 }] };
    await build(double, definitions);
    const cell = double.inspect.cell('Hospitalsudvalget', 'B6');
    expect(cell.value).toBe(title);
    expect(cell.text).toBe(title);
  });
});

describe('ownership: nothing the user made is lost', () => {
  test('a user sheet with a committee\'s name is never touched; the add-in takes another name', async () => {
    const double = createExcelDouble({ sheets: ['Hospitalsudvalget'] });
    double.user.type('Hospitalsudvalget', 'A1', 'Mine egne noter');
    await build(double, features);
    expect(value(double, 'Hospitalsudvalget', 'A1')).toBe('Mine egne noter');
    expect(double.inspect.sheets()).toContain('Hospitalsudvalget (2)');
    expect(value(double, 'Hospitalsudvalget (2)', 'A1')).toBe('Hospitalsudvalget');
  });

  test('building again with changed definitions: exactly the new tables, nothing stale, user content kept', async () => {
    const double = createExcelDouble();
    await build(double, features);
    double.user.type('Hospitalsudvalget', 'K3', 'Min kommentar');
    double.user.type('Hospitalsudvalget', 'A30', 'Under tabellen');
    double.user.addSheet('Mine tal');
    double.user.type('Mine tal', 'A1', 42);
    const changed: InitiativeFile = {
      ...features,
      committees: [...features.committees.filter((c) => c.id !== 'tom'), { id: 'ny', name: 'Nyt udvalg' }],
      initiatives: [
        ...features.initiatives.filter((i) => i.id !== 'akut' && i.id !== 'uncosted').map((i) => (i.id === 'huse' ? { ...i, title: 'Sundhedshuse (omdøbt)' } : i)),
        { id: 'nyt', committee: 'ny', title: 'Nyt emne', amounts: 3 },
      ],
    };
    const result = await build(double, changed, { overwriteConflicts: false });
    expect(result.status).toBe('written');
    const plan = planOf(changed, ['Sheet1', 'Mine tal']);
    expect(double.inspect.sheets().sort()).toEqual(['Sheet1', 'Mine tal', ...plan.sheets.map((s) => s.name)].sort());
    expect(formulaMismatches(double, plan)).toEqual([]);
    expect(value(double, 'Hospitalsudvalget', 'K3')).toBe('Min kommentar');
    const hospRows = plan.sheets.find((s) => s.key === 'committee:hosp')?.cells.length ?? 0;
    expect(hospRows).toBe(17); // two initiatives fewer and no range left: the block shrank by 2 + 2 rows
    expect(value(double, 'Hospitalsudvalget', 'A26')).toBe('Under tabellen'); // moved up with the block
    expect(value(double, 'Mine tal', 'A1')).toBe(42);
    expect(double.inspect.names().map((n) => n.name).sort()).toEqual(plan.names.map((n) => n.name).sort());
    const state = await decodeState(double.inspect.settings()[STATE_KEY]);
    expect(state?.definitions).toEqual(changed);
    expect(state?.inProgress).toBe(false);
  });

  test('a sheet the user renamed stays the add-in\'s and is rebuilt in place', async () => {
    const double = createExcelDouble();
    await build(double, features);
    double.user.renameSheet('Hospitalsudvalget', 'Hosp (mit navn)');
    expect(double.inspect.cell('Oversigt', 'C5').formula).toBe("='Hosp (mit navn)'!D16");
    const again = await build(double, features);
    expect(again.conflicts).toEqual([]); // Excel's rewrite of references to the renamed sheet is not a user edit
    expect(double.inspect.sheets().filter((s) => s.startsWith('Hosp'))).toEqual(['Hospitalsudvalget']);
    expect(double.inspect.cell('Oversigt', 'C5').formula).toBe('=Hospitalsudvalget!D16');
  });
});

describe('the adapter applies the plan its caller made', () => {
  test('writes the plan as given and stores the planned state with the ids of the sheets it created', async () => {
    const double = createExcelDouble();
    const result = await double.run(async (context) => {
      const target = await readBuildTarget(context);
      expect(target.planning).toEqual({ reservedSheetNames: ['Sheet1'] });
      // A caller may plan around more names than the workbook has: the adapter does not plan again.
      const planned = planBuild(request(features), { ...target.planning, reservedSheetNames: ['Sheet1', 'Oversigt'] });
      return applyPlan(context, target, planned);
    });
    const plan = planOf(features, ['Sheet1', 'Oversigt']);
    expect(result.sheets).toEqual(plan.sheets.map((s) => s.name));
    expect(double.inspect.sheets()).toEqual(['Sheet1', ...plan.sheets.map((s) => s.name)]);
    expect(double.inspect.sheets()).not.toContain('Oversigt');
    const state = await decodeState(double.inspect.settings()[STATE_KEY]);
    expect(state?.reservedSheetNames).toEqual(['Sheet1', 'Oversigt']);
    const ids = await double.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/id,items/name');
      await context.sync();
      return new Map(sheets.items.map((s) => [s.name, s.id]));
    });
    expect(state?.sheets).toEqual(plan.sheets.map((s) => ({ key: s.key, id: ids.get(s.name), name: s.name })));
  });

  test('[X1] refuses a plan with a limit problem before writing anything, in the plan\'s language', async () => {
    const double = createExcelDouble();
    const refused = await double
      .run(async (context) => {
        const target = await readBuildTarget(context);
        const planned = planBuild(request(features), target.planning);
        const tooWide = error('planTooManyArguments', { kind: 'json', path: ['committees'] }, { sheet: 'Oversigt', cell: 'C5', count: 256, max: 255 });
        return applyPlan(context, target, { ...planned, limits: [tooWide] });
      })
      .catch((failure: unknown) => failure);
    expect(refused).toBeInstanceOf(PlanLimitError);
    expect((refused as PlanLimitError).message).toBe('Fejl: committees: Formlen i Oversigt!C5 ville få en funktion med 256 argumenter; Excel tillader højst 255. Brug færre udvalg.');
    expect(double.inspect.sheets()).toEqual(['Sheet1']);
    expect(double.inspect.settings()).toEqual({});
  });
});

describe('conflicts: user edits inside the tables', () => {
  test('are reported, with nothing written, and survive unless overwriting is requested', async () => {
    const double = createExcelDouble();
    await build(double, features);
    double.user.type('Hospitalsudvalget', 'D7', 99);
    double.user.type('Hospitalsudvalget', 'E16', 1000); // a number typed over a total
    const edited: InitiativeFile = { ...features, title: 'Ny titel' };
    const result = await build(double, edited);
    expect(result.status).toBe('conflicts');
    expect(result.conflicts).toEqual([
      { sheet: 'Hospitalsudvalget', address: 'D7', kind: 'changed', written: 5, current: 99 },
      { sheet: 'Hospitalsudvalget', address: 'E16', kind: 'changed', written: '=SUMIFS(E$5:INDEX(E:E,ROW()-1),$I$5:INDEX($I:$I,ROW()-1),"")', current: 1000 },
    ]);
    expect(value(double, 'Hospitalsudvalget', 'A2')).toBe('Budget 2020 – testudvalg');
    expect(value(double, 'Hospitalsudvalget', 'D7')).toBe(99);
    const overwritten = await build(double, edited, { overwriteConflicts: true });
    expect(overwritten.status).toBe('written');
    expect(value(double, 'Hospitalsudvalget', 'D7')).toBe(5);
    expect(value(double, 'Hospitalsudvalget', 'A2')).toBe('Ny titel');
  });

  test('a row the user inserted inside a table is a conflict, not silently dropped', async () => {
    const double = createExcelDouble();
    await build(double, features);
    double.user.insertRows('Hospitalsudvalget', 12);
    double.user.type('Hospitalsudvalget', 'B12', 'Min linje');
    const result = await build(double, features);
    expect(result.status).toBe('conflicts');
    expect(result.conflicts).toEqual([{ sheet: 'Hospitalsudvalget', address: 'B12', kind: 'inserted', written: '', current: 'Min linje' }]);
  });

  test('an unchanged workbook rebuilds without conflicts', async () => {
    const double = createExcelDouble();
    await build(double, sample);
    const again = await build(double, sample);
    expect(again.conflicts).toEqual([]);
    expect(again.status).toBe('written');
  });
});

describe('the sync budget and the 5 MB request limit', () => {
  test('the number of syncs is the same for 10 and 5,000 initiatives, and no request passes 5 MB', async () => {
    const syncsFor = async (initiatives: number) => {
      const double = createExcelDouble();
      double.resetStats();
      await build(double, generateDefinitions({ initiatives }));
      return double.stats;
    };
    const small = await syncsFor(10);
    const large = await syncsFor(5000);
    expect(large.syncs).toBe(small.syncs);
    expect(small.syncs).toBeLessThanOrEqual(5);
    expect(large.largestRequestBytes).toBeLessThan(5_000_000);
    expect(large.requests.every((r) => r.failed === undefined)).toBe(true);
  }, 180_000);
});

describe('host failures are reported and a retry finishes the build', () => {
  test.each([
    ['a first build', undefined],
    ['a rebuild', features],
  ])('%s: a failure on any of its syncs, before, midway or after a request with its response lost, then a retry', async (_name, before) => {
    const counter = createExcelDouble();
    if (before !== undefined) await build(counter, before);
    counter.resetStats();
    await build(counter, features);
    const syncs = counter.stats.syncs;
    expect(syncs).toBe(3);
    for (let n = 1; n <= syncs; n++) {
      for (const options of [{ afterCommands: 0 }, { afterCommands: 7 }, { loseResponse: true }]) {
        const double = createExcelDouble();
        if (before !== undefined) await build(double, before);
        double.failOnSync(n, 'GeneralException', options);
        const failure = await build(double, features).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(failure).toBeInstanceOf(BuildError);
        expect((failure as BuildError).message).toMatch(/Running the build again finishes it/);
        const retry = await build(double, features);
        expect(retry.status).toBe('written');
        const plan = planOf(features, ['Sheet1']);
        expect(double.inspect.sheets()).toEqual(['Sheet1', ...plan.sheets.map((s) => s.name)]);
        expect(formulaMismatches(double, plan)).toEqual([]);
        expect(double.inspect.names().map((x) => x.name).sort()).toEqual(plan.names.map((x) => x.name).sort());
      }
    }
  }, 180_000);

  test('the error says what was and was not written', async () => {
    const double = createExcelDouble();
    double.failOnSync(2, 'GeneralException');
    const error = (await build(double, features).catch((e: unknown) => e)) as BuildError;
    expect(error.phase).toBe('write');
    expect(error.written).toEqual([]);
    expect(error.notWritten).toEqual(['Oversigt', 'Hospitalsudvalget', 'Regional Udvikling', 'Udvalg- uden emner - test-']);
    expect(error.message).toContain('writing the tables');
  });
});
