/**
 * [L15] The Office.js writer puts the plan's Med drop-downs on every committee sheet and the
 * overspent warning on the pools' remainders, on the Excel double: after a first build, after
 * rebuilds that grow and shrink the tables (none stale, none doubled), and with rows a person
 * inserts by hand.
 */
import { writeTables } from '../../../../src/taskpane/host/writeTables';
import type { InitiativeFile } from '../../../../src/core/format/types';
import type { Lang } from '../../../../src/core/i18n/lang';
import { buildLayoutPlan } from '../../../../src/core/layout/buildPlan';
import { buildModel } from '../../../../src/core/model/buildModel';
import { createExcelDouble, type ExcelDouble } from '@budget-tables/excel-double';
import { readTrustedFixture } from '../../../helpers/fixtures';
import { copy } from '../../core/readback/helpers';

const file = readTrustedFixture('valid-pools');
const WARNING = { fontColor: '#9C0006', bold: true, italic: null, strikethrough: null, fillColor: '#FFC7CE' };

async function build(double: ExcelDouble, definitions: InitiativeFile, lang: Lang = 'da'): Promise<void> {
  const result = await double.run((context) => writeTables(context, { definitions, layout: { lang, decimals: 1 } }));
  expect(result.status).toBe('written');
}

/** The drop-downs of a sheet as (cells, list) pairs. */
function dropDowns(double: ExcelDouble, sheet: string): [string, string | undefined][] {
  return double.inspect.sheet(sheet).dataValidations.map((v) => [v.ranges, v.list?.source]);
}

/** The plan's drop-downs for a committee sheet, joined as the double lists one validation's areas. */
function plannedRanges(definitions: InitiativeFile, sheetIndex: number): string {
  const plan = buildLayoutPlan(buildModel(definitions), { lang: 'da' });
  return (plan.sheets[sheetIndex]?.dataValidations ?? []).map((v) => v.range.replace(/^([A-Z]+\d+):\1$/, '$1')).join(',');
}

describe('[L15] the Office.js writer: Med drop-downs and the overspent warning', () => {
  test('a first build: a Ja/Nej drop-down on exactly the initiative rows, and the warning on exactly the pool-left cells', async () => {
    const double = createExcelDouble();
    await build(double, file);
    // Sundhed: initiatives 1 and 2 on rows 6–7 (2's lines and subtotal below), 3 on row 11;
    // Regional Udvikling: 1 and the frame 2 on rows 6–7, the existing money's initiative 3 on row 15.
    expect(dropDowns(double, 'Sundhed')).toEqual([
      ['H6:H7', 'Ja,Nej'],
      ['H11', 'Ja,Nej'],
    ]);
    expect(dropDowns(double, 'Regional Udvikling')).toEqual([
      ['H6:H7', 'Ja,Nej'],
      ['H15', 'Ja,Nej'],
    ]);
    expect(double.inspect.sheet('Sundhed').dataValidations[0]).toMatchObject({ type: 'List', list: { inCellDropDown: true }, ignoreBlanks: true });
    expect(dropDowns(double, 'Oversigt')).toEqual([]);
    expect(double.inspect.sheet('Oversigt').conditionalFormats).toEqual([
      // 2021 is overspent by 4, and so the pool over both years by 3.
      { type: 'CellValue', ranges: 'C21:E21', rule: { formula1: '=0', operator: 'LessThan' }, format: WARNING, stopIfTrue: false, showsOn: ['D21', 'E21'] },
    ]);
    expect([double.inspect.cell('Oversigt', 'D21').value, double.inspect.cell('Oversigt', 'E21').value]).toEqual([-4, -3]);
    expect(double.inspect.sheet('Sundhed').conditionalFormats).toEqual([]);
  });

  test('the warning follows the choices made in the workbook: Nej on Personlig medicin brings 2021 back within the pool, Ja overspends it again', async () => {
    const double = createExcelDouble();
    await build(double, file);
    double.user.type('Sundhed', 'H7', 'Nej');
    expect([double.inspect.cell('Oversigt', 'C21').value, double.inspect.cell('Oversigt', 'D21').value]).toEqual([6, 1]);
    expect(double.inspect.sheet('Oversigt').conditionalFormats[0]?.showsOn).toEqual([]);
    double.user.type('Sundhed', 'H7', 'Ja');
    expect(double.inspect.sheet('Oversigt').conditionalFormats[0]?.showsOn).toEqual(['D21', 'E21']);
  });

  test('rebuilds that grow and shrink the tables leave the drop-downs of a fresh build, none stale or doubled', async () => {
    const double = createExcelDouble();
    await build(double, file);
    const grown = copy(file);
    const extra = (id: string, number: string) => ({ id, committee: 'sund', number, title: `Nyt forslag ${number}`, pool: 'prio', amounts: 1 });
    const { amounts: _ignored, ...withoutAmounts } = extra('n2', '1b');
    grown.initiatives.splice(1, 0, extra('n1', '1a'), { ...withoutAmounts, lines: [{ title: 'Drift', amounts: 1 }] });
    await build(double, grown);
    expect(dropDowns(double, 'Sundhed').map(([ranges]) => ranges).join(',')).toBe(plannedRanges(grown, 1));
    expect(dropDowns(double, 'Sundhed')).toEqual([
      ['H6:H8', 'Ja,Nej'],
      ['H11', 'Ja,Nej'],
      ['H15', 'Ja,Nej'],
    ]);
    const fresh = createExcelDouble();
    await build(fresh, grown);
    for (const sheet of ['Oversigt', 'Sundhed', 'Regional Udvikling']) {
      expect(double.inspect.sheet(sheet).dataValidations).toEqual(fresh.inspect.sheet(sheet).dataValidations);
      expect(double.inspect.sheet(sheet).conditionalFormats).toEqual(fresh.inspect.sheet(sheet).conditionalFormats);
    }

    const shrunk = copy(file);
    shrunk.initiatives = shrunk.initiatives.filter((i) => i.id !== 'a2' && i.id !== 'b1');
    await build(double, shrunk);
    expect(dropDowns(double, 'Sundhed')).toEqual([['H6:H7', 'Ja,Nej']]);
    expect(dropDowns(double, 'Regional Udvikling').map(([ranges]) => ranges).join(',')).toBe(plannedRanges(shrunk, 2));
    expect(double.inspect.sheet('Oversigt').conditionalFormats.map((f) => f.ranges)).toEqual(['C21:E21']);
  });

  test('without pools there is no warning format, and a rebuild that drops the pools removes it', async () => {
    const double = createExcelDouble();
    await build(double, file);
    const withoutPools = copy(file);
    delete withoutPools.pools;
    for (const initiative of withoutPools.initiatives) delete initiative.pool;
    await build(double, withoutPools);
    expect(double.inspect.sheet('Oversigt').conditionalFormats).toEqual([]);
    expect(dropDowns(double, 'Sundhed')).toEqual([
      ['H6:H7', 'Ja,Nej'],
      ['H11', 'Ja,Nej'],
    ]);
  });

  test('a row inserted by hand between two initiative rows gets the drop-down; one below an initiative with lines does not', async () => {
    const double = createExcelDouble();
    await build(double, file);
    double.user.insertRows('Sundhed', 7, 1); // between initiatives 1 and 2
    expect(dropDowns(double, 'Sundhed')).toEqual([
      ['H6:H8', 'Ja,Nej'],
      ['H12', 'Ja,Nej'],
    ]);
    double.user.insertRows('Sundhed', 12, 1); // above initiative 3, below the subtotal of 2's lines
    expect(dropDowns(double, 'Sundhed')[1]).toEqual(['H13', 'Ja,Nej']);
  });

  test('English: the list is Yes,No', async () => {
    const double = createExcelDouble();
    await build(double, file, 'en');
    expect(dropDowns(double, 'Sundhed')[0]).toEqual(['H6:H7', 'Yes,No']);
  });
});
