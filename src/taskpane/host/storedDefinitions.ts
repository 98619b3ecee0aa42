/**
 * Reads the last build's stored state (definitions and layout) from the workbook settings.
 * Shared by the Office.js host and the browser preview, since both hand it an `Excel.RequestContext`.
 */
import { decodeState, STATE_KEY, type StoredState } from '../../adapters/officejs/state';
import type { InitiativeFile } from '../../core/format/types';

export async function readStoredState(context: Excel.RequestContext): Promise<StoredState | undefined> {
  const setting = context.workbook.settings.getItemOrNullObject(STATE_KEY);
  setting.load('value');
  await context.sync();
  if (setting.isNullObject) return undefined;
  return decodeState(setting.value);
}

export async function readStoredDefinitions(context: Excel.RequestContext): Promise<InitiativeFile | undefined> {
  return (await readStoredState(context))?.definitions;
}
