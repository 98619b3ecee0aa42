import { makeDouble, rejection, write } from './helpers';

describe('workbook names', () => {
  it('adds names from a Range or a formula and reads them back', async () => {
    const d = makeDouble({ sheets: ['Sheet1', 'My Sheet'] });
    await write(d, 'My Sheet', 'A1:A2', [[2], [3]]);
    await d.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('My Sheet').getRange('A1:A2');
      const a = ctx.workbook.names.add('Inputs', range, 'the inputs');
      const b = ctx.workbook.names.add('Rate', '=0.25');
      const c = ctx.workbook.names.add('Relative', 'Sheet1!B2');
      a.load('name, formula, comment, type, value, visible');
      b.load('formula, type, value');
      c.load('formula');
      await ctx.sync();
      expect([a.name, a.formula, a.comment, a.type, a.value, a.visible]).toEqual([
        'Inputs',
        "='My Sheet'!$A$1:$A$2",
        'the inputs',
        'Range',
        "'My Sheet'!$A$1:$A$2",
        true,
      ]);
      expect([b.formula, b.type, b.value]).toEqual(['=0.25', 'Double', 0.25]);
      expect(c.formula).toBe('=Sheet1!B2');
      const total = ctx.workbook.worksheets.getItem('Sheet1').getRange('C1');
      total.formulas = [['=SUM(Inputs)*Rate']];
      total.load('values');
      await ctx.sync();
      expect(total.values).toEqual([[1.25]]);
    });
  });

  it('getItem fails with ItemNotFound, getItemOrNullObject gives a null object; lookups ignore case', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      ctx.workbook.names.add('Total', '=Sheet1!$A$1');
      await ctx.sync();
      const found = ctx.workbook.names.getItem('TOTAL').load('name');
      const missing = ctx.workbook.names.getItemOrNullObject('Nope');
      await ctx.sync();
      expect([found.name, missing.isNullObject]).toEqual(['Total', true]);
      ctx.workbook.names.getItem('Nope').load('name');
      expect((await rejection(ctx.sync())).code).toBe('ItemNotFound');
    });
  });

  it('rejects duplicates ignoring case with ItemAlreadyExists', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      ctx.workbook.names.add('Total', '=1');
      await ctx.sync();
      ctx.workbook.names.add('total', '=2');
      expect((await rejection(ctx.sync())).code).toBe('ItemAlreadyExists');
    });
  });

  it.each([['A1'], ['xfd1048576'], ['R1C1'], ['R'], ['c'], ['1abc'], ['has space'], ['a-b'], ['TRUE'], ['']])(
    'rejects the invalid name %p with InvalidArgument',
    async (name) => {
      const d = makeDouble();
      await d.run(async (ctx) => {
        ctx.workbook.names.add(name, '=1');
        expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
      });
    },
  );

  it.each([['_total'], ['\\total'], ['Total.2020'], ['XFE1'], ['ABCD1'], ['Budsjett_år'], ['a?b']])(
    'accepts the valid name %p and evaluates formulas using it',
    async (name) => {
      const d = makeDouble();
      await d.run(async (ctx) => {
        ctx.workbook.names.add(name, '=21');
        const cell = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
        cell.formulas = [[`=${name}*2`]];
        cell.load('values');
        await ctx.sync();
        expect(cell.values).toEqual([[42]]);
      });
      expect(d.inspect.names().map((n) => n.name)).toEqual([name]);
    },
  );

  it('gets the range of a name, deletes names', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const n = ctx.workbook.names.add('Block', '=Sheet1!$B$2:$C$3');
      const constant = ctx.workbook.names.add('K', '=1');
      const r = n.getRange().load('address');
      const none = constant.getRangeOrNullObject();
      await ctx.sync();
      expect([r.address, none.isNullObject]).toEqual(['Sheet1!B2:C3', true]);
      n.delete();
      const count = ctx.workbook.names.getCount();
      await ctx.sync();
      expect(count.value).toBe(1);
    });
  });
});

describe('settings', () => {
  it('stores JSON-serialised values and reads them back', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      ctx.workbook.settings.add('layout', { version: 2, rows: [1, 2] });
      ctx.workbook.settings.add('flag', true);
      await ctx.sync();
      const s = ctx.workbook.settings.getItem('layout').load('key, value');
      const all = ctx.workbook.settings.load('items/key');
      await ctx.sync();
      expect([s.key, s.value]).toEqual(['layout', { version: 2, rows: [1, 2] }]);
      expect(all.items.map((i) => i.key)).toEqual(['layout', 'flag']);
    });
    expect(d.inspect.settings()).toEqual({ layout: { version: 2, rows: [1, 2] }, flag: true });
  });

  it('getItem fails with ItemNotFound; getItemOrNullObject gives a null object; delete removes', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const missing = ctx.workbook.settings.getItemOrNullObject('x');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      ctx.workbook.settings.getItem('x').load('value');
      expect((await rejection(ctx.sync())).code).toBe('ItemNotFound');
      const s = ctx.workbook.settings.add('x', 1);
      await ctx.sync();
      s.delete();
      await ctx.sync();
    });
    expect(d.inspect.settings()).toEqual({});
  });

  it('caps the document settings at 2,000,000 bytes; the failing add changes nothing', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      ctx.workbook.settings.add('a', 'x'.repeat(1_500_000));
      await ctx.sync();
      ctx.workbook.settings.add('b', 'y'.repeat(600_000));
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
      // Replacing a value counts the new size only.
      ctx.workbook.settings.add('a', 'z'.repeat(1_999_000));
      await ctx.sync();
    });
    expect(Object.keys(d.inspect.settings())).toEqual(['a']);
  });
});

describe('custom XML parts', () => {
  it('adds, finds by namespace, reads, replaces and deletes parts', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const part = ctx.workbook.customXmlParts.add('<plan xmlns="urn:budget"><v>1</v></plan>');
      part.load('id, namespaceUri');
      await ctx.sync();
      expect(part.namespaceUri).toBe('urn:budget');
      const only = ctx.workbook.customXmlParts.getByNamespace('urn:budget').getOnlyItem();
      const xml = only.getXml();
      await ctx.sync();
      expect(xml.value).toBe('<plan xmlns="urn:budget"><v>1</v></plan>');
      only.setXml('<plan xmlns="urn:budget"><v>2</v></plan>');
      ctx.workbook.customXmlParts.add('<broken>');
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
      ctx.workbook.customXmlParts.getItem(part.id).delete();
      await ctx.sync();
    });
    expect(d.inspect.customXmlParts()).toEqual([]);
  });
});
