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
import type { StoredState } from '../../core/state/types';
import { validateStoredState } from '../../core/state/validateState';
import { renderMessage } from '../../core/i18n/catalog';
import type { Lang } from '../../core/i18n/lang';
import { error, type Problem } from '../../core/problems';

export type { LayoutChoice, OwnedSheet, StoredState } from '../../core/state/types';

export const STATE_KEY = 'BudgetTables.State';
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;
/** Warn at half the limit: well before a workbook could stop saving its source. */
export const WARN_BYTES = SETTINGS_LIMIT_BYTES / 2;
/**
 * The largest encoded state read (characters). The add-in's settings hold 2 MB; a file's
 * hidden sheet has no such limit, but the largest input accepted (docs/format.md, T6)
 * gzips to far less than this.
 */
export const MAX_ENCODED_STATE_CHARS = 32 * 1024 * 1024;
/** The largest state JSON inflated: a gzip bomb stops here, in bounded memory (S2). */
export const MAX_STATE_JSON_BYTES = 64 * 1024 * 1024;

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
  return encodeDocument(state);
}

/** Any JSON document in the stored form: gzip, base64, in an envelope naming the encoding (the snapshots use it too). */
export async function encodeDocument(document: unknown): Promise<string> {
  const gz = await transform(new TextEncoder().encode(JSON.stringify(document)), new CompressionStream('gzip'), Number.POSITIVE_INFINITY);
  const envelope: Envelope = { encoding: 'gzip-base64', data: toBase64(gz) };
  return JSON.stringify(envelope);
}

/** A stored state read: absent (nothing stored), valid, or refused with every problem found. */
export type StateReading = { kind: 'absent' } | { kind: 'valid'; state: StoredState } | { kind: 'invalid'; problems: Problem[] };

/**
 * Reads an encoded state as untrusted input (S1–S5): size, envelope, encoding, base64,
 * gzip (inflated in bounded memory), UTF-8, JSON, then the core's validator. Never throws.
 */
export async function readStoredState(stored: unknown): Promise<StateReading> {
  const decoded = await decodeDocument(stored);
  if (decoded.kind !== 'document') return decoded;
  const validation = validateStoredState(decoded.document);
  return validation.state === undefined ? { kind: 'invalid', problems: validation.problems } : { kind: 'valid', state: validation.state };
}

/** A stored document decoded but not yet validated: absent, its JSON value, or refused (S1–S4). */
export type DocumentReading = { kind: 'absent' } | { kind: 'document'; document: unknown } | { kind: 'invalid'; problems: Problem[] };

/**
 * Decodes what encodeDocument wrote, as untrusted input: size, envelope, encoding, base64, gzip
 * (inflated in bounded memory), UTF-8, JSON. Never throws; the caller validates the document.
 */
export async function decodeDocument(stored: unknown): Promise<DocumentReading> {
  if (stored === undefined || stored === null || stored === '') return { kind: 'absent' };
  if (typeof stored !== 'string') return invalid('storedStateDamaged', { detail: typeof stored });
  if (stored.length > MAX_ENCODED_STATE_CHARS) return invalid('storedStateTooLarge', { limit: MAX_ENCODED_STATE_CHARS, actual: stored.length });
  const envelope = parseJson(stored);
  if (!isEnvelopeShaped(envelope)) return invalid('storedStateDamaged', { detail: 'envelope' });
  if (envelope.encoding !== 'gzip-base64') return invalid('storedStateEncoding', { actual: JSON.stringify(envelope.encoding) ?? 'undefined' });
  const gz = fromBase64(envelope.data);
  if (gz === undefined) return invalid('storedStateDamaged', { detail: 'base64' });
  let bytes: Uint8Array;
  try {
    bytes = await transform(gz, new DecompressionStream('gzip'), MAX_STATE_JSON_BYTES);
  } catch (failure) {
    if (failure instanceof InflateLimitError) return invalid('storedStateTooLarge', { limit: MAX_STATE_JSON_BYTES, actual: failure.reached });
    return invalid('storedStateDamaged', { detail: 'gzip' });
  }
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return invalid('storedStateDamaged', { detail: 'UTF-8' });
  }
  const document = parseJson(json);
  if (document === NOT_JSON) return invalid('storedStateDamaged', { detail: 'JSON' });
  return { kind: 'document', document };
}

/** Thrown by decodeState for a state that readStoredState refuses; the problems say where and why. */
export class StoredStateError extends Error {
  /** The problems worded in each language, so the pane can show them without loading the message catalogue first. */
  readonly messages: Record<Lang, string[]>;

  constructor(readonly problems: Problem[]) {
    super(`The workbook's stored Budget Tables definitions are damaged or were changed outside Budget Tables (${problems.map((p) => p.code).join(', ')}); nothing was read or written.`);
    this.name = 'StoredStateError';
    this.messages = { da: problems.map((p) => renderMessage(p.code, 'da', p.params)), en: problems.map((p) => renderMessage(p.code, 'en', p.params)) };
  }
}

/**
 * The state, or undefined when none is stored, for callers that treat a bad state as a
 * host failure (the add-in's writer and readers report it and write nothing).
 *
 * @throws StoredStateError for a state that is not a valid one.
 */
export async function decodeState(stored: unknown): Promise<StoredState | undefined> {
  const reading = await readStoredState(stored);
  if (reading.kind === 'invalid') throw new StoredStateError(reading.problems);
  return reading.kind === 'valid' ? reading.state : undefined;
}

function invalid(code: 'storedStateDamaged' | 'storedStateTooLarge' | 'storedStateEncoding', params: Record<string, string | number>): { kind: 'invalid'; problems: Problem[] } {
  return { kind: 'invalid', problems: [error(code, { kind: 'file' }, params)] };
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

function isEnvelopeShaped(value: unknown): value is { encoding: unknown; data: string } {
  return typeof value === 'object' && value !== null && 'encoding' in value && 'data' in value && typeof value.data === 'string';
}

class InflateLimitError extends Error {
  constructor(readonly reached: number) {
    super(`Inflated past ${reached} bytes.`);
  }
}

/**
 * Pushes bytes through a (de)compression stream, stopping with InflateLimitError as soon as
 * the output passes `limit`: a gzip bomb is cancelled after `limit` bytes, not inflated.
 */
async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Failures surface on the reading side; these are caught so none is left unhandled.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.readable.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    const chunk = next.value as Uint8Array;
    total += chunk.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new InflateLimitError(total);
    }
    chunks.push(chunk);
  }
  const out = new Uint8Array(total);
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

function fromBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  const binary = atob(text);
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}
