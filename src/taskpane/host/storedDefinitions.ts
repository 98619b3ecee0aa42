/**
 * Reads the last build's stored state (definitions and layout) where the workbook keeps it
 * (the add-in's setting, or the command line's hidden sheet: ../../adapters/officejs/storedSettings.ts).
 * Shared by the Office.js host and the browser preview, since both hand it an `Excel.RequestContext`.
 */
import type { StoredState } from '../../adapters/officejs/state';
import { readStoredSettings } from '../../adapters/officejs/storedSettings';
import type { InitiativeFile } from '../../core/format/types';

export async function readStoredState(context: Excel.RequestContext): Promise<StoredState | undefined> {
  const stored = readStoredSettings(context);
  await context.sync();
  return (await stored()).state;
}

export async function readStoredDefinitions(context: Excel.RequestContext): Promise<InitiativeFile | undefined> {
  return (await readStoredState(context))?.definitions;
}
