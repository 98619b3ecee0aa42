/** RangeAreas (Worksheet.getRanges): formatting several rectangles in one command. */
import { makeDouble, rejection } from './helpers';

describe('Worksheet.getRanges', () => {
  test('formats every area, borders on each area\'s own edges, and nothing between them', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem('Sheet1').getRanges('A2:B2, A5:B6');
      areas.format.font.bold = true;
      areas.format.indentLevel = 2;
      areas.format.borders.getItem('EdgeTop').style = 'Continuous';
      areas.load('address,areaCount');
      await ctx.sync();
      expect(areas.areaCount).toBe(2);
      expect(areas.address).toBe('Sheet1!A2:B2,Sheet1!A5:B6');
    });
    const formats = d.inspect.sheet('Sheet1').formats;
    expect([1, 4, 5].map((r) => formats[r]?.[1]?.bold)).toEqual([true, true, true]);
    expect(formats[2]?.[1]?.bold).toBe(false);
    expect(formats[4]?.[0]?.indentLevel).toBe(2);
    expect(formats[1]?.[0]?.borders.top?.style).toBe('Continuous');
    expect(formats[4]?.[0]?.borders.top?.style).toBe('Continuous');
    expect(formats[5]?.[0]?.borders.top).toBeUndefined();
  });

  test('is one command however many areas, and its address counts in the request size', async () => {
    const d = makeDouble();
    const addresses = Array.from({ length: 300 }, (_, i) => `A${2 * i + 1}:C${2 * i + 1}`).join(',');
    d.resetStats();
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRanges(addresses).format.font.italic = true;
      await ctx.sync();
    });
    expect(d.stats.requests[0]?.commands).toBeLessThanOrEqual(5);
    expect(d.stats.requests[0]?.bytes).toBeGreaterThan(addresses.length);
    expect(d.inspect.cell('Sheet1', 'B599').format.italic).toBe(true);
    expect(d.inspect.cell('Sheet1', 'B600').format.italic).toBe(false);
  });

  test('an invalid or over-long address fails at sync with InvalidArgument', async () => {
    const d = makeDouble();
    const bad = await rejection(d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRanges('A1:B2,nonsense!!').format.font.bold = true;
      await ctx.sync();
    }));
    expect(bad.code).toBe('InvalidArgument');
    const long = await rejection(d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRanges(Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(',')).format.font.bold = true;
      await ctx.sync();
    }));
    expect(long.code).toBe('InvalidArgument');
  });
});
