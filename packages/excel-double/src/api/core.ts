/**
 * Proxy-object machinery shared by every Excel class of the double: the command queue entries,
 * object paths (for payload accounting), load-option parsing, PropertyNotLoaded semantics and
 * target resolution at sync time.
 *
 * Public members of the proxy classes must exist on the real Excel type (a type-level test checks
 * this), so everything internal hangs off one symbol-keyed property.
 */
import { OfficeError, officeError, propertyNotLoaded, valueNotLoaded } from '../errors';
import { LiveRange, type NameModel, SheetModel, type WorkbookModel, type XmlPartModel } from '../model';

export const I: unique symbol = Symbol('excel-double');
/** Internal hook on ClientResult (symbol-keyed so it is not part of the public surface). */
export const STAGE: unique symbol = Symbol('excel-double-stage');

/** Resolution result standing for "null object" (`*OrNullObject` that found nothing). */
export const NULL_TARGET: unique symbol = Symbol('null-object');
export type Target = unknown;

/** Per-sync execution state. */
export interface Exec {
  model: WorkbookModel;
  ctx: ContextCore;
  /** Applied only if the whole sync succeeds (loaded values, ClientResult values, isNullObject). */
  staged: Array<() => void>;
  /** Everything that goes into the response (for the response payload limit). */
  response: unknown[];
  /** Proxies resolved during the request, with whether they turned out to be null objects. */
  touched: Map<ProxyState, boolean>;
}

export interface ScalarDef {
  get?: (target: never, x: Exec, proxy: ProxyObject) => unknown;
  /** Absent = read-only (assignment throws TypeError like Office.js getters). */
  set?: (target: never, value: unknown, x: Exec, proxy: ProxyObject) => void;
  /** Excluded from a parameterless load(). */
  noDefaultLoad?: boolean;
}

export interface CollectionDef {
  items(target: never, x: Exec): Target[];
  make(parent: ProxyObject, item: Target): ProxyObject;
}

export interface TypeDef {
  name: string;
  scalars: Record<string, ScalarDef>;
  navs: string[];
  collection?: CollectionDef;
}

export interface PathInfo {
  type: 'GlobalObject' | 'Property' | 'Method' | 'Indexer' | 'NewObject';
  name: string;
  parent: ProxyState | null;
  args: unknown[];
}

export type CommandType = 'Instantiate' | 'Query' | 'Method' | 'SetProperty' | 'Trace';

export interface Command {
  type: CommandType;
  state: ProxyState;
  name: string;
  args: unknown[];
  query?: { select: string[]; expand: string[] };
  run(x: Exec): void;
}

/** Event registrations, implemented by the double's event hub. */
export interface EventRegistry {
  register(ctx: ContextCore, owner: object, handler: (args: never) => Promise<unknown>, sheet: SheetModel | null): void;
  unregister(ctx: ContextCore, owner: object, handler: (args: never) => Promise<unknown>): void;
}

/** Double-wide services a context exposes to proxies. */
export interface HubCore {
  readonly events: EventRegistry;
  countSuspend(kind: 'api' | 'screen'): void;
}

/** What a context must provide to proxies. Implemented by RequestContext. */
export interface ContextCore {
  readonly model: WorkbookModel;
  readonly hub: HubCore;
  enqueue(cmd: Command): void;
  nextPathId(): number;
  /** Live ranges created through this context (released when an Excel.run-style batch ends). */
  trackLive(lr: LiveRange, owner: ProxyState | null): void;
}

export class ProxyState {
  readonly id: number;
  readonly values = new Map<string, unknown>();
  readonly navs = new Map<string, ProxyObject>();
  resolved: { v: Target } | undefined;
  isNull: boolean | undefined;
  /** `track()` / `trackedObjects.add()`: the object outlives its Excel.run batch. */
  tracked = false;

  constructor(
    readonly self: ProxyObject,
    readonly ctx: ContextCore,
    readonly def: TypeDef,
    readonly path: PathInfo,
    private readonly resolver: (x: Exec) => Target,
    /** Whether the first resolution is kept (Office instantiates an object path once). */
    readonly cache: boolean,
  ) {
    this.id = ctx.nextPathId();
  }

  /** Pre-resolves (objects returned by add(), items of a loaded collection). */
  preset(target: Target): void {
    this.resolved = { v: target };
  }

  resolve(x: Exec): Target {
    let v: Target;
    if (this.resolved !== undefined) {
      validateTarget(this.resolved.v, this.def.name);
      v = this.resolved.v;
    } else {
      v = this.resolver(x);
      if (this.cache) this.resolved = { v };
    }
    x.touched.set(this, v === NULL_TARGET);
    return v;
  }

  read(name: string): unknown {
    if (this.values.has(name)) return this.values.get(name);
    throw propertyNotLoaded(name);
  }

  write(name: string, value: unknown): void {
    const def = this.def.scalars[name];
    if (def?.set === undefined) throw new TypeError(`Cannot set property ${name} of ${this.def.name} which has only a getter`);
    this.values.set(name, value);
    const setter = def.set;
    this.ctx.enqueue({
      type: 'SetProperty',
      state: this,
      name,
      args: [value],
      run: (x) => {
        const t = this.resolve(x);
        if (t === NULL_TARGET) return;
        setter(t as never, value, x, this.self);
      },
    });
  }

  /** Queues a method with side effects (and optionally a result computed at sync). */
  method(name: string, args: unknown[], run: (target: never, x: Exec) => void): void {
    this.ctx.enqueue({
      type: 'Method',
      state: this,
      name,
      args,
      run: (x) => {
        const t = this.resolve(x);
        if (t === NULL_TARGET) return;
        run(t as never, x);
      },
    });
  }

  nav<P extends ProxyObject>(name: string, make: () => P): P {
    let p = this.navs.get(name);
    if (p === undefined) {
      p = make();
      this.navs.set(name, p);
    }
    return p as P;
  }

  isNullObject(): boolean {
    if (this.isNull === undefined) throw propertyNotLoaded('isNullObject');
    return this.isNull;
  }

  queueLoad(arg: unknown): void {
    const tree = parseLoadArg(arg);
    this.ctx.enqueue({
      type: 'Query',
      state: this,
      name: 'load',
      args: [],
      query: describeTree(tree),
      run: (x) => loadInto(this, tree, x),
    });
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const name of Object.keys(this.def.scalars)) if (this.values.has(name)) out[name] = this.values.get(name);
    for (const [name, child] of this.navs) {
      const j = child[I].toJSON();
      if (Object.keys(j).length > 0) out[name] = j;
    }
    if (this.values.has('items')) out.items = (this.values.get('items') as ProxyObject[]).map((p) => p[I].toJSON());
    return out;
  }

  /** Office `set(properties)`: scalar assignments and nested navigation objects, in key order. */
  applySet(properties: unknown): void {
    const src: unknown =
      properties instanceof ProxyObject ? properties[I].toJSON() : properties;
    if (typeof src !== 'object' || src === null) throw officeError('InvalidArgument', 'set() expects an object.');
    for (const [k, v] of Object.entries(src as Record<string, unknown>)) {
      if (this.def.navs.includes(k)) {
        const child = (this.self as unknown as Record<string, unknown>)[k];
        if (child instanceof ProxyObject) child[I].applySet(v);
        continue;
      }
      if (this.def.scalars[k]?.set === undefined) {
        throw officeError('InvalidArgument', `Property '${k}' cannot be set on ${this.def.name}.`);
      }
      this.write(k, v);
    }
  }

  /** Object-path record, shaped like the Office RichApi request (for payload accounting). */
  pathRecord(): Record<string, unknown> {
    return {
      Id: this.id,
      ObjectPathType: PATH_TYPES[this.path.type],
      Name: this.path.name,
      ParentObjectPathId: this.path.parent?.id,
      ArgumentInfo: { Arguments: this.path.args.map(wireArg) },
    };
  }
}

const PATH_TYPES: Record<PathInfo['type'], number> = { GlobalObject: 1, NewObject: 2, Method: 3, Property: 4, Indexer: 5 };

/** A cached target that no longer exists makes later use fail like Excel's stale objects. */
function validateTarget(v: Target, typeName: string): void {
  if (v instanceof SheetModel && v.deleted) throw officeError('ItemNotFound', 'The worksheet was deleted.', typeName);
  if (v instanceof LiveRange) {
    if (v.released) {
      throw officeError('InvalidObjectPath', 'The object was created in an Excel.run batch that has ended; call track() to use it later.', typeName);
    }
    if (v.sheet.deleted) throw officeError('ItemNotFound', 'The worksheet of this range was deleted.', typeName);
    if (!v.valid) throw officeError('InvalidReference', 'The cells of this range were deleted.', typeName);
  }
  if (typeof v === 'object' && v !== null && 'deleted' in v && (v as NameModel | XmlPartModel).deleted === true && !(v instanceof SheetModel)) {
    throw officeError('ItemNotFound', 'The object was deleted.', typeName);
  }
}

export function wireArg(a: unknown): unknown {
  if (a instanceof ProxyObject) return { _ObjectPathId: a[I].id };
  if (Array.isArray(a)) return a.map(wireArg);
  if (a instanceof Date) return a.toISOString();
  return a;
}

export abstract class ProxyObject {
  declare readonly [I]: ProxyState;

  protected constructor(ctx: ContextCore, def: TypeDef, path: PathInfo, resolver: (x: Exec) => Target, cache = true) {
    Object.defineProperty(this, I, { value: new ProxyState(this, ctx, def, path, resolver, cache), enumerable: false });
  }

  get isNullObject(): boolean {
    return this[I].isNullObject();
  }

  get context(): Excel.RequestContext {
    return this[I].ctx as unknown as Excel.RequestContext;
  }
}

/** A proxy class made the way navigation properties make them. */
export type NavigationClass<P extends ProxyObject> = new (ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) => P;

/**
 * The proxy behind a navigation property (`range.format`, `chart.title`): made once per parent and
 * resolved to the parent's target. `wireName` is the property's name in Office's request.
 */
export function navigation<P extends ProxyObject>(parent: ProxyObject, name: string, cls: NavigationClass<P>, wireName = name): P {
  const st = parent[I];
  return st.nav(name, () => new cls(st.ctx, { type: 'Property', name: wireName, parent: st, args: [] }, (x) => st.resolve(x)));
}

/**
 * A collection's member for an item already found (the `items` of a loaded collection): an
 * indexer path keyed like Office's (`key`), resolved to `item` without a lookup.
 */
export function itemProxy<P extends ProxyObject>(parent: ProxyObject, cls: NavigationClass<P>, key: unknown, item: Target): P {
  const ps = parent[I];
  const proxy = new cls(ps.ctx, { type: 'Indexer', name: '', parent: ps, args: [key] }, () => item);
  proxy[I].preset(item);
  return proxy;
}

/**
 * What a collection's `add` returns: a proxy for the item `create` makes when the queued
 * method runs (on the collection's target). Using the proxy when the add failed is
 * ItemNotFound, `what` naming the item.
 */
export function addedItem<P extends ProxyObject>(
  collection: ProxyObject,
  cls: NavigationClass<P>,
  method: string,
  args: unknown[],
  what: string,
  location: string,
  create: (target: never, x: Exec) => Target,
): P {
  const st = collection[I];
  const added = new cls(st.ctx, { type: 'Method', name: method, parent: st, args }, () => {
    throw officeError('ItemNotFound', `The ${what} was not added.`, location);
  });
  st.method(method, args, (t: never, x) => added[I].preset(create(t, x)));
  return added;
}

/**
 * Office's `load(...)` and `toJSON()`, written once for every loadable class. `TOffice` is the
 * Office.js type the class stands in for (what `load` returns, so calls chain as in Office.js),
 * `TData` its `Excel.Interfaces.*Data` shape.
 */
export abstract class LoadableProxy<TOffice, TData> extends ProxyObject {
  load(propertyNames?: string | string[] | object): TOffice {
    this[I].queueLoad(propertyNames);
    // The one place a proxy becomes its Office type; tests/office-types.test.ts holds each class to it.
    return this as unknown as TOffice;
  }

  toJSON(): TData {
    return this[I].toJSON() as TData;
  }
}

/** A loadable class that also has Office's `set(properties)` (not every Office type does). */
export abstract class SettableProxy<TOffice, TData> extends LoadableProxy<TOffice, TData> {
  set(properties: object, options?: OfficeExtension.UpdateOptions): void {
    void options; // Office's throwOnReadOnly: the double always refuses read-only properties.
    this[I].applySet(properties);
  }
}

/** Defines Office-style accessors: read throws PropertyNotLoaded until loaded or set locally. */
export function defineScalars(cls: { prototype: object }, def: TypeDef): void {
  for (const [name, d] of Object.entries(def.scalars)) {
    const desc: PropertyDescriptor = {
      configurable: true,
      enumerable: false,
      get(this: ProxyObject) {
        return this[I].read(name);
      },
    };
    if (d.set !== undefined) {
      desc.set = function (this: ProxyObject, v: unknown) {
        this[I].write(name, v);
      };
    }
    Object.defineProperty(cls.prototype, name, desc);
  }
  if (def.collection !== undefined) {
    Object.defineProperty(cls.prototype, 'items', {
      configurable: true,
      enumerable: false,
      get(this: ProxyObject) {
        return this[I].read('items');
      },
    });
  }
}

// ------------------------------------------------------------------ load options

export interface LoadTree {
  all: boolean;
  scalars: Set<string>;
  navs: Map<string, LoadTree>;
  top?: number;
  skip?: number;
}

function emptyTree(): LoadTree {
  return { all: false, scalars: new Set(), navs: new Map() };
}

function addPath(tree: LoadTree, path: string): void {
  const parts = path
    .split('/')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  let t = tree;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as string;
    if (i === parts.length - 1) {
      t.scalars.add(p);
    } else {
      let next = t.navs.get(p);
      if (next === undefined) {
        next = emptyTree();
        t.navs.set(p, next);
      }
      t = next;
    }
  }
}

function splitPaths(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return v.split(',');
  if (Array.isArray(v)) return v.flatMap((x) => (typeof x === 'string' ? x.split(',') : []));
  throw officeError('InvalidArgument', 'Invalid load option.');
}

function interfaceTree(obj: Record<string, unknown>): LoadTree {
  const tree = emptyTree();
  for (const [k, v] of Object.entries(obj)) {
    if (k === '$all') {
      if (v === true) tree.all = true;
    } else if (k === '$top' && typeof v === 'number') tree.top = v;
    else if (k === '$skip' && typeof v === 'number') tree.skip = v;
    else if (v === true) tree.scalars.add(k);
    else if (typeof v === 'object' && v !== null) tree.navs.set(k, interfaceTree(v as Record<string, unknown>));
  }
  return tree;
}

/** Accepts every form Office.js accepts: nothing, `'a, b/c'`, `['a','b']`, `{select, expand, top, skip}`, `{a: true, nav: {...}}`. */
export function parseLoadArg(arg: unknown): LoadTree {
  if (arg === undefined || arg === null) return { ...emptyTree(), all: true };
  if (typeof arg === 'string' || Array.isArray(arg)) {
    const tree = emptyTree();
    for (const p of splitPaths(arg)) if (p.trim() !== '') addPath(tree, p);
    if (tree.scalars.size === 0 && tree.navs.size === 0) tree.all = true;
    return tree;
  }
  if (typeof arg === 'object') {
    const o = arg as Record<string, unknown>;
    if ('select' in o || 'expand' in o || 'top' in o || 'skip' in o) {
      const tree = emptyTree();
      for (const p of splitPaths(o.select)) if (p.trim() !== '') addPath(tree, p);
      for (const p of splitPaths(o.expand)) {
        const parts = p.trim().split('/').filter((x) => x !== '');
        let t = tree;
        for (const part of parts) {
          let next = t.navs.get(part);
          if (next === undefined) {
            next = { ...emptyTree(), all: true };
            t.navs.set(part, next);
          }
          t = next;
        }
      }
      if (tree.scalars.size === 0 && tree.navs.size === 0) tree.all = true;
      if (typeof o.top === 'number') tree.top = o.top;
      if (typeof o.skip === 'number') tree.skip = o.skip;
      return tree;
    }
    return interfaceTree(o);
  }
  throw officeError('InvalidArgument', 'Invalid load option.');
}

function describeTree(tree: LoadTree, prefix = ''): { select: string[]; expand: string[] } {
  const select: string[] = [];
  const expand: string[] = [];
  if (tree.all) select.push(`${prefix}*`);
  for (const s of tree.scalars) select.push(prefix + s);
  for (const [n, sub] of tree.navs) {
    expand.push(prefix + n);
    const d = describeTree(sub, `${prefix}${n}/`);
    select.push(...d.select);
    expand.push(...d.expand);
  }
  return { select, expand };
}

function loadInto(state: ProxyState, tree: LoadTree, x: Exec): void {
  const def = state.def;
  const t = state.resolve(x);
  const isNull = t === NULL_TARGET;
  x.staged.push(() => {
    state.isNull = isNull;
  });
  if (def.collection !== undefined) {
    const collectionScalars = new Set(Object.keys(def.scalars));
    let itemTree = tree.navs.get('items');
    const fromTop = emptyTree();
    for (const s of tree.scalars) {
      if (s === 'items') fromTop.all = true;
      else if (!collectionScalars.has(s) && s !== 'isNullObject') fromTop.scalars.add(s);
    }
    for (const [n, sub] of tree.navs) if (n !== 'items') fromTop.navs.set(n, sub);
    if (itemTree === undefined) itemTree = fromTop;
    else {
      for (const s of fromTop.scalars) itemTree.scalars.add(s);
      if (fromTop.all) itemTree.all = true;
    }
    if (itemTree.scalars.size === 0 && itemTree.navs.size === 0) itemTree.all = true;
    for (const s of tree.scalars) {
      if (!collectionScalars.has(s)) continue;
      const v = isNull ? null : (def.scalars[s]?.get?.(t as never, x, state.self) ?? null);
      x.response.push(v);
      x.staged.push(() => state.values.set(s, v));
    }
    if (isNull) {
      x.staged.push(() => state.values.set('items', []));
      return;
    }
    let targets = def.collection.items(t as never, x);
    const skip = tree.skip ?? 0;
    targets = targets.slice(skip, tree.top === undefined ? undefined : skip + tree.top);
    const items = targets.map((it) => {
      const p = (def.collection as CollectionDef).make(state.self, it);
      loadInto(p[I], itemTree, x);
      return p;
    });
    x.staged.push(() => state.values.set('items', items));
    return;
  }
  const names = new Set<string>();
  if (tree.all) {
    for (const [n, d] of Object.entries(def.scalars)) if (d.noDefaultLoad !== true) names.add(n);
  }
  for (const s of tree.scalars) names.add(s);
  for (const n of names) {
    if (n === 'isNullObject') continue;
    if (def.navs.includes(n)) {
      const child = (state.self as unknown as Record<string, unknown>)[n];
      if (child instanceof ProxyObject) loadInto(child[I], { ...emptyTree(), all: true }, x);
      continue;
    }
    const d = def.scalars[n];
    if (d === undefined) {
      throw officeError('InvalidArgument', `The property '${n}' does not exist on ${def.name}.`, `${def.name}.load`);
    }
    if (d.get === undefined) throw new Error(`excel-double: ${def.name}.${n} has no getter`);
    const v = isNull ? null : d.get(t as never, x, state.self);
    x.response.push(v);
    x.staged.push(() => state.values.set(n, v));
  }
  for (const [n, sub] of tree.navs) {
    if (!def.navs.includes(n)) {
      throw officeError('InvalidArgument', `The navigation property '${n}' does not exist on ${def.name}.`, `${def.name}.load`);
    }
    const child = (state.self as unknown as Record<string, unknown>)[n];
    if (child instanceof ProxyObject) loadInto(child[I], sub, x);
  }
}

// ------------------------------------------------------------------ results

/** OfficeExtension.ClientResult: `value` readable only after the sync that computed it. */
export class ClientResult<T> {
  private loaded = false;
  private v: T | undefined;

  get value(): T {
    if (!this.loaded) throw valueNotLoaded();
    return this.v as T;
  }

  [STAGE](x: Exec, value: T): void {
    x.response.push(value);
    x.staged.push(() => {
      this.v = value;
      this.loaded = true;
    });
  }
}

export function ensureSameContext(ctx: ContextCore, obj: unknown, what: string): void {
  if (obj instanceof ProxyObject && obj[I].ctx !== ctx) {
    throw new OfficeError('InvalidRequestContext', `Cannot use the object across different request contexts (${what}).`);
  }
}
