import { makeDouble, rejection, write } from './helpers';

describe('range formats read back', () => {
  it('font, fill, alignment, indent and wrap', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      r.format.font.bold = true;
      r.format.font.italic = true;
      r.format.font.color = 'red';
      r.format.font.size = 14;
      r.format.font.name = 'Arial';
      r.format.fill.color = '#ffeeaa';
      r.format.horizontalAlignment = 'Right';
      r.format.indentLevel = 2;
      r.format.wrapText = true;
      await ctx.sync();
      const f = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').format;
      f.load('horizontalAlignment, indentLevel, wrapText');
      f.font.load('bold, italic, color, size, name');
      f.fill.load('color, pattern');
      await ctx.sync();
      expect([f.font.bold, f.font.italic, f.font.color, f.font.size, f.font.name]).toEqual([true, true, '#FF0000', 14, 'Arial']);
      expect([f.fill.color, f.fill.pattern]).toEqual(['#FFEEAA', 'Solid']);
      expect([f.horizontalAlignment, f.indentLevel, f.wrapText]).toEqual(['Right', 2, true]);
    });
  });

  it('reports null for properties that differ across the range, defaults for untouched cells', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('A1').format.font.bold = true;
      const mixed = s.getRange('A1:A2').format.font.load('bold');
      const plain = s.getRange('C3').format.load('horizontalAlignment, columnWidth, rowHeight');
      plain.font.load('name, size, color');
      plain.fill.load('color, pattern');
      await ctx.sync();
      expect(mixed.bold).toBeNull();
      expect([plain.horizontalAlignment, plain.columnWidth, plain.rowHeight]).toEqual(['General', 48, 15]);
      expect([plain.font.name, plain.font.size, plain.font.color]).toEqual(['Calibri', 11, '#000000']);
      expect([plain.fill.color, plain.fill.pattern]).toEqual(['#FFFFFF', 'None']);
    });
  });

  it('fill.clear() removes the fill', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.format.fill.color = 'yellow';
      r.format.fill.clear();
      await ctx.sync();
    });
    expect(d.inspect.cell('Sheet1', 'A1').format.fillColor).toBeNull();
  });

  it('borders by edge, shared between neighbouring cells', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      const top = s.getRange('A2:C2').format.borders.getItem('EdgeTop');
      top.style = 'Continuous';
      top.weight = 'Medium';
      top.color = '#112233';
      s.getRange('A5:C5').format.borders.getItem('EdgeBottom').weight = 'Thick';
      await ctx.sync();
      const above = s.getRange('A1:C1').format.borders.getItem('EdgeBottom').load('style, weight, color');
      const below = s.getRange('A5:C5').format.borders.getItem('EdgeBottom').load('style, weight');
      const none = s.getRange('A3').format.borders.getItem('EdgeLeft').load('style');
      const all = s.getRange('A2').format.borders.load('items/sideIndex, items/style');
      await ctx.sync();
      expect([above.style, above.weight, above.color]).toEqual(['Continuous', 'Medium', '#112233']);
      expect([below.style, below.weight]).toEqual(['Continuous', 'Thick']);
      expect(none.style).toBe('None');
      expect(all.items.map((b) => `${b.sideIndex}:${b.style}`).slice(0, 2)).toEqual(['EdgeTop:Continuous', 'EdgeBottom:None']);
    });
  });

  it('rejects invalid enum values and colours at sync', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.format.horizontalAlignment = 'Middle' as Excel.HorizontalAlignment;
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
      r.format.font.color = 'not-a-colour';
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
      r.format.borders.getItem('EdgeTop').style = 'Wavy' as Excel.BorderLineStyle;
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
    });
  });
});

describe('widths, heights and hidden rows/columns', () => {
  it('reads back column widths (points), row heights, hidden state and autofit', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'C1:C2', [['a fairly long label'], ['x']]);
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('A:B').format.columnWidth = 120;
      s.getRange('3:4').format.rowHeight = 24;
      s.getRange('D:D').columnHidden = true;
      s.getRange('6:7').rowHidden = true;
      s.getRange('C:C').format.autofitColumns();
      await ctx.sync();
      const ab = s.getRange('A1:B1').format.load('columnWidth');
      const ac = s.getRange('A1:C1').format.load('columnWidth');
      const rows = s.getRange('3:4').format.load('rowHeight');
      const c = s.getRange('C1').format.load('columnWidth');
      const hidden = s.getRange('D1').load('columnHidden, hidden');
      const mixed = s.getRange('5:6').load('rowHidden');
      await ctx.sync();
      expect([ab.columnWidth, ac.columnWidth, rows.rowHeight]).toEqual([120, null, 24]);
      expect(c.columnWidth).toBeGreaterThan(48);
      expect([hidden.columnHidden, hidden.hidden, mixed.rowHidden]).toEqual([true, true, null]);
    });
    const snap = d.inspect.sheet('Sheet1');
    expect(snap.hiddenColumns).toEqual(['D']);
    expect(snap.hiddenRows).toEqual([6, 7]);
    expect(snap.columnWidths.A).toBe(120);
  });

  it('a scalar format on a whole column applies to cells written later; a 1x1 array there is a shape mismatch', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('B:B').numberFormat = [['0.00']];
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
      (s.getRange('B:B') as unknown as { numberFormat: unknown }).numberFormat = '0.00';
      await ctx.sync();
      expect(d.inspect.sheet('Sheet1').usedAddress).toBeNull();
      s.getRange('B7').values = [[3]];
      const t = s.getRange('B7').load('text');
      await ctx.sync();
      expect(t.text).toEqual([['3.00']]);
    });
  });
});

describe('freeze panes and page layout', () => {
  it('freezes rows/columns and reads the location back', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      const none = s.freezePanes.getLocationOrNullObject();
      await ctx.sync();
      expect(none.isNullObject).toBe(true);
      s.freezePanes.freezeRows(3);
      const rows = s.freezePanes.getLocation().load('address');
      s.freezePanes.freezeAt('B2');
      const both = s.freezePanes.getLocation().load('address');
      await ctx.sync();
      expect([rows.address, both.address]).toEqual(['Sheet1!1:3', 'Sheet1!A1:B2']);
      s.freezePanes.unfreeze();
      await ctx.sync();
    });
    expect(d.inspect.sheet('Sheet1').freeze).toEqual({ rows: 0, columns: 0 });
  });

  it('sets orientation, zoom and print title rows (entire rows only)', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const pl = ctx.workbook.worksheets.getItem('Sheet1').pageLayout;
      pl.orientation = 'Landscape';
      pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      pl.setPrintTitleRows('$1:$2');
      await ctx.sync();
      pl.load('orientation, zoom');
      const titles = pl.getPrintTitleRowsOrNullObject().load('address');
      await ctx.sync();
      expect([pl.orientation, pl.zoom, titles.address]).toEqual(['Landscape', { horizontalFitToPages: 1, verticalFitToPages: 0 }, 'Sheet1!1:2']);
      pl.setPrintTitleRows('A1:B2');
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
      pl.zoom = { scale: 5 };
      expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
    });
    expect(d.inspect.sheet('Sheet1').pageLayout.printTitleRows).toBe('Sheet1!$1:$2');
  });
});
