/**
 * What Budget Tables remembers inside a workbook: the definitions of the last build,
 * the layout options, and which sheets and names it owns. The add-in keeps it in
 * workbook settings (saved with the document, so any machine can rebuild or read
 * back); the command line's files keep the same text in a very hidden worksheet
 * (STATE_SHEET_NAME), since a file has no settings that every program preserves.
 *
 * Host-neutral: CompressionStream, TextEncoder and base64 exist in Node 20 and in
 * every browser Office runs in, so the CLI and the add-in share one encoding.
 *
 * Settings are capped at 2 MB per document, so the definitions are gzipped and
 * base64-encoded; the result says when the stored state passes WARN_BYTES.
 */
import type { InitiativeFile } from '../../core/format/types';
import type { Lang } from '../../core/i18n/lang';

export const STATE_KEY = 'BudgetTables.State';
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;
/** Warn at half the limit: well before a workbook could stop saving its source. */
export const WARN_BYTES = SETTINGS_LIMIT_BYTES / 2;

export interface LayoutChoice {
  lang: Lang;
  decimals: number;
  committees?: string[];
}

export interface OwnedSheet {
  /** The plan's stable key, e.g. "committee:hosp". */
  key: string;
  /**
   * Excel's worksheet id: survives the user renaming the sheet. Empty in a file the
   * command line wrote: a file has no ids, so there the name is what identifies the sheet.
   */
  id: string;
  /** The name the add-in gave it. */
  name: string;
}

export interface StoredState {
  version: 1;
  definitions: InitiativeFile;
  layout: LayoutChoice;
  /** User sheet names the last plan had to avoid; needed to rebuild that plan exactly. */
  reservedSheetNames: string[];
  sheets: OwnedSheet[];
  names: string[];
  /** True between the start and the end of a build: a retry must finish it, not see conflicts. */
  inProgress: boolean;
  /**
   * Sheets a build in progress is creating, recorded (in the same request, before the
   * sheets are added) by name, since their ids are not known yet: a retry claims them.
   */
  pending?: { key: string; name: string }[];
}

/** The very hidden worksheet of a file written by the command line that holds the encoded state. */
export const STATE_SHEET_NAME = 'BudgetTables_State';
/** Excel holds at most 32,767 characters in a cell; stay clearly below it. */
export const STATE_CHUNK_CHARS = 32_000;

/** The encoded state cut into cells of column A, top to bottom. */
export function splitStateIntoChunks(encoded: string, size = STATE_CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < encoded.length; i += size) chunks.push(encoded.slice(i, i + size));
  return chunks;
}

interface Envelope {
  encoding: 'gzip-base64';
  data: string;
}

export async function encodeState(state: StoredState): Promise<string> {
  const gz = await transform(new TextEncoder().encode(JSON.stringify(state)), new CompressionStream('gzip'));
  const envelope: Envelope = { encoding: 'gzip-base64', data: toBase64(gz) };
  return JSON.stringify(envelope);
}

export async function decodeState(stored: unknown): Promise<StoredState | undefined> {
  if (typeof stored !== 'string') return undefined;
  const envelope = JSON.parse(stored) as Partial<Envelope>;
  if (envelope.encoding !== 'gzip-base64' || typeof envelope.data !== 'string') {
    throw new Error(`The stored Budget Tables state has an unknown encoding: ${String(envelope.encoding)}`);
  }
  const json = new TextDecoder().decode(await transform(fromBase64(envelope.data), new DecompressionStream('gzip')));
  const state = JSON.parse(json) as StoredState;
  if (state.version !== 1) throw new Error(`The stored Budget Tables state has version ${String(state.version)}; this add-in reads version 1.`);
  return state;
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>);
  void writer.close();
  const chunks: Uint8Array[] = [];
  const reader = stream.readable.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value as Uint8Array);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}
