/**
 * The seminar's choices (docs/layout.md, L14) and pools (L15): the Med column, Heraf valgt,
 * the pools on the overview and their names, in the plan and live on the Excel double.
 */
import { buildLayoutPlan } from '../../../../src/core/layout/buildPlan';
import { buildModel } from '../../../../src/core/model/buildModel';
import { readTrustedFixture } from '../../../helpers/fixtures';
import { checkIntegrity, readBack } from '../../../../src/core/readback';
import { describeDiffEntry } from '../../../../src/core/readback/describe';
import { built, readInput } from '../readback/helpers';

const file = readTrustedFixture('valid-pools');
const model = buildModel(file);
const plan = buildLayoutPlan(model, { lang: 'da' });
const [overview, sund, ru] = plan.sheets;
const at = (sheet: typeof overview, address: string) => {
  const match = /^([A-Z])(\d+)$/.exec(address);
  if (match === null || sheet === undefined) throw new Error(address);
  return sheet.cells[Number(match[2]) - 1]?.[(match[1] ?? 'A').charCodeAt(0) - 65];
};

describe('[L14] the Med column and Heraf valgt', () => {
  test('the engine: chosen new money per committee and in all; existing money never counts', () => {
    expect(model.committees.map((c) => [c.id, c.total, c.chosen])).toEqual([
      ['sund', [16, 18], [9, 11]],
      ['ru', [7, 7], [5, 5]],
    ]);
    expect(model.chosen).toEqual([14, 16]);
    expect(model.pools).toEqual([{ id: 'prio', name: 'Pulje til politisk prioritering', amounts: [15, 12], chosen: [14, 16], left: [1, -4] }]);
  });

  test('an initiative row holds Ja or Nej with a drop-down; its lines repeat it by formula', () => {
    expect(sund?.cells[4]?.slice(6)).toEqual([{ t: 'text', text: 'head' }, { t: 'text', text: 'Med' }, { t: 'text', text: 'Pulje' }]);
    expect(at(sund, 'H6')).toEqual({ t: 'text', text: 'Ja' });
    expect(at(sund, 'I6')).toEqual({ t: 'text', text: 'prio' });
    expect(at(sund, 'H8')).toEqual({ t: 'textFormula', formula: '=H7', value: 'Ja' });
    expect(at(sund, 'I9')).toEqual({ t: 'textFormula', formula: '=I7', value: 'prio' });
    expect(at(sund, 'H11')).toEqual({ t: 'text', text: 'Nej' });
    expect(sund?.numberFormats[7]?.[7]).toBe('General');
    expect(sund?.dataValidations).toEqual([{ range: 'H6:H7', values: ['Ja', 'Nej'] }, { range: 'H11:H11', values: ['Ja', 'Nej'] }]);
    // The frame's remainder is counted, so it follows its initiative's choice too.
    expect(at(ru, 'H9')).toEqual({ t: 'textFormula', formula: '=H7', value: 'Ja' });
  });

  test('Heraf valgt sums the counted rows whose Med is not Nej; names Chosen_<id> and ChosenTotal', () => {
    expect(at(sund, 'B15')).toEqual({ t: 'text', text: 'Heraf valgt' });
    expect(at(sund, 'D15')).toEqual({ t: 'formula', formula: '=SUMIFS(D$5:INDEX(D:D,ROW()-1),$G$5:INDEX($G:$G,ROW()-1),"",$H$5:INDEX($H:$H,ROW()-1),"<>Nej")', value: 9 });
    expect(plan.names).toContainEqual({ name: 'Chosen_sund', sheetKey: 'committee:sund', range: '$D$15:$E$15' });
    expect(at(overview, 'B14')).toEqual({ t: 'text', text: 'Heraf valgt' });
    expect(at(overview, 'C15')).toEqual({ t: 'formula', formula: "='Sundhed'!D15", value: 9 });
    expect(at(overview, 'C17')).toEqual({ t: 'formula', formula: '=SUMIFS(C$14:INDEX(C:C,ROW()-1),$F$14:INDEX($F:$F,ROW()-1),"")', value: 14 });
    expect(plan.names).toContainEqual({ name: 'ChosenTotal', sheetKey: 'overview', range: '$C$17:$D$17' });
  });
});

describe('[L15] pools on the overview', () => {
  test('per pool and year: the pool, the chosen new money from it on every sheet, and what is left, warned when below zero', () => {
    expect(at(overview, 'B19')).toEqual({ t: 'text', text: 'Pulje til politisk prioritering' });
    expect(at(overview, 'C19')).toEqual({ t: 'number', value: 15 });
    expect(at(overview, 'C20')).toEqual({
      t: 'formula',
      formula: "=SUMIFS('Sundhed'!D$5:D$11,'Sundhed'!$G$5:$G$11,\"\",'Sundhed'!$H$5:$H$11,\"<>Nej\",'Sundhed'!$I$5:$I$11,\"prio\")+SUMIFS('Regional Udvikling'!D$5:D$9,'Regional Udvikling'!$G$5:$G$9,\"\",'Regional Udvikling'!$H$5:$H$9,\"<>Nej\",'Regional Udvikling'!$I$5:$I$9,\"prio\")",
      value: 14,
    });
    expect(at(overview, 'D21')).toEqual({ t: 'formula', formula: '=D19-D20', value: -4 });
    expect(plan.names).toContainEqual({ name: 'PoolLeft_prio', sheetKey: 'overview', range: '$C$21:$D$21' });
    expect(overview?.conditionalFormats).toEqual([{ range: 'C21:E21', lessThan: 0, style: { fontColor: '#9C0006', fill: '#FFC7CE', bold: true } }]);
  });

  test('English labels: Include with Yes and No', () => {
    const english = buildLayoutPlan(model, { lang: 'en' });
    expect(english.sheets[1]?.cells[4]?.[7]).toEqual({ t: 'text', text: 'Include' });
    expect(english.sheets[1]?.dataValidations?.[0]?.values).toEqual(['Yes', 'No']);
  });
});

test('[L14] [L15] live on the Excel double: a row switched to Nej, and a row typed in by hand', async () => {
  const double = await built(file);
  const value = (sheet: string, address: string) => double.inspect.cell(sheet, address).value;
  expect([value('Oversigt', 'C17'), value('Oversigt', 'C21'), value('Oversigt', 'D21')]).toEqual([14, 1, -4]);
  double.user.type('Sundhed', 'H6', 'Nej');
  expect([value('Sundhed', 'D15'), value('Oversigt', 'C17'), value('Oversigt', 'C20'), value('Oversigt', 'C21')]).toEqual([5, 10, 10, 5]);
  expect([value('Sundhed', 'D12'), value('Oversigt', 'C11')]).toEqual([16, 23]);
  double.user.type('Sundhed', 'H7', 'Nej'); // the group: its lines follow
  expect(value('Sundhed', 'D15')).toBe(0);
});

describe('[R16] read back picks up the choices', () => {
  test('a Med switched either way lands in the definitions and the diff; a line typed over is an integrity finding', async () => {
    const double = await built(file);
    double.user.type('Sundhed', 'H6', 'nej');
    double.user.type('Sundhed', 'H11', 'Ja');
    double.user.type('Sundhed', 'H8', 'Ja');
    const input = await readInput(double);
    const result = readBack(input);
    expect(result.diff.map((e) => [e.kind, e.path, e.old, e.new, e.address])).toEqual([
      ['chosen', 'initiatives[0]', 'chosen', 'dropped', 'H6'],
      ['chosen', 'initiatives[2]', 'dropped', 'chosen', 'H11'],
    ]);
    expect(describeDiffEntry(result.diff[0]!, 'da')).toBe('Sundhed!H6: Med ændret for »Akutlægebil«: Ja → Nej');
    expect(result.definitions.initiatives.map((i) => i.chosen)).toEqual([false, undefined, undefined, false, undefined, undefined]);
    expect(buildModel(result.definitions).chosen).toEqual([17, 17]); // a2's 5 and a3's 7, and 5 on the other sheet
    expect(checkIntegrity(input)).toEqual([{ code: 'integrityFormulaOverwritten', sheet: 'Sundhed', address: 'H8', written: '=H7', current: 'Ja' }]);
  });
});
