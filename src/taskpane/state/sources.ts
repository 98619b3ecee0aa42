/**
 * Turning what the user offers (a picked or dropped file, pasted text, the sample, the
 * workbook's stored definitions) into a `Source`: bytes and a name. Everything then takes
 * the same road through `loadDefinitions`, so every origin is validated the same way.
 */
import type { InitiativeFile } from '../../core/format/types';
import type { Source } from './types';
import type { Notice } from './paneState';

/** Far above any real budget file (the sample is 19 kB), low enough that a wrong file cannot stall the pane. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const ACCEPTED = /\.(json|csv|txt|tsv)$/i;

/** The `accept` attribute of the file picker. */
export const FILE_ACCEPT = '.json,.csv,application/json,text/csv';

/** Why a file cannot be loaded before reading it, or undefined when it can. */
export function checkFile(name: string, size: number): Notice | undefined {
  if (!ACCEPTED.test(name)) return { kind: 'notAFileType', name };
  if (size > MAX_FILE_BYTES) return { kind: 'tooLarge', name, limitBytes: MAX_FILE_BYTES };
  return undefined;
}

/**
 * Pasted text has no file name: the name given has no extension, so the loader
 * recognises JSON by its first character and reads anything else as CSV.
 */
export function sourceFromText(text: string, name: string): Source {
  return { fileName: name.replace(/\.[^.]*$/, ''), bytes: new TextEncoder().encode(text), origin: 'paste' };
}

export function sourceFromDefinitions(file: InitiativeFile, name: string, origin: 'sample' | 'stored' | 'readback'): Source {
  return { fileName: name, bytes: new TextEncoder().encode(JSON.stringify(file, null, 2)), origin };
}

export async function sourceFromFile(file: Blob & { name: string }): Promise<Source> {
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), origin: 'file' };
}
