import { makeDouble, rejection, thrown } from './helpers';

describe('PropertyNotLoaded before load + sync', () => {
  it('throws PropertyNotLoaded when reading an unloaded property, and works after load + sync', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      expect(thrown(() => r.values).code).toBe('PropertyNotLoaded');
      r.load('values');
      // Queued but not synced: still not available.
      expect(thrown(() => r.values).code).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect(r.values).toEqual([
        ['', ''],
        ['', ''],
      ]);
      // Loading one property does not load others.
      expect(thrown(() => r.address).code).toBe('PropertyNotLoaded');
    });
  });

  it('uses the Office message and debugInfo shape', () => {
    const d = makeDouble();
    const e = thrown(() => (d.context.workbook.worksheets.getItem('Sheet1').getRange('A1')).values) as unknown as {
      code: string;
      message: string;
      debugInfo: { code: string };
      name: string;
    };
    expect(e.message).toMatch(/The property 'values' is not available/);
    expect(e.debugInfo.code).toBe('PropertyNotLoaded');
    expect(e.name).toBe('RichApi.Error');
  });
});

describe('set-then-read without load', () => {
  it('returns the value the code itself set on the proxy', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.values = [[42]];
      expect(r.values).toEqual([[42]]);
      r.format.font.bold = true;
      expect(r.format.font.bold).toBe(true);
      expect(thrown(() => r.format.font.italic).code).toBe('PropertyNotLoaded');
      await ctx.sync();
    });
  });

  it('returns exactly what was assigned (a scalar stays a scalar) until a load replaces it', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      (r as unknown as { values: unknown }).values = 7;
      expect(r.values).toBe(7);
      r.load('values');
      await ctx.sync();
      expect(r.values).toEqual([[7, 7]]);
    });
  });
});

describe('isNullObject', () => {
  it('throws before the sync and is known after it, without load', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      const present = ctx.workbook.worksheets.getItemOrNullObject('sheet1');
      expect(thrown(() => missing.isNullObject).code).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('loads null for the properties of a null object', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      missing.load('name');
      await ctx.sync();
      expect(missing.name).toBeNull();
    });
  });
});

describe('load option forms', () => {
  it('accepts comma strings, arrays, select/expand objects and interface objects', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('A1').values = [[1]];
      const a = s.getRange('A1').load('values, address');
      const b = s.getRange('A1').load(['rowIndex', 'format/font/bold']);
      const c = s.getRange('A1').load({ select: 'columnIndex', expand: 'format/fill' });
      const e = s.getRange('A1').load({ text: true, format: { font: { size: true } } });
      await ctx.sync();
      expect([a.values, a.address]).toEqual([[[1]], 'Sheet1!A1']);
      expect([b.rowIndex, b.format.font.bold]).toEqual([0, false]);
      expect([c.columnIndex, c.format.fill.color]).toEqual([0, '#FFFFFF']);
      expect([e.text, e.format.font.size]).toEqual([[['1']], 11]);
    });
  });

  it('loads collection items with their scalar properties', async () => {
    const d = makeDouble({ sheets: ['A', 'B'] });
    await d.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name');
      const again = ctx.workbook.worksheets.load('name, position');
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['A', 'B']);
      expect(again.items.map((s) => [s.name, s.position])).toEqual([
        ['A', 0],
        ['B', 1],
      ]);
      expect(thrown(() => sheets.items[0]?.visibility).code).toBe('PropertyNotLoaded');
    });
  });

  it('rejects an unknown property name at sync', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('valuez');
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
    });
  });

  it('gives toJSON() of the loaded properties', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2').load('address, rowIndex');
      await ctx.sync();
      expect(r.toJSON()).toEqual({ address: 'Sheet1!B2', rowIndex: 1 });
    });
  });
});

describe('ClientResult', () => {
  it('throws ValueNotLoaded before the sync', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const count = ctx.workbook.worksheets.getCount();
      expect(thrown(() => count.value).code).toBe('ValueNotLoaded');
      await ctx.sync();
      expect(count.value).toBe(1);
    });
  });
});

describe('read-only properties', () => {
  it('cannot be assigned (TypeError like the Office.js getters)', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(() => {
        (r as unknown as { address: string }).address = 'B2';
      }).toThrow(TypeError);
      await ctx.sync();
    });
  });
});

describe('request contexts', () => {
  it('rejects objects from another context', async () => {
    const d = makeDouble();
    const other = d.newContext() as unknown as Excel.RequestContext;
    const foreign = other.workbook.worksheets.getItem('Sheet1').getRange('A1');
    await d.run(async (ctx) => {
      const e = thrown(() => ctx.workbook.names.add('X', foreign));
      expect(e.code).toBe('InvalidRequestContext');
      await ctx.sync();
    });
  });

  it('releases untracked ranges when a run ends; tracked ones keep following their cells', async () => {
    const d = makeDouble();
    let loose: Excel.Range | undefined;
    let kept: Excel.Range | undefined;
    let ctxOfRun: Excel.RequestContext | undefined;
    await d.run(async (ctx) => {
      ctxOfRun = ctx;
      loose = ctx.workbook.worksheets.getItem('Sheet1').getRange('A5');
      kept = ctx.workbook.worksheets.getItem('Sheet1').getRange('B5').track();
      loose.load('address');
      kept.load('address');
      await ctx.sync();
    });
    d.user.insertRows('Sheet1', 1);
    if (loose === undefined || kept === undefined || ctxOfRun === undefined) throw new Error('run did not execute');
    kept.load('address');
    await ctxOfRun.sync();
    expect(kept.address).toBe('Sheet1!B6');
    loose.load('address');
    expect((await rejection(ctxOfRun.sync())).code).toBe('InvalidObjectPath');
  });

  it('Excel.run-like run() requires the batch to return a promise', async () => {
    const d = makeDouble();
    const e = await rejection(d.run((() => 5) as unknown as (ctx: Excel.RequestContext) => Promise<number>));
    expect(e.code).toBe('RunMustReturnPromise');
  });

  it('run() syncs what is still queued when the batch returns', async () => {
    const d = makeDouble();
    await d.run((ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('C3').values = [['late']];
      return Promise.resolve();
    });
    expect(d.inspect.cell('Sheet1', 'C3').value).toBe('late');
  });

  it('run() does not sync the queue when the batch throws', async () => {
    const d = makeDouble();
    await expect(
      d.run((ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('C3').values = [['never']];
        return Promise.reject(new Error('boom'));
      }),
    ).rejects.toThrow('boom');
    expect(d.inspect.cell('Sheet1', 'C3').value).toBe('');
  });
});

describe('set(properties)', () => {
  it('applies nested navigation objects and scalar properties', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').set({
        values: [[1, 2]],
        numberFormat: [['0.0', '0.0']],
        format: { fill: { color: 'red' }, font: { bold: true } },
      });
      await ctx.sync();
    });
    const a1 = d.inspect.cell('Sheet1', 'A1');
    expect([a1.text, a1.format.fillColor, a1.format.bold]).toEqual(['1.0', '#FF0000', true]);
  });
});

describe('run() as a drop-in for Excel.run', () => {
  it('is a bound function with the Excel.run overloads', async () => {
    const d = makeDouble();
    const run: typeof Excel.run = d.run;
    const range = await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').track();
      r.values = [[1]];
      await ctx.sync();
      return r;
    });
    // run(object, batch) reuses the object's context, so the tracked range is usable.
    const value = await run(range, async (ctx) => {
      expect(ctx).toBe(range.context);
      range.load('values');
      await ctx.sync();
      return range.values;
    });
    expect(value).toEqual([[1]]);
    await run({ delayForCellEdit: true }, (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [[2]];
      return Promise.resolve();
    });
    expect(d.inspect.cell('Sheet1', 'A2').value).toBe(2);
  });
});
