import { makeDouble, read, rejection, write } from './helpers';

describe('shape mismatch', () => {
  it.each([
    ['too few rows', [[1, 2]]],
    ['too many columns', [[1, 2, 3], [4, 5, 6]]],
    ['ragged rows', [[1, 2], [3]]],
    ['1D array', [1, 2, 3, 4]],
  ])('values with %s fail with InvalidArgument at sync, not at assignment', async (_label, data) => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      r.values = data as unknown[][];
      const e = await rejection(ctx.sync());
      expect(e.code).toBe('InvalidArgument');
      expect(e.debugInfo.errorLocation).toBe('Range.values');
    });
    expect(d.inspect.sheet('Sheet1').usedAddress).toBeNull();
  });

  it('applies to formulas and numberFormat too', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A2').formulas = [['=1']];
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A2').numberFormat = [['0', '0']];
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
    });
  });
});

describe('scalar broadcast', () => {
  it('a scalar set on a multi-cell range applies to all cells', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:C2');
      (r as unknown as { values: unknown }).values = 5;
      (r as unknown as { numberFormat: unknown }).numberFormat = '0.00';
      await ctx.sync();
    });
    expect(d.inspect.sheet('Sheet1').text).toEqual([
      ['5.00', '5.00', '5.00'],
      ['5.00', '5.00', '5.00'],
    ]);
  });
});

describe('strings written to values', () => {
  it('turn =, + and - formulas into formulas; quote prefix stays text', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'A1:A8', [[10], ['=A1*2'], ['+A1'], ['-A1'], ["'=A1"], ['-5'], ['- Travel'], ['-']]);
    expect(await read(d, 'Sheet1', 'A1:A8', 'formulas')).toEqual([[10], ['=A1*2'], ['=+A1'], ['=-A1'], ['=A1'], [-5], ['=- Travel'], ['-']]);
    const values = await read(d, 'Sheet1', 'A1:A8', 'values');
    expect(values.slice(0, 6)).toEqual([[10], [20], [10], [-10], ['=A1'], [-5]]);
    // "- Travel" is a valid formula to Excel (negation of an undefined name), hence #NAME?.
    expect(values[6]).toEqual(['#NAME?']);
    expect(values[7]).toEqual(['-']);
  });

  it('parse numbers, percentages and booleans like typed input', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A5').values = [['42'], ['1,234.5'], ['5%'], ['true'], ['0123']];
      await ctx.sync();
    });
    expect(await read(d, 'Sheet1', 'A1:A5', 'values')).toEqual([[42], [1234.5], [0.05], [true], [123]]);
    expect(await read(d, 'Sheet1', 'A1:A5', 'valueTypes')).toEqual([['Double'], ['Double'], ['Double'], ['Boolean'], ['Double']]);
    expect(await read(d, 'Sheet1', 'A1:A3', 'numberFormat')).toEqual([['General'], ['#,##0.00'], ['0%']]);
  });

  it('keep text as text in a cell formatted as Text (@)', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A2');
      r.numberFormat = [['@'], ['@']];
      r.values = [['0123'], ['=1+1']];
      await ctx.sync();
    });
    expect(await read(d, 'Sheet1', 'A1:A2', 'values')).toEqual([['0123'], ['=1+1']]);
  });

  it('null leaves a cell unchanged and "" clears it', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'A1:C1', [[1, 2, 3]]);
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:C1').values = [[null, '', 9]];
      await ctx.sync();
    });
    expect(await read(d, 'Sheet1', 'A1:C1', 'values')).toEqual([[1, '', 9]]);
    expect(await read(d, 'Sheet1', 'A1:C1', 'valueTypes')).toEqual([['Double', 'Empty', 'Double']]);
  });

  it('rejects an invalid formula with InvalidArgument and leaves the range unchanged', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A2').formulas = [['=1'], ['=SUM(A1']];
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
    });
    expect(d.inspect.sheet('Sheet1').usedAddress).toBeNull();
  });

  it('enforces Excel\'s 32,767-character cell and 8,192-character formula limits', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.values = [['x'.repeat(32_767)]];
      await ctx.sync();
      r.values = [['x'.repeat(32_768)]];
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
      r.formulas = [['=' + '1+'.repeat(4096) + '1']];
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
    });
  });

  it('rejects non-finite numbers and objects', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[Infinity]];
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[{ a: 1 }]];
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
    });
  });
});

describe('reading values and formulas', () => {
  it('returns calculated values, error strings and "" for empty cells; formulas as Excel normalises them', async () => {
    const d = makeDouble({ sheets: ['Sheet1', 'My Sheet'] });
    await write(d, 'My Sheet', 'A1', [[7]]);
    await write(d, 'Sheet1', 'A1:A5', [['=sum(1,2)'], ['=1/0'], ["='my sheet'!a1*2"], ['=A100'], ['=NoSuchName']]);
    expect(await read(d, 'Sheet1', 'A1:A6', 'values')).toEqual([[3], ['#DIV/0!'], [14], [0], ['#NAME?'], ['']]);
    expect(await read(d, 'Sheet1', 'A1:A3', 'formulas')).toEqual([['=SUM(1,2)'], ['=1/0'], ["='My Sheet'!A1*2"]]);
    expect(await read(d, 'Sheet1', 'A2', 'valueTypes')).toEqual([['Error']]);
  });

  it('gives addresses in Office form with quoted sheet names', async () => {
    const d = makeDouble({ sheets: ['Sheet1', 'My Sheet', '2020'] });
    expect(await read(d, 'My Sheet', 'B2:C3', 'address')).toBe("'My Sheet'!B2:C3");
    expect(await read(d, '2020', 'A1', 'address')).toBe("'2020'!A1");
    expect(await read(d, 'Sheet1', '5:5', 'address')).toBe('Sheet1!5:5');
    expect(await read(d, 'Sheet1', 'C:D', 'address')).toBe('Sheet1!C:D');
  });

  it('formats text through the number format', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A4');
      r.values = [[1234.567], [-1234.567], [0], ['abc']];
      r.numberFormat = [['#,##0.00'], ['#,##0;[Red]-#,##0'], ['0;-0;"zero"'], ['@']];
      await ctx.sync();
    });
    expect(await read(d, 'Sheet1', 'A1:A4', 'text')).toEqual([['1,234.57'], ['-1,235'], ['zero'], ['abc']]);
  });
});
