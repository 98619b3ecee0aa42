/**
 * An .xlsx file built by `budget-tables build` and edited by any program, read into what
 * the core's read-back takes: the stored state from the very hidden sheet, the tables'
 * cells as Range.values / Range.formulas would give them, and the workbook names.
 */
import ExcelJS from 'exceljs';
import { SNAPSHOTS_SHEET_NAME } from '../state/snapshots';
import { readStoredState, STATE_SHEET_NAME, type StoredState } from '../state/state';
import { error, type Problem } from '../../core/problems';
import type { CurrentSheet, ReadBackInput, WorkbookName } from '../../core/readback/types';
import { checkWorkbookZip, withoutParts } from './workbookZip';

/**
 * What a file turned out to be: a Budget Tables workbook with its tables; a workbook without
 * stored definitions; a workbook whose stored definitions are refused (S1–S5); or not a
 * workbook that can be read at all (W1–W3). Never an exception for anything in the file.
 */
export type WorkbookFileReading =
  /**
   * `snapshots`: the encoded snapshots of the very hidden sheet, "" when there are none (docs/rounds.md).
   * `otherSheets`: the sheets that are neither the add-in's tables nor its hidden state and rounds: the user's own.
   */
  | { kind: 'tables'; state: StoredState; input: ReadBackInput; snapshots: string; otherSheets: string[] }
  | { kind: 'noState' }
  | { kind: 'badState'; problems: Problem[] }
  | { kind: 'refused'; problem: Problem };

/**
 * What read-back never looks at and ExcelJS cannot always reconcile when another program
 * wrote it (openpyxl names and links drawings and comments its own way): drawings, comments
 * and the sheets' links to them, with the sheet elements that point into those links.
 */
const UNREAD_PARTS = /^xl\/(?:drawings\/|comments|worksheets\/_rels\/)/;
const UNREAD_SHEET_ELEMENTS = ['drawing', 'legacyDrawing', 'hyperlinks', 'tableParts'];

/** The longest library message quoted to the user: enough to recognise, never a dump. */
const MAX_DETAIL_CHARS = 120;

export async function readWorkbookFile(bytes: Uint8Array, file: string): Promise<WorkbookFileReading> {
  const refusal = checkWorkbookZip(bytes);
  if (refusal !== undefined) {
    const { code, ...params } = refusal;
    return { kind: 'refused', problem: error(code, { kind: 'file' }, { file, ...params }) };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(withoutParts(bytes, UNREAD_PARTS) as unknown as ArrayBuffer, { ignoreNodes: UNREAD_SHEET_ELEMENTS });
  } catch (failure) {
    return { kind: 'refused', problem: error('workbookDamaged', { kind: 'file' }, { file, part: 'XML', detail: concise(failure) }) };
  }
  const stateSheet = workbook.worksheets.find((w) => w.name.toLowerCase() === STATE_SHEET_NAME.toLowerCase());
  if (stateSheet === undefined) return { kind: 'noState' };
  const reading = await readStoredState(stateText(stateSheet));
  if (reading.kind === 'absent') return { kind: 'noState' };
  if (reading.kind === 'invalid') return { kind: 'badState', problems: reading.problems };
  const state = reading.state;
  // A file has no worksheet ids: the sheets are the ones with the names the build gave them.
  const sheets: CurrentSheet[] = state.sheets.flatMap((owned) => {
    const worksheet = workbook.worksheets.find((w) => w.name === owned.name);
    return worksheet === undefined ? [] : [{ key: owned.key, name: worksheet.name, ...grids(worksheet) }];
  });
  const snapshotSheet = workbook.worksheets.find((w) => w.name.toLowerCase() === SNAPSHOTS_SHEET_NAME.toLowerCase());
  const ownNames = new Set([...state.sheets.map((s) => s.name), stateSheet.name, ...(snapshotSheet === undefined ? [] : [snapshotSheet.name])]);
  return {
    kind: 'tables',
    state,
    snapshots: snapshotSheet === undefined ? '' : stateText(snapshotSheet),
    otherSheets: workbook.worksheets.map((w) => w.name).filter((name) => !ownNames.has(name)),
    input: { definitions: state.definitions, layout: state.layout, reservedSheetNames: state.reservedSheetNames, sheets, names: workbookNames(workbook) },
  };
}

function concise(failure: unknown): string {
  const message = (failure instanceof Error ? failure.message : String(failure)).replace(/\s+/g, ' ').trim();
  return message.length > MAX_DETAIL_CHARS ? `${message.slice(0, MAX_DETAIL_CHARS - 1)}…` : message;
}

/** Column A from the top, to the first empty cell: the chunks of the encoded state (or snapshots). */
function stateText(sheet: ExcelJS.Worksheet): string {
  let text = '';
  for (let row = 1; ; row++) {
    const value = plainValue(sheet.getCell(row, 1));
    if (typeof value !== 'string' || value === '') return text;
    text += value;
  }
}

function grids(sheet: ExcelJS.Worksheet): { values: unknown[][]; formulas: unknown[][] } {
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const valueRow: unknown[] = [];
    const formulaRow: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      valueRow[columnNumber - 1] = plainValue(cell);
      formulaRow[columnNumber - 1] = cell.type === ExcelJS.ValueType.Formula ? `=${cell.formula}` : plainValue(cell);
    });
    values[rowNumber - 1] = valueRow;
    formulas[rowNumber - 1] = formulaRow;
  });
  return { values, formulas };
}

/**
 * What Excel's Range.values would show: the number, text or boolean; the cached result of a
 * formula (undefined when the file has none: then no total can be checked against it);
 * an error as its text, e.g. "#REF!".
 */
function plainValue(cell: ExcelJS.Cell): unknown {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = cell.result;
    if (result !== null && typeof result === 'object' && 'error' in result) return String(result.error);
    return result instanceof Date ? result.toISOString() : result;
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return String(value.error);
  if ('text' in value && typeof value.text === 'string') return value.text;
  return cell.text;
}

function workbookNames(workbook: ExcelJS.Workbook): WorkbookName[] {
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
  return model.filter((n) => n.ranges.length === 1).map((n) => ({ name: n.name, formula: `=${n.ranges[0] ?? ''}` }));
}
