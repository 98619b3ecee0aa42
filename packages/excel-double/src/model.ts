/**
 * The in-memory workbook behind the proxies: sheets, cells, formats, names, settings, custom XML
 * parts. Operations validate like Excel and throw OfficeError; they never see proxies.
 */
import {
  intersect,
  isEntireCols,
  isEntireRows,
  looksLikeCellReference,
  MAX_COLS,
  MAX_ROWS,
  qualifiedAddress,
  rectToA1,
  type Rect,
} from './a1';
import { officeError } from './errors';
import {
  canonicalSheetNames,
  deleteSheetInFormula,
  renameSheetInFormula,
  shiftFormula,
  shiftRect,
  type ShiftOp,
} from './formula/adjust';
import { parseFormula } from './formula/tokens';
import { parseInput, XlError, type ParsedInput, type Scalar } from './input';

export { XlError, type Scalar };

export interface BorderFmt {
  style?: string;
  weight?: string;
  color?: string;
}

/** Cell formatting. Absent fields mean Excel's default. Objects are treated as immutable. */
export interface Fmt {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  strikethrough?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  /** Undefined = no fill. */
  fillColor?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  indent?: number;
  bTop?: BorderFmt;
  bBottom?: BorderFmt;
  bLeft?: BorderFmt;
  bRight?: BorderFmt;
  bDiagDown?: BorderFmt;
  bDiagUp?: BorderFmt;
}

export type FmtPatch = { [K in keyof Fmt]?: Fmt[K] | undefined };

export interface Cell {
  /** Formula text with the leading `=`, as Excel stores it. */
  formula?: string;
  /** Constant, or the last calculated result of the formula. null = blank. */
  value: Scalar;
  /** Entered with a leading apostrophe. */
  quotePrefix?: boolean;
  fmt?: Fmt;
  /** Manual calculation: formula entered but not calculated yet. */
  pendingCalc?: boolean;
}

export interface LineProps {
  /** Points. */
  size?: number;
  hidden?: boolean;
  fmt?: Fmt;
}

export type TriggerSource = 'ThisLocalAddin' | 'Unknown';

export type ChangeType = 'RangeEdited' | 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted' | 'CellInserted' | 'CellDeleted';

export interface ChangeRecord {
  sheet: SheetModel;
  /** Address without sheet name, as in WorksheetChangedEventArgs.address. */
  address: string;
  changeType: ChangeType;
  triggerSource: TriggerSource;
  /** Present only for single-cell edits (Excel only reports details for one cell). */
  detail?: { before: Scalar; after: Scalar };
  insertShiftDirection?: 'Down' | 'Right';
  deleteShiftDirection?: 'Up' | 'Left';
}

/** A rectangle that follows its cells through insertions and deletions, like a Range object in Excel. */
export class LiveRange {
  valid = true;
  /** Its Excel.run batch ended and it was not tracked. */
  released = false;
  /** For a RangeAreas target: the areas; `rect` is then their bounding rectangle. */
  areas?: Rect[];
  constructor(
    public sheet: SheetModel,
    public rect: Rect,
  ) {}
}

export interface PageLayoutState {
  orientation: 'Portrait' | 'Landscape';
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  paperSize: string;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  printTitleRows: LiveRange | null;
  printTitleColumns: LiveRange | null;
}

export const DEFAULT_COLUMN_WIDTH_CHARS = 8.43;
/** Column width in points for a width in characters (Calibri 11: 7px per digit + 5px padding, 0.75 pt per px). */
export function charsToPoints(chars: number): number {
  return Math.round((Math.trunc(chars * 7 + 0.5) + 5) * 0.75 * 100) / 100;
}

let sheetSeq = 0;

export class SheetModel {
  readonly id: string;
  deleted = false;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  tabColor = '';
  showGridlines = true;
  showHeadings = true;
  enableCalculation = true;
  standardWidth = DEFAULT_COLUMN_WIDTH_CHARS;
  readonly standardHeight = 15;
  /** row -> col -> cell */
  rows = new Map<number, Map<number, Cell>>();
  rowProps = new Map<number, LineProps>();
  colProps = new Map<number, LineProps>();
  sheetFmt: Fmt | undefined;
  freeze = { rows: 0, cols: 0 };
  pageLayout: PageLayoutState = {
    orientation: 'Portrait',
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    paperSize: 'Letter',
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printTitleRows: null,
    printTitleColumns: null,
  };

  constructor(public name: string) {
    sheetSeq += 1;
    this.id = `{${sheetSeq.toString(16).toUpperCase().padStart(8, '0')}-0001-0000-0000-000000000000}`;
  }

  getCell(r: number, c: number): Cell | undefined {
    return this.rows.get(r)?.get(c);
  }

  ensureCell(r: number, c: number): Cell {
    let row = this.rows.get(r);
    if (row === undefined) {
      row = new Map();
      this.rows.set(r, row);
    }
    let cell = row.get(c);
    if (cell === undefined) {
      cell = { value: null };
      const fmt = this.baseFmt(r, c);
      if (fmt !== undefined) cell.fmt = fmt;
      row.set(c, cell);
    }
    return cell;
  }

  deleteCell(r: number, c: number): void {
    const row = this.rows.get(r);
    if (row === undefined) return;
    row.delete(c);
    if (row.size === 0) this.rows.delete(r);
  }

  /** Format a cell without its own record gets from sheet, column and row formats. */
  baseFmt(r: number, c: number): Fmt | undefined {
    const parts = [this.sheetFmt, this.colProps.get(c)?.fmt, this.rowProps.get(r)?.fmt].filter((f): f is Fmt => f !== undefined);
    if (parts.length === 0) return undefined;
    if (parts.length === 1) return parts[0];
    return Object.assign({}, ...parts) as Fmt;
  }

  effectiveFmt(r: number, c: number): Fmt | undefined {
    const cell = this.getCell(r, c);
    return cell !== undefined ? cell.fmt : this.baseFmt(r, c);
  }

  /** Iterates the cell records inside `rect` (sparse). */
  *cellsIn(rect: Rect): Generator<[number, number, Cell]> {
    const rowKeys = rect.r1 - rect.r0 + 1 < this.rows.size ? rangeKeys(rect.r0, rect.r1, this.rows) : [...this.rows.keys()];
    for (const r of rowKeys) {
      if (r < rect.r0 || r > rect.r1) continue;
      const row = this.rows.get(r);
      if (row === undefined) continue;
      for (const [c, cell] of row) if (c >= rect.c0 && c <= rect.c1) yield [r, c, cell];
    }
  }

  *allCells(): Generator<[number, number, Cell]> {
    for (const [r, row] of this.rows) for (const [c, cell] of row) yield [r, c, cell];
  }

  columnWidthPoints(c: number): number {
    const p = this.colProps.get(c);
    if (p?.hidden === true) return 0;
    return p?.size ?? charsToPoints(this.standardWidth);
  }

  rowHeightPoints(r: number): number {
    const p = this.rowProps.get(r);
    if (p?.hidden === true) return 0;
    return p?.size ?? this.standardHeight;
  }
}

function* rangeKeys(a: number, b: number, map: Map<number, unknown>): Generator<number> {
  for (let r = a; r <= b; r++) if (map.has(r)) yield r;
}

export interface NameModel {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
  deleted: boolean;
}

export interface XmlPartModel {
  id: string;
  xml: string;
  namespaceUri: string;
  deleted: boolean;
}

export interface ModelOptions {
  settingsLimitBytes: number;
}

/** UTF-8 byte length without TextEncoder/Buffer allocation (also used for payload accounting). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/;

export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== 'string') return 'The sheet name must be a string.';
  if (name.length === 0) return 'The sheet name cannot be empty.';
  // Excel refuses a name of blanks only, as it refuses an empty one.
  if (name.trim() === '') return 'The sheet name cannot be blank.';
  if (name.length > 31) return 'The sheet name cannot be longer than 31 characters.';
  if (INVALID_SHEET_CHARS.test(name)) return 'The sheet name cannot contain : \\ / ? * [ or ].';
  if (name.startsWith("'") || name.endsWith("'")) return 'The sheet name cannot begin or end with an apostrophe.';
  if (name.toLowerCase() === 'history') return "'History' is a reserved sheet name.";
  return null;
}

export function definedNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name.length === 0) return 'The name cannot be empty.';
  if (name.length > 255) return 'The name cannot be longer than 255 characters.';
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name)) return 'The name contains characters that are not allowed.';
  if (/^[cr]$/i.test(name)) return "The names 'C' and 'R' are reserved.";
  if (looksLikeCellReference(name)) return 'The name cannot look like a cell reference.';
  if (/^(TRUE|FALSE)$/i.test(name)) return 'The name cannot be a boolean.';
  return null;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  activeSheet: SheetModel;
  names: NameModel[] = [];
  /** key -> JSON text */
  settings = new Map<string, string>();
  xmlParts: XmlPartModel[] = [];
  calculationMode: 'Automatic' | 'AutomaticExceptTables' | 'Manual' = 'Automatic';
  /** Bumped by every change that can alter a formula result. */
  contentVersion = 0;
  calculatedVersion = -1;
  liveRanges = new Set<LiveRange>();
  changeSink: ((rec: ChangeRecord) => void) | null = null;
  /** Whether anyone listens for single-cell details on a sheet (details cost a recalculation). */
  wantsDetails: (sheet: SheetModel) => boolean = () => false;
  /** Installed by the double: recalculates formula cells (all, or only those pending in manual mode). */
  calculator: ((model: WorkbookModel, onlyPending: boolean) => void) | null = null;
  recalculations = 0;
  private xmlSeq = 0;

  constructor(
    sheetNames: string[],
    readonly options: ModelOptions,
  ) {
    if (sheetNames.length === 0) throw new Error('excel-double: a workbook needs at least one sheet');
    for (const n of sheetNames) this.addSheet(n);
    this.activeSheet = this.sheets[0] as SheetModel;
  }

  // ---------------------------------------------------------------- sheets

  findSheet(key: string): SheetModel | undefined {
    const upper = key.toLocaleUpperCase();
    return this.sheets.find((s) => s.name.toLocaleUpperCase() === upper || s.id === key);
  }

  findSheetByName(name: string): SheetModel | undefined {
    const upper = name.toLocaleUpperCase();
    return this.sheets.find((s) => s.name.toLocaleUpperCase() === upper);
  }

  private nextSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      const candidate = `Sheet${n}`;
      if (this.findSheetByName(candidate) === undefined) return candidate;
    }
  }

  addSheet(name?: string): SheetModel {
    const finalName = name ?? this.nextSheetName();
    const problem = sheetNameProblem(finalName);
    if (problem !== null) throw officeError('InvalidArgument', problem, 'WorksheetCollection.add');
    if (this.findSheetByName(finalName) !== undefined) {
      throw officeError('ItemAlreadyExists', `A sheet named '${finalName}' already exists.`, 'WorksheetCollection.add');
    }
    const sheet = new SheetModel(finalName);
    this.sheets.push(sheet);
    this.touch();
    return sheet;
  }

  renameSheet(sheet: SheetModel, newName: unknown): void {
    const problem = sheetNameProblem(newName);
    if (problem !== null) throw officeError('InvalidArgument', problem, 'Worksheet.name');
    const name = newName as string;
    const other = this.findSheetByName(name);
    if (other !== undefined && other !== sheet) {
      throw officeError('ItemAlreadyExists', `A sheet named '${name}' already exists.`, 'Worksheet.name');
    }
    const old = sheet.name;
    if (old === name) return;
    this.rewriteAllFormulas((f) => renameSheetInFormula(f, old, name));
    sheet.name = name;
    this.touch();
  }

  visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }

  deleteSheet(sheet: SheetModel): void {
    if (sheet.visibility === 'Visible' && this.visibleSheets().length === 1) {
      throw officeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', 'Worksheet.delete');
    }
    const idx = this.sheets.indexOf(sheet);
    this.sheets.splice(idx, 1);
    sheet.deleted = true;
    for (const lr of this.liveRanges) if (lr.sheet === sheet) lr.valid = false;
    this.rewriteAllFormulas((f) => deleteSheetInFormula(f, sheet.name));
    if (this.activeSheet === sheet) {
      this.activeSheet = this.visibleSheets()[Math.min(idx, this.visibleSheets().length - 1)] ?? (this.sheets[0] as SheetModel);
    }
    this.touch();
  }

  moveSheet(sheet: SheetModel, position: unknown): void {
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw officeError('InvalidArgument', 'The position is out of range.', 'Worksheet.position');
    }
    const idx = this.sheets.indexOf(sheet);
    this.sheets.splice(idx, 1);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetModel, v: unknown): void {
    if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') {
      throw officeError('InvalidArgument', `Unknown visibility '${String(v)}'.`, 'Worksheet.visibility');
    }
    if (v !== 'Visible' && sheet.visibility === 'Visible' && this.visibleSheets().length === 1) {
      throw officeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', 'Worksheet.visibility');
    }
    sheet.visibility = v;
    if (v !== 'Visible' && this.activeSheet === sheet) this.activeSheet = this.visibleSheets()[0] ?? sheet;
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== 'Visible') {
      throw officeError('InvalidOperation', 'A hidden worksheet cannot be activated.', 'Worksheet.activate');
    }
    this.activeSheet = sheet;
  }

  private rewriteAllFormulas(fn: (formula: string, sheet: SheetModel | null) => string): void {
    for (const s of this.sheets) {
      for (const [, , cell] of s.allCells()) {
        if (cell.formula !== undefined) cell.formula = fn(cell.formula, s);
      }
    }
    for (const n of this.names) n.formula = fn(n.formula, null);
  }

  touch(): void {
    this.contentVersion++;
  }

  // ---------------------------------------------------------------- calculation

  ensureCalculated(): void {
    if (this.calculator === null) throw new Error('excel-double: no calculator installed');
    if (this.calculationMode === 'Manual') {
      let pending = false;
      for (const s of this.sheets) {
        for (const [, , cell] of s.allCells()) {
          if (cell.pendingCalc === true) {
            pending = true;
            break;
          }
        }
        if (pending) break;
      }
      if (pending) this.calculator(this, true);
      return;
    }
    if (this.calculatedVersion !== this.contentVersion) {
      this.calculator(this, false);
      this.calculatedVersion = this.contentVersion;
    }
  }

  recalculateAll(): void {
    if (this.calculator === null) throw new Error('excel-double: no calculator installed');
    this.calculator(this, false);
    this.calculatedVersion = this.contentVersion;
  }

  setCalculationMode(mode: unknown): void {
    if (mode !== 'Automatic' && mode !== 'AutomaticExceptTables' && mode !== 'Manual') {
      throw officeError('InvalidArgument', `Unknown calculation mode '${String(mode)}'.`, 'Application.calculationMode');
    }
    const wasManual = this.calculationMode === 'Manual';
    // Automatic mode has already calculated everything Excel shows; the double calculates
    // lazily, so catch up before results start going stale.
    if (!wasManual && mode === 'Manual') this.ensureCalculated();
    this.calculationMode = mode;
    // Switching back to automatic makes Excel recalculate everything that is dirty.
    if (wasManual && mode !== 'Manual') this.calculatedVersion = -1;
  }

  /** Calculated value of a cell as Excel shows it (blank = null). */
  valueAt(sheet: SheetModel, r: number, c: number): Scalar {
    const cell = sheet.getCell(r, c);
    if (cell === undefined) return null;
    if (cell.formula !== undefined) this.ensureCalculated();
    return cell.value;
  }

  // ---------------------------------------------------------------- writing cells

  private emit(rec: ChangeRecord): void {
    this.changeSink?.(rec);
  }

  /**
   * Writes `values` or `formulas` input. `data` is a 2D array matching the rect or a scalar to
   * broadcast. Validates everything first so a failing write changes nothing.
   */
  writeInput(sheet: SheetModel, rect: Rect, data: unknown, location: string, trigger: TriggerSource): void {
    const rows = rect.r1 - rect.r0 + 1;
    const cols = rect.c1 - rect.c0 + 1;
    const at = (i: number, j: number): unknown => {
      if (!Array.isArray(data)) return data;
      return (data[i] as unknown[])[j];
    };
    if (Array.isArray(data)) {
      if (data.length !== rows || data.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw officeError(
          'InvalidArgument',
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
          location,
        );
      }
    }
    const parsed: ParsedInput[][] = [];
    for (let i = 0; i < rows; i++) {
      const line: ParsedInput[] = [];
      for (let j = 0; j < cols; j++) {
        const fmt = sheet.effectiveFmt(rect.r0 + i, rect.c0 + j);
        const p = parseInput(at(i, j), fmt?.numberFormat);
        if (p.kind === 'invalid') throw officeError('InvalidArgument', p.reason, location);
        line.push(p);
      }
      parsed.push(line);
    }
    const single = rows === 1 && cols === 1;
    const details = single && this.changeSink !== null && this.wantsDetails(sheet);
    const before = details ? this.valueAt(sheet, rect.r0, rect.c0) : null;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) this.applyParsed(sheet, rect.r0 + i, rect.c0 + j, (parsed[i] as ParsedInput[])[j] as ParsedInput);
    }
    this.touch();
    const rec: ChangeRecord = { sheet, address: rectToA1(rect), changeType: 'RangeEdited', triggerSource: trigger };
    if (details) rec.detail = { before, after: this.valueAt(sheet, rect.r0, rect.c0) };
    this.emit(rec);
  }

  private applyParsed(sheet: SheetModel, r: number, c: number, p: ParsedInput): void {
    if (p.kind === 'skip' || p.kind === 'invalid') return;
    if (p.kind === 'clear') {
      const cell = sheet.getCell(r, c);
      if (cell === undefined) return;
      delete cell.formula;
      delete cell.quotePrefix;
      delete cell.pendingCalc;
      cell.value = null;
      if (cell.fmt === undefined) sheet.deleteCell(r, c);
      return;
    }
    const cell = sheet.ensureCell(r, c);
    if (p.kind === 'formula') {
      cell.formula = canonicalSheetNames(p.formula, (n) => this.findSheetByName(n)?.name ?? null);
      delete cell.quotePrefix;
      if (this.calculationMode === 'Manual') cell.pendingCalc = true;
      return;
    }
    delete cell.formula;
    delete cell.pendingCalc;
    cell.value = p.value;
    if (p.quotePrefix) cell.quotePrefix = true;
    else delete cell.quotePrefix;
    if (p.formatHint !== undefined && (cell.fmt?.numberFormat ?? 'General') === 'General') {
      cell.fmt = { ...(cell.fmt ?? {}), numberFormat: p.formatHint };
    }
  }

  /** Number formats: 2D array of strings (null = unchanged) or a scalar. */
  writeNumberFormat(sheet: SheetModel, rect: Rect, data: unknown, location: string): void {
    const rows = rect.r1 - rect.r0 + 1;
    const cols = rect.c1 - rect.c0 + 1;
    if (!Array.isArray(data)) {
      if (data === null || data === undefined) return;
      if (typeof data !== 'string') throw officeError('InvalidArgument', 'A number format must be a string.', location);
      this.patchFormat(sheet, rect, { numberFormat: data });
      return;
    }
    if (data.length !== rows || data.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw officeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
        location,
      );
    }
    for (const row of data as unknown[][]) {
      for (const v of row) {
        if (v !== null && v !== undefined && typeof v !== 'string') {
          throw officeError('InvalidArgument', 'A number format must be a string.', location);
        }
      }
    }
    (data as unknown[][]).forEach((row, i) =>
      row.forEach((v, j) => {
        if (typeof v === 'string') {
          const cell = sheet.ensureCell(rect.r0 + i, rect.c0 + j);
          cell.fmt = { ...(cell.fmt ?? {}), numberFormat: v };
        }
      }),
    );
  }

  // ---------------------------------------------------------------- formats

  /**
   * Applies a format patch to a rectangle. Entire rows/columns/sheet get line-level formats so a
   * formatted column does not materialise a million cells; existing cell records are patched too.
   */
  patchFormat(sheet: SheetModel, rect: Rect, patch: FmtPatch): void {
    const apply = (f: Fmt | undefined): Fmt | undefined => {
      const next: Fmt = { ...(f ?? {}) };
      for (const [k, v] of Object.entries(patch) as Array<[keyof Fmt, unknown]>) {
        if (v === undefined) delete next[k];
        else if (BORDER_KEYS.has(k)) {
          // Border sides merge field by field; a weight or colour on a side without a line
          // makes the line continuous, as in Excel.
          const change = v as BorderFmt;
          const merged: BorderFmt = { ...((next[k] as BorderFmt | undefined) ?? {}), ...change };
          if (change.style === undefined && (merged.style === undefined || merged.style === 'None')) merged.style = 'Continuous';
          (next as Record<string, unknown>)[k] = merged;
        } else (next as Record<string, unknown>)[k] = v;
      }
      return Object.keys(next).length === 0 ? undefined : next;
    };
    const setLine = (map: Map<number, LineProps>, i: number): void => {
      const p = map.get(i) ?? {};
      const f = apply(p.fmt);
      if (f === undefined) delete p.fmt;
      else p.fmt = f;
      map.set(i, p);
    };
    const entireRows = isEntireRows(rect);
    const entireCols = isEntireCols(rect);
    if (entireRows && entireCols) {
      sheet.sheetFmt = apply(sheet.sheetFmt);
      for (const i of [...sheet.colProps.keys()]) setLine(sheet.colProps, i);
      for (const i of [...sheet.rowProps.keys()]) setLine(sheet.rowProps, i);
    } else if (entireCols) {
      for (let c = rect.c0; c <= rect.c1; c++) setLine(sheet.colProps, c);
      // Rows with their own format would otherwise win over the newer column format.
      for (const [r, p] of sheet.rowProps) {
        if (p.fmt === undefined) continue;
        for (let c = rect.c0; c <= rect.c1; c++) sheet.ensureCell(r, c);
      }
    } else if (entireRows) {
      for (let r = rect.r0; r <= rect.r1; r++) setLine(sheet.rowProps, r);
      for (const [c, p] of sheet.colProps) {
        if (p.fmt === undefined) continue;
        for (let r = rect.r0; r <= rect.r1; r++) sheet.ensureCell(r, c);
      }
    } else {
      for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) sheet.ensureCell(r, c);
    }
    for (const [r, c, cell] of [...sheet.cellsIn(rect)]) {
      const f = apply(cell.fmt);
      if (f === undefined) delete cell.fmt;
      else cell.fmt = f;
      if (f === undefined && cell.value === null && cell.formula === undefined) sheet.deleteCell(r, c);
    }
  }

  /** The distinct effective formats present in `rect` (cheap for whole rows/columns). */
  fmtsIn(sheet: SheetModel, rect: Rect): Array<Fmt | undefined> {
    const area = (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
    const out: Array<Fmt | undefined> = [];
    if (area <= 200_000) {
      for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) out.push(sheet.effectiveFmt(r, c));
      return out;
    }
    out.push(sheet.sheetFmt);
    for (const [c, p] of sheet.colProps) if (c >= rect.c0 && c <= rect.c1) out.push(sheet.baseFmt(-1, c) ?? p.fmt);
    for (const [r, p] of sheet.rowProps) if (r >= rect.r0 && r <= rect.r1) out.push(sheet.baseFmt(r, -1) ?? p.fmt);
    for (const [, , cell] of sheet.cellsIn(rect)) out.push(cell.fmt);
    return out;
  }

  /** Border edge `side` applied to a rect: the shared edge is written on both neighbouring cells. */
  patchBorder(sheet: SheetModel, rect: Rect, side: string, b: BorderFmt | undefined): void {
    const region = (r0: number, c0: number, r1: number, c1: number, key: keyof Fmt): void => {
      if (r0 < 0 || c0 < 0 || r1 >= MAX_ROWS || c1 >= MAX_COLS || r0 > r1 || c0 > c1) return;
      const patch: FmtPatch = {};
      (patch as Record<string, unknown>)[key] = b;
      this.patchFormat(sheet, { r0, c0, r1, c1 }, patch);
    };
    const { r0, c0, r1, c1 } = rect;
    switch (side) {
      case 'EdgeTop':
        region(r0, c0, r0, c1, 'bTop');
        region(r0 - 1, c0, r0 - 1, c1, 'bBottom');
        break;
      case 'EdgeBottom':
        region(r1, c0, r1, c1, 'bBottom');
        region(r1 + 1, c0, r1 + 1, c1, 'bTop');
        break;
      case 'EdgeLeft':
        region(r0, c0, r1, c0, 'bLeft');
        region(r0, c0 - 1, r1, c0 - 1, 'bRight');
        break;
      case 'EdgeRight':
        region(r0, c1, r1, c1, 'bRight');
        region(r0, c1 + 1, r1, c1 + 1, 'bLeft');
        break;
      case 'InsideHorizontal':
        region(r0 + 1, c0, r1, c1, 'bTop');
        region(r0, c0, r1 - 1, c1, 'bBottom');
        break;
      case 'InsideVertical':
        region(r0, c0 + 1, r1, c1, 'bLeft');
        region(r0, c0, r1, c1 - 1, 'bRight');
        break;
      case 'DiagonalDown':
        region(r0, c0, r1, c1, 'bDiagDown');
        break;
      case 'DiagonalUp':
        region(r0, c0, r1, c1, 'bDiagUp');
        break;
      default:
        throw officeError('InvalidArgument', `Unknown border index '${side}'.`, 'RangeBorderCollection.getItem');
    }
  }

  // ---------------------------------------------------------------- clearing

  clear(sheet: SheetModel, rect: Rect, applyTo: unknown, trigger: TriggerSource): void {
    const mode = applyTo ?? 'All';
    if (!['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'].includes(mode as string)) {
      throw officeError('InvalidArgument', `Unknown clear type '${typeof mode === 'string' ? mode : JSON.stringify(mode)}'.`, 'Range.clear');
    }
    const contents = mode === 'All' || mode === 'Contents' || mode === 'ResetContents';
    const formats = mode === 'All' || mode === 'Formats';
    const single = rect.r0 === rect.r1 && rect.c0 === rect.c1;
    const details = contents && single && this.changeSink !== null && this.wantsDetails(sheet);
    const before = details ? this.valueAt(sheet, rect.r0, rect.c0) : null;
    if (formats) {
      const all: FmtPatch = {};
      for (const k of FMT_KEYS) (all as Record<string, undefined>)[k] = undefined;
      this.patchFormat(sheet, rect, all);
    }
    if (contents) {
      for (const [r, c, cell] of [...sheet.cellsIn(rect)]) {
        delete cell.formula;
        delete cell.quotePrefix;
        delete cell.pendingCalc;
        cell.value = null;
        if (cell.fmt === undefined) sheet.deleteCell(r, c);
      }
      this.touch();
      const rec: ChangeRecord = { sheet, address: rectToA1(rect), changeType: 'RangeEdited', triggerSource: trigger };
      if (details) rec.detail = { before, after: null };
      this.emit(rec);
    }
  }

  // ---------------------------------------------------------------- structure

  /**
   * Inserts cells in place of `rect` shifting `Down` or `Right`. Entire rows/columns insert rows/
   * columns; anything else shifts only the band of cells below/right of the rect.
   */
  insertCells(sheet: SheetModel, rect: Rect, shift: unknown, trigger: TriggerSource): Rect {
    if (shift !== 'Down' && shift !== 'Right') {
      throw officeError('InvalidArgument', `Unknown insert direction '${String(shift)}'.`, 'Range.insert');
    }
    const { op, entire } = shiftOpFor('insert', shift === 'Down' ? 'row' : 'col', sheet, rect);
    const { axis, at, count } = op;
    const limit = axis === 'row' ? MAX_ROWS : MAX_COLS;
    for (const [r, c, cell] of sheet.allCells()) {
      const pos = axis === 'row' ? r : c;
      const other = axis === 'row' ? c : r;
      const inBand = op.band === undefined || (other >= op.band.from && other <= op.band.to);
      if (inBand && pos >= limit - count && (cell.value !== null || cell.formula !== undefined)) {
        throw officeError('NonBlankCellOffSheet', undefined, 'Range.insert');
      }
    }
    this.moveCells(sheet, op);
    if (entire) this.inheritLineFormat(sheet, axis, at, count);
    this.afterShift(sheet, op);
    const changeType: ChangeType = entire ? (axis === 'row' ? 'RowInserted' : 'ColumnInserted') : 'CellInserted';
    this.emit({ sheet, address: rectToA1(rect), changeType, triggerSource: trigger, insertShiftDirection: shift });
    return rect;
  }

  deleteCells(sheet: SheetModel, rect: Rect, shift: unknown, trigger: TriggerSource): void {
    if (shift !== 'Up' && shift !== 'Left') {
      throw officeError('InvalidArgument', `Unknown delete direction '${String(shift)}'.`, 'Range.delete');
    }
    const { op, entire } = shiftOpFor('delete', shift === 'Up' ? 'row' : 'col', sheet, rect);
    this.moveCells(sheet, op);
    this.afterShift(sheet, op);
    const changeType: ChangeType = entire ? (op.axis === 'row' ? 'RowDeleted' : 'ColumnDeleted') : 'CellDeleted';
    this.emit({ sheet, address: rectToA1(rect), changeType, triggerSource: trigger, deleteShiftDirection: shift });
  }

  /** Moves cell records (and, for entire rows/columns, line properties) for a shift op. */
  private moveCells(sheet: SheetModel, op: ShiftOp): void {
    const moved: Array<[number, number, Cell]> = [];
    for (const [r, c, cell] of sheet.allCells()) {
      const pos = op.axis === 'row' ? r : c;
      const other = op.axis === 'row' ? c : r;
      const inBand = op.band === undefined || (other >= op.band.from && other <= op.band.to);
      if (!inBand) {
        moved.push([r, c, cell]);
        continue;
      }
      let np = pos;
      if (op.type === 'insert') {
        if (pos >= op.at) np = pos + op.count;
      } else if (pos >= op.at && pos < op.at + op.count) {
        continue; // deleted
      } else if (pos >= op.at + op.count) {
        np = pos - op.count;
      }
      moved.push(op.axis === 'row' ? [np, c, cell] : [r, np, cell]);
    }
    sheet.rows = new Map();
    for (const [r, c, cell] of moved) {
      let row = sheet.rows.get(r);
      if (row === undefined) {
        row = new Map();
        sheet.rows.set(r, row);
      }
      row.set(c, cell);
    }
    if (op.band === undefined) {
      const lines = op.axis === 'row' ? sheet.rowProps : sheet.colProps;
      const next = new Map<number, LineProps>();
      for (const [i, p] of lines) {
        if (op.type === 'insert') next.set(i >= op.at ? i + op.count : i, p);
        else if (i < op.at) next.set(i, p);
        else if (i >= op.at + op.count) next.set(i - op.count, p);
      }
      if (op.axis === 'row') sheet.rowProps = next;
      else sheet.colProps = next;
    }
  }

  /** Excel's default "Format Same As Above/Left": inserted rows/columns take the neighbour's formats. */
  private inheritLineFormat(sheet: SheetModel, axis: 'row' | 'col', at: number, count: number): void {
    const src = at > 0 ? at - 1 : at + count;
    const lines = axis === 'row' ? sheet.rowProps : sheet.colProps;
    const srcLine = lines.get(src);
    for (let k = 0; k < count; k++) {
      const i = at + k;
      if (srcLine?.fmt !== undefined) lines.set(i, { ...(lines.get(i) ?? {}), fmt: srcLine.fmt });
    }
    const cells: Array<[number, Fmt]> = [];
    for (const [r, c, cell] of sheet.allCells()) {
      const pos = axis === 'row' ? r : c;
      if (pos === src && cell.fmt !== undefined) cells.push([axis === 'row' ? c : r, cell.fmt]);
    }
    for (const [other, fmt] of cells) {
      for (let k = 0; k < count; k++) {
        const cell = axis === 'row' ? sheet.ensureCell(at + k, other) : sheet.ensureCell(other, at + k);
        cell.fmt = fmt;
      }
    }
  }

  /** Adjusts formulas everywhere, names, live ranges and print titles after a shift on `sheet`. */
  private afterShift(sheet: SheetModel, op: ShiftOp): void {
    for (const s of this.sheets) {
      for (const [, , cell] of s.allCells()) {
        if (cell.formula !== undefined) cell.formula = shiftFormula(cell.formula, s.name, op);
      }
    }
    for (const n of this.names) n.formula = shiftFormula(n.formula, null, op);
    for (const lr of this.liveRanges) {
      if (lr.sheet !== sheet || !lr.valid) continue;
      const next = shiftRect(lr.rect, op);
      if (next === null) lr.valid = false;
      else lr.rect = next;
    }
    this.touch();
  }

  // ---------------------------------------------------------------- rows / columns

  setColumnWidth(sheet: SheetModel, c0: number, c1: number, points: unknown): void {
    if (typeof points !== 'number' || !Number.isFinite(points) || points < 0 || points > 255 * 7.5) {
      throw officeError('InvalidArgument', 'The column width is out of range.', 'RangeFormat.columnWidth');
    }
    for (let c = c0; c <= c1; c++) sheet.colProps.set(c, { ...(sheet.colProps.get(c) ?? {}), size: points });
  }

  setRowHeight(sheet: SheetModel, r0: number, r1: number, points: unknown): void {
    if (typeof points !== 'number' || !Number.isFinite(points) || points < 0 || points > 409) {
      throw officeError('InvalidArgument', 'The row height is out of range.', 'RangeFormat.rowHeight');
    }
    for (let r = r0; r <= r1; r++) sheet.rowProps.set(r, { ...(sheet.rowProps.get(r) ?? {}), size: points });
  }

  setHidden(sheet: SheetModel, axis: 'row' | 'col', a: number, b: number, hidden: unknown): void {
    if (typeof hidden !== 'boolean') {
      throw officeError('InvalidArgument', 'Hidden must be a boolean.', axis === 'row' ? 'Range.rowHidden' : 'Range.columnHidden');
    }
    const lines = axis === 'row' ? sheet.rowProps : sheet.colProps;
    for (let i = a; i <= b; i++) {
      const p = { ...(lines.get(i) ?? {}) };
      if (hidden) p.hidden = true;
      else delete p.hidden;
      lines.set(i, p);
    }
    this.touch(); // SUBTOTAL(10x) results depend on hidden rows
  }

  /** Smallest rect containing values (and, unless valuesOnly, formatted cells). Null if none. */
  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [r, c, cell] of sheet.allCells()) {
      const hasValue = cell.value !== null || cell.formula !== undefined;
      if (!hasValue && (valuesOnly || cell.fmt === undefined)) continue;
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }

  // ---------------------------------------------------------------- live ranges

  live(sheet: SheetModel, r: Rect): LiveRange {
    const lr = new LiveRange(sheet, r);
    this.liveRanges.add(lr);
    return lr;
  }

  release(lr: LiveRange): void {
    this.liveRanges.delete(lr);
  }

  // ---------------------------------------------------------------- names

  findName(name: string): NameModel | undefined {
    const upper = name.toLocaleUpperCase();
    return this.names.find((n) => n.name.toLocaleUpperCase() === upper);
  }

  addName(name: unknown, formula: string, comment: unknown): NameModel {
    const problem = definedNameProblem(name);
    if (problem !== null) throw officeError('InvalidArgument', problem, 'NamedItemCollection.add');
    if (comment !== undefined && typeof comment !== 'string') {
      throw officeError('InvalidArgument', 'The comment must be a string.', 'NamedItemCollection.add');
    }
    if (this.findName(name as string) !== undefined) {
      throw officeError('ItemAlreadyExists', `A name '${String(name)}' already exists.`, 'NamedItemCollection.add');
    }
    const parsed = parseFormula(formula);
    if ('error' in parsed) throw officeError('InvalidArgument', `Invalid reference: ${formula}`, 'NamedItemCollection.add');
    const n: NameModel = { name: name as string, formula, comment: (comment) ?? '', visible: true, deleted: false };
    this.names.push(n);
    this.touch();
    return n;
  }

  deleteName(n: NameModel): void {
    this.names = this.names.filter((x) => x !== n);
    n.deleted = true;
    this.touch();
  }

  setNameFormula(n: NameModel, formula: string): void {
    const parsed = parseFormula(formula);
    if ('error' in parsed) throw officeError('InvalidArgument', `Invalid formula: ${formula}`, 'NamedItem.formula');
    n.formula = formula;
    this.touch();
  }

  // ---------------------------------------------------------------- settings

  settingsBytes(extra?: { key: string; json: string | null }): number {
    const entries = new Map(this.settings);
    if (extra !== undefined) {
      if (extra.json === null) entries.delete(extra.key);
      else entries.set(extra.key, extra.json);
    }
    let text = '{';
    let first = true;
    for (const [k, v] of entries) {
      text += `${first ? '' : ','}${JSON.stringify(k)}:${v}`;
      first = false;
    }
    return utf8Length(text + '}');
  }

  setSetting(key: unknown, value: unknown, location: string): void {
    if (typeof key !== 'string' || key.length === 0) throw officeError('InvalidArgument', 'The setting key must be a non-empty string.', location);
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') {
      throw officeError('InvalidArgument', 'The setting value must be JSON-serialisable.', location);
    }
    const json = JSON.stringify(value);
    const total = this.settingsBytes({ key, json });
    if (total > this.options.settingsLimitBytes) {
      throw officeError(
        'InvalidArgument',
        `The document's settings would take ${total} bytes; the limit is ${this.options.settingsLimitBytes}.`,
        location,
      );
    }
    this.settings.set(key, json);
  }

  // ---------------------------------------------------------------- custom XML

  addXmlPart(xml: unknown): XmlPartModel {
    const ns = xmlRootNamespace(xml);
    if (ns === null) throw officeError('InvalidArgument', 'The XML is not well formed.', 'CustomXmlPartCollection.add');
    this.xmlSeq += 1;
    const part: XmlPartModel = {
      id: `{${this.xmlSeq.toString(16).toUpperCase().padStart(8, '0')}-0000-4000-8000-000000000000}`,
      xml: xml as string,
      namespaceUri: ns,
      deleted: false,
    };
    this.xmlParts.push(part);
    return part;
  }

  setXml(part: XmlPartModel, xml: unknown): void {
    const ns = xmlRootNamespace(xml);
    if (ns === null) throw officeError('InvalidArgument', 'The XML is not well formed.', 'CustomXmlPart.setXml');
    part.xml = xml as string;
    part.namespaceUri = ns;
  }

  deleteXmlPart(part: XmlPartModel): void {
    this.xmlParts = this.xmlParts.filter((p) => p !== part);
    part.deleted = true;
  }

  // ---------------------------------------------------------------- misc

  address(sheet: SheetModel, r: Rect): string {
    return qualifiedAddress(sheet.name, r);
  }

  /** Text of a named item's target range, e.g. `Sheet1!$A$1:$B$2`, or null if the name is not a single reference. */
  nameRange(n: NameModel): { sheet: SheetModel; rect: Rect } | null {
    const parsed = parseFormula(n.formula);
    if ('error' in parsed) return null;
    const toks = parsed.tokens.filter((t) => t.t !== 'ws');
    const only = toks[0];
    if (toks.length !== 1 || only?.t !== 'ref' || only.body === null || only.deletedSheet || only.sheet === null) return null;
    const sheet = this.findSheetByName(only.sheet);
    if (sheet === undefined) return null;
    return { sheet, rect: { r0: only.body.r0, c0: only.body.c0, r1: only.body.r1, c1: only.body.c1 } };
  }

  intersects(a: Rect, b: Rect): boolean {
    return intersect(a, b) !== null;
  }
}

const BORDER_KEYS = new Set<keyof Fmt>(['bTop', 'bBottom', 'bLeft', 'bRight', 'bDiagDown', 'bDiagUp']);

export const FMT_KEYS: Array<keyof Fmt> = [
  'numberFormat',
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'fontColor',
  'fontSize',
  'fontName',
  'fillColor',
  'hAlign',
  'vAlign',
  'wrap',
  'indent',
  'bTop',
  'bBottom',
  'bLeft',
  'bRight',
  'bDiagDown',
  'bDiagUp',
];

/**
 * Minimal well-formedness check (no DOM in Node, no Node built-ins in the browser build):
 * balanced tags and a single root element. Returns the root element's namespace URI ('' if none).
 */
export function xmlRootNamespace(xml: unknown): string | null {
  if (typeof xml !== 'string') return null;
  const body = xml
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
    .trim();
  const tagRe = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  const stack: string[] = [];
  let rootNs: string | null = null;
  let roots = 0;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = tagRe.exec(body)) !== null) {
    const between = body.slice(last, m.index);
    if (between.includes('<') || (stack.length === 0 && between.trim() !== '')) return null;
    last = m.index + m[0].length;
    const [, close, tag = '', attrs = '', selfClose] = m;
    if (close === '/') {
      if (stack.pop() !== tag) return null;
      continue;
    }
    if (stack.length === 0) {
      roots++;
      const prefix = tag.includes(':') ? tag.split(':')[0] : null;
      const attr = prefix === null ? /\sxmlns\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attrs) : new RegExp(`\\sxmlns:${prefix}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
      rootNs = attr === null ? '' : (attr[1] ?? attr[2] ?? '');
    }
    if (selfClose !== '/') stack.push(tag);
  }
  const tail = body.slice(last);
  if (tail.includes('<') || tail.trim() !== '' || stack.length !== 0 || roots !== 1) return null;
  return rootNs;
}

/**
 * What inserting or deleting `rect` along `axis` does: whole rows/columns shift everything,
 * a partial rect shifts only the band of cells beside it.
 */
function shiftOpFor(type: ShiftOp['type'], axis: ShiftOp['axis'], sheet: SheetModel, rect: Rect): { op: ShiftOp; entire: boolean } {
  const at = axis === 'row' ? rect.r0 : rect.c0;
  const count = axis === 'row' ? rect.r1 - rect.r0 + 1 : rect.c1 - rect.c0 + 1;
  const entire = axis === 'row' ? isEntireRows(rect) : isEntireCols(rect);
  const op: ShiftOp = { type, axis, sheetName: sheet.name, at, count };
  if (!entire) op.band = axis === 'row' ? { from: rect.c0, to: rect.c1 } : { from: rect.r0, to: rect.r1 };
  return { op, entire };
}
