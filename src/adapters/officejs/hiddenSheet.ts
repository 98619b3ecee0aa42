/**
 * The command line keeps its stored state and rounds in hidden sheets (BudgetTables_State,
 * BudgetTables_Snapshots: the text in column A, STATE_CHUNK_CHARS a cell; docs/readback.md).
 * The add-in reads such a sheet when its own setting is absent, and keeps it in step when it
 * writes, so `budget-tables read` on the saved file sees what the add-in wrote last.
 *
 * Office.js reads and writes the cells of a hidden or very hidden sheet like any other (only
 * activating or deleting a very hidden one is refused); see the Excel double's README for what
 * is verified.
 */
import { MAX_ENCODED_STATE_CHARS, splitStateIntoChunks, STATE_CHUNK_CHARS } from '../state/state';

/**
 * Rows of column A read: enough chunks for the longest text the decoder accepts (S2), and one
 * more, so that text past the limit is read long enough to be refused as too large.
 */
const MAX_CHUNK_ROWS = Math.ceil(MAX_ENCODED_STATE_CHARS / STATE_CHUNK_CHARS) + 1;

/** A lookup of one hidden sheet, queued in a request the caller already makes. */
export interface HiddenSheetLookup {
  sheet: Excel.Worksheet;
  /** After the sync: the sheet is in the workbook, with any visibility. */
  exists: () => boolean;
  /**
   * After the sync: the sheet is there and not visible, as a build left it (LibreOffice saves a
   * very hidden sheet as hidden). A visible sheet of that name is the user's and is never written.
   */
  keptInStep: () => boolean;
}

/** Queues the lookup; costs no sync of its own. */
export function lookUpHiddenSheet(context: Excel.RequestContext, name: string): HiddenSheetLookup {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load('visibility');
  return {
    sheet,
    exists: () => !sheet.isNullObject,
    keptInStep: () => !sheet.isNullObject && sheet.visibility !== 'Visible',
  };
}

/**
 * One sync: the text in column A from the top to the first cell that is empty or not text,
 * as the command line reads it. Decoding and validating it is the caller's (S1–S5, D16).
 */
export async function readHiddenText(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<string> {
  const column = sheet.getRange(`A1:A${MAX_CHUNK_ROWS}`);
  column.load('values');
  await context.sync();
  const chunks: string[] = [];
  for (const [cell] of column.values) {
    if (typeof cell !== 'string' || cell === '') break;
    chunks.push(cell);
  }
  return chunks.join('');
}

/**
 * Queues column A rewritten with `text`, as the command line writes it: text cells (a chunk may
 * begin with "+" or "=", which must never become a formula) from A1 down, the old chunks cleared.
 */
export function queueHiddenText(context: Excel.RequestContext, name: string, text: string): void {
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.getRange('A:A').clear('Contents');
  const chunks = splitStateIntoChunks(text);
  if (chunks.length === 0) return;
  const range = sheet.getRange(`A1:A${chunks.length}`);
  range.numberFormat = chunks.map(() => ['@']);
  range.values = chunks.map((chunk) => [chunk]);
}
