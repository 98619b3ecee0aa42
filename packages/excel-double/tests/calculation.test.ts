import { makeDouble, read, rejection, write } from './helpers';

describe('SUBTOTAL nested-subtotal rule', () => {
  it('skips cells whose formula contains SUBTOTAL, including through the INDEX pattern', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'B1:B7', [
      [1],
      [2],
      ['=SUBTOTAL(9,B1:B2)'],
      [10],
      ['=SUBTOTAL(9,B4:B4)*1'],
      ['=SUBTOTAL(9,B1:B5)'],
      ['=SUBTOTAL(9,B$1:INDEX(B:B,ROW()-1))'],
    ]);
    expect(await read(d, 'Sheet1', 'B3', 'values')).toEqual([[3]]);
    expect(await read(d, 'Sheet1', 'B6:B7', 'values')).toEqual([[13], [13]]);
  });

  it('applies to other function numbers and to whole-column references', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'C1:C4', [[4], [6], ['=SUBTOTAL(9,C1:C2)'], ['=SUBTOTAL(2,C:C)+SUBTOTAL(1,C1:C3)']]);
    // COUNT ignores the subtotal cells (2 numbers), AVERAGE ignores C3 (5).
    expect(await read(d, 'Sheet1', 'C4', 'values')).toEqual([[7]]);
  });

  it('109 ignores manually hidden rows, 9 does not', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'A1:A5', [[1], [2], [4], ['=SUBTOTAL(9,A1:A3)'], ['=SUBTOTAL(109,A1:A3)']]);
    d.user.hideRows('Sheet1', 2);
    expect(await read(d, 'Sheet1', 'A4:A5', 'values')).toEqual([[7], [5]]);
  });
});

describe('SUMIFS criterion ""', () => {
  it('matches blank cells and cells holding empty text, like Excel', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'A1:B5', [
      [1, '=""'],
      [2, null],
      [4, 'x'],
      [8, '=IF(TRUE,"")'],
      [16, 0],
    ]);
    await write(d, 'Sheet1', 'D1:D4', [['=SUMIFS(A1:A5,B1:B5,"")'], ['=COUNTIFS(B1:B5,"")'], ['=SUMIF(B1:B5,"",A1:A5)'], ['=SUMIFS(A:A,B:B,"",A:A,">1")']]);
    expect(await read(d, 'Sheet1', 'D1:D4', 'values')).toEqual([[11], [3], [11], [10]]);
  });
});

describe('calculation mode', () => {
  it('manual mode keeps stale results until calculate(); switching back recalculates', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'A1:A2', [[1], ['=A1*10']]);
    await d.run(async (ctx) => {
      const app = ctx.workbook.application;
      app.calculationMode = 'Manual';
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[2]];
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A3').formulas = [['=A1*100']];
      await ctx.sync();
      app.load('calculationMode');
      await ctx.sync();
      expect(app.calculationMode).toBe('Manual');
    });
    // The entered formula is calculated; its dependents are not.
    expect(await read(d, 'Sheet1', 'A2:A3', 'values')).toEqual([[10], [200]]);
    await d.run(async (ctx) => {
      ctx.workbook.application.calculate('Full');
      await ctx.sync();
    });
    expect(await read(d, 'Sheet1', 'A2', 'values')).toEqual([[20]]);
    await d.run(async (ctx) => {
      ctx.workbook.application.calculationMode = 'Manual';
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[3]];
      ctx.workbook.application.calculationMode = 'Automatic';
      await ctx.sync();
    });
    expect(await read(d, 'Sheet1', 'A2', 'values')).toEqual([[30]]);
  });

  it('counts suspendApiCalculationUntilNextSync without changing results', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A2').formulas = [[2], ['=A1*2']];
      await ctx.sync();
    });
    expect(d.stats.suspendApiCalculation).toBe(1);
    expect(await read(d, 'Sheet1', 'A2', 'values')).toEqual([[4]]);
  });

  it('rejects an unknown calculation mode', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      ctx.workbook.application.calculationMode = 'automatic' as Excel.CalculationMode;
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
    });
  });
});

describe('what the double cannot evaluate', () => {
  it('fails loudly (DoubleUnsupported) instead of returning a value Excel would not', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'A1:A3', [['=A2 A3'], [1], [2]]);
    const e = await rejection(read(d, 'Sheet1', 'A1', 'values'));
    expect(e.code).toBe('DoubleUnsupported');
  });

  it('shows 0 for a circular reference like Excel', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'A1:A2', [['=A2+1'], ['=A1+1']]);
    expect(await read(d, 'Sheet1', 'A1:A2', 'values')).toEqual([[0], [0]]);
  });
});
