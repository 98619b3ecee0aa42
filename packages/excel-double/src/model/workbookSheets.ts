/**
 * The workbook's state and its sheets: adding, renaming, deleting, moving, hiding and
 * activating sheets (with the formulas that name them rewritten), calculation (lazy, through
 * the installed calculator, and the calculation mode) and the registry of live ranges.
 * Layered: WorkbookSheets → WorkbookCells → WorkbookStructure → WorkbookModel.
 */
import type { Rect } from '../a1';
import { officeError } from '../errors';
import { deleteSheetInFormula, renameSheetInFormula } from '../formula/adjust';
import type { Scalar } from '../input';
import type { ChangeRecord, NameModel, XmlPartModel, ModelOptions } from './types';
import { LiveRange, SheetModel } from './sheet';
import { sheetNameProblem } from './checks';

export class WorkbookSheets {
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
  calculator: ((model: this, onlyPending: boolean) => void) | null = null;
  recalculations = 0;
  protected xmlSeq = 0;

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
    // By design in Excel (office-js#365): a very hidden sheet must be made visible or hidden before it can be deleted.
    if (sheet.visibility === 'VeryHidden') {
      throw officeError('GeneralException', 'There was an internal error while processing the request.', 'Worksheet.delete');
    }
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

  // ---------------------------------------------------------------- live ranges

  live(sheet: SheetModel, r: Rect): LiveRange {
    const lr = new LiveRange(sheet, r);
    this.liveRanges.add(lr);
    return lr;
  }

  release(lr: LiveRange): void {
    this.liveRanges.delete(lr);
  }
}
