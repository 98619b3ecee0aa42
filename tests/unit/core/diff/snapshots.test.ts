import { createHash } from 'node:crypto';
import { encodeSnapshots, readSnapshots, SNAPSHOTS_LIMIT_CHARS } from '../../../../src/adapters/state/snapshots';
import { encodeDocument } from '../../../../src/adapters/state/state';
import type { InitiativeFile } from '../../../../src/core/format/types';
import { EMPTY_SNAPSHOTS, findSnapshot, MAX_SNAPSHOTS, validateSnapshots, withSnapshot, type SnapshotStore } from '../../../../src/core/state/snapshots';
import { readTrustedFixture } from '../../../helpers/fixtures';

const definitions: InitiativeFile = readTrustedFixture('valid-features');
const SAVED = '2026-05-22T14:00:00.000Z';
const store = (...names: string[]): SnapshotStore => ({ version: 1, snapshots: names.map((name) => ({ name, savedAt: SAVED, definitions })) });

describe('[D16] stored snapshots are untrusted input, validated on read', () => {
  test('encoded and read back, they are the same store; none stored is an empty store', async () => {
    const encoded = await encodeSnapshots(store('Udvalgenes forslag', 'Seminar 22. maj'));
    if (!('encoded' in encoded)) throw new Error('full');
    expect(await readSnapshots(encoded.encoded)).toEqual({ kind: 'valid', store: store('Udvalgenes forslag', 'Seminar 22. maj') });
    expect(await readSnapshots('')).toEqual({ kind: 'valid', store: EMPTY_SNAPSHOTS });
  });
  test('a wrong version, a forged shape, a name twice, broken definitions: every problem, located', () => {
    expect(validateSnapshots({ version: 2, snapshots: [] }).problems.map((p) => p.code)).toEqual(['storedStateVersion']);
    expect(validateSnapshots({ version: 1, snapshots: [{ name: '', savedAt: 'igår', definitions: {} }] }).problems.map((p) => p.location)).toEqual([
      { kind: 'json', path: ['snapshots', 0, 'name'] },
      { kind: 'json', path: ['snapshots', 0, 'savedAt'] },
    ]);
    const broken = structuredClone(definitions) as unknown as { initiatives: { title: unknown }[] };
    if (broken.initiatives[1] !== undefined) broken.initiatives[1].title = 42;
    const result = validateSnapshots({ version: 1, snapshots: [...store('A').snapshots, { name: ' a ', savedAt: SAVED, definitions: broken }] });
    expect(result.store).toBeUndefined();
    expect(result.problems.map((p) => p.location)).toEqual([
      { kind: 'json', path: ['snapshots', 1, 'name'] },
      { kind: 'json', path: ['snapshots', 1, 'definitions', 'initiatives', 1, 'title'] },
    ]);
  });
  test('not an envelope, not gzip, or past the size cap: refused, never a crash', async () => {
    expect((await readSnapshots('{"encoding":"gzip-base64","data":"!!"}')).kind).toBe('invalid');
    expect(await readSnapshots('x'.repeat(SNAPSHOTS_LIMIT_CHARS + 1))).toEqual({ kind: 'invalid', problems: [expect.objectContaining({ code: 'storedStateTooLarge' })] });
    expect(await readSnapshots(await encodeDocument({ version: 1, snapshots: 'no' }))).toEqual({ kind: 'invalid', problems: [expect.objectContaining({ code: 'storedStateValue' })] });
  });
});

describe('[D17] saving a snapshot: a new name adds, the same name replaces in place', () => {
  test('add, replace ignoring case and spaces, refuse a blank name and the 51st', () => {
    const added = withSnapshot(store('Udvalgenes forslag'), { name: ' Seminar 22. maj ', savedAt: SAVED, definitions });
    expect('store' in added && added.store.snapshots.map((s) => s.name)).toEqual(['Udvalgenes forslag', 'Seminar 22. maj']);
    const replaced = withSnapshot(store('Udvalgenes forslag', 'Seminar'), { name: 'udvalgenes FORSLAG', savedAt: '2026-06-01T00:00:00.000Z', definitions });
    expect(replaced).toMatchObject({ replaced: true, store: { snapshots: [{ name: 'udvalgenes FORSLAG', savedAt: '2026-06-01T00:00:00.000Z' }, { name: 'Seminar' }] } });
    expect(withSnapshot(EMPTY_SNAPSHOTS, { name: '  ', savedAt: SAVED, definitions })).toEqual({ refused: 'snapshotNameInvalid' });
    const full = store(...Array.from({ length: MAX_SNAPSHOTS }, (_, i) => `Runde ${i + 1}`));
    expect(withSnapshot(full, { name: 'En til', savedAt: SAVED, definitions })).toEqual({ refused: 'snapshotsTooMany' });
    expect(findSnapshot(full, ' runde 7')?.name).toBe('Runde 7');
  });
});

describe('[D18] the snapshots stay within Office’s settings: half of the 2 MB, the state has the other half', () => {
  test('a store that would pass the limit is refused with its size, so nothing is saved', async () => {
    // Text that gzip cannot shrink (hashes), the same every run: a round of this size fills the room at once.
    const noise = Array.from({ length: 40_000 }, (_, i) => createHash('sha256').update(String(i)).digest('base64')).join('');
    const heavy = { ...definitions, initiatives: definitions.initiatives.map((i, n) => (n === 0 ? { ...i, note: noise } : i)) };
    const result = await encodeSnapshots({ version: 1, snapshots: [{ name: 'Stor', savedAt: SAVED, definitions: heavy }] });
    expect(result).toEqual({ full: { size: expect.any(Number) as number, limit: SNAPSHOTS_LIMIT_CHARS } });
    expect('full' in result && result.full.size).toBeGreaterThan(SNAPSHOTS_LIMIT_CHARS);
  });
});
