import { makeDouble, write } from './helpers';

describe('worksheet onChanged', () => {
  it('fires after API writes with Office-shaped args, triggerSource ThisLocalAddin and details for one cell', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'A1', [[5]]);
    const seen: Excel.WorksheetChangedEventArgs[] = [];
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').onChanged.add((args) => {
        seen.push(args);
        return Promise.resolve();
      });
      await ctx.sync();
    });
    await write(d, 'Sheet1', 'A1', [[7]]);
    await write(d, 'Sheet1', 'B1:B2', [[1], [2]]);
    expect(seen).toHaveLength(0); // delivered asynchronously, after the sync
    await d.settle();
    expect(seen.map((e) => [e.type, e.source, e.changeType, e.address, e.triggerSource])).toEqual([
      ['WorksheetChanged', 'Local', 'RangeEdited', 'A1', 'ThisLocalAddin'],
      ['WorksheetChanged', 'Local', 'RangeEdited', 'B1:B2', 'ThisLocalAddin'],
    ]);
    expect(seen[0]?.worksheetId).toBe(d.inspect.sheet('Sheet1').id);
    expect(seen[0]?.details).toMatchObject({ valueBefore: 5, valueAfter: 7, valueTypeBefore: 'Double', valueTypeAfter: 'Double' });
    expect(seen[1]?.details).toBeUndefined();
  });

  it('fires for user edits with triggerSource Unknown, including row insertion', async () => {
    const d = makeDouble();
    const seen: Excel.WorksheetChangedEventArgs[] = [];
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add((args) => {
        seen.push(args);
        return Promise.resolve();
      });
      await ctx.sync();
    });
    d.user.type('Sheet1', 'C3', '=1+1');
    d.user.insertRows('Sheet1', 2, 2);
    await d.settle();
    expect(seen.map((e) => [e.changeType, e.address, e.triggerSource])).toEqual([
      ['RangeEdited', 'C3', 'Unknown'],
      ['RowInserted', '2:3', 'Unknown'],
    ]);
    expect(seen[0]?.details?.valueAfter).toBe(2);
    expect(seen[1]?.changeDirectionState.insertShiftDirection).toBe('Down');
  });

  it('stops after remove(), and only listens to its own sheet', async () => {
    const d = makeDouble({ sheets: ['A', 'B'] });
    let count = 0;
    let handle: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
    await d.run(async (ctx) => {
      handle = ctx.workbook.worksheets.getItem('A').onChanged.add(() => {
        count++;
        return Promise.resolve();
      });
      await ctx.sync();
    });
    await write(d, 'B', 'A1', [[1]]);
    await write(d, 'A', 'A1', [[1]]);
    await d.settle();
    expect(count).toBe(1);
    handle?.remove();
    await (handle?.context as Excel.RequestContext).sync();
    await write(d, 'A', 'A1', [[2]]);
    await d.settle();
    expect(count).toBe(1);
  });

  it('is registered only by the sync that runs add()', async () => {
    const d = makeDouble();
    let count = 0;
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('A1').values = [[1]]; // queued before add: no event
      s.onChanged.add(() => {
        count++;
        return Promise.resolve();
      });
      s.getRange('A2').values = [[2]];
      await ctx.sync();
    });
    await d.settle();
    expect(count).toBe(1);
  });

  it('lets a handler read the changed range and surfaces handler failures in settle()', async () => {
    const d = makeDouble();
    const texts: string[][][] = [];
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').onChanged.add(async (args) => {
        await d.run(async (c2) => {
          const r = args.getRange(c2).load('text');
          await c2.sync();
          texts.push(r.text);
        });
        if (args.address === 'Z9') throw new Error('handler broke');
      });
      await ctx.sync();
    });
    d.user.type('Sheet1', 'B2', '12%');
    await d.settle();
    expect(texts).toEqual([[['12%']]]);
    d.user.type('Sheet1', 'Z9', 'x');
    await expect(d.settle()).rejects.toThrow('handler broke');
  });
});
