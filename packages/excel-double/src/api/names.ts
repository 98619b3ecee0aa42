/**
 * NamedItemCollection and NamedItem: workbook-scoped names referring to a range or a formula.
 */
import { qualifiedAddress } from '../a1';
import { evaluateFormula } from '../calc';
import { officeError } from '../errors';
import { qualifyFormula } from '../formula/adjust';
import { referencedSheets } from '../formula/tokens';
import { normalizeFormula, XlError } from '../input';
import { LiveRange, type NameModel, type WorkbookModel } from '../model';
import { addedItem, defineScalars, ensureSameContext, I, itemProxy, LoadableProxy, NULL_TARGET, ProxyObject, SettableProxy, type ContextCore, type Exec, type PathInfo, type Target, type TypeDef } from './core';
import { apiValue, derivedRange, instantiate, RangeProxy } from './range';
import { bool, result } from './arguments';

function nameFormula(x: Exec, reference: unknown, location: string): string {
  if (reference instanceof RangeProxy) {
    const t = reference[I].resolve(x);
    if (t === NULL_TARGET) throw officeError('InvalidArgument', 'The range is a null object.', location);
    const lr = t as LiveRange;
    return '=' + qualifiedAddress(lr.sheet.name, lr.rect, true);
  }
  if (typeof reference !== 'string' || reference.trim() === '') throw officeError('InvalidArgument', 'The reference must be a Range or a formula.', location);
  const text = reference.startsWith('=') ? reference : `=${reference}`;
  const normalized = normalizeFormula(text);
  if (normalized === null) throw officeError('InvalidArgument', `Invalid reference '${reference}'.`, location);
  // Excel takes a sheet it does not have for an external workbook and refuses the name.
  const missing = referencedSheets(normalized).find((sheet) => x.model.findSheetByName(sheet) === undefined);
  if (missing !== undefined) throw officeError('InvalidArgument', `The name refers to a sheet that does not exist: '${missing}'.`, location);
  // Workbook names always carry sheet-qualified references; Excel qualifies with the active sheet.
  return qualifyFormula(normalized, x.model.activeSheet.name);
}

function nameType(x: Exec, n: NameModel): string {
  if (x.model.nameRange(n) !== null) return 'Range';
  const v = evaluateFormula(x.model, n.formula);
  if (v instanceof XlError) return 'Error';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'number') return 'Double';
  return 'String';
}

function nameValue(x: Exec, n: NameModel): unknown {
  if (x.model.nameRange(n) !== null) return n.formula.slice(1);
  return apiValue(evaluateFormula(x.model, n.formula));
}

const namedItemDef: TypeDef = {
  name: 'NamedItem',
  navs: [],
  scalars: {
    name: { get: (t: NameModel) => t.name },
    formula: {
      get: (t: NameModel) => t.formula,
      set: (t: NameModel, v, x) => x.model.setNameFormula(t, nameFormula(x, v, 'NamedItem.formula')),
    },
    comment: {
      get: (t: NameModel) => t.comment,
      set: (t: NameModel, v) => {
        if (typeof v !== 'string') throw officeError('InvalidArgument', 'The comment must be a string.', 'NamedItem.comment');
        t.comment = v;
      },
    },
    visible: { get: (t: NameModel) => t.visible, set: (t: NameModel, v) => void (t.visible = bool(v, 'NamedItem.visible')) },
    scope: { get: () => 'Workbook' },
    type: { get: (t: NameModel, x: Exec) => nameType(x, t) },
    value: { get: (t: NameModel, x: Exec) => nameValue(x, t) },
  },
};

export class NamedItemProxy extends SettableProxy<Excel.NamedItem, Excel.Interfaces.NamedItemData> {
  declare readonly name: string;
  declare formula: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- Office's own type
  declare comment: string;
  declare visible: boolean;
  declare readonly scope: Excel.NamedItemScope | 'Worksheet' | 'Workbook';
  declare readonly type: Excel.NamedItemType | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Range' | 'Error' | 'Array';
  declare readonly value: any; // eslint-disable-line @typescript-eslint/no-explicit-any

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, namedItemDef, path, resolver);
  }

  delete(): void {
    this[I].method('Delete', [], (t: NameModel, x) => x.model.deleteName(t));
  }

  getRange(): Excel.Range {
    return derivedRange(this, 'GetRange', [], (t: NameModel, x) => {
      const r = x.model.nameRange(t);
      if (r === null) throw officeError('InvalidArgument', `The name '${t.name}' does not refer to a range.`, 'NamedItem.getRange');
      return r;
    }) as unknown as Excel.Range;
  }

  getRangeOrNullObject(): Excel.Range {
    return derivedRange(this, 'GetRangeOrNullObject', [], (t: NameModel, x) => x.model.nameRange(t) ?? NULL_TARGET, true) as unknown as Excel.Range;
  }
}
defineScalars(NamedItemProxy, namedItemDef);

function nameFrom(parent: ProxyObject, name: string, args: unknown[], compute: (m: WorkbookModel) => NameModel | typeof NULL_TARGET, orNull = false): Excel.NamedItem {
  const ps = parent[I];
  const p = new NamedItemProxy(ps.ctx, { type: 'Method', name, parent: ps, args }, (x) => {
    const t = ps.resolve(x);
    return t === NULL_TARGET ? NULL_TARGET : compute(t as WorkbookModel);
  });
  if (orNull) instantiate(p);
  return p as unknown as Excel.NamedItem;
}

/** Queues NamedItemCollection.add/addFormulaLocal; the returned proxy is the new name. */
function addNamed(names: ProxyObject, method: string, name: string, reference: unknown, comment?: string): Excel.NamedItem {
  ensureSameContext(names[I].ctx, reference, `NamedItemCollection.${method}`);
  const p = addedItem(names, NamedItemProxy, method, [name, reference, comment], 'name', 'NamedItemCollection.add', (m: WorkbookModel, x) =>
    m.addName(name, nameFormula(x, reference, 'NamedItemCollection.add'), comment),
  );
  return p as unknown as Excel.NamedItem;
}

const namesDef: TypeDef = {
  name: 'NamedItemCollection',
  navs: [],
  scalars: {},
  collection: {
    items: (m: WorkbookModel) => [...m.names],
    make: (parent, item) => itemProxy(parent, NamedItemProxy, (item as NameModel).name, item),
  },
};

export class NamedItemCollectionProxy extends LoadableProxy<Excel.NamedItemCollection, Excel.Interfaces.NamedItemCollectionData> {
  declare readonly items: Excel.NamedItem[];

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, namesDef, path, resolver, false);
  }

  add(name: string, reference: Excel.Range | string, comment?: string): Excel.NamedItem {
    return addNamed(this, 'Add', name, reference, comment);
  }

  addFormulaLocal(name: string, formula: string, comment?: string): Excel.NamedItem {
    return addNamed(this, 'AddFormulaLocal', name, formula, comment);
  }

  getItem(name: string): Excel.NamedItem {
    return nameFrom(this, 'GetItem', [name], (m) => {
      const n = typeof name === 'string' ? m.findName(name) : undefined;
      if (n === undefined) throw officeError('ItemNotFound', `The name '${String(name)}' does not exist.`, 'NamedItemCollection.getItem');
      return n;
    });
  }

  getItemOrNullObject(name: string): Excel.NamedItem {
    return nameFrom(this, 'GetItemOrNullObject', [name], (m) => (typeof name === 'string' ? m.findName(name) : undefined) ?? NULL_TARGET, true);
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return result(this, 'GetCount', [], (m: WorkbookModel) => m.names.length);
  }
}
defineScalars(NamedItemCollectionProxy, namesDef);
