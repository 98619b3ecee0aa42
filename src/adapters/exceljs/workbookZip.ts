/**
 * The zip container of an .xlsx, checked before any library inflates it (docs/readback.md,
 * W1–W2): the central directory is read by hand, the entry count and the declared sizes are
 * capped, and every entry is then inflated with its declared size as a hard ceiling, so a
 * file that lies about its sizes (a zip bomb) is stopped in bounded memory.
 */
import { inflateRawSync } from 'node:zlib';

/** The largest .xlsx read at all: the largest workbook the input limits allow is under 3 MB. */
export const MAX_WORKBOOK_FILE_BYTES = 32 * 1024 * 1024;
/** A workbook has a handful of parts per sheet; 1,000 committees stay far below this. */
export const MAX_ZIP_ENTRIES = 10_000;
/**
 * All parts inflated together: nearly twice the largest workbook the input limits allow (19–23 MB
 * at 45,000–49,000 rows, read in 1 GB); ExcelJS needs about 45 bytes of memory per byte of sheet XML.
 */
export const MAX_INFLATED_BYTES = 40 * 1024 * 1024;

export type ZipRefusal =
  | { code: 'workbookNotZip' }
  | { code: 'workbookNotXlsx'; part: string }
  | { code: 'workbookTooManyEntries'; actual: number; limit: number }
  | { code: 'workbookFileTooLarge'; actual: number; limit: number }
  | { code: 'workbookTooLarge'; actual: number; limit: number; part: string }
  | { code: 'workbookUnsupportedZip'; part: string; detail: string }
  | { code: 'workbookDamaged'; part: string; detail: string };

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** Where the entry's record in the central directory starts and ends. */
  central: { start: number; end: number };
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const DESCRIPTOR_SIGNATURE = 0x08074b50;
const EOCD_LENGTH = 22;
const MAX_COMMENT = 0xffff;
/** The parts without which no program can open the file as a workbook. */
const REQUIRED_PARTS = ['[Content_Types].xml', 'xl/workbook.xml'];

/** Undefined when the bytes are a zip that is safe to hand to a library; else why not. */
export function checkWorkbookZip(bytes: Uint8Array): ZipRefusal | undefined {
  if (bytes.length > MAX_WORKBOOK_FILE_BYTES) return { code: 'workbookFileTooLarge', actual: bytes.length, limit: MAX_WORKBOOK_FILE_BYTES };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = readDirectory(bytes, view);
  if ('code' in directory) return directory;
  for (const part of REQUIRED_PARTS) if (!directory.some((e) => e.name === part)) return { code: 'workbookNotXlsx', part };
  let declared = 0;
  for (const entry of directory) {
    declared += entry.size;
    if (declared > MAX_INFLATED_BYTES) return { code: 'workbookTooLarge', actual: declared, limit: MAX_INFLATED_BYTES, part: entry.name };
  }
  for (const entry of directory) {
    const refusal = checkEntry(bytes, view, entry);
    if (refusal !== undefined) return refusal;
  }
  return undefined;
}

function readDirectory(bytes: Uint8Array, view: DataView): Entry[] | ZipRefusal {
  const eocd = findEndOfDirectory(bytes, view);
  if (eocd === undefined) return { code: 'workbookNotZip' };
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) return { code: 'workbookUnsupportedZip', part: 'the zip directory', detail: 'ZIP64' };
  if (count > MAX_ZIP_ENTRIES) return { code: 'workbookTooManyEntries', actual: count, limit: MAX_ZIP_ENTRIES };
  if (directoryOffset + directorySize > eocd) return { code: 'workbookNotZip' };
  const entries: Entry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return { code: 'workbookNotZip' };
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > eocd) return { code: 'workbookNotZip' };
    entries.push({
      name: new TextDecoder('utf-8').decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      central: { start: at, end: next },
    });
    at = next;
  }
  return entries;
}

/**
 * The zip without the parts whose names `drop` matches; the other entries are copied byte for
 * byte. Only for bytes checkWorkbookZip accepted (anything else is returned as it is).
 */
export function withoutParts(bytes: Uint8Array, drop: RegExp): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = readDirectory(bytes, view);
  if ('code' in directory) return bytes;
  const kept = directory.filter((entry) => !drop.test(entry.name));
  if (kept.length === directory.length) return bytes;
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of kept) {
    const local = bytes.subarray(entry.localOffset, localEnd(view, entry));
    const central = bytes.slice(entry.central.start, entry.central.end);
    new DataView(central.buffer).setUint32(42, offset, true);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(EOCD_LENGTH);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, EOCD_SIGNATURE, true);
  endView.setUint16(8, kept.length, true);
  endView.setUint16(10, kept.length, true);
  endView.setUint32(12, directorySize, true);
  endView.setUint32(16, offset, true);
  const out = new Uint8Array(offset + directorySize + EOCD_LENGTH);
  let at = 0;
  for (const piece of [...locals, ...centrals, end]) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** The end of an entry's local header, data and data descriptor (flag bit 3), if it has one. */
function localEnd(view: DataView, entry: Entry): number {
  const local = entry.localOffset;
  const dataEnd = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true) + entry.compressedSize;
  if ((entry.flags & 0x8) === 0) return dataEnd;
  const signed = dataEnd + 4 <= view.byteLength && view.getUint32(dataEnd, true) === DESCRIPTOR_SIGNATURE;
  return Math.min(view.byteLength, dataEnd + (signed ? 16 : 12));
}

/** The end-of-central-directory record: the last 22 bytes, or further back past a comment. */
function findEndOfDirectory(bytes: Uint8Array, view: DataView): number | undefined {
  const lowest = Math.max(0, bytes.length - EOCD_LENGTH - MAX_COMMENT);
  for (let at = bytes.length - EOCD_LENGTH; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return undefined;
}

function checkEntry(bytes: Uint8Array, view: DataView, entry: Entry): ZipRefusal | undefined {
  const part = entry.name;
  if ((entry.flags & 0x1) !== 0) return { code: 'workbookUnsupportedZip', part, detail: 'encrypted' };
  if (entry.method !== 0 && entry.method !== 8) return { code: 'workbookUnsupportedZip', part, detail: `compression method ${entry.method}` };
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) return { code: 'workbookDamaged', part, detail: 'no local header' };
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return { code: 'workbookDamaged', part, detail: 'truncated' };
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return data.length === entry.size ? undefined : { code: 'workbookDamaged', part, detail: 'size' };
  let inflated: number;
  try {
    // The declared size is the ceiling: zlib stops with an error the moment output passes it.
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) }).length;
  } catch (failure) {
    if (isOutputLimit(failure)) return { code: 'workbookTooLarge', actual: entry.size + 1, limit: entry.size, part };
    return { code: 'workbookDamaged', part, detail: 'deflate data' };
  }
  return inflated === entry.size ? undefined : { code: 'workbookDamaged', part, detail: 'size' };
}

/** zlib's "output passed maxOutputLength"; told by its code, since the error may come from another realm. */
function isOutputLimit(failure: unknown): boolean {
  return typeof failure === 'object' && failure !== null && 'code' in failure && failure.code === 'ERR_BUFFER_TOO_LARGE';
}
