import { makeDouble, read, rejection, write } from './helpers';

async function addSheet(name: string): Promise<string> {
  const d = makeDouble();
  return d.run(async (ctx) => {
    ctx.workbook.worksheets.add(name);
    try {
      await ctx.sync();
      return 'ok';
    } catch (e) {
      return (e as { code: string }).code;
    }
  });
}

describe('worksheet name rules', () => {
  it.each([
    ['empty', ''],
    ['32 characters', 'x'.repeat(32)],
    ['colon', 'a:b'],
    ['backslash', 'a\\b'],
    ['slash', 'a/b'],
    ['question mark', 'a?b'],
    ['asterisk', 'a*b'],
    ['open bracket', 'a[b'],
    ['close bracket', 'a]b'],
    ['leading apostrophe', "'ab"],
    ['trailing apostrophe', "ab'"],
    ['History', 'History'],
    ['history in any case', 'hIsToRy'],
  ])('rejects %s with InvalidArgument', async (_label, name) => {
    expect(await addSheet(name)).toBe('InvalidArgument');
  });

  it.each([['31 characters', 'x'.repeat(31)], ['spaces and apostrophe inside', "Bob's budget 2020"], ['unicode', 'Budget – år']])(
    'accepts %s',
    async (_label, name) => {
      expect(await addSheet(name)).toBe('ok');
    },
  );

  it('rejects a duplicate name ignoring case with ItemAlreadyExists', async () => {
    expect(await addSheet('SHEET1')).toBe('ItemAlreadyExists');
  });

  it('applies the same rules to renames; renaming to another case of itself is fine', async () => {
    const d = makeDouble({ sheets: ['A', 'B'] });
    await d.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItem('A');
      a.name = 'b';
      expect((await rejection(ctx.sync())).code).toBe('ItemAlreadyExists');
      a.name = 'bad/name';
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
      a.name = 'a';
      await ctx.sync();
    });
    expect(d.inspect.sheets()).toEqual(['a', 'B']);
  });

  it('names added sheets SheetN when no name is given', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.add();
      s.load('name, position');
      await ctx.sync();
      expect([s.name, s.position]).toEqual(['Sheet2', 1]);
    });
  });
});

describe('getItem vs getItemOrNullObject', () => {
  it('getItem fails with ItemNotFound only when used at sync', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Missing');
      await ctx.sync(); // never used: nothing to fail
      s.getRange('A1').values = [[1]];
      const e = await rejection(ctx.sync());
      expect(e.code).toBe('ItemNotFound');
    });
  });

  it('getItemOrNullObject gives a null object, and commands on it do nothing', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItemOrNullObject('Missing');
      s.getRange('A1').values = [[1]];
      await ctx.sync();
      expect(s.isNullObject).toBe(true);
    });
  });

  it('finds sheets by name ignoring case and by id', async () => {
    const d = makeDouble();
    const id = d.inspect.sheet('Sheet1').id;
    await d.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItem('SHEET1').load('name');
      const b = ctx.workbook.worksheets.getItem(id).load('name');
      await ctx.sync();
      expect([a.name, b.name]).toEqual(['Sheet1', 'Sheet1']);
    });
  });
});

describe('very hidden sheets', () => {
  async function veryHidden(): Promise<ReturnType<typeof makeDouble>> {
    const d = makeDouble({ sheets: ['Budget', 'Store'] });
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Store').visibility = 'VeryHidden';
      await ctx.sync();
    });
    return d;
  }

  it('are found by getItemOrNullObject in any case, with their visibility', async () => {
    const d = await veryHidden();
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItemOrNullObject('STORE').load('name,visibility');
      await ctx.sync();
      expect([s.isNullObject, s.name, s.visibility]).toEqual([false, 'Store', 'VeryHidden']);
    });
  });

  it('have cells that can be written and read', async () => {
    const d = await veryHidden();
    await d.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Store').getRange('A1:A2');
      range.numberFormat = [['@'], ['@']];
      range.values = [['+abc'], ['=x']];
      await ctx.sync();
    });
    expect(await read(d, 'Store', 'A1:A2', 'values')).toEqual([['+abc'], ['=x']]);
  });

  it('cannot be deleted until they are made visible or hidden (Excel refuses by design)', async () => {
    const d = await veryHidden();
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Store').delete();
      expect((await rejection(ctx.sync())).code).toBe('GeneralException');
    });
    expect(d.inspect.sheets()).toEqual(['Budget', 'Store']);
  });
});

describe('worksheet collection and properties', () => {
  it('reports items, count, active sheet, position and visibility', async () => {
    const d = makeDouble({ sheets: ['A', 'B', 'C'] });
    await d.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.getItem('C').position = 0;
      sheets.getItem('B').visibility = 'Hidden';
      sheets.getItem('C').activate();
      const count = sheets.getCount();
      const visible = sheets.getCount(true);
      const active = sheets.getActiveWorksheet().load('name');
      sheets.load('items/name, items/visibility');
      await ctx.sync();
      expect(sheets.items.map((s) => `${s.name}:${s.visibility}`)).toEqual(['C:Visible', 'A:Visible', 'B:Hidden']);
      expect([count.value, visible.value, active.name]).toEqual([3, 2, 'C']);
    });
  });

  it('refuses to delete or hide the last visible sheet', async () => {
    const d = makeDouble({ sheets: ['A', 'B'] });
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('B').visibility = 'Hidden';
      await ctx.sync();
      ctx.workbook.worksheets.getItem('A').delete();
      expect((await rejection(ctx.sync())).code).toBe('InvalidOperation');
      ctx.workbook.worksheets.getItem('A').visibility = 'VeryHidden';
      expect((await rejection(ctx.sync())).code).toBe('InvalidOperation');
    });
  });

  it('rewrites formulas on rename and turns references into #REF! on delete', async () => {
    const d = makeDouble({ sheets: ['Main', 'Data'] });
    await write(d, 'Data', 'A1', [[5]]);
    await write(d, 'Main', 'A1:A2', [['=Data!A1*2'], ['=SUM(Data!A:A)']]);
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').name = 'Budget Data';
      await ctx.sync();
    });
    expect(await read(d, 'Main', 'A1:A2', 'formulas')).toEqual([["='Budget Data'!A1*2"], ["=SUM('Budget Data'!A:A)"]]);
    expect(await read(d, 'Main', 'A1:A2', 'values')).toEqual([[10], [5]]);
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Budget Data').delete();
      await ctx.sync();
    });
    expect(await read(d, 'Main', 'A1:A2', 'formulas')).toEqual([['=#REF!A1*2'], ['=SUM(#REF!A:A)']]);
    expect(await read(d, 'Main', 'A1:A2', 'values')).toEqual([['#REF!'], ['#REF!']]);
  });

  it('makes a deleted sheet unusable through old proxies', async () => {
    const d = makeDouble({ sheets: ['A', 'B'] });
    await d.run(async (ctx) => {
      const b = ctx.workbook.worksheets.getItem('B');
      b.load('name');
      await ctx.sync();
      b.delete();
      await ctx.sync();
      b.getRange('A1').values = [[1]];
      expect((await rejection(ctx.sync())).code).toBe('ItemNotFound');
    });
  });

  it('gives the used range (A1 for an empty sheet, null object via getUsedRangeOrNullObject)', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      const empty = s.getUsedRange().load('address');
      const none = s.getUsedRangeOrNullObject();
      await ctx.sync();
      expect(empty.address).toBe('Sheet1!A1');
      expect(none.isNullObject).toBe(true);
      s.getRange('B2:C3').values = [[1, 2], [3, 4]];
      s.getRange('E10').format.fill.color = 'yellow';
      const used = s.getUsedRange().load('address');
      const valuesOnly = s.getUsedRange(true).load('address');
      await ctx.sync();
      expect([used.address, valuesOnly.address]).toEqual(['Sheet1!B2:E10', 'Sheet1!B2:C3']);
    });
  });

  it('gets ranges by indexes and cells', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      const a = s.getRangeByIndexes(1, 2, 3, 4).load('address');
      const b = s.getCell(4, 0).load('address');
      const bad = s.getRangeByIndexes(-1, 0, 1, 1);
      await ctx.sync();
      expect([a.address, b.address]).toEqual(['Sheet1!C2:F4', 'Sheet1!A5']);
      bad.load('address');
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
    });
  });

  it('rejects getRange with another sheet in the address', async () => {
    const d = makeDouble({ sheets: ['A', 'B'] });
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('B!A1').load('address');
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
    });
  });
});

describe('formulas across sheets with unusual names', () => {
  it.each([["Bob's budget"], ['Budget – år'], ['2020'], ['A1'], ['Sheet (2)'], ['x.y_z']])('evaluates references to %p', async (name) => {
    const d = makeDouble({ sheets: ['Main', name] });
    await write(d, name, 'B2', [[21]]);
    await d.run(async (ctx) => {
      const other = ctx.workbook.worksheets.getItem(name).getRange('B2').load('address');
      await ctx.sync();
      const main = ctx.workbook.worksheets.getItem('Main').getRange('A1');
      main.formulas = [[`=${other.address}*2`]];
      main.load('values');
      await ctx.sync();
      expect(main.values).toEqual([[42]]);
    });
  });
});
