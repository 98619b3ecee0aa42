/**
 * Broken and hostile workbooks, generated at test time from a real build (never stored:
 * a bomb in the repository would be a bomb for every tool that scans it). Each case says
 * what `budget-tables read` must answer (docs/readback.md, W1–W4 and S1–S5).
 */
import { deflateRawSync, constants as zlibConstants } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { encodeState, splitStateIntoChunks, STATE_SHEET_NAME } from '../../src/adapters/state/state';

export interface ZipEntrySpec {
  name: string;
  /** The bytes as stored (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8 | 12;
  /** The uncompressed size the directory declares: honest or not. */
  size: number;
  flags?: number;
}

/** A zip written by hand, so sizes, methods and flags can lie (no CRC: nothing checks it before the guard). */
export function writeZip(entries: readonly ZipEntrySpec[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    writeCommonFields(local, 6, entry, name.length);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    writeCommonFields(central, 8, entry, name.length);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.data));
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** Flags, method, sizes and name length: the same layout in both headers, from `at` on. */
function writeCommonFields(header: Buffer, at: number, entry: ZipEntrySpec, nameLength: number): void {
  header.writeUInt16LE(entry.flags ?? 0, at);
  header.writeUInt16LE(entry.method, at + 2);
  header.writeUInt32LE(entry.data.length, at + 12);
  header.writeUInt32LE(entry.size, at + 16);
  header.writeUInt16LE(nameLength, at + 20);
}

/**
 * Raw deflate data that inflates to `megabytes` MB of zeros, built from one flushed 1 MB
 * block repeated: about 1 KB per MB, without ever holding the inflated bytes.
 */
export function deflatedZeros(megabytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return new Uint8Array(Buffer.concat([...Array.from({ length: megabytes }, () => block), finalEmptyBlock]));
}

/** The same, as gzip (header, deflate, no valid trailer: a reader must stop long before it). */
export function gzippedZeros(megabytes: number): Uint8Array {
  const header = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03]);
  return new Uint8Array(Buffer.concat([header, deflatedZeros(megabytes), Buffer.alloc(8)]));
}

/** The entries of a real .xlsx, each deflated honestly, for writeZip. */
export async function entriesOf(xlsx: Uint8Array): Promise<ZipEntrySpec[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
  return Promise.all(
    names.map(async (name) => {
      const bytes = await zip.file(name)!.async('uint8array');
      return { name, data: new Uint8Array(deflateRawSync(bytes)), method: 8 as const, size: bytes.length };
    }),
  );
}

export function deflatedEntry(name: string, text: string): ZipEntrySpec {
  const bytes = Buffer.from(text, 'utf8');
  return { name, data: new Uint8Array(deflateRawSync(bytes)), method: 8, size: bytes.length };
}

/** The workbook with its state sheet's column A replaced by `cells` (each a chunk of the encoded state). */
export async function withStateCells(xlsx: Uint8Array, cells: readonly string[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(STATE_SHEET_NAME);
  if (sheet === undefined) throw new Error('The workbook has no state sheet.');
  for (let row = 1; row <= Math.max(sheet.rowCount, cells.length); row++) sheet.getCell(row, 1).value = cells[row - 1] ?? null;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A stored state as the writer encodes it, from any JSON value (a forged state). */
export async function encodedStateCells(state: unknown): Promise<string[]> {
  return splitStateIntoChunks(await encodeState(state as Parameters<typeof encodeState>[0]));
}

/** An envelope around arbitrary gzip bytes. */
export function envelopeCells(gzip: Uint8Array, encoding = 'gzip-base64'): string[] {
  return splitStateIntoChunks(JSON.stringify({ encoding, data: Buffer.from(gzip).toString('base64') }));
}
