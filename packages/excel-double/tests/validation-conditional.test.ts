/**
 * Range.dataValidation and Range.conditionalFormats in the double: what a list drop-down and a
 * cell-value warning look like after they are set, how their cells follow inserted and deleted
 * rows, how clearing splits them, and what Excel refuses.
 */
import { makeDouble, rejection, write } from './helpers';

type Ctx = Excel.RequestContext;

async function onSheet(d: ReturnType<typeof makeDouble>, batch: (sheet: Excel.Worksheet, ctx: Ctx) => void): Promise<void> {
  await d.run(async (ctx) => {
    batch(ctx.workbook.worksheets.getItem('Sheet1'), ctx);
    await ctx.sync();
  });
}

function dropDown(range: Excel.Range, source = 'Ja,Nej'): void {
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
}

describe('data validation: a list drop-down', () => {
  it('sets a list on a range; type, rule and ignoreBlanks read back', async () => {
    const d = makeDouble();
    await onSheet(d, (s) => {
      dropDown(s.getRange('J7:J9'));
      s.getRange('J7:J9').dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'Med', message: 'Ja eller Nej' };
    });
    const read = await d.run(async (ctx) => {
      const v = ctx.workbook.worksheets.getItem('Sheet1').getRange('J8').dataValidation;
      v.load('type, rule, ignoreBlanks, errorAlert');
      await ctx.sync();
      return { type: v.type, rule: v.rule, ignoreBlanks: v.ignoreBlanks, title: v.errorAlert.title };
    });
    expect(read).toEqual({ type: 'List', rule: { list: { inCellDropDown: true, source: 'Ja,Nej' } }, ignoreBlanks: true, title: 'Med' });
    expect(d.inspect.sheet('Sheet1').dataValidations).toEqual([
      expect.objectContaining({ ranges: 'J7:J9', type: 'List', list: { inCellDropDown: true, source: 'Ja,Nej' } }),
    ]);
  });

  it('valid: true when every cell is in the list or blank, false when none is, null for a mix', async () => {
    const d = makeDouble();
    await onSheet(d, (s) => dropDown(s.getRange('A1:A3')));
    const valid = async (address: string): Promise<boolean> =>
      d.run(async (ctx) => {
        const v = ctx.workbook.worksheets.getItem('Sheet1').getRange(address).dataValidation;
        v.load('valid');
        await ctx.sync();
        return v.valid;
      });
    await write(d, 'Sheet1', 'A1:A3', [['ja'], ['Nej'], ['']]);
    expect(await valid('A1:A3')).toBe(true);
    await write(d, 'Sheet1', 'A2', [['Måske']]);
    expect(await valid('A2')).toBe(false);
    expect(await valid('A1:A3')).toBeNull();
  });

  it('a range that mixes a validation with unvalidated cells reads type Inconsistent and refuses a new rule until cleared', async () => {
    const d = makeDouble();
    await onSheet(d, (s) => dropDown(s.getRange('A1:A3')));
    const type = await d.run(async (ctx) => {
      const v = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A5').dataValidation;
      v.load('type');
      await ctx.sync();
      return v.type;
    });
    expect(type).toBe('Inconsistent');
    const error = await rejection(onSheet(d, (s) => dropDown(s.getRange('A1:A5'))));
    expect(error.code).toBe('InvalidOperation');
    await onSheet(d, (s) => {
      s.getRange('A1:A5').dataValidation.clear();
      dropDown(s.getRange('A1:A5'), 'Yes,No');
    });
    expect(d.inspect.sheet('Sheet1').dataValidations.map((v) => [v.ranges, v.list?.source])).toEqual([['A1:A5', 'Yes,No']]);
  });

  it('a rule set on part of a validated range splits it; clear on the middle leaves the two ends', async () => {
    const d = makeDouble();
    await onSheet(d, (s) => dropDown(s.getRange('A1:A6')));
    await onSheet(d, (s) => dropDown(s.getRange('A2'), 'Yes,No'));
    expect(d.inspect.sheet('Sheet1').dataValidations.map((v) => [v.ranges, v.list?.source])).toEqual([
      ['A1,A3:A6', 'Ja,Nej'],
      ['A2', 'Yes,No'],
    ]);
    await onSheet(d, (s) => s.getRange('A1:A4').dataValidation.clear());
    expect(d.inspect.sheet('Sheet1').dataValidations.map((v) => v.ranges)).toEqual(['A5:A6']);
  });

  it('a list typed as text of 255 characters is accepted, 256 is InvalidArgument; other kinds are not emulated', async () => {
    const d = makeDouble();
    const items = (length: number): string => 'x'.repeat(length);
    await onSheet(d, (s) => dropDown(s.getRange('A1'), items(255)));
    expect((await rejection(onSheet(d, (s) => dropDown(s.getRange('B1'), items(256))))).code).toBe('InvalidArgument');
    expect((await rejection(onSheet(d, (s) => dropDown(s.getRange('B1'), '  ')))).code).toBe('InvalidArgument');
    const twoKinds = onSheet(d, (s) => {
      s.getRange('B1').dataValidation.rule = { list: { inCellDropDown: true, source: 'a' }, wholeNumber: { formula1: 1, operator: 'GreaterThan' } };
    });
    expect((await rejection(twoKinds)).code).toBe('InvalidArgument');
    const whole = onSheet(d, (s) => {
      s.getRange('B1').dataValidation.rule = { wholeNumber: { formula1: 1, operator: 'GreaterThan' } };
    });
    expect((await rejection(whole)).code).toBe('DoubleUnsupported');
  });

  it('follows rows: an insert inside the area widens it, an insert above moves it, deleting rows shrinks it', async () => {
    const d = makeDouble();
    await onSheet(d, (s) => dropDown(s.getRange('A3:A5')));
    d.user.insertRows('Sheet1', 4, 2);
    expect(d.inspect.sheet('Sheet1').dataValidations[0]?.ranges).toBe('A3:A7');
    d.user.insertRows('Sheet1', 1, 1);
    expect(d.inspect.sheet('Sheet1').dataValidations[0]?.ranges).toBe('A4:A8');
    d.user.deleteRows('Sheet1', 4, 5);
    expect(d.inspect.sheet('Sheet1').dataValidations).toEqual([]);
  });

  it('Range.clear() (All) removes validation; clear("Formats") and clear("Contents") keep it', async () => {
    const d = makeDouble();
    await onSheet(d, (s) => dropDown(s.getRange('A1:A4')));
    await onSheet(d, (s) => {
      s.getRange('A1').clear('Formats');
      s.getRange('A2').clear('Contents');
    });
    expect(d.inspect.sheet('Sheet1').dataValidations[0]?.ranges).toBe('A1:A4');
    await onSheet(d, (s) => s.getRange('A3:A4').clear());
    expect(d.inspect.sheet('Sheet1').dataValidations[0]?.ranges).toBe('A1:A2');
  });
});

function warning(range: Excel.Range): Excel.ConditionalFormat {
  const format = range.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
  format.cellValue.format.font.color = '#9C0006';
  format.cellValue.format.font.bold = true;
  format.cellValue.format.fill.color = '#FFC7CE';
  format.cellValue.rule = { formula1: '=0', operator: 'LessThan' };
  return format;
}

describe('conditional formats: a cell-value warning', () => {
  beforeAll(() => {
    // The enum object Office.js defines at run time; tests run without Office.js loaded.
    (globalThis as unknown as { Excel: unknown }).Excel ??= { ConditionalFormatType: { cellValue: 'CellValue', custom: 'Custom' } };
  });

  it('adds a cell-value format with its font and fill; it shows on the cells below zero and follows their values', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'C4:E4', [[5, -1, 0]]);
    await onSheet(d, (s) => void warning(s.getRange('C4:E4')));
    const [format] = d.inspect.sheet('Sheet1').conditionalFormats;
    expect(format).toEqual({
      type: 'CellValue',
      ranges: 'C4:E4',
      rule: { formula1: '=0', operator: 'LessThan' },
      format: { fontColor: '#9C0006', bold: true, italic: null, strikethrough: null, fillColor: '#FFC7CE' },
      stopIfTrue: false,
      showsOn: ['D4'],
    });
    await write(d, 'Sheet1', 'C4', [['=D4*3']]);
    expect(d.inspect.sheet('Sheet1').conditionalFormats[0]?.showsOn).toEqual(['C4', 'D4']);
  });

  it('getCount and items list the formats on a range, the newest first; clearAll removes them from its cells only', async () => {
    const d = makeDouble();
    await onSheet(d, (s) => {
      warning(s.getRange('A1:A4'));
      const custom = s.getRange('B1').conditionalFormats.add(Excel.ConditionalFormatType.custom);
      custom.custom.rule.formula = '=B1>10';
      custom.custom.format.font.italic = true;
    });
    const listed = await d.run(async (ctx) => {
      const formats = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').conditionalFormats;
      const count = formats.getCount();
      formats.load('items/type, items/priority');
      await ctx.sync();
      return { count: count.value, items: formats.items.map((f) => [f.type, f.priority]) };
    });
    expect(listed).toEqual({ count: 2, items: [['Custom', 0], ['CellValue', 1]] });
    await onSheet(d, (s) => s.getRange('A2:B2').conditionalFormats.clearAll());
    expect(d.inspect.sheet('Sheet1').conditionalFormats.map((f) => f.ranges)).toEqual(['B1', 'A1,A3:A4']);
  });

  it('clear("Formats") and clear() remove conditional formats from the cells; clear("Contents") keeps them', async () => {
    const d = makeDouble();
    await onSheet(d, (s) => void warning(s.getRange('A1:A6')));
    await onSheet(d, (s) => s.getRange('A1:A2').clear('Contents'));
    expect(d.inspect.sheet('Sheet1').conditionalFormats[0]?.ranges).toBe('A1:A6');
    await onSheet(d, (s) => {
      s.getRange('A1:A2').clear('Formats');
      s.getRange('A5:A6').clear();
    });
    expect(d.inspect.sheet('Sheet1').conditionalFormats[0]?.ranges).toBe('A3:A4');
  });

  it('refuses an unknown operator, Between without formula2, a formula that does not parse, and the other part of a format', async () => {
    const d = makeDouble();
    const rule = (r: Excel.ConditionalCellValueRule): Promise<void> =>
      onSheet(d, (s) => {
        s.getRange('A1').conditionalFormats.add(Excel.ConditionalFormatType.cellValue).cellValue.rule = r;
      });
    expect((await rejection(rule({ formula1: '0', operator: 'Below' as 'LessThan' }))).code).toBe('InvalidArgument');
    expect((await rejection(rule({ formula1: '0', operator: 'Between' }))).code).toBe('InvalidArgument');
    expect((await rejection(rule({ formula1: '=SUM(', operator: 'LessThan' }))).code).toBe('InvalidArgument');
    const wrongPart = onSheet(d, (s) => {
      s.getRange('A1').conditionalFormats.add(Excel.ConditionalFormatType.cellValue).custom.rule.formula = '=A1>0';
    });
    expect((await rejection(wrongPart)).code).toBe('InvalidOperation');
    const dataBar = onSheet(d, (s) => void s.getRange('A1').conditionalFormats.add('DataBar'));
    expect((await rejection(dataBar)).code).toBe('DoubleUnsupported');
  });

  it('a deleted format is gone from the sheet, and using it again is ItemNotFound', async () => {
    const d = makeDouble();
    const ctx = d.context as unknown as Excel.RequestContext;
    const format = warning(ctx.workbook.worksheets.getItem('Sheet1').getRange('A1'));
    await ctx.sync();
    format.delete();
    await d.context.sync();
    expect(d.inspect.sheet('Sheet1').conditionalFormats).toEqual([]);
    format.stopIfTrue = true;
    expect((await rejection(d.context.sync())).code).toBe('ItemNotFound');
  });
});
