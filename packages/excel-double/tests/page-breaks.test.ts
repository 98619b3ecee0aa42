/**
 * Worksheet.horizontalPageBreaks in the double (ExcelApi 1.9): breaks added before a range's
 * top-left cell, read back by index in row order, removed one by one or all at once, and
 * moved with whole rows inserted or deleted above them, as Excel's belong to their row.
 */
import { makeDouble, rejection } from './helpers';

type Ctx = Excel.RequestContext;

async function onSheet(d: ReturnType<typeof makeDouble>, batch: (sheet: Excel.Worksheet, ctx: Ctx) => void): Promise<void> {
  await d.run(async (ctx) => {
    batch(ctx.workbook.worksheets.getItem('Sheet1'), ctx);
    await ctx.sync();
  });
}

const breaks = (d: ReturnType<typeof makeDouble>): number[] => d.inspect.sheet('Sheet1').pageLayout.horizontalPageBreaks;

describe('horizontal page breaks', () => {
  it('add puts a break before the top-left cell of a range or an address; items, getCount and getItem read them in row order', async () => {
    const d = makeDouble();
    await onSheet(d, (s) => {
      s.horizontalPageBreaks.add('A30');
      s.horizontalPageBreaks.add(s.getRange('C14:F20'));
    });
    expect(breaks(d)).toEqual([13, 29]);
    const read = await d.run(async (ctx) => {
      const collection = ctx.workbook.worksheets.getItem('Sheet1').horizontalPageBreaks;
      collection.load('items/rowIndex, items/columnIndex');
      const count = collection.getCount();
      const second = collection.getItem(1);
      second.load('rowIndex');
      const cell = second.getCellAfterBreak();
      cell.load('address');
      await ctx.sync();
      return { items: collection.items.map((b) => [b.rowIndex, b.columnIndex]), count: count.value, second: second.rowIndex, cell: cell.address };
    });
    expect(read).toEqual({ items: [[13, 0], [29, 0]], count: 2, second: 29, cell: 'Sheet1!A30' });
  });

  it('adding a break where one already is keeps one; a break above row 1 is InvalidArgument', async () => {
    const d = makeDouble();
    await onSheet(d, (s) => {
      s.horizontalPageBreaks.add('A10');
      s.horizontalPageBreaks.add('D10');
    });
    expect(breaks(d)).toEqual([9]);
    const error = await rejection(onSheet(d, (s) => void s.horizontalPageBreaks.add('B1')));
    expect(error.code).toBe('InvalidArgument');
    expect(breaks(d)).toEqual([9]);
  });

  it('removePageBreaks removes every manual break; delete one; getItem past the end is ItemNotFound', async () => {
    const d = makeDouble();
    await onSheet(d, (s) => ['A5', 'A9', 'A12'].forEach((a) => s.horizontalPageBreaks.add(a)));
    await onSheet(d, (s) => s.horizontalPageBreaks.getItem(1).delete());
    expect(breaks(d)).toEqual([4, 11]);
    await onSheet(d, (s) => s.horizontalPageBreaks.removePageBreaks());
    expect(breaks(d)).toEqual([]);
    const error = await rejection(
      d.run(async (ctx) => {
        const item = ctx.workbook.worksheets.getItem('Sheet1').horizontalPageBreaks.getItem(0);
        item.load('rowIndex');
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
  });

  it('a break moves with whole rows inserted or deleted above it, stays for cells shifted in some columns, and goes with its row', async () => {
    const d = makeDouble();
    await onSheet(d, (s) => ['A10', 'A20'].forEach((a) => s.horizontalPageBreaks.add(a)));
    await onSheet(d, (s) => void s.getRange('3:4').insert('Down'));
    expect(breaks(d)).toEqual([11, 21]);
    // Cells inserted within columns A:J only (as a rebuild reshapes its block): no row moves.
    await onSheet(d, (s) => void s.getRange('A5:J7').insert('Down'));
    expect(breaks(d)).toEqual([11, 21]);
    await onSheet(d, (s) => s.getRange('12:12').delete('Up'));
    expect(breaks(d)).toEqual([20]);
  });
});
