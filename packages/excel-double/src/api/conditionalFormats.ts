/**
 * Range.conditionalFormats (ExcelApi 1.6) for the two kinds a budget sheet uses: a cell-value
 * rule (`cellValue.rule = { formula1, formula2?, operator }`) and a custom formula
 * (`custom.rule.formula`), each with `format.font` (bold, italic, strikethrough, color) and
 * `format.fill.color`. ConditionalFormatCollection: add (at the top priority), clearAll,
 * getCount, getItemAt, items; ConditionalFormat: id, type, priority, stopIfTrue, cellValue,
 * custom, delete. Formats are kept beside the sheet in a weak map, each with the areas it
 * covers (ruleAreas.ts), so they move with inserted and deleted rows.
 *
 * Strict where a writer could trip: the other kinds (data bars, colour scales…) are
 * DoubleUnsupported; the wrong kind's sub-object (`custom` of a cell-value format) is
 * InvalidOperation when used; an operator outside Office's list, a missing formula2 for
 * Between/NotBetween, or a formula that does not parse is InvalidArgument.
 */
import { rectToA1 } from '../a1';
import { officeError } from '../errors';
import { parseFormula } from '../formula/tokens';
import type { LiveRange, SheetModel, WorkbookModel } from '../model';
import { normalizeColor } from './colors';
import { addedItem, ClientResult, defineScalars, I, itemProxy, LoadableProxy, navigation, NULL_TARGET, ProxyObject, STAGE, type ContextCore, type Exec, type PathInfo, type Target, type TypeDef } from './core';
import { RuleAreas, RulesBySheet } from './ruleAreas';

const OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual'] as const;
type Operator = (typeof OPERATORS)[number];

interface FormatState {
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  fillColor: string | null;
}

interface ConditionalFormatState {
  id: string;
  sheet: SheetModel;
  areas: RuleAreas;
  type: 'CellValue' | 'Custom';
  cellValueRule: { formula1: string; formula2?: string; operator: Operator } | null;
  customFormula: string | null;
  format: FormatState;
  stopIfTrue: boolean;
  deleted: boolean;
}

/** Each sheet's conditional formats, highest priority (0) first. */
const formats = new RulesBySheet<ConditionalFormatState>();
let nextId = 1;

function markDeleted(f: ConditionalFormatState): void {
  f.deleted = true;
}

function prune(sheet: SheetModel, model: WorkbookModel): ConditionalFormatState[] {
  return formats.prune(sheet, model, markDeleted);
}

/** The formats that apply to some cell of the range, in priority order. */
function formatsOn(range: LiveRange, model: WorkbookModel): ConditionalFormatState[] {
  return prune(range.sheet, model).filter((f) => f.areas.overlap(range.rect) > 0);
}

/** Removes every conditional format from the cells of `rect` (clearAll, Range.clear('Formats' | 'All')). */
export function clearConditionalFormats(sheet: SheetModel, rect: LiveRange['rect'], model: WorkbookModel): void {
  formats.clear(sheet, rect, model, markDeleted);
}

// ---------------------------------------------------------------- ConditionalFormatCollection

const collectionDef: TypeDef = {
  name: 'ConditionalFormatCollection',
  navs: [],
  scalars: {},
  collection: {
    items: (t: LiveRange, x: Exec) => formatsOn(t, x.model),
    make: (parent, item) => itemProxy(parent, ConditionalFormatProxy, (item as ConditionalFormatState).id, item),
  },
};

export class ConditionalFormatCollectionProxy extends LoadableProxy<Excel.ConditionalFormatCollection, Excel.Interfaces.ConditionalFormatCollectionData> {
  declare readonly items: Excel.ConditionalFormat[];

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, collectionDef, path, resolver, false);
  }

  add(type: string): Excel.ConditionalFormat {
    const added = addedItem(this, ConditionalFormatProxy, 'Add', [type], 'conditional format', 'ConditionalFormatCollection.add', (t: LiveRange, x: Exec) => {
      if (type !== 'CellValue' && type !== 'Custom') {
        const known = ['DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText'].includes(type);
        throw officeError(known ? 'DoubleUnsupported' : 'InvalidArgument', `Conditional format type '${String(type)}' is not emulated.`, 'ConditionalFormatCollection.add');
      }
      const state: ConditionalFormatState = {
        id: `{CF-${nextId++}}`,
        sheet: t.sheet,
        areas: new RuleAreas(t.sheet),
        type,
        cellValueRule: null,
        customFormula: null,
        format: { fontColor: null, bold: null, italic: null, strikethrough: null, fillColor: null },
        stopIfTrue: false,
        deleted: false,
      };
      state.areas.add(x.model, t.rect);
      formats.of(t.sheet).unshift(state);
      return state;
    });
    return added as unknown as Excel.ConditionalFormat;
  }

  clearAll(): void {
    this[I].method('ClearAll', [], (t: LiveRange, x: Exec) => clearConditionalFormats(t.sheet, t.rect, x.model));
  }

  getCount(): OfficeExtension.ClientResult<number> {
    const result = new ClientResult<number>();
    this[I].method('GetCount', [], (t: LiveRange, x: Exec) => result[STAGE](x, formatsOn(t, x.model).length));
    return result;
  }

  getItemAt(index: number): Excel.ConditionalFormat {
    const st = this[I];
    return new ConditionalFormatProxy(st.ctx, { type: 'Method', name: 'GetItemAt', parent: st, args: [index] }, (x) => {
      const t = st.resolve(x);
      if (t === NULL_TARGET) return NULL_TARGET;
      const found = formatsOn(t as LiveRange, x.model)[index];
      if (found === undefined) throw officeError('ItemNotFound', `No conditional format at index ${index}.`, 'ConditionalFormatCollection.getItemAt');
      return found;
    }) as unknown as Excel.ConditionalFormat;
  }
}
defineScalars(ConditionalFormatCollectionProxy, collectionDef);

/** Range.conditionalFormats for a Range proxy. */
export function conditionalFormatsOf(range: ProxyObject): Excel.ConditionalFormatCollection {
  return navigation(range, 'conditionalFormats', ConditionalFormatCollectionProxy, 'ConditionalFormats') as unknown as Excel.ConditionalFormatCollection;
}

// ---------------------------------------------------------------- ConditionalFormat

function live(t: ConditionalFormatState, location: string): ConditionalFormatState {
  if (t.deleted) throw officeError('ItemNotFound', 'The conditional format was deleted.', location);
  return t;
}

const formatDef: TypeDef = {
  name: 'ConditionalFormat',
  navs: ['cellValue', 'custom'],
  scalars: {
    id: { get: (t: ConditionalFormatState) => live(t, 'ConditionalFormat.id').id },
    type: { get: (t: ConditionalFormatState) => live(t, 'ConditionalFormat.type').type },
    priority: { get: (t: ConditionalFormatState) => formats.of(live(t, 'ConditionalFormat.priority').sheet).indexOf(t) },
    stopIfTrue: {
      get: (t: ConditionalFormatState) => live(t, 'ConditionalFormat.stopIfTrue').stopIfTrue,
      set: (t: ConditionalFormatState, v: unknown) => {
        if (typeof v !== 'boolean') throw officeError('InvalidArgument', 'Expected a boolean.', 'ConditionalFormat.stopIfTrue');
        live(t, 'ConditionalFormat.stopIfTrue').stopIfTrue = v;
      },
    },
  },
};

export class ConditionalFormatProxy extends LoadableProxy<Excel.ConditionalFormat, Excel.Interfaces.ConditionalFormatData> {
  declare readonly id: string;
  declare readonly type: Excel.ConditionalFormatType;
  declare readonly priority: number;
  declare stopIfTrue: boolean;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, formatDef, path, resolver);
  }

  get cellValue(): Excel.CellValueConditionalFormat {
    return navigation(this, 'cellValue', CellValueConditionalFormatProxy, 'CellValue') as unknown as Excel.CellValueConditionalFormat;
  }

  get custom(): Excel.CustomConditionalFormat {
    return navigation(this, 'custom', CustomConditionalFormatProxy, 'Custom') as unknown as Excel.CustomConditionalFormat;
  }

  delete(): void {
    this[I].method('Delete', [], (t: ConditionalFormatState, x: Exec) => {
      live(t, 'ConditionalFormat.delete').areas.release(x.model);
      prune(t.sheet, x.model);
    });
  }
}
defineScalars(ConditionalFormatProxy, formatDef);

/** The sub-object of one kind: using `custom` of a cell-value format fails, as in Excel. */
function ofKind(resolver: (x: Exec) => Target, kind: ConditionalFormatState['type'], name: string): (x: Exec) => Target {
  return (x) => {
    const t = resolver(x);
    if (t === NULL_TARGET) return t;
    const state = live(t as ConditionalFormatState, `ConditionalFormat.${name}`);
    if (state.type !== kind) throw officeError('InvalidOperation', `A ${state.type} conditional format has no ${name} part.`, `ConditionalFormat.${name}`);
    return state;
  };
}

/** formula1/formula2: a number, or a formula starting with "=" that parses. */
function criterion(v: unknown, location: string): string {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string' || v.trim() === '') throw officeError('InvalidArgument', 'A rule formula is a number or a formula.', location);
  if (v.startsWith('=')) {
    if ('error' in parseFormula(v)) throw officeError('InvalidArgument', `Invalid formula: ${v}`, location);
    return v;
  }
  if (!Number.isFinite(Number(v))) throw officeError('InvalidArgument', `'${v}' is neither a number nor a formula.`, location);
  return v;
}

const cellValueDef: TypeDef = {
  name: 'CellValueConditionalFormat',
  navs: ['format'],
  scalars: {
    rule: {
      get: (t: ConditionalFormatState) => (t.cellValueRule === null ? { formula1: '', operator: 'Invalid' } : { ...t.cellValueRule }),
      set: (t: ConditionalFormatState, v: unknown) => {
        const location = 'CellValueConditionalFormat.rule';
        if (typeof v !== 'object' || v === null) throw officeError('InvalidArgument', 'The rule must be an object.', location);
        const given = v as { formula1?: unknown; formula2?: unknown; operator?: unknown };
        if (!OPERATORS.includes(given.operator as Operator)) throw officeError('InvalidArgument', `Unknown operator '${String(given.operator)}'.`, location);
        const operator = given.operator as Operator;
        const formula1 = criterion(given.formula1, location);
        const needsTwo = operator === 'Between' || operator === 'NotBetween';
        if (needsTwo && given.formula2 === undefined) throw officeError('InvalidArgument', `${operator} needs formula2.`, location);
        t.cellValueRule = needsTwo ? { formula1, formula2: criterion(given.formula2, location), operator } : { formula1, operator };
      },
    },
  },
};

export class CellValueConditionalFormatProxy extends ProxyObject {
  declare rule: Excel.ConditionalCellValueRule;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, cellValueDef, path, ofKind(resolver, 'CellValue', 'cellValue'), false);
  }

  get format(): Excel.ConditionalRangeFormat {
    return navigation(this, 'format', ConditionalRangeFormatProxy, 'Format') as unknown as Excel.ConditionalRangeFormat;
  }
}
defineScalars(CellValueConditionalFormatProxy, cellValueDef);

const customDef: TypeDef = { name: 'CustomConditionalFormat', navs: ['rule', 'format'], scalars: {} };

export class CustomConditionalFormatProxy extends ProxyObject {
  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, customDef, path, ofKind(resolver, 'Custom', 'custom'), false);
  }

  get rule(): Excel.ConditionalFormatRule {
    return navigation(this, 'rule', ConditionalFormatRuleProxy, 'Rule') as unknown as Excel.ConditionalFormatRule;
  }

  get format(): Excel.ConditionalRangeFormat {
    return navigation(this, 'format', ConditionalRangeFormatProxy, 'Format') as unknown as Excel.ConditionalRangeFormat;
  }
}
defineScalars(CustomConditionalFormatProxy, customDef);

const ruleDef: TypeDef = {
  name: 'ConditionalFormatRule',
  navs: [],
  scalars: {
    formula: {
      get: (t: ConditionalFormatState) => t.customFormula ?? '',
      set: (t: ConditionalFormatState, v: unknown) => {
        const location = 'ConditionalFormatRule.formula';
        if (typeof v !== 'string' || !v.startsWith('=') || 'error' in parseFormula(v)) throw officeError('InvalidArgument', 'A custom rule is a formula starting with "=".', location);
        t.customFormula = v;
      },
    },
  },
};

export class ConditionalFormatRuleProxy extends ProxyObject {
  declare formula: string;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, ruleDef, path, resolver, false);
  }
}
defineScalars(ConditionalFormatRuleProxy, ruleDef);

// ---------------------------------------------------------------- the format shown

const rangeFormatDef: TypeDef = { name: 'ConditionalRangeFormat', navs: ['font', 'fill'], scalars: {} };

export class ConditionalRangeFormatProxy extends ProxyObject {
  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, rangeFormatDef, path, resolver, false);
  }

  get font(): Excel.ConditionalRangeFont {
    return navigation(this, 'font', ConditionalRangeFontProxy, 'Font') as unknown as Excel.ConditionalRangeFont;
  }

  get fill(): Excel.ConditionalRangeFill {
    return navigation(this, 'fill', ConditionalRangeFillProxy, 'Fill') as unknown as Excel.ConditionalRangeFill;
  }
}
defineScalars(ConditionalRangeFormatProxy, rangeFormatDef);

function flag(key: 'bold' | 'italic' | 'strikethrough') {
  return {
    get: (t: ConditionalFormatState) => t.format[key] ?? false,
    set: (t: ConditionalFormatState, v: unknown) => {
      if (typeof v !== 'boolean') throw officeError('InvalidArgument', 'Expected a boolean.', `ConditionalRangeFont.${key}`);
      t.format[key] = v;
    },
  };
}

const fontDef: TypeDef = {
  name: 'ConditionalRangeFont',
  navs: [],
  scalars: {
    bold: flag('bold'),
    italic: flag('italic'),
    strikethrough: flag('strikethrough'),
    color: {
      get: (t: ConditionalFormatState) => t.format.fontColor,
      set: (t: ConditionalFormatState, v: unknown) => {
        t.format.fontColor = normalizeColor(v, 'ConditionalRangeFont.color');
      },
    },
  },
};

export class ConditionalRangeFontProxy extends ProxyObject {
  declare bold: boolean;
  declare italic: boolean;
  declare strikethrough: boolean;
  declare color: string;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, fontDef, path, resolver, false);
  }

  clear(): void {
    this[I].method('Clear', [], (t: ConditionalFormatState) => {
      t.format = { ...t.format, fontColor: null, bold: null, italic: null, strikethrough: null };
    });
  }
}
defineScalars(ConditionalRangeFontProxy, fontDef);

const fillDef: TypeDef = {
  name: 'ConditionalRangeFill',
  navs: [],
  scalars: {
    color: {
      get: (t: ConditionalFormatState) => t.format.fillColor,
      set: (t: ConditionalFormatState, v: unknown) => {
        t.format.fillColor = normalizeColor(v, 'ConditionalRangeFill.color');
      },
    },
  },
};

export class ConditionalRangeFillProxy extends ProxyObject {
  declare color: string;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, fillDef, path, resolver, false);
  }

  clear(): void {
    this[I].method('Clear', [], (t: ConditionalFormatState) => {
      t.format.fillColor = null;
    });
  }
}
defineScalars(ConditionalRangeFillProxy, fillDef);

// ---------------------------------------------------------------- inspection

export interface ConditionalFormatSnapshot {
  type: 'CellValue' | 'Custom';
  /** The cells, e.g. "C40:G40,C43:G43". */
  ranges: string;
  rule: { formula1: string; formula2?: string; operator: string } | { formula: string } | null;
  format: FormatState;
  stopIfTrue: boolean;
  /**
   * The cells the format shows on now, for a cell-value rule with constant bounds (numbers,
   * an empty cell counting as 0); null for rules the double does not evaluate.
   */
  showsOn: string[] | null;
}

/** What a test inspects: the sheet's conditional formats, highest priority first. */
export function conditionalFormatsSnapshot(sheet: SheetModel, model: WorkbookModel): ConditionalFormatSnapshot[] {
  return prune(sheet, model).map((f) => ({
    type: f.type,
    ranges: f.areas.address(),
    rule: f.type === 'CellValue' ? (f.cellValueRule === null ? null : { ...f.cellValueRule }) : f.customFormula === null ? null : { formula: f.customFormula },
    format: { ...f.format },
    stopIfTrue: f.stopIfTrue,
    showsOn: showsOn(f, model),
  }));
}

function constant(formula: string | undefined): number | null {
  if (formula === undefined) return null;
  const n = Number(formula.replace(/^=/, '').trim());
  return formula.replace(/^=/, '').trim() === '' || !Number.isFinite(n) ? null : n;
}

function showsOn(f: ConditionalFormatState, model: WorkbookModel): string[] | null {
  const rule = f.cellValueRule;
  if (f.type !== 'CellValue' || rule === null) return null;
  const a = constant(rule.formula1);
  const b = rule.formula2 === undefined ? 0 : constant(rule.formula2);
  if (a === null || b === null) return null;
  const hits: string[] = [];
  for (const rect of f.areas.rects()) {
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const value = model.valueAt(f.sheet, r, c);
        const n = value === null ? 0 : typeof value === 'number' ? value : null;
        if (n !== null && compare(rule.operator, n, a, b)) hits.push(rectToA1({ r0: r, c0: c, r1: r, c1: c }));
      }
    }
  }
  return hits;
}

function compare(operator: Operator, n: number, a: number, b: number): boolean {
  const [low, high] = a <= b ? [a, b] : [b, a];
  switch (operator) {
    case 'Between':
      return n >= low && n <= high;
    case 'NotBetween':
      return n < low || n > high;
    case 'EqualTo':
      return n === a;
    case 'NotEqualTo':
      return n !== a;
    case 'GreaterThan':
      return n > a;
    case 'LessThan':
      return n < a;
    case 'GreaterThanOrEqual':
      return n >= a;
    case 'LessThanOrEqual':
      return n <= a;
  }
}
