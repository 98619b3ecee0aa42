/** Shared helpers for the Excel double's tests. */
import { createExcelDouble, type ExcelDouble, type ExcelDoubleOptions } from '../src';

export function makeDouble(options?: ExcelDoubleOptions): ExcelDouble {
  return createExcelDouble(options);
}

/** The Office error a promise rejects with (fails the test if it resolves). */
export async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string; debugInfo: { code: string; errorLocation?: string; statement?: string } }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string; debugInfo: { code: string } };
  }
  throw new Error('expected the promise to reject');
}

/** The Office error a function throws synchronously. */
export function thrown(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected the function to throw');
}

/** Writes formulas/values through the API in one batch. */
export async function write(d: ExcelDouble, sheet: string, address: string, formulas: unknown[][]): Promise<void> {
  await d.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).formulas = formulas;
    await ctx.sync();
  });
}

/** Reads one property of a range through the API. */
export async function read<K extends 'values' | 'formulas' | 'text' | 'numberFormat' | 'valueTypes' | 'address'>(
  d: ExcelDouble,
  sheet: string,
  address: string,
  prop: K,
): Promise<Excel.Range[K]> {
  return d.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(sheet).getRange(address);
    r.load(prop);
    await ctx.sync();
    return r[prop];
  });
}
