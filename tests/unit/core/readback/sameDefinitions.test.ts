import { canonicalJson, sameDefinitions } from '../../../../src/core/readback/sameDefinitions';
import type { InitiativeFile } from '../../../../src/core/format/types';
import { readTrustedFixture } from '../../../helpers/fixtures';

describe('sameDefinitions: equal whatever order the keys were written in', () => {
  const file = readTrustedFixture('valid-features');
  /** The same definitions with every object's keys in reverse order. */
  const reversed = JSON.parse(JSON.stringify(file), (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
  ) as InitiativeFile;

  test('key order is no difference; a changed amount or a reordered list is', () => {
    expect(JSON.stringify(reversed)).not.toBe(JSON.stringify(file));
    expect(sameDefinitions(reversed, file)).toBe(true);
    const [first, ...rest] = file.initiatives;
    if (first === undefined) throw new Error('valid-features has initiatives');
    expect(sameDefinitions({ ...file, initiatives: [...rest, first] }, file)).toBe(false);
    expect(sameDefinitions({ ...file, initiatives: [{ ...first, title: `${first.title} ` }, ...rest] }, file)).toBe(false);
  });

  test('canonicalJson sorts keys at every depth and leaves arrays in order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });
});
