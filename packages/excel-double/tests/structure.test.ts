import { makeDouble, read, rejection, write } from './helpers';
import type { ExcelDouble } from '../src';

async function insertRows(d: ExcelDouble, sheet: string, address: string): Promise<void> {
  await d.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).insert('Down');
    await ctx.sync();
  });
}

async function deleteRows(d: ExcelDouble, sheet: string, address: string): Promise<void> {
  await d.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).delete('Up');
    await ctx.sync();
  });
}

/** Sheet1: E2:E4 = 1,2,3; E5 = total formula. */
async function totals(formula: string): Promise<ExcelDouble> {
  const d = makeDouble();
  await write(d, 'Sheet1', 'E2:E5', [[1], [2], [3], [formula]]);
  return d;
}

describe('row insertion and SUM ranges', () => {
  it('grows a range when rows are inserted inside it', async () => {
    const d = await totals('=SUM(E2:E4)');
    await insertRows(d, 'Sheet1', '3:3');
    expect(await read(d, 'Sheet1', 'E6', 'formulas')).toEqual([['=SUM(E2:E5)']]);
  });

  it('moves a range when rows are inserted at its first row', async () => {
    const d = await totals('=SUM(E2:E4)');
    await insertRows(d, 'Sheet1', '2:3');
    expect(await read(d, 'Sheet1', 'E7', 'formulas')).toEqual([['=SUM(E4:E6)']]);
  });

  it('does not grow a range when a row is inserted directly below its last row', async () => {
    const d = await totals('=SUM(E2:E4)');
    await insertRows(d, 'Sheet1', '5:5');
    expect(await read(d, 'Sheet1', 'E6', 'formulas')).toEqual([['=SUM(E2:E4)']]);
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('E5').values = [[100]];
      await ctx.sync();
    });
    expect(await read(d, 'Sheet1', 'E6', 'values')).toEqual([[6]]);
  });

  it('keeps absolute markers and shifts SUMIFS ranges the same way', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'E2:F5', [[1, 'a'], [2, 'b'], [3, 'a'], ['=SUMIFS($E$2:$E$4,$F$2:$F$4,"a")', null]]);
    await insertRows(d, 'Sheet1', '4:4');
    expect(await read(d, 'Sheet1', 'E6', 'formulas')).toEqual([['=SUMIFS($E$2:$E$5,$F$2:$F$5,"a")']]);
    await write(d, 'Sheet1', 'E4:F4', [[10, 'a']]);
    expect(await read(d, 'Sheet1', 'E6', 'values')).toEqual([[14]]);
  });

  it('the INDEX(E:E,ROW()-1) pattern includes a row inserted directly above the total', async () => {
    const d = await totals('=SUM(E$2:INDEX(E:E,ROW()-1))');
    expect(await read(d, 'Sheet1', 'E5', 'values')).toEqual([[6]]);
    await insertRows(d, 'Sheet1', '5:5');
    // The stored text is unchanged (no reference in it moved)...
    expect(await read(d, 'Sheet1', 'E6', 'formulas')).toEqual([['=SUM(E$2:INDEX(E:E,ROW()-1))']]);
    // ...and a number typed into the new row is part of the total.
    d.user.type('Sheet1', 'E5', '42');
    expect(await read(d, 'Sheet1', 'E6', 'values')).toEqual([[48]]);
  });

  it('the INDEX pattern in SUMIFS with a blank criterion', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'E7:I10', [
      [1, null, null, null, null],
      [2, null, null, null, 'x'],
      [4, null, null, null, null],
      ['=SUMIFS(E$7:INDEX(E:E,ROW()-1),$I$7:INDEX($I:$I,ROW()-1),"")', null, null, null, null],
    ]);
    expect(await read(d, 'Sheet1', 'E10', 'values')).toEqual([[5]]);
    await insertRows(d, 'Sheet1', '10:10');
    d.user.type('Sheet1', 'E10', '8');
    expect(await read(d, 'Sheet1', 'E11', 'values')).toEqual([[13]]);
  });

  it('inserts via getEntireRow() and returns the blank range', async () => {
    const d = await totals('=SUM(E2:E4)');
    await d.run(async (ctx) => {
      const inserted = ctx.workbook.worksheets.getItem('Sheet1').getRange('B3').getEntireRow().insert('Down');
      inserted.load('address');
      await ctx.sync();
      expect(inserted.address).toBe('Sheet1!3:3');
    });
    expect(await read(d, 'Sheet1', 'E2:E6', 'values')).toEqual([[1], [''], [2], [3], [6]]);
  });

  it('fails with NonBlankCellOffSheet when data would be pushed off the sheet', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'A1048576', [[1]]);
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('2:2').insert('Down');
      expect((await rejection(ctx.sync())).code).toBe('NonBlankCellOffSheet');
    });
  });
});

describe('row deletion', () => {
  it('shrinks ranges that lose rows and moves those below', async () => {
    const d = await totals('=SUM(E2:E4)');
    await deleteRows(d, 'Sheet1', '3:3');
    expect(await read(d, 'Sheet1', 'E4', 'formulas')).toEqual([['=SUM(E2:E3)']]);
    expect(await read(d, 'Sheet1', 'E4', 'values')).toEqual([[4]]);
  });

  it('turns references to deleted cells into #REF!', async () => {
    const d = makeDouble({ sheets: ['Sheet1', 'Other'] });
    await write(d, 'Sheet1', 'A1:A3', [[1], [2], ['=A2*2+SUM(A1:A1)']]);
    await write(d, 'Other', 'A1', [['=Sheet1!A2+1']]);
    await deleteRows(d, 'Sheet1', '2:2');
    expect(await read(d, 'Sheet1', 'A2', 'formulas')).toEqual([['=#REF!*2+SUM(A1:A1)']]);
    expect(await read(d, 'Other', 'A1', 'formulas')).toEqual([['=Sheet1!#REF!+1']]);
    expect(await read(d, 'Other', 'A1', 'values')).toEqual([['#REF!']]);
  });

  it('turns a range whose every row was deleted into #REF!', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'A5', [['=SUM(A2:A3)']]);
    await deleteRows(d, 'Sheet1', '2:3');
    expect(await read(d, 'Sheet1', 'A3', 'formulas')).toEqual([['=SUM(#REF!)']]);
  });

  it('makes a Range proxy on deleted cells unusable', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      const r = s.getRange('A3');
      r.values = [[1]];
      s.getRange('3:3').delete('Up');
      r.load('values');
      expect((await rejection(ctx.sync())).code).toBe('InvalidReference');
    });
  });
});

describe('cross-sheet references on insertion', () => {
  it('shift when rows are inserted on the referenced sheet only', async () => {
    const d = makeDouble({ sheets: ['Summary', 'Data Sheet'] });
    await write(d, 'Data Sheet', 'B2:B3', [[1], [2]]);
    await write(d, 'Summary', 'A1:A2', [["=SUM('Data Sheet'!B2:B3)"], ['=SUM(B2:B3)']]);
    await insertRows(d, 'Data Sheet', '3:3');
    expect(await read(d, 'Summary', 'A1:A2', 'formulas')).toEqual([["=SUM('Data Sheet'!B2:B4)"], ['=SUM(B2:B3)']]);
  });
});

describe('names on insertion', () => {
  it('workbook names follow inserted and deleted rows', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      ctx.workbook.names.add('Budget', '=Sheet1!$B$2:$B$5');
      await ctx.sync();
    });
    await insertRows(d, 'Sheet1', '3:4');
    expect(d.inspect.names()[0]?.formula).toBe('=Sheet1!$B$2:$B$7');
    await deleteRows(d, 'Sheet1', '1:1');
    expect(d.inspect.names()[0]?.formula).toBe('=Sheet1!$B$1:$B$6');
  });
});

describe('columns and partial shifts', () => {
  it('column insertion shifts column references, not row ranges', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'A10:A11', [['=SUM(B1:C1)+SUM(C:C)'], ['=SUM(1:1)']]);
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('C:C').insert('Right');
      await ctx.sync();
    });
    expect(await read(d, 'Sheet1', 'A10:A11', 'formulas')).toEqual([['=SUM(B1:D1)+SUM(D:D)'], ['=SUM(1:1)']]);
  });

  it('insert cells shifting down moves only the band of columns', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'A1:B2', [[1, 2], [3, 4]]);
    await write(d, 'Sheet1', 'D1:D2', [['=A2'], ['=B2']]);
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').insert('Down');
      await ctx.sync();
    });
    expect(await read(d, 'Sheet1', 'A1:B3', 'values')).toEqual([['', 2], [1, 4], [3, '']]);
    expect(await read(d, 'Sheet1', 'D1:D2', 'formulas')).toEqual([['=A3'], ['=B2']]);
  });
});

describe('formats and row properties move with rows', () => {
  it('inserted rows take the format of the row above; heights and hidden rows shift', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('A2').format.font.bold = true;
      s.getRange('A2').numberFormat = [['0.0']];
      s.getRange('4:4').format.rowHeight = 30;
      s.getRange('6:6').rowHidden = true;
      s.getRange('3:3').insert('Down');
      await ctx.sync();
    });
    const snap = d.inspect.sheet('Sheet1');
    expect(snap.formats[2]?.[0]?.bold).toBe(true);
    expect(snap.numberFormats[2]?.[0]).toBe('0.0');
    expect(snap.rowHeights).toEqual({ 5: 30 });
    expect(snap.hiddenRows).toEqual([7]);
  });

  it('Range proxies follow their cells through insertions', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      const total = s.getRange('B5');
      total.load('address');
      await ctx.sync();
      s.getRange('2:3').insert('Down');
      total.load('address');
      await ctx.sync();
      expect(total.address).toBe('Sheet1!B7');
    });
  });
});
