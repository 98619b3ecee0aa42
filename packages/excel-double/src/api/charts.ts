/**
 * Worksheet.charts, as far as the budget overview's chart needs it: ChartCollection (add,
 * getItem, getItemOrNullObject, count), Chart (name, chartType, title, legend, series,
 * setPosition, delete), ChartTitle, ChartLegend, ChartSeriesCollection (getItemAt, add,
 * count) and ChartSeries (name, setValues, setXAxisValues). Charts are kept beside the
 * sheet in a weak map; a series' ranges are live ranges, so they move with inserted rows.
 * Nothing is drawn: tests read what a chart shows from `chartsSnapshot`.
 */
import { qualifiedAddress, type Rect } from '../a1';
import { officeError } from '../errors';
import type { LiveRange, SheetModel } from '../model';
import { addedItem, defineScalars, ensureSameContext, I, navigation, NULL_TARGET, ProxyObject, type ContextCore, type Exec, type PathInfo, type Target, type TypeDef } from './core';
import { instantiate, rangeArg } from './range';

interface SeriesState {
  name: string;
  values: LiveRange | null;
  xValues: LiveRange | null;
}

interface ChartState {
  sheet: SheetModel;
  name: string;
  chartType: string;
  title: string;
  legendPosition: string;
  legendVisible: boolean;
  position: { start: string; end: string } | null;
  series: SeriesState[];
  deleted: boolean;
}

/** The chart types the double accepts: Excel's names for the common ones. */
const CHART_TYPES = ['ColumnClustered', 'ColumnStacked', 'BarClustered', 'BarStacked', 'Line', 'LineMarkers', 'Pie', 'Area', 'XYScatter'];
const LEGEND_POSITIONS = ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom', 'Invalid'];

const charts = new WeakMap<SheetModel, ChartState[]>();

function chartsOfSheet(sheet: SheetModel): ChartState[] {
  let list = charts.get(sheet);
  if (list === undefined) {
    list = [];
    charts.set(sheet, list);
  }
  return list;
}

// ---------------------------------------------------------------- ChartCollection

const collectionDef: TypeDef = { name: 'ChartCollection', navs: [], scalars: { count: { get: (t: SheetModel) => chartsOfSheet(t).length } } };

export class ChartCollectionProxy extends ProxyObject {
  declare readonly count: number;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, collectionDef, path, resolver, false);
  }

  add(type: string, sourceData: unknown, seriesBy?: string): Excel.Chart {
    ensureSameContext(this[I].ctx, sourceData, 'ChartCollection.add');
    const chart = addedItem(this, ChartProxy, 'Add', [type, sourceData, seriesBy], 'chart', 'ChartCollection.add', (s: SheetModel, x) => {
      if (!CHART_TYPES.includes(type)) throw officeError('InvalidArgument', `Unsupported chart type '${String(type)}'.`, 'ChartCollection.add');
      if (seriesBy !== undefined && seriesBy !== 'Auto' && seriesBy !== 'Rows' && seriesBy !== 'Columns') throw officeError('InvalidArgument', 'seriesBy must be Auto, Rows or Columns.', 'ChartCollection.add');
      const rect = rangeArg(sourceData, x, 'ChartCollection.add', s);
      const list = chartsOfSheet(s);
      const byRows = seriesBy === 'Rows' || ((seriesBy ?? 'Auto') === 'Auto' && rect.c1 - rect.c0 >= rect.r1 - rect.r0);
      const series = lines(rect, byRows).map((r, i) => ({ name: `Series${i + 1}`, values: x.model.live(s, r), xValues: null }));
      const state: ChartState = { sheet: s, name: `Chart ${list.length + 1}`, chartType: type, title: '', legendPosition: 'Right', legendVisible: true, position: null, series, deleted: false };
      list.push(state);
      return state;
    });
    return chart as unknown as Excel.Chart;
  }

  getItem(name: string): Excel.Chart {
    return findChart(this, 'GetItem', name, false);
  }

  getItemOrNullObject(name: string): Excel.Chart {
    return findChart(this, 'GetItemOrNullObject', name, true);
  }
}
defineScalars(ChartCollectionProxy, collectionDef);

/** Outside the class: the proxy carries Office's members only. */
function findChart(collection: ProxyObject, method: string, name: string, orNull: boolean): Excel.Chart {
  const st = collection[I];
  const chart = new ChartProxy(st.ctx, { type: 'Method', name: method, parent: st, args: [name] }, (x) => {
    const t = st.resolve(x);
    if (t === NULL_TARGET) return NULL_TARGET;
    const found = chartsOfSheet(t as SheetModel).find((c) => c.name === name);
    if (found !== undefined) return found;
    if (orNull) return NULL_TARGET;
    throw officeError('ItemNotFound', `The chart '${String(name)}' does not exist.`, `ChartCollection.${method}`);
  });
  if (orNull) instantiate(chart);
  return chart as unknown as Excel.Chart;
}

/** One rectangle per row (or column) of the source. */
function lines(rect: Rect, byRows: boolean): Rect[] {
  const out: Rect[] = [];
  if (byRows) for (let r = rect.r0; r <= rect.r1; r++) out.push({ r0: r, c0: rect.c0, r1: r, c1: rect.c1 });
  else for (let c = rect.c0; c <= rect.c1; c++) out.push({ r0: rect.r0, c0: c, r1: rect.r1, c1: c });
  return out;
}

// ---------------------------------------------------------------- Chart

const chartDef: TypeDef = {
  name: 'Chart',
  navs: ['title', 'legend', 'series'],
  scalars: {
    name: {
      get: (t: ChartState) => t.name,
      set: (t: ChartState, v) => {
        if (typeof v !== 'string' || v === '') throw officeError('InvalidArgument', 'A chart name is non-empty text.', 'Chart.name');
        if (chartsOfSheet(t.sheet).some((c) => c !== t && c.name === v)) throw officeError('InvalidArgument', `A chart named '${v}' already exists.`, 'Chart.name');
        t.name = v;
      },
    },
    chartType: { get: (t: ChartState) => t.chartType },
  },
};

export class ChartProxy extends ProxyObject {
  declare name: string;
  declare readonly chartType: string;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, chartDef, path, resolver);
  }

  get title(): Excel.ChartTitle {
    return navigation(this, 'title', ChartTitleProxy) as unknown as Excel.ChartTitle;
  }

  get legend(): Excel.ChartLegend {
    return navigation(this, 'legend', ChartLegendProxy) as unknown as Excel.ChartLegend;
  }

  get series(): Excel.ChartSeriesCollection {
    return navigation(this, 'series', ChartSeriesCollectionProxy) as unknown as Excel.ChartSeriesCollection;
  }

  setPosition(startCell: unknown, endCell?: unknown): void {
    ensureSameContext(this[I].ctx, startCell, 'Chart.setPosition');
    this[I].method('SetPosition', [startCell, endCell], (t: ChartState, x) => {
      const start = rangeArg(startCell, x, 'Chart.setPosition', t.sheet);
      const end = endCell === undefined ? start : rangeArg(endCell, x, 'Chart.setPosition', t.sheet);
      t.position = { start: qualifiedAddress(t.sheet.name, start, false), end: qualifiedAddress(t.sheet.name, end, false) };
    });
  }

  delete(): void {
    this[I].method('Delete', [], (t: ChartState, x) => {
      const list = chartsOfSheet(t.sheet);
      list.splice(list.indexOf(t), 1);
      for (const s of t.series) for (const r of [s.values, s.xValues]) if (r !== null) x.model.release(r);
      t.deleted = true;
    });
  }
}
defineScalars(ChartProxy, chartDef);

const titleDef: TypeDef = {
  name: 'ChartTitle',
  navs: [],
  scalars: {
    text: {
      get: (t: ChartState) => t.title,
      set: (t: ChartState, v) => {
        if (typeof v !== 'string') throw officeError('InvalidArgument', 'A chart title is text.', 'ChartTitle.text');
        t.title = v;
      },
    },
  },
};

export class ChartTitleProxy extends ProxyObject {
  declare text: string;
  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, titleDef, path, resolver, false);
  }
}
defineScalars(ChartTitleProxy, titleDef);

const legendDef: TypeDef = {
  name: 'ChartLegend',
  navs: [],
  scalars: {
    position: {
      get: (t: ChartState) => t.legendPosition,
      set: (t: ChartState, v) => {
        if (typeof v !== 'string' || !LEGEND_POSITIONS.includes(v)) throw officeError('InvalidArgument', `Unsupported legend position '${String(v)}'.`, 'ChartLegend.position');
        t.legendPosition = v;
      },
    },
    visible: {
      get: (t: ChartState) => t.legendVisible,
      set: (t: ChartState, v) => {
        if (typeof v !== 'boolean') throw officeError('InvalidArgument', 'Expected a boolean.', 'ChartLegend.visible');
        t.legendVisible = v;
      },
    },
  },
};

export class ChartLegendProxy extends ProxyObject {
  declare position: string;
  declare visible: boolean;
  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, legendDef, path, resolver, false);
  }
}
defineScalars(ChartLegendProxy, legendDef);

// ---------------------------------------------------------------- series

const seriesCollectionDef: TypeDef = { name: 'ChartSeriesCollection', navs: [], scalars: { count: { get: (t: ChartState) => t.series.length } } };

export class ChartSeriesCollectionProxy extends ProxyObject {
  declare readonly count: number;
  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, seriesCollectionDef, path, resolver, false);
  }

  getItemAt(index: number): Excel.ChartSeries {
    const st = this[I];
    return new ChartSeriesProxy(st.ctx, { type: 'Method', name: 'GetItemAt', parent: st, args: [index] }, (x) => {
      const chart = st.resolve(x) as ChartState;
      const series = chart.series[index];
      if (series === undefined) throw officeError('ItemNotFound', `The chart has no series ${index}.`, 'ChartSeriesCollection.getItemAt');
      return series;
    }) as unknown as Excel.ChartSeries;
  }

  add(name?: string): Excel.ChartSeries {
    const series = addedItem(this, ChartSeriesProxy, 'Add', [name], 'series', 'ChartSeriesCollection.add', (t: ChartState) => {
      const state: SeriesState = { name: name ?? `Series${t.series.length + 1}`, values: null, xValues: null };
      t.series.push(state);
      return state;
    });
    return series as unknown as Excel.ChartSeries;
  }
}
defineScalars(ChartSeriesCollectionProxy, seriesCollectionDef);

const seriesDef: TypeDef = {
  name: 'ChartSeries',
  navs: [],
  scalars: {
    name: {
      get: (t: SeriesState) => t.name,
      set: (t: SeriesState, v) => {
        if (typeof v !== 'string') throw officeError('InvalidArgument', 'A series name is text.', 'ChartSeries.name');
        t.name = v;
      },
    },
  },
};

export class ChartSeriesProxy extends ProxyObject {
  declare name: string;
  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, seriesDef, path, resolver);
  }

  setValues(sourceData: unknown): void {
    setSeriesRange(this, 'SetValues', 'values', sourceData);
  }

  setXAxisValues(sourceData: unknown): void {
    setSeriesRange(this, 'SetXAxisValues', 'xValues', sourceData);
  }
}
defineScalars(ChartSeriesProxy, seriesDef);

/** A series' data: a range of the chart's sheet (ExcelApi 1.7), kept live. */
function setSeriesRange(proxy: ProxyObject, method: string, field: 'values' | 'xValues', sourceData: unknown): void {
  ensureSameContext(proxy[I].ctx, sourceData, `ChartSeries.${method}`);
  const st = proxy[I];
  const owner = st.path.parent;
  st.method(method, [sourceData], (t: SeriesState, x) => {
    const chart = owner?.resolve(x) as ChartState | undefined;
    if (chart === undefined) throw officeError('InvalidArgument', 'The series has no chart.', `ChartSeries.${method}`);
    const rect = rangeArg(sourceData, x, `ChartSeries.${method}`, chart.sheet);
    const old = t[field];
    if (old !== null) x.model.release(old);
    t[field] = x.model.live(chart.sheet, rect);
  });
}

/** Worksheet.charts for a worksheet proxy. */
export function chartsOf(worksheet: ProxyObject): Excel.ChartCollection {
  return navigation(worksheet, 'charts', ChartCollectionProxy) as unknown as Excel.ChartCollection;
}

export interface ChartSnapshot {
  name: string;
  chartType: string;
  title: string;
  legend: { position: string; visible: boolean };
  position: { start: string; end: string } | null;
  series: { name: string; values: string | null; xValues: string | null }[];
}

/** What a test inspects: each chart of the sheet with its series as addresses (null when unset or deleted). */
export function chartsSnapshot(sheet: SheetModel): ChartSnapshot[] {
  const address = (r: LiveRange | null): string | null => (r === null || !r.valid ? null : qualifiedAddress(r.sheet.name, r.rect, true));
  return chartsOfSheet(sheet).map((c) => ({
    name: c.name,
    chartType: c.chartType,
    title: c.title,
    legend: { position: c.legendPosition, visible: c.legendVisible },
    position: c.position,
    series: c.series.map((s) => ({ name: s.name, values: address(s.values), xValues: address(s.xValues) })),
  }));
}
