/**
 * Telling UTF-8 from Windows-1252 by the bytes (docs/format-csv.md, rule C1).
 *
 * Danish Excel saves "CSV (semikolonsepareret)" in Windows-1252 and
 * "CSV UTF-8" with a byte order mark. Text in Windows-1252 that uses any
 * letter beyond ASCII (æ, ø, å) is almost never valid UTF-8, so "valid UTF-8"
 * is a safe test for UTF-8.
 */

export type TextEncodingName = 'utf-8' | 'windows-1252';

/**
 * What the WHATWG Encoding Standard maps bytes 0x80-0x9F to in Windows-1252;
 * the five bytes it leaves undefined stay C1 control characters.
 */
const WINDOWS_1252_C1: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** True when `bytes` is well-formed UTF-8 (no overlong forms, surrogates or code points above U+10FFFF). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return firstInvalidUtf8(bytes) === -1;
}

/** The 0-based offset of the first byte that is not part of well-formed UTF-8, or -1 (T5). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    // Bounds of the first continuation byte, which is where overlong forms,
    // surrogates and code points beyond U+10FFFF show.
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1] ?? 0;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k] ?? 0;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function decodeWindows1252(bytes: Uint8Array): string {
  // Node 20.18.3 and later decode "windows-1252" as Latin-1, leaving 0x80-0x9F
  // as C1 controls (nodejs/node#60888); browsers map them. Mapping what is
  // left gives the standard result in both.
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)));
}

/**
 * Decodes a text file: valid UTF-8 is UTF-8, anything else Windows-1252. A UTF-8
 * byte order mark is dropped in both cases (a BOM before invalid UTF-8 is a
 * damaged file, but the BOM itself is never content).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (isValidUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  return { text: decodeWindows1252(hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes), encoding: 'windows-1252' };
}

/**
 * False when decoded text holds control characters other than tab and line
 * breaks: a binary file (a workbook saved as .xlsx, UTF-16 text) or bytes that
 * Windows-1252 leaves undefined, i.e. neither UTF-8 nor Windows-1252 text.
 */
export function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const control = code < 0x20 ? code !== 0x09 && code !== 0x0a && code !== 0x0d : code >= 0x7f && code <= 0x9f;
    if (control) return false;
  }
  return true;
}
