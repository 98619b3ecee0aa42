/**
 * The browser preview's workbook: the in-memory Excel double (HyperFormula inside), driven
 * by the same Office.js writer as the add-in. This module is reachable only from the preview
 * entry, never from the add-in's (tests/e2e/bundle.test.ts checks the built files).
 *
 * The double and HyperFormula are loaded on first use, and the writer with the pane's engine
 * chunk, so the pane renders without waiting for either.
 */
import type { BuildResult, ProgressReport } from '../adapters/officejs/applyPlan';
import type { InitiativeFile } from '../core/format/types';
import type { Lang } from '../core/i18n/lang';
import type { LayoutPlan } from '../core/layout/plan';
import type { ExcelDouble, SheetSnapshot } from '@budget-tables/excel-double';
import { loadEngine } from '../taskpane/engineLoader';
import { readStoredDefinitions as readStored, readStoredState } from '../taskpane/host/storedDefinitions';
import type { BuildRequest, CompareRoundResult, RepairResult, RoundsReading, SaveRoundResult, WorkbookHost, WorkbookReadBack } from '../taskpane/host/types';

export interface GridCell {
  text: string;
  bold: boolean;
  italic: boolean;
  indent: number;
  align: 'left' | 'center' | 'right';
  /** The formula behind the value, for the cell's title; undefined for constants. */
  formula?: string;
  /** The value is a number: its text is shown in the reader's number style (localNumberText). */
  numeric: boolean;
}

export interface GridSheet {
  name: string;
  /** Visible columns (0-based), in order; the hidden role column is left out. */
  columns: number[];
  /** Column widths in CSS pixels, by column index. */
  widths: number[];
  rows: GridCell[][];
}

export interface PreviewWorkbook {
  host: WorkbookHost;
  /** The sheets as the grid shows them, formatted and recalculated. */
  read(): Promise<GridSheet[]>;
  /** Called after every change to the workbook (a write, or an edit through the test hook). */
  subscribe(listener: () => void): () => void;
  /** The layout plan of the last successful write, for "Download .xlsx". */
  lastPlan(): LayoutPlan | undefined;
  /** Edits "typed by a person" (the double's user actions); for the console and the end-to-end tests. */
  userEdit(edit: (user: ExcelDouble['user']) => void): Promise<void>;
  /** A person types `input` into one cell (`Hospitalsudvalget`, `D11`), as in Excel: numbers, `=` formulas, text. */
  type(sheet: string, address: string, input: string | number | boolean): Promise<void>;
  /** A person inserts `count` whole rows above 1-based row `before`. */
  insertRows(sheet: string, before: number, count?: number): Promise<void>;
}

export function createPreviewWorkbook(displayLanguage: string): PreviewWorkbook {
  let doublePromise: Promise<ExcelDouble> | undefined;
  const getDouble = (): Promise<ExcelDouble> => {
    doublePromise ??= import(/* webpackChunkName: "preview-double" */ '@budget-tables/excel-double').then((m) => m.createExcelDouble({ sheets: ['Sheet1'] }));
    return doublePromise;
  };
  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((listener) => listener());
  let plan: LayoutPlan | undefined;

  const write = async (request: BuildRequest, onProgress: (report: ProgressReport) => void): Promise<BuildResult> => {
    const [double, { writeTables, planLayout }] = await Promise.all([getDouble(), loadEngine()]);
    try {
      const result = await double.run((context) => writeTables(context, request, onProgress));
      // The file download holds only the add-in's sheets, so no user sheet names need avoiding.
      if (result.status === 'written') plan = planLayout(request);
      return result;
    } finally {
      // Even a failed build may have written part of the workbook: show what is there.
      notify();
    }
  };

  const readStoredDefinitions = async (): Promise<InitiativeFile | undefined> => {
    const double = await getDouble();
    return double.run((context) => readStored(context));
  };

  const readBack = async (): Promise<WorkbookReadBack | undefined> => {
    const [double, { readBackWorkbook }] = await Promise.all([getDouble(), loadEngine()]);
    return double.run((context) => readBackWorkbook(context));
  };

  const repair = async (onProgress: (report: ProgressReport) => void): Promise<RepairResult> => {
    const [double, { repairWorkbook, planLayout }] = await Promise.all([getDouble(), loadEngine()]);
    try {
      const result = await double.run((context) => repairWorkbook(context, onProgress));
      if (result.status === 'repaired' && result.build.status === 'written') {
        // The repair built with the stored layout; the download follows what is in the workbook now.
        const state = await double.run((context) => readStoredState(context));
        if (state !== undefined) plan = planLayout(state);
      }
      return result;
    } finally {
      notify();
    }
  };

  const listSnapshots = async (): Promise<RoundsReading> => {
    const [double, { listRounds }] = await Promise.all([getDouble(), loadEngine()]);
    return double.run((context) => listRounds(context));
  };

  const saveSnapshot = async (name: string): Promise<SaveRoundResult> => {
    const [double, { saveRound }] = await Promise.all([getDouble(), loadEngine()]);
    return double.run((context) => saveRound(context, name, new Date()));
  };

  const compareSnapshot = async (name: string): Promise<CompareRoundResult> => {
    const [double, { compareRound }] = await Promise.all([getDouble(), loadEngine()]);
    return double.run((context) => compareRound(context, name));
  };

  const watch = async (onChange: () => void): Promise<() => Promise<void>> => {
    const [double, { watchTables }] = await Promise.all([getDouble(), loadEngine()]);
    // Like the add-in's `new Excel.RequestContext()`: the handlers outlive any one batch.
    const context = double.newContext() as unknown as Excel.RequestContext;
    return watchTables(context, () => onChange());
  };

  const userEdit = async (edit: (user: ExcelDouble['user']) => void): Promise<void> => {
    const double = await getDouble();
    try {
      edit(double.user);
    } finally {
      notify();
    }
  };

  return {
    host: { kind: 'preview', displayLanguage, write, readStoredDefinitions, readBack, repair, listSnapshots, saveSnapshot, compareSnapshot, watch },
    read: async () => {
      const double = await getDouble();
      // Like Excel's tabs: hidden sheets are not shown.
      return double.inspect
        .sheets()
        .map((name) => double.inspect.sheet(name))
        .filter((sheet) => sheet.visibility === 'Visible')
        .map(toGrid);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lastPlan: () => plan,
    userEdit,
    type: (sheet, address, input) => userEdit((user) => user.type(sheet, address, input)),
    insertRows: (sheet, before, count = 1) => userEdit((user) => user.insertRows(sheet, before, count)),
  };
}

const ALIGN: Record<string, GridCell['align'] | undefined> = { Left: 'left', Center: 'center', Right: 'right' };

/** A snapshot of the double as plain cells for the grid: the double's display `text`, and its formatting. */
export function toGrid(sheet: SheetSnapshot): GridSheet {
  const hidden = new Set(sheet.hiddenColumns.map(columnIndex));
  const width = sheet.text[0]?.length ?? 0;
  const columns = Array.from({ length: width }, (_, c) => c).filter((c) => !hidden.has(c));
  const widths = Array.from({ length: width }, (_, c) => {
    const points = sheet.columnWidths[columnLetters(c)];
    // A point is 4/3 of a CSS pixel; Excel's default column (8.43 characters) is 64 px.
    return points === undefined ? 64 : Math.round(points / 0.75);
  });
  const rows = sheet.text.map((line, r) =>
    line.map((text, c): GridCell => {
      const format = sheet.formats[r]?.[c];
      const value = sheet.values[r]?.[c];
      const formula = sheet.formulas[r]?.[c];
      const general = typeof value === 'number' ? 'right' : 'left';
      return {
        text,
        bold: format?.bold ?? false,
        italic: format?.italic ?? false,
        indent: format?.indentLevel ?? 0,
        align: ALIGN[format?.horizontalAlignment ?? 'General'] ?? general,
        numeric: typeof value === 'number',
        // Text that merely starts with "=" reads back the same as a value and as a formula; a formula differs.
        ...(typeof formula === 'string' && formula.startsWith('=') && formula !== value ? { formula } : {}),
      };
    }),
  );
  return { name: sheet.name, columns, widths, rows };
}

/**
 * A number's display text in the pane's language. The double renders number formats as en-US
 * Excel does (1,365.8); Danish Excel shows the same format with its own separators (1.365,8),
 * so the grid swaps them, as Excel's locale does. (A literal "." or "," quoted inside a format
 * would be swapped too; the add-in's formats have none.)
 */
export function localNumberText(text: string, lang: Lang): string {
  return lang === 'en' ? text : text.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'));
}

export function columnLetters(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface GridSegment {
  /** The first (0-based) sheet column of the segment. */
  column: number;
  /** How many visible columns it covers. */
  span: number;
  cell?: GridCell;
}

/**
 * Left-aligned text runs on into the empty cells to its right, as Excel shows it, so a
 * long title in a narrow column stays readable. Numbers and other alignments keep their cell.
 */
export function spillRow(cells: readonly GridCell[], columns: readonly number[]): GridSegment[] {
  const segments: GridSegment[] = [];
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as number;
    const cell = cells[column];
    let span = 1;
    if (cell !== undefined && cell.text !== '' && cell.align === 'left') {
      while (i + span < columns.length && (cells[columns[i + span] as number]?.text ?? '') === '') span++;
    }
    segments.push({ column, span, ...(cell === undefined ? {} : { cell }) });
    i += span - 1;
  }
  return segments;
}
