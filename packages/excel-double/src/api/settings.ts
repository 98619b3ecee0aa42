/**
 * SettingCollection and Setting: the document's settings, stored as JSON text under a size cap.
 */
import { officeError } from '../errors';
import type { WorkbookModel } from '../model';
import { addedItem, defineScalars, I, itemProxy, LoadableProxy, NULL_TARGET, ProxyObject, SettableProxy, type ContextCore, type Exec, type PathInfo, type Target, type TypeDef } from './core';
import { instantiate } from './range';
import { result } from './arguments';

function existingKey(x: Exec, key: string, location: string): string {
  if (!x.model.settings.has(key)) throw officeError('ItemNotFound', `The setting '${key}' does not exist.`, location);
  return key;
}

const settingDef: TypeDef = {
  name: 'Setting',
  navs: [],
  scalars: {
    key: { get: (t: string, x: Exec) => existingKey(x, t, 'Setting.key') },
    value: {
      get: (t: string, x: Exec) => JSON.parse(x.model.settings.get(existingKey(x, t, 'Setting.value')) as string) as unknown,
      set: (t: string, v, x) => x.model.setSetting(existingKey(x, t, 'Setting.value'), v, 'Setting.value'),
    },
  },
};

export class SettingProxy extends SettableProxy<Excel.Setting, Excel.Interfaces.SettingData> {
  declare readonly key: string;
  declare value: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- Office's own type

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, settingDef, path, resolver);
  }

  delete(): void {
    this[I].method('Delete', [], (t: string, x) => {
      x.model.settings.delete(existingKey(x, t, 'Setting.delete'));
    });
  }
}
defineScalars(SettingProxy, settingDef);

function settingFrom(settings: ProxyObject, name: string, key: string, orNull: boolean): Excel.Setting {
  const ps = settings[I];
  const p = new SettingProxy(ps.ctx, { type: 'Method', name, parent: ps, args: [key] }, (x) => {
    const t = ps.resolve(x);
    if (t === NULL_TARGET) return NULL_TARGET;
    if (x.model.settings.has(key)) return key;
    if (orNull) return NULL_TARGET;
    throw officeError('ItemNotFound', `The setting '${key}' does not exist.`, 'SettingCollection.getItem');
  });
  if (orNull) instantiate(p);
  return p;
}

const settingsDef: TypeDef = {
  name: 'SettingCollection',
  navs: [],
  scalars: {},
  collection: {
    items: (m: WorkbookModel) => [...m.settings.keys()],
    make: (parent, item) => itemProxy(parent, SettingProxy, item, item),
  },
};

export class SettingCollectionProxy extends LoadableProxy<Excel.SettingCollection, Excel.Interfaces.SettingCollectionData> {
  declare readonly items: Excel.Setting[];

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, settingsDef, path, resolver, false);
  }

  add(key: string, value: unknown): Excel.Setting {
    return addedItem(this, SettingProxy, 'Add', [key, value], 'setting', 'SettingCollection.add', (m: WorkbookModel) => {
      m.setSetting(key, value, 'SettingCollection.add');
      return key;
    });
  }

  getItem(key: string): Excel.Setting {
    return settingFrom(this, 'GetItem', key, false);
  }

  getItemOrNullObject(key: string): Excel.Setting {
    return settingFrom(this, 'GetItemOrNullObject', key, true);
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return result(this, 'GetCount', [], (m: WorkbookModel) => m.settings.size);
  }
}
defineScalars(SettingCollectionProxy, settingsDef);
