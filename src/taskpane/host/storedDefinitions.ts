/**
 * Reads the definitions of the last build back from the workbook settings. Shared by the
 * Office.js host and the browser preview, since both hand it an `Excel.RequestContext`.
 */
import { decodeState, STATE_KEY } from '../../adapters/officejs/state';
import type { InitiativeFile } from '../../core/format/types';

export async function readStoredDefinitions(context: Excel.RequestContext): Promise<InitiativeFile | undefined> {
  const setting = context.workbook.settings.getItemOrNullObject(STATE_KEY);
  setting.load('value');
  await context.sync();
  if (setting.isNullObject) return undefined;
  const state = await decodeState(setting.value);
  return state?.definitions;
}
