/**
 * Whether two sets of definitions say the same, whatever order their keys were written in:
 * a file the user wrote and the same definitions read back from a workbook list their
 * fields in different orders, and that is no difference to anyone.
 */
import type { InitiativeFile } from '../format/types';

export function sameDefinitions(a: InitiativeFile, b: InitiativeFile): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** JSON with every object's keys sorted; arrays keep their order, which means something. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}
