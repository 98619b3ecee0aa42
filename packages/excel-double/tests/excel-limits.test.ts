/**
 * Where the writer can trip in real Excel, the double refuses too: function arguments,
 * formula length, names to sheets that do not exist, blank sheet names, the read-only
 * worksheet id, and a request whose commands ran but whose response never arrived.
 */
import { makeDouble, read, rejection, write } from './helpers';

const sumOf = (count: number): string => `=SUM(${Array.from({ length: count }, (_, i) => `B${i + 1}`).join(',')})`;

describe('formulas Excel refuses when they are entered', () => {
  it('a function with 255 arguments is accepted; 256 is InvalidArgument and nothing is written', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'B1:B3', [[1], [2], [3]]);
    await write(d, 'Sheet1', 'A1', [[sumOf(255)]]);
    expect(d.inspect.cell('Sheet1', 'A1').value).toBe(6);
    const error = await rejection(write(d, 'Sheet1', 'A2', [[sumOf(256)]]));
    expect(error.code).toBe('InvalidArgument');
    expect(d.inspect.cell('Sheet1', 'A2').formula).toBe('');
  });

  it('the limit is per call: two nested calls of 200 arguments each are fine', async () => {
    const d = makeDouble();
    await write(d, 'Sheet1', 'A1', [[`=SUM(${sumOf(200).slice(1)},${sumOf(200).slice(1)})`]]);
    expect(d.inspect.cell('Sheet1', 'A1').value).toBe(0);
  });

  it('a formula of 8,192 characters is accepted; 8,193 is InvalidArgument', async () => {
    const d = makeDouble();
    // 33 terms of LEN("xx…") and a number that pads the formula to the exact length.
    const body = (length: number): string => {
      const terms = `=${Array.from({ length: 33 }, () => `LEN("${'x'.repeat(240)}")`).join('+')}+`;
      return terms + '1'.repeat(length - terms.length);
    };
    expect(body(8192).length).toBe(8192);
    await write(d, 'Sheet1', 'A1', [[body(8192)]]);
    expect(typeof d.inspect.cell('Sheet1', 'A1').value).toBe('number');
    const error = await rejection(write(d, 'Sheet1', 'A2', [[body(8193)]]));
    expect(error.code).toBe('InvalidArgument');
  });
});

describe('names and sheets', () => {
  it('a name that refers to a sheet the workbook does not have is InvalidArgument', async () => {
    const d = makeDouble();
    const error = await rejection(
      d.run(async (ctx) => {
        ctx.workbook.names.add('Total_x', "='Findes ikke'!$A$1");
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(d.inspect.names()).toEqual([]);
  });

  it('a name to an existing sheet is accepted', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      ctx.workbook.names.add('Total_x', '=Sheet1!$A$1');
      await ctx.sync();
    });
    expect(d.inspect.names().map((n) => n.formula)).toEqual(['=Sheet1!$A$1']);
  });

  it.each(['   ', ' ', '\t'])('a sheet name of blanks only (%j) is InvalidArgument, for add and for rename', async (name) => {
    const d = makeDouble();
    const add = d.run(async (ctx) => {
      ctx.workbook.worksheets.add(name);
      await ctx.sync();
    });
    expect((await rejection(add)).code).toBe('InvalidArgument');
    const rename = d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').name = name;
      await ctx.sync();
    });
    expect((await rejection(rename)).code).toBe('InvalidArgument');
    expect(d.inspect.sheets()).toEqual(['Sheet1']);
  });

  it('Worksheet.id is read-only: assigning it throws a TypeError at once', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      expect(() => {
        (sheet as unknown as { id: string }).id = 'mine';
      }).toThrow(TypeError);
      await ctx.sync();
    });
  });
});

describe('a request whose response is lost', () => {
  it('every command ran, the sync rejects, and nothing it loaded is delivered', async () => {
    const d = makeDouble();
    d.failOnSync(1, 'GeneralException', { loseResponse: true });
    let range: Excel.Range | undefined;
    const error = await rejection(
      d.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1:A2').values = [[1], [2]];
        ctx.workbook.worksheets.add('Ny');
        range = sheet.getRange('A1:A2');
        range.load('values');
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('GeneralException');
    expect(d.inspect.sheets()).toEqual(['Sheet1', 'Ny']);
    expect(await read(d, 'Sheet1', 'A1:A2', 'values')).toEqual([[1], [2]]);
    expect(() => range?.values).toThrow();
    expect(d.stats.requests.at(-2)?.failed).toBe('GeneralException');
  });
});
