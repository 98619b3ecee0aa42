/**
 * Telling the task pane when the user edits one of the add-in's sheets, so its read-back
 * stays current; the add-in's own writes are not the user's and are ignored.
 */
import { readStoredSettings } from './storedSettings';

export interface TableChange {
  worksheetId: string;
  address: string;
  changeType: string;
}

export interface WatchOptions {
  /** Quiet time before `onChange` runs, so typing a row of amounts is one notification. Default 500 ms. */
  debounceMs?: number;
  /** Where a failure of `onChange` goes; by default it is rethrown outside the event (an uncaught error). */
  onError?: (error: unknown) => void;
}

/**
 * Calls `onChange` when the user edits one of the add-in's sheets. Changes the add-in
 * makes itself (`triggerSource` "ThisLocalAddin", e.g. a build) are not the user's and are
 * ignored. Returns a function that stops watching. Two syncs: the state, then the handlers.
 */
export async function watchTables(
  context: Excel.RequestContext,
  onChange: (changes: TableChange[]) => void | Promise<void>,
  options: WatchOptions = {},
): Promise<() => Promise<void>> {
  const debounceMs = options.debounceMs ?? 500;
  const onError = options.onError ?? ((error: unknown) => void setTimeout(() => { throw error; }, 0));
  const worksheets = context.workbook.worksheets.load('items/id');
  const stored = readStoredSettings(context);
  await context.sync();
  const { state } = await stored();
  const present = new Set(worksheets.items.map((s) => s.id));
  let pending: TableChange[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deliver = (): void => {
    timer = undefined;
    const changes = pending;
    pending = [];
    Promise.resolve()
      .then(() => onChange(changes))
      .catch(onError);
  };
  // eslint-disable-next-line @typescript-eslint/require-await -- Office.js event handlers must return a promise.
  const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (event.triggerSource === 'ThisLocalAddin') return;
    pending.push({ worksheetId: event.worksheetId, address: event.address, changeType: event.changeType });
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(deliver, debounceMs);
  };
  const registrations = (state?.sheets ?? []).filter((s) => present.has(s.id)).map((s) => context.workbook.worksheets.getItem(s.id).onChanged.add(handler));
  await context.sync();
  return async () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = [];
    for (const registration of registrations) registration.remove();
    await context.sync();
  };
}
