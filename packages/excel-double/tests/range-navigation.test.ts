import { makeDouble, rejection, write } from './helpers';

describe('derived ranges', () => {
  it('resolves offsets, resizes, rows, columns, bounding and intersecting ranges', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const base = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2:D5');
      const list = [
        base.getOffsetRange(1, 1),
        base.getResizedRange(1, -1),
        base.getAbsoluteResizedRange(1, 1),
        base.getCell(1, 2),
        base.getRow(2),
        base.getColumn(0),
        base.getLastRow(),
        base.getLastColumn(),
        base.getLastCell(),
        base.getEntireRow(),
        base.getEntireColumn(),
        base.getRowsAbove(),
        base.getRowsBelow(2),
        base.getColumnsBefore(1),
        base.getColumnsAfter(),
        base.getBoundingRect('F10'),
        base.getIntersection('C3:Z9'),
      ].map((r) => r.load('address'));
      const none = base.getIntersectionOrNullObject('Z1');
      const props = base.load('rowIndex, columnIndex, rowCount, columnCount, cellCount, isEntireRow, isEntireColumn');
      await ctx.sync();
      expect(list.map((r) => r.address.replace('Sheet1!', ''))).toEqual([
        'C3:E6',
        'B2:C6',
        'B2',
        'D3',
        'B4:D4',
        'B2:B5',
        'B5:D5',
        'D2:D5',
        'D5',
        '2:5',
        'B:D',
        'B1:D1',
        'B6:D7',
        'A2:A5',
        'E2:E5',
        'B2:F10',
        'C3:D5',
      ]);
      expect(none.isNullObject).toBe(true);
      expect([props.rowIndex, props.columnIndex, props.rowCount, props.columnCount, props.cellCount, props.isEntireRow, props.isEntireColumn]).toEqual([
        1, 1, 4, 3, 12, false, false,
      ]);
    });
  });

  it('fails with InvalidArgument when a derived range leaves the grid', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').getOffsetRange(-1, 0).load('address');
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').getIntersection('C3').load('address');
      expect((await rejection(ctx.sync())).code).toBe('ItemNotFound');
    });
  });

  it('clear(applyTo) clears contents, formats or both', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'A1:C1', [[1, 2, 3]]);
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('A1:C1').format.font.bold = true;
      s.getRange('A1').clear('Contents');
      s.getRange('B1').clear('Formats');
      s.getRange('C1').clear();
      await ctx.sync();
    });
    const cells = ['A1', 'B1', 'C1'].map((a) => d.inspect.cell('Sheet1', a));
    expect(cells.map((c) => [c.value, c.format.bold])).toEqual([
      ['', true],
      [2, false],
      ['', false],
    ]);
  });

  it('getRange accepts a defined name on the same sheet', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      ctx.workbook.names.add('Block', '=Sheet1!$C$3:$D$4');
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('Block').load('address');
      await ctx.sync();
      expect(r.address).toBe('Sheet1!C3:D4');
    });
  });
});
