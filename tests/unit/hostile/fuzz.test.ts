/**
 * [W1]–[W4] [S1]–[S5] Never a crash: random values as a stored state, random text as an encoded
 * state, and random damage to a real workbook all end in a reading (tables, no state, refused),
 * never in an exception.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { encodeState, readStoredState } from '../../../src/adapters/state/state';
import { EXIT, main } from '../../../src/cli/main';
import { readWorkbookFile } from '../../../src/adapters/exceljs/readWorkbook';
import { validateStoredState } from '../../../src/core/state/validateState';
import { FIXTURES } from '../../helpers/fixtures';
import { features } from '../core/readback/helpers';

jest.setTimeout(180_000);

const state = { version: 1, definitions: features, layout: { lang: 'da', decimals: 1 }, reservedSheetNames: [], sheets: [{ key: 'overview', id: '', name: 'Oversigt' }], names: ['GrandTotal'], inProgress: false };

test('[S4] [S5] any JSON value as a stored state: valid, or refused with problems; never an exception', () => {
  fc.assert(
    fc.property(fc.oneof(fc.jsonValue(), fc.record({ version: fc.constant(1), definitions: fc.jsonValue(), sheets: fc.jsonValue(), layout: fc.jsonValue() })), (value) => {
      const result = validateStoredState(value);
      expect(result.state === undefined).toBe(result.problems.length > 0);
    }),
    { numRuns: 300 },
  );
});

test('[S4] a valid state with one field replaced by any value is refused or still valid; never an exception', () => {
  const fields = Object.keys(state);
  fc.assert(
    fc.property(fc.constantFrom(...fields), fc.jsonValue(), (field, value) => {
      const result = validateStoredState({ ...state, [field]: value });
      if (result.state === undefined) expect(result.problems.length).toBeGreaterThan(0);
    }),
    { numRuns: 300 },
  );
});

test('[S1] [S2] any text as an encoded state, and any damage to a real one, is a reading, never an exception', async () => {
  const encoded = await encodeState(state as Parameters<typeof encodeState>[0]);
  expect((await readStoredState(encoded)).kind).toBe('valid');
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.string(), fc.tuple(fc.nat(encoded.length - 1), fc.string({ minLength: 1, maxLength: 3 })).map(([at, text]) => encoded.slice(0, at) + text + encoded.slice(at + text.length))), async (text) => {
      const reading = await readStoredState(text);
      expect(['absent', 'valid', 'invalid']).toContain(reading.kind);
    }),
    { numRuns: 300 },
  );
});

test('[W1]–[W3] a real workbook with bytes flipped or cut anywhere is a reading, never an exception', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bt-fuzz-'));
  const xlsx = join(dir, 'built.xlsx');
  expect(await main(['build', join(FIXTURES, 'valid-features', 'input.json'), '--out', xlsx], { stdout: () => undefined, stderr: () => undefined, now: () => new Date('2026-01-01T00:00:00Z') })).toBe(EXIT.ok);
  const built = new Uint8Array(await readFile(xlsx));
  const damage = fc.oneof(
    fc.array(fc.tuple(fc.nat(built.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
      const bytes = built.slice();
      for (const [at, mask] of flips) bytes[at] = (bytes[at] ?? 0) ^ mask;
      return bytes;
    }),
    fc.nat(built.length - 1).map((length) => built.slice(0, length)),
  );
  await fc.assert(
    fc.asyncProperty(damage, async (bytes) => {
      const reading = await readWorkbookFile(bytes, 'damaged.xlsx');
      expect(['tables', 'noState', 'badState', 'refused']).toContain(reading.kind);
    }),
    { numRuns: 150 },
  );
});
