/**
 * Formula evaluation through HyperFormula. The workbook snapshot is rebuilt for each
 * calculation (the double favours obviously-correct over fast), with formulas translated by
 * formula/translate.ts so HyperFormula computes what Excel computes.
 */
import { DetailedCellError, ErrorType, HyperFormula } from 'hyperformula';
import type { Rect } from './a1';
import { officeError } from './errors';
import { translateForHyperFormula, type TranslateEnv } from './formula/translate';
import { parseFormula } from './formula/tokens';
import { UNSUPPORTED, XlError, type Scalar } from './input';
import type { Cell, SheetModel, WorkbookModel } from './model';

const HF_CONFIG = {
  licenseKey: 'gpl-v3',
  maxRows: 1048576,
  maxColumns: 16384,
  functionArgSeparator: ',',
  decimalSeparator: '.' as const,
  thousandSeparator: '' as const,
  arrayColumnSeparator: ',' as const,
  arrayRowSeparator: ';' as const,
  caseSensitive: false,
  useWildcards: true,
  matchWholeCell: true,
  evaluateNullToZero: true,
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 30 },
  useArrayArithmetic: false,
};

function containsSubtotal(formula: string): boolean {
  const parsed = parseFormula(formula);
  return !('error' in parsed) && parsed.tokens.some((t) => t.t === 'func' && t.text.toUpperCase() === 'SUBTOTAL');
}

function envFor(model: WorkbookModel): (sheet: string | null, row: number, col: number) => TranslateEnv {
  const subtotalCache = new Map<SheetModel, Array<{ r: number; c: number }>>();
  const usedCache = new Map<SheetModel, number>();
  const aliases = new Map(model.names.map((n, i) => [n.name.toLocaleUpperCase(), nameAlias(i)]));
  /** sheet -> column -> rows holding formulas */
  const formulaCache = new Map<SheetModel, Map<number, number[]>>();
  const formulaColumns = (s: SheetModel): Map<number, number[]> => {
    let byCol = formulaCache.get(s);
    if (byCol === undefined) {
      byCol = new Map();
      for (const [r, c, cell] of s.allCells()) {
        if (cell.formula === undefined) continue;
        const rows = byCol.get(c) ?? [];
        rows.push(r);
        byCol.set(c, rows);
      }
      formulaCache.set(s, byCol);
    }
    return byCol;
  };
  const subtotals = (s: SheetModel): Array<{ r: number; c: number }> => {
    let list = subtotalCache.get(s);
    if (list === undefined) {
      list = [];
      for (const [r, c, cell] of s.allCells()) if (cell.formula !== undefined && containsSubtotal(cell.formula)) list.push({ r, c });
      subtotalCache.set(s, list);
    }
    return list;
  };
  return (sheetName, row, col) => ({
    sheetName,
    row,
    col,
    subtotalCells(sheet: string, rect: Rect) {
      const s = model.findSheetByName(sheet);
      if (s === undefined) return [];
      return subtotals(s).filter(({ r, c }) => r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1);
    },
    hiddenRows(sheet: string, r0: number, r1: number) {
      const s = model.findSheetByName(sheet);
      if (s === undefined) return [];
      const out: number[] = [];
      for (const [r, p] of s.rowProps) if (p.hidden === true && r >= r0 && r <= r1) out.push(r);
      return out;
    },
    hasFormulaIn(sheet: string, rect: Rect) {
      const s = model.findSheetByName(sheet);
      if (s === undefined) return false;
      for (const [c, rows] of formulaColumns(s)) {
        if (c >= rect.c0 && c <= rect.c1 && rows.some((r) => r >= rect.r0 && r <= rect.r1)) return true;
      }
      return false;
    },
    nameAlias(name: string) {
      return aliases.get(name.toLocaleUpperCase()) ?? null;
    },
    usedRows(sheet: string) {
      const s = model.findSheetByName(sheet);
      if (s === undefined) return 1;
      let n = usedCache.get(s);
      if (n === undefined) {
        n = 1;
        for (const r of s.rows.keys()) n = Math.max(n, r + 1);
        usedCache.set(s, n);
      }
      return n;
    },
  });
}

/** HyperFormula-safe stand-in for the i-th workbook name. */
function nameAlias(i: number): string {
  return `XLDOUBLE_NAME_${i}`;
}

function translate(formula: string, env: TranslateEnv): string {
  const parsed = parseFormula(formula);
  if ('error' in parsed) throw new Error(`excel-double: stored formula does not parse: ${formula}`);
  return translateForHyperFormula(parsed.tokens, env);
}

function rawContent(cell: Cell, translated: string | undefined): unknown {
  if (translated !== undefined) return translated;
  const v = cell.value;
  if (v === null) return null;
  if (typeof v === 'string') return `'${v}`; // HyperFormula strips one leading apostrophe: keeps text as text
  if (v instanceof XlError) return v.code;
  return v;
}

/** Maps a HyperFormula result to what Excel shows. */
function fromHf(v: unknown, formula: string): Scalar {
  if (v === null || v === undefined) return 0; // a formula pointing at a blank cell shows 0
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof DetailedCellError) {
    if (v.type === ErrorType.CYCLE) return 0; // Excel shows 0 for a circular reference (and warns)
    if (v.type === ErrorType.ERROR || v.type === ErrorType.LIC || (v.type === ErrorType.NAME && v.message.startsWith('Function name'))) {
      return new XlError(UNSUPPORTED, `HyperFormula cannot evaluate ${formula}: ${v.message}`);
    }
    return new XlError(v.value);
  }
  if (Array.isArray(v)) {
    const firstRow: unknown = v[0];
    return fromHf(Array.isArray(firstRow) ? firstRow[0] : undefined, formula);
  }
  return new XlError(UNSUPPORTED, `Unexpected HyperFormula result for ${formula}`);
}

interface Snapshot {
  hf: HyperFormula;
  formulaCells: Array<{ sheet: SheetModel; r: number; c: number; cell: Cell }>;
  env: (sheet: string | null, row: number, col: number) => TranslateEnv;
}

/** Loads the whole workbook (constants, translated formulas, names) into a new HyperFormula. */
function snapshot(model: WorkbookModel): Snapshot {
  const env = envFor(model);
  const sheets: Record<string, unknown[][]> = {};
  const formulaCells: Snapshot['formulaCells'] = [];
  for (const s of model.sheets) {
    let maxR = -1;
    let maxC = -1;
    for (const [r, c] of s.allCells()) {
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
    }
    const data: unknown[][] = [];
    for (let r = 0; r <= maxR; r++) data.push(new Array<unknown>(maxC + 1).fill(null));
    for (const [r, c, cell] of s.allCells()) {
      let translated: string | undefined;
      if (cell.formula !== undefined) {
        translated = translate(cell.formula, env(s.name, r, c));
        formulaCells.push({ sheet: s, r, c, cell });
      }
      (data[r] as unknown[])[c] = rawContent(cell, translated);
    }
    sheets[s.name] = data;
  }
  const named = model.names.map((n, i) => ({ name: nameAlias(i), expression: translate(n.formula, env(null, 0, 0)) }));
  try {
    return { hf: HyperFormula.buildFromSheets(sheets as Parameters<typeof HyperFormula.buildFromSheets>[0], HF_CONFIG, named), formulaCells, env };
  } catch (e) {
    throw officeError('DoubleUnsupported', `HyperFormula could not load the workbook: ${(e as Error).message}`);
  }
}

/** Recalculates formula cells of `model` (only those pending in manual mode when `onlyPending`). */
export function calculate(model: WorkbookModel, onlyPending: boolean): void {
  model.recalculations++;
  const { hf, formulaCells } = snapshot(model);
  try {
    for (const { sheet, r, c, cell } of formulaCells) {
      if (onlyPending && cell.pendingCalc !== true) continue;
      const id = hf.getSheetId(sheet.name);
      if (id === undefined) throw new Error(`excel-double: sheet ${sheet.name} missing in HyperFormula`);
      cell.value = fromHf(hf.getCellValue({ sheet: id, row: r, col: c }), cell.formula ?? '');
      delete cell.pendingCalc;
    }
  } finally {
    hf.destroy();
  }
}

/**
 * Evaluates a workbook-level formula (named item values). The snapshot holds the formulas
 * themselves, so this sees what a fresh full calculation would (also in manual mode).
 */
export function evaluateFormula(model: WorkbookModel, formula: string): Scalar {
  const { hf, env } = snapshot(model);
  try {
    const first = model.sheets[0];
    const id = first === undefined ? 0 : (hf.getSheetId(first.name) ?? 0);
    return fromHf(hf.calculateFormula(translate(formula, env(null, 0, 0)), id), formula);
  } finally {
    hf.destroy();
  }
}
