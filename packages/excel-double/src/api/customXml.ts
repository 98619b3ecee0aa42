/**
 * CustomXmlPartCollection, CustomXmlPartScopedCollection and CustomXmlPart.
 */
import { officeError } from '../errors';
import type { WorkbookModel, XmlPartModel } from '../model';
import { addedItem, defineScalars, I, itemProxy, LoadableProxy, NULL_TARGET, ProxyObject, type ContextCore, type Exec, type PathInfo, type Target, type TypeDef } from './core';
import { instantiate } from './range';
import { result } from './arguments';

const xmlPartDef: TypeDef = {
  name: 'CustomXmlPart',
  navs: [],
  scalars: {
    id: { get: (p: XmlPartModel) => p.id },
    namespaceUri: { get: (p: XmlPartModel) => p.namespaceUri },
  },
};

export class CustomXmlPartProxy extends LoadableProxy<Excel.CustomXmlPart, Excel.Interfaces.CustomXmlPartData> {
  declare readonly id: string;
  declare readonly namespaceUri: string;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, xmlPartDef, path, resolver);
  }

  delete(): void {
    this[I].method('Delete', [], (p: XmlPartModel, x) => x.model.deleteXmlPart(p));
  }

  getXml(): OfficeExtension.ClientResult<string> {
    return result(this, 'GetXml', [], (p: XmlPartModel) => p.xml);
  }

  setXml(xml: string): void {
    this[I].method('SetXml', [xml], (p: XmlPartModel, x) => x.model.setXml(p, xml));
  }
}
defineScalars(CustomXmlPartProxy, xmlPartDef);

function partProxy(parent: ProxyObject, name: string, args: unknown[], compute: (t: never, x: Exec) => XmlPartModel | typeof NULL_TARGET, orNull = false): Excel.CustomXmlPart {
  const ps = parent[I];
  const p = new CustomXmlPartProxy(ps.ctx, { type: 'Method', name, parent: ps, args }, (x) => {
    const t = ps.resolve(x);
    return t === NULL_TARGET ? NULL_TARGET : compute(t as never, x);
  });
  if (orNull) instantiate(p);
  return p;
}

function makePartItem(parent: ProxyObject, item: Target): ProxyObject {
  return itemProxy(parent, CustomXmlPartProxy, (item as XmlPartModel).id, item);
}

const xmlPartsDef: TypeDef = {
  name: 'CustomXmlPartCollection',
  navs: [],
  scalars: {},
  collection: { items: (m: WorkbookModel) => [...m.xmlParts], make: makePartItem },
};

interface ScopedXml {
  model: WorkbookModel;
  ns: string;
}

const scopedXmlDef: TypeDef = {
  name: 'CustomXmlPartScopedCollection',
  navs: [],
  scalars: {},
  collection: { items: (s: ScopedXml) => s.model.xmlParts.filter((p) => p.namespaceUri === s.ns), make: makePartItem },
};

export class CustomXmlPartScopedCollectionProxy extends LoadableProxy<Excel.CustomXmlPartScopedCollection, Excel.Interfaces.CustomXmlPartScopedCollectionData> {
  declare readonly items: Excel.CustomXmlPart[];

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, scopedXmlDef, path, resolver, false);
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return result(this, 'GetCount', [], (s: ScopedXml) => s.model.xmlParts.filter((p) => p.namespaceUri === s.ns).length);
  }

  getItem(id: string): Excel.CustomXmlPart {
    return partProxy(this, 'GetItem', [id], (s: ScopedXml) => {
      const p = s.model.xmlParts.find((q) => q.id === id && q.namespaceUri === s.ns);
      if (p === undefined) throw officeError('ItemNotFound', `No custom XML part '${id}' in this namespace.`, 'CustomXmlPartScopedCollection.getItem');
      return p;
    });
  }

  getItemOrNullObject(id: string): Excel.CustomXmlPart {
    return partProxy(this, 'GetItemOrNullObject', [id], (s: ScopedXml) => s.model.xmlParts.find((q) => q.id === id && q.namespaceUri === s.ns) ?? NULL_TARGET, true);
  }

  getOnlyItem(): Excel.CustomXmlPart {
    return partProxy(this, 'GetOnlyItem', [], (s: ScopedXml) => {
      const list = s.model.xmlParts.filter((p) => p.namespaceUri === s.ns);
      if (list.length !== 1) throw officeError('InvalidOperation', `Expected exactly one custom XML part, found ${list.length}.`, 'CustomXmlPartScopedCollection.getOnlyItem');
      return list[0] as XmlPartModel;
    });
  }

  getOnlyItemOrNullObject(): Excel.CustomXmlPart {
    return partProxy(
      this,
      'GetOnlyItemOrNullObject',
      [],
      (s: ScopedXml) => {
        const list = s.model.xmlParts.filter((p) => p.namespaceUri === s.ns);
        return list.length === 1 ? (list[0] as XmlPartModel) : NULL_TARGET;
      },
      true,
    );
  }
}
defineScalars(CustomXmlPartScopedCollectionProxy, scopedXmlDef);

export class CustomXmlPartCollectionProxy extends LoadableProxy<Excel.CustomXmlPartCollection, Excel.Interfaces.CustomXmlPartCollectionData> {
  declare readonly items: Excel.CustomXmlPart[];

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, xmlPartsDef, path, resolver, false);
  }

  add(xml: string): Excel.CustomXmlPart {
    return addedItem(this, CustomXmlPartProxy, 'Add', [xml], 'custom XML part', 'CustomXmlPartCollection.add', (m: WorkbookModel) => m.addXmlPart(xml));
  }

  getByNamespace(namespaceUri: string): Excel.CustomXmlPartScopedCollection {
    const st = this[I];
    return new CustomXmlPartScopedCollectionProxy(st.ctx, { type: 'Method', name: 'GetByNamespace', parent: st, args: [namespaceUri] }, (x) => {
      const t = st.resolve(x);
      if (t === NULL_TARGET) return NULL_TARGET;
      if (typeof namespaceUri !== 'string') throw officeError('InvalidArgument', 'The namespace must be a string.', 'CustomXmlPartCollection.getByNamespace');
      return { model: t as WorkbookModel, ns: namespaceUri } satisfies ScopedXml;
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return result(this, 'GetCount', [], (m: WorkbookModel) => m.xmlParts.length);
  }

  getItem(id: string): Excel.CustomXmlPart {
    return partProxy(this, 'GetItem', [id], (m: WorkbookModel) => {
      const p = m.xmlParts.find((q) => q.id === id);
      if (p === undefined) throw officeError('ItemNotFound', `No custom XML part '${id}'.`, 'CustomXmlPartCollection.getItem');
      return p;
    });
  }

  getItemOrNullObject(id: string): Excel.CustomXmlPart {
    return partProxy(this, 'GetItemOrNullObject', [id], (m: WorkbookModel) => m.xmlParts.find((q) => q.id === id) ?? NULL_TARGET, true);
  }
}
defineScalars(CustomXmlPartCollectionProxy, xmlPartsDef);
