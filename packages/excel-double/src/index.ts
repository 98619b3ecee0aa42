/**
 * In-memory Excel double for testing Office.js code without Excel.
 *
 *   const double = createExcelDouble();
 *   await double.run(async (context) => { ... });          // like Excel.run
 *   const ctx = double.context as unknown as Excel.RequestContext;
 *
 * Test-only helpers live under `double.user` (edits "typed" by a person: trigger events with
 * triggerSource "Unknown") and `double.inspect` (snapshots that bypass the proxy layer).
 * See the package README.md for the semantics and every known difference from Excel.
 */
import { parseAddress, qualifiedAddress, lettersToCol, MAX_COLS, MAX_ROWS, rectToA1, colToLetters, type Rect } from './a1';
import { calculate } from './calc';
import { OfficeError, officeError } from './errors';
import { parseInput } from './input';
import { type ChangeRecord, type Fmt, type SheetModel, utf8Length, WorkbookModel } from './model';
import { formatValue } from './numfmt';
import { describeCommand, RequestContext, type RequestExecutor } from './api/context';
import { I, ProxyObject, type Command, type Exec, type ProxyState, wireArg } from './api/core';
import { EventHub } from './api/events';
import { pageSetupSnapshot, type HeaderFooterState } from './api/pageSetup';
import { chartsSnapshot, type ChartSnapshot } from './api/charts';
import { pageBreaksSnapshot } from './api/pageBreaks';
import { conditionalFormatsSnapshot, type ConditionalFormatSnapshot } from './api/conditionalFormats';
import { dataValidationsSnapshot, type DataValidationSnapshot } from './api/dataValidation';
import { apiValue, cellFormula, cellText, DEFAULT_FONT } from './api/range';

export { OfficeError, type OfficeErrorCode } from './errors';
export { RequestContext } from './api/context';

export interface ExcelDoubleOptions {
  /** Initial worksheet names, in order. Default `['Sheet1']`. */
  sheets?: string[];
  /** Request payload limit in bytes. Default 5,000,000 ("5MB" in Microsoft's docs, read as the stricter decimal MB). */
  payloadLimitBytes?: number;
  /** Response payload limit in bytes. Default 5,000,000. */
  responseLimitBytes?: number;
  /** Limit for the document's settings (JSON, UTF-8). Default 2,000,000. */
  settingsLimitBytes?: number;
}

export interface RequestStat {
  commands: number;
  bytes: number;
  responseBytes: number;
  /** Error code when the request failed. */
  failed?: string;
}

export interface DoubleStats {
  /** Requests sent to "Excel" (sync() calls with a non-empty queue). */
  syncs: number;
  /** Every sync() call, including empty ones that Office.js answers locally. */
  syncCalls: number;
  /** Commands (actions) in all requests, including implicit *OrNullObject instantiations. */
  commands: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  requests: RequestStat[];
  suspendApiCalculation: number;
  suspendScreenUpdating: number;
  /** Full or partial recalculations run by the double. */
  recalculations: number;
}

export interface FormatSnapshot {
  numberFormat: string;
  bold: boolean;
  italic: boolean;
  underline: string;
  strikethrough: boolean;
  fontColor: string;
  fontSize: number;
  fontName: string;
  /** null = no fill */
  fillColor: string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  borders: { top?: BorderSnapshot; bottom?: BorderSnapshot; left?: BorderSnapshot; right?: BorderSnapshot };
}

export interface BorderSnapshot {
  style: string;
  weight: string;
  color: string;
}

export interface SheetSnapshot {
  name: string;
  id: string;
  position: number;
  visibility: string;
  /** Address of the snapshot grid (A1 to the last used cell, values or formats), or null if empty. */
  usedAddress: string | null;
  values: Array<Array<string | number | boolean>>;
  formulas: Array<Array<string | number | boolean>>;
  text: string[][];
  numberFormats: string[][];
  formats: FormatSnapshot[][];
  /** Column letter -> width in points, for columns with a non-default width. */
  columnWidths: Record<string, number>;
  /** 1-based row number -> height in points, for rows with a non-default height. */
  rowHeights: Record<number, number>;
  hiddenRows: number[];
  hiddenColumns: string[];
  freeze: { rows: number; columns: number };
  pageLayout: {
    orientation: string;
    zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
    printTitleRows: string | null;
    printTitleColumns: string | null;
    paperSize: string;
    printArea: string | null;
    headersFooters: HeaderFooterState;
    /** The manual page breaks between rows: each one's rowIndex (the 0-based row below it), in row order. */
    horizontalPageBreaks: number[];
  };
  charts: ChartSnapshot[];
  dataValidations: DataValidationSnapshot[];
  conditionalFormats: ConditionalFormatSnapshot[];
  tabColor: string;
}

export interface CellSnapshot {
  value: string | number | boolean;
  formula: string | number | boolean;
  text: string;
  numberFormat: string;
  format: FormatSnapshot;
}

/** Edits as a person makes them in the Excel UI (fire onChanged with triggerSource "Unknown"). */
export interface UserActions {
  /** Types `input` into one cell: numbers/percent/booleans parsed, `=`/`+`/`-` formulas, `'` for text. */
  type(sheet: string, address: string, input: string | number | boolean): void;
  /** Clears the contents of cells (the Delete key). */
  clear(sheet: string, address: string): void;
  /** Inserts `count` rows above 1-based row `before`. */
  insertRows(sheet: string, before: number, count?: number): void;
  /** Deletes `count` rows starting at 1-based row `first`. */
  deleteRows(sheet: string, first: number, count?: number): void;
  /** Inserts `count` columns left of column `before` (letters or 1-based number). */
  insertColumns(sheet: string, before: string | number, count?: number): void;
  deleteColumns(sheet: string, first: string | number, count?: number): void;
  renameSheet(sheet: string, newName: string): void;
  addSheet(name: string): void;
  deleteSheet(sheet: string): void;
  hideRows(sheet: string, first: number, count?: number, hidden?: boolean): void;
}

export interface Inspector {
  sheets(): string[];
  sheet(name: string): SheetSnapshot;
  cell(sheet: string, address: string): CellSnapshot;
  names(): Array<{ name: string; formula: string; comment: string; visible: boolean }>;
  settings(): Record<string, unknown>;
  customXmlParts(): Array<{ id: string; namespaceUri: string; xml: string }>;
  calculationMode(): string;
  activeSheet(): string;
}

export interface FailureOptions {
  afterCommands?: number;
  loseResponse?: boolean;
  message?: string;
}

export interface ExcelDouble {
  /** A long-lived context (like `new Excel.RequestContext()`); its ranges are never released. */
  readonly context: RequestContext;
  /** A fresh context. */
  newContext(): RequestContext;
  /**
   * Like `Excel.run`, with all its overloads (a bound function: `const run: typeof Excel.run = double.run`).
   * `run(batch)` / `run(options, batch)`: fresh context, awaits the batch, syncs what is still
   * queued, releases untracked ranges. `run(object | objects | context, batch)`: reuses that
   * object's context and releases nothing.
   */
  readonly run: typeof Excel.run;
  readonly stats: DoubleStats;
  resetStats(): void;
  /**
   * Makes the `n`-th next request (1 = the next one) fail with `code` after applying its first
   * `afterCommands` commands (default 0: nothing applied). `loseResponse: true` runs every
   * command of the request and then rejects, as when the connection drops after Excel did
   * the work: nothing the request loaded is delivered.
   */
  failOnSync(n: number, code?: string, options?: FailureOptions): void;
  /** Forgets every failure `failOnSync` queued that has not struck yet. */
  cancelFailures(): void;
  /** Waits for pending event handlers; rethrows their failures. */
  settle(): Promise<void>;
  /** Every WorksheetChanged event delivered so far (in order). */
  readonly eventLog: readonly Excel.WorksheetChangedEventArgs[];
  readonly user: UserActions;
  readonly inspect: Inspector;
}

const ACTION_TYPES: Record<Command['type'], number> = { Instantiate: 1, Query: 2, Method: 3, SetProperty: 4, Trace: 5 };

/** A request body shaped like Office's RichApi JSON: actions plus the object paths they use. */
function requestBody(commands: Command[]): string {
  const paths: Record<string, unknown> = {};
  const addPath = (st: ProxyState | null): void => {
    for (let s = st; s !== null; s = s.path.parent) {
      if (paths[s.id] !== undefined) break;
      paths[s.id] = s.pathRecord();
      for (const a of s.path.args) addArgPaths(a);
    }
  };
  const addArgPaths = (a: unknown): void => {
    if (a instanceof ProxyObject) addPath(a[I]);
    else if (Array.isArray(a) && a.length > 0 && (a[0] instanceof ProxyObject || Array.isArray(a[0]))) a.forEach(addArgPaths);
  };
  const actions = commands.map((c, i) => {
    addPath(c.state);
    c.args.forEach(addArgPaths);
    const action: Record<string, unknown> = {
      Id: i + 1,
      ActionType: ACTION_TYPES[c.type],
      Name: c.name,
      ObjectPathId: c.state.id,
      ArgumentInfo: { Arguments: c.args.map(wireArg) },
    };
    if (c.query !== undefined) action.QueryInfo = { Select: c.query.select, Expand: c.query.expand };
    return action;
  });
  return JSON.stringify({ Actions: actions, ObjectPaths: paths });
}

function requireSheet(model: WorkbookModel, name: string): SheetModel {
  const s = model.findSheetByName(name);
  if (s === undefined) throw new Error(`excel-double: no worksheet named '${name}'`);
  return s;
}

function requireRect(address: string): Rect {
  const p = parseAddress(address);
  if (p === null) throw new Error(`excel-double: invalid address '${address}'`);
  return p.rect;
}

function colIndex(c: string | number): number {
  if (typeof c === 'number') return c - 1;
  const i = lettersToCol(c);
  if (i < 0) throw new Error(`excel-double: invalid column '${c}'`);
  return i;
}

function formatSnapshot(f: Fmt | undefined): FormatSnapshot {
  const b = (x: Fmt['bTop']): BorderSnapshot | undefined =>
    x === undefined || x.style === undefined || x.style === 'None' ? undefined : { style: x.style, weight: x.weight ?? 'Thin', color: x.color ?? '#000000' };
  const borders: FormatSnapshot['borders'] = {};
  const top = b(f?.bTop);
  const bottom = b(f?.bBottom);
  const left = b(f?.bLeft);
  const right = b(f?.bRight);
  if (top !== undefined) borders.top = top;
  if (bottom !== undefined) borders.bottom = bottom;
  if (left !== undefined) borders.left = left;
  if (right !== undefined) borders.right = right;
  return {
    numberFormat: f?.numberFormat ?? 'General',
    bold: f?.bold ?? false,
    italic: f?.italic ?? false,
    underline: f?.underline ?? 'None',
    strikethrough: f?.strikethrough ?? false,
    fontColor: f?.fontColor ?? DEFAULT_FONT.color,
    fontSize: f?.fontSize ?? DEFAULT_FONT.size,
    fontName: f?.fontName ?? DEFAULT_FONT.name,
    fillColor: f?.fillColor ?? null,
    horizontalAlignment: f?.hAlign ?? 'General',
    verticalAlignment: f?.vAlign ?? 'Bottom',
    wrapText: f?.wrap ?? false,
    indentLevel: f?.indent ?? 0,
    borders,
  };
}

class Double implements ExcelDouble, RequestExecutor {
  readonly model: WorkbookModel;
  readonly events = new EventHub();
  readonly context: RequestContext;
  readonly user: UserActions;
  readonly inspect: Inspector;
  private readonly payloadLimit: number;
  private readonly responseLimit: number;
  private failures: Array<{ remaining: number; code: string; afterCommands: number; message: string | undefined }> = [];
  private counters = { syncs: 0, syncCalls: 0, commands: 0, largestRequestBytes: 0, largestResponseBytes: 0, suspendApi: 0, suspendScreen: 0 };
  private requests: RequestStat[] = [];
  private recalcBase = 0;

  constructor(options: ExcelDoubleOptions) {
    this.model = new WorkbookModel(options.sheets ?? ['Sheet1'], { settingsLimitBytes: options.settingsLimitBytes ?? 2_000_000 });
    this.model.calculator = calculate;
    this.model.wantsDetails = (sheet) => this.events.wantsDetails(sheet);
    this.payloadLimit = options.payloadLimitBytes ?? 5_000_000;
    this.responseLimit = options.responseLimitBytes ?? 5_000_000;
    this.context = new RequestContext(this.model, this);
    this.user = this.makeUser();
    this.inspect = this.makeInspector();
  }

  get stats(): DoubleStats {
    return {
      syncs: this.counters.syncs,
      syncCalls: this.counters.syncCalls,
      commands: this.counters.commands,
      largestRequestBytes: this.counters.largestRequestBytes,
      largestResponseBytes: this.counters.largestResponseBytes,
      requests: this.requests.map((r) => ({ ...r })),
      suspendApiCalculation: this.counters.suspendApi,
      suspendScreenUpdating: this.counters.suspendScreen,
      recalculations: this.model.recalculations - this.recalcBase,
    };
  }

  get eventLog(): readonly Excel.WorksheetChangedEventArgs[] {
    return this.events.log;
  }

  resetStats(): void {
    this.counters = { syncs: 0, syncCalls: 0, commands: 0, largestRequestBytes: 0, largestResponseBytes: 0, suspendApi: 0, suspendScreen: 0 };
    this.requests = [];
    this.recalcBase = this.model.recalculations;
  }

  newContext(): RequestContext {
    return new RequestContext(this.model, this);
  }

  readonly run = ((first: unknown, second?: unknown) => this.runBatch(first, second)) as typeof Excel.run;

  private contextOf(arg: unknown): RequestContext | null {
    if (arg instanceof RequestContext) return arg;
    if (arg instanceof ProxyObject) return arg[I].ctx as RequestContext;
    if (Array.isArray(arg)) {
      const ctxs = new Set(arg.map((o) => this.contextOf(o)));
      if (ctxs.size !== 1 || ctxs.has(null)) throw new OfficeError('InvalidRequestContext', 'The objects passed to run() must share one request context.');
      return [...ctxs][0] ?? null;
    }
    return null;
  }

  private async runBatch<T>(first: unknown, second: unknown): Promise<T> {
    let batch: unknown = first;
    let ctx: RequestContext | null = null;
    if (typeof first !== 'function') {
      batch = second;
      const prev = typeof first === 'object' && first !== null && !Array.isArray(first) && !(first instanceof ProxyObject) && !(first instanceof RequestContext)
        ? (first as Excel.RunOptions).previousObjects
        : first;
      ctx = prev === undefined ? null : this.contextOf(prev);
    }
    if (typeof batch !== 'function') throw new OfficeError('InvalidArgument', 'run() needs a batch function.');
    const owned = ctx === null;
    const context = ctx ?? this.newContext();
    try {
      const pending = (batch as (c: Excel.RequestContext) => unknown)(context as unknown as Excel.RequestContext);
      if (typeof pending !== 'object' || pending === null || typeof (pending as { then?: unknown }).then !== 'function') {
        throw new OfficeError('RunMustReturnPromise', 'The batch function passed to the ".run" method didn\'t return a promise.');
      }
      const result = await (pending as Promise<T>);
      await context.sync();
      return result;
    } finally {
      if (owned) context.releaseUntracked();
    }
  }

  failOnSync(n: number, code = 'GeneralException', options: FailureOptions = {}): void {
    if (!Number.isInteger(n) || n < 1) throw new Error('excel-double: failOnSync(n) needs n >= 1');
    const afterCommands = options.loseResponse === true ? Number.POSITIVE_INFINITY : (options.afterCommands ?? 0);
    this.failures.push({ remaining: n, code, afterCommands, message: options.message });
  }

  cancelFailures(): void {
    this.failures = [];
  }

  settle(): Promise<void> {
    return this.events.settle();
  }

  noteSyncCall(): void {
    this.counters.syncCalls++;
  }

  countSuspend(kind: 'api' | 'screen'): void {
    if (kind === 'api') this.counters.suspendApi++;
    else this.counters.suspendScreen++;
  }

  execute(ctx: RequestContext, commands: Command[]): void {
    const bytes = utf8Length(requestBody(commands));
    const stat: RequestStat = { commands: commands.length, bytes, responseBytes: 0 };
    this.requests.push(stat);
    this.counters.syncs++;
    this.counters.commands += commands.length;
    this.counters.largestRequestBytes = Math.max(this.counters.largestRequestBytes, bytes);
    if (bytes > this.payloadLimit) {
      stat.failed = 'RequestPayloadSizeLimitExceeded';
      throw officeError('RequestPayloadSizeLimitExceeded', `The request is ${bytes} bytes; the limit is ${this.payloadLimit}.`);
    }
    let injected: { code: string; afterCommands: number; message: string | undefined } | null = null;
    for (const f of this.failures) {
      f.remaining--;
      if (f.remaining === 0 && injected === null) injected = f;
    }
    this.failures = this.failures.filter((f) => f.remaining > 0);

    const x: Exec = { model: this.model, ctx, staged: [], response: [], touched: new Map() };
    // Changes are matched against registrations as they happen (a handler added later in the
    // same request must not see earlier changes); delivery is asynchronous anyway. Changes made
    // before a failing command really happened, so their events fire too.
    this.model.changeSink = (rec) => this.events.onChange(rec);
    try {
      commands.forEach((cmd, i) => {
        if (injected !== null && i === injected.afterCommands) {
          throw new OfficeError(injected.code, injected.message ?? `Injected failure (${injected.code}) by failOnSync.`, describeCommand(cmd));
        }
        try {
          cmd.run(x);
        } catch (e) {
          if (e instanceof OfficeError) {
            e.debugInfo.statement = describeCommand(cmd);
            e.debugInfo.errorLocation ??= `${cmd.state.def.name}.${cmd.name}`;
            e.debugInfo.surroundingStatements = commands.slice(Math.max(0, i - 2), i + 3).map(describeCommand);
          }
          throw e;
        }
      });
      if (injected !== null) {
        throw new OfficeError(injected.code, injected.message ?? `Injected failure (${injected.code}) by failOnSync.`);
      }
      const responseBytes = utf8Length(JSON.stringify(x.response));
      stat.responseBytes = responseBytes;
      this.counters.largestResponseBytes = Math.max(this.counters.largestResponseBytes, responseBytes);
      if (responseBytes > this.responseLimit) {
        throw officeError('ResponsePayloadSizeLimitExceeded', `The response is ${responseBytes} bytes; the limit is ${this.responseLimit}.`);
      }
      for (const f of x.staged) f();
      for (const [st, isNull] of x.touched) st.isNull = isNull;
    } catch (e) {
      if (e instanceof OfficeError) stat.failed = e.code;
      throw e;
    } finally {
      this.model.changeSink = null;
    }
  }

  private userEdit(fn: () => void): void {
    this.model.changeSink = (rec: ChangeRecord) => this.events.onChange({ ...rec, triggerSource: 'Unknown' });
    try {
      fn();
    } finally {
      this.model.changeSink = null;
    }
  }

  private makeUser(): UserActions {
    const m = this.model;
    const entireRows = (first: number, count: number): Rect => ({ r0: first - 1, r1: first - 1 + count - 1, c0: 0, c1: MAX_COLS - 1 });
    const entireCols = (first: number, count: number): Rect => ({ r0: 0, r1: MAX_ROWS - 1, c0: first, c1: first + count - 1 });
    return {
      type: (sheet, address, input) => {
        const s = requireSheet(m, sheet);
        const r = requireRect(address);
        const parsed = parseInput(input, s.effectiveFmt(r.r0, r.c0)?.numberFormat);
        if (parsed.kind === 'invalid') throw new Error(`excel-double: Excel would reject this entry (${parsed.reason})`);
        this.userEdit(() => m.writeInput(s, { r0: r.r0, c0: r.c0, r1: r.r0, c1: r.c0 }, input, 'user.type', 'Unknown'));
      },
      clear: (sheet, address) => this.userEdit(() => m.clear(requireSheet(m, sheet), requireRect(address), 'Contents', 'Unknown')),
      insertRows: (sheet, before, count = 1) => this.userEdit(() => void m.insertCells(requireSheet(m, sheet), entireRows(before, count), 'Down', 'Unknown')),
      deleteRows: (sheet, first, count = 1) => this.userEdit(() => m.deleteCells(requireSheet(m, sheet), entireRows(first, count), 'Up', 'Unknown')),
      insertColumns: (sheet, before, count = 1) =>
        this.userEdit(() => void m.insertCells(requireSheet(m, sheet), entireCols(colIndex(before), count), 'Right', 'Unknown')),
      deleteColumns: (sheet, first, count = 1) => this.userEdit(() => m.deleteCells(requireSheet(m, sheet), entireCols(colIndex(first), count), 'Left', 'Unknown')),
      renameSheet: (sheet, newName) => m.renameSheet(requireSheet(m, sheet), newName),
      addSheet: (name) => void m.addSheet(name),
      deleteSheet: (sheet) => m.deleteSheet(requireSheet(m, sheet)),
      hideRows: (sheet, first, count = 1, hidden = true) => m.setHidden(requireSheet(m, sheet), 'row', first - 1, first - 1 + count - 1, hidden),
    };
  }

  private makeInspector(): Inspector {
    const m = this.model;
    return {
      sheets: () => m.sheets.map((s) => s.name),
      activeSheet: () => m.activeSheet.name,
      calculationMode: () => m.calculationMode,
      sheet: (name) => {
        const s = requireSheet(m, name);
        const used = m.usedRect(s, false);
        const grid = used === null ? null : { r0: 0, c0: 0, r1: used.r1, c1: used.c1 };
        const map = <T>(fn: (r: number, c: number) => T): T[][] => {
          if (grid === null) return [];
          const out: T[][] = [];
          for (let r = 0; r <= grid.r1; r++) {
            const row: T[] = [];
            for (let c = 0; c <= grid.c1; c++) row.push(fn(r, c));
            out.push(row);
          }
          return out;
        };
        const columnWidths: Record<string, number> = {};
        const hiddenColumns: string[] = [];
        for (const [c, p] of [...s.colProps].sort((a, b) => a[0] - b[0])) {
          if (p.size !== undefined) columnWidths[colToLetters(c)] = p.size;
          if (p.hidden === true) hiddenColumns.push(colToLetters(c));
        }
        const rowHeights: Record<number, number> = {};
        const hiddenRows: number[] = [];
        for (const [r, p] of [...s.rowProps].sort((a, b) => a[0] - b[0])) {
          if (p.size !== undefined) rowHeights[r + 1] = p.size;
          if (p.hidden === true) hiddenRows.push(r + 1);
        }
        const pl = s.pageLayout;
        return {
          name: s.name,
          id: s.id,
          position: m.sheets.indexOf(s),
          visibility: s.visibility,
          usedAddress: grid === null ? null : rectToA1(grid),
          values: map((r, c) => apiValue(m.valueAt(s, r, c))),
          formulas: map((r, c) => cellFormula(m, s, r, c)),
          text: map((r, c) => cellText(m, s, r, c)),
          numberFormats: map((r, c) => s.effectiveFmt(r, c)?.numberFormat ?? 'General'),
          formats: map((r, c) => formatSnapshot(s.effectiveFmt(r, c))),
          columnWidths,
          rowHeights,
          hiddenRows,
          hiddenColumns,
          freeze: { rows: s.freeze.rows, columns: s.freeze.cols },
          pageLayout: {
            orientation: pl.orientation,
            zoom: { ...pl.zoom },
            printTitleRows: pl.printTitleRows === null || !pl.printTitleRows.valid ? null : qualifiedAddress(s.name, pl.printTitleRows.rect, true),
            printTitleColumns: pl.printTitleColumns === null || !pl.printTitleColumns.valid ? null : qualifiedAddress(s.name, pl.printTitleColumns.rect, true),
            paperSize: pl.paperSize,
            ...pageSetupSnapshot(s),
            horizontalPageBreaks: pageBreaksSnapshot(s, m),
          },
          charts: chartsSnapshot(s),
          dataValidations: dataValidationsSnapshot(s),
          conditionalFormats: conditionalFormatsSnapshot(s, m),
          tabColor: s.tabColor,
        };
      },
      cell: (sheet, address) => {
        const s = requireSheet(m, sheet);
        const r = requireRect(address);
        const f = s.effectiveFmt(r.r0, r.c0);
        return {
          value: apiValue(m.valueAt(s, r.r0, r.c0)),
          formula: cellFormula(m, s, r.r0, r.c0),
          text: cellText(m, s, r.r0, r.c0),
          numberFormat: f?.numberFormat ?? 'General',
          format: formatSnapshot(f),
        };
      },
      names: () => m.names.map((n) => ({ name: n.name, formula: n.formula, comment: n.comment, visible: n.visible })),
      settings: () => Object.fromEntries([...m.settings].map(([k, v]) => [k, JSON.parse(v) as unknown])),
      customXmlParts: () => m.xmlParts.map((p) => ({ id: p.id, namespaceUri: p.namespaceUri, xml: p.xml })),
    };
  }
}

export function createExcelDouble(options: ExcelDoubleOptions = {}): ExcelDouble {
  return new Double(options);
}

/** Display text for a value under a number format (exposed for writer-side expectations). */
export { formatValue };
