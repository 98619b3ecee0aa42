/** Telling UTF-8 from Windows-1252 (docs/format-csv.md, C1). */
import fc from 'fast-check';
import { decodeText, isPlainText, isValidUtf8 } from '../../../../src/core/format/encoding';
import { parseCsvDefinitions } from '../../../../src/core/format/csv';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

/** The reference: the platform's strict UTF-8 decoder. */
function strictUtf8Accepts(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch (e) {
    // Node's error comes from another realm than jest's, so `instanceof TypeError` is false.
    if ((e as { code?: unknown }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') return false;
    throw e;
  }
}

describe('[C1] encoding', () => {
  it('[C1] Windows-1252 bytes for æøå decode as æøå', () => {
    expect(decodeText(new Uint8Array([0xe6, 0xf8, 0xe5, 0x3b, 0xc6, 0xd8, 0xc5]))).toEqual({ text: 'æøå;ÆØÅ', encoding: 'windows-1252' });
  });

  it('[C1] UTF-8 æøå decodes as UTF-8', () => {
    expect(decodeText(utf8('æøå;ÆØÅ'))).toEqual({ text: 'æøå;ÆØÅ', encoding: 'utf-8' });
  });

  it('[C1] a UTF-8 byte order mark is dropped', () => {
    expect(decodeText(new Uint8Array([...BOM, ...utf8('Udvalg;Bemærkning')]))).toEqual({ text: 'Udvalg;Bemærkning', encoding: 'utf-8' });
  });

  it('[C1] a byte order mark before bytes that are not UTF-8 is dropped too', () => {
    expect(decodeText(new Uint8Array([...BOM, 0x61, 0xe6]))).toEqual({ text: 'aæ', encoding: 'windows-1252' });
  });

  it('[C1] Windows-1252 bytes 0x80-0x9F are the Windows-1252 characters, not C1 controls', () => {
    // € en-dash right-quote ellipsis: 0x80 0x96 0x92 0x85
    expect(decodeText(new Uint8Array([0x80, 0x96, 0x92, 0x85, 0x9f]))).toEqual({ text: '\u20ac\u2013\u2019\u2026\u0178', encoding: 'windows-1252' });
  });

  it('[C1] ASCII and empty input are UTF-8', () => {
    expect(decodeText(utf8('a;b'))).toEqual({ text: 'a;b', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it.each([
    ['overlong', [0xc0, 0xaf]],
    ['surrogate', [0xed, 0xa0, 0x80]],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['truncated', [0xe2, 0x82]],
    ['lone continuation', [0x80]],
  ])('[C1] %s UTF-8 is not UTF-8', (_name, bytes) => {
    expect(isValidUtf8(new Uint8Array(bytes))).toBe(false);
  });

  it('[C1] isValidUtf8 agrees with a strict UTF-8 decoder', () => {
    const nearUtf8 = fc
      .array(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 4 }).map((s) => [...utf8(s)]),
          fc.array(fc.integer({ min: 0x80, max: 0xff }), { maxLength: 3 }),
        ),
        { maxLength: 12 },
      )
      .map((chunks) => new Uint8Array(chunks.flat()));
    fc.assert(
      fc.property(fc.oneof(nearUtf8, fc.uint8Array({ maxLength: 16 })), (bytes) => {
        expect(isValidUtf8(bytes)).toBe(strictUtf8Accepts(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  it('[C1] text with control characters other than tab and line breaks is not plain text', () => {
    expect(isPlainText('a\tb\r\nc')).toBe(true);
    expect(isPlainText('a\u0000b')).toBe(false);
    expect(isPlainText('a\u0081b')).toBe(false);
    expect(isPlainText('a\u007fb')).toBe(false);
  });

  it.each([
    ['a workbook (zip) renamed to .csv', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]],
    ['UTF-16 text', [0xff, 0xfe, 0x55, 0x00, 0x64, 0x00]],
    ['a byte Windows-1252 leaves undefined', [...utf8('Udvalg;Emne;2021\r\nA;B;1'), 0x81]],
  ])('[C1] %s is reported as csvNotText and nothing else', (_name, bytes) => {
    const result = parseCsvDefinitions(new Uint8Array(bytes), { fileName: 'x.csv' });
    expect(result.document).toBeUndefined();
    expect(result.problems).toEqual([{ severity: 'error', code: 'csvNotText', location: { kind: 'file' }, params: {} }]);
  });

  it('[C1] a Windows-1252 file reads with its Danish letters', () => {
    const text = 'Udvalg;Emne;Type;2021;Bemærkning\r\nSundhedsudvalget;Søndersøparken;Anlæg;4,0;Vedligeholdelse – år 1\r\n';
    const bytes = new Uint8Array([...text].map((c) => (c === '\u2013' ? 0x96 : c.charCodeAt(0))));
    const result = parseCsvDefinitions(bytes, { fileName: 'budget.csv' });
    expect(result.encoding).toBe('windows-1252');
    expect(result.problems).toEqual([]);
    expect(result.document).toEqual({
      formatVersion: 1,
      title: 'budget',
      unit: 'mio. kr.',
      years: [2021],
      committees: [{ id: 'sundhedsudvalget', name: 'Sundhedsudvalget' }],
      initiatives: [
        {
          id: 'sundhedsudvalget_1',
          committee: 'sundhedsudvalget',
          title: 'Søndersøparken',
          kind: 'capital',
          note: 'Vedligeholdelse – år 1',
          amounts: { '2021': 4 },
        },
      ],
    });
  });

  it('[C1] a UTF-8 file with a byte order mark reads its first header', () => {
    const result = parseCsvDefinitions(new Uint8Array([...BOM, ...utf8('Udvalg;Emne;2021\nA;B;1')]), { fileName: 'b.csv' });
    expect(result.encoding).toBe('utf-8');
    expect(result.problems).toEqual([]);
    expect(result.document).toMatchObject({ committees: [{ id: 'a', name: 'A' }] });
  });
});
