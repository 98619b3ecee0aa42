import type { PathSegment } from '../problems';
import { hasOwn, isPlainObject } from './describe';
import type { Finding } from './finding';
import { fieldsAt } from './schema';

/**
 * Findings in the order the user reads the file: by path, where object keys
 * rank as they appear in the document, and absent keys (missing fields) come
 * first in their object, in the order the format lists them. The sort is
 * stable, so findings at the same path keep the order the checks produced them
 * in (structure, then content), and the result is deterministic.
 */
export function inDocumentOrder(findings: readonly Finding[], document: unknown): Finding[] {
  const keyed = findings.map((f) => ({ f, key: sortKey(document, f.path) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return keyed.map(({ f }) => f);
}

type Rank = [position: number, name: string];

/** Negative, so before every present key, and in the format's order of fields. */
function absentRank(objectPath: readonly PathSegment[], field: string): number {
  const fields = fieldsAt(objectPath);
  const index = fields.indexOf(field);
  return index === -1 ? -1 : index - fields.length - 1;
}

function sortKey(document: unknown, path: readonly PathSegment[]): Rank[] {
  const key: Rank[] = [];
  let current: unknown = document;
  path.forEach((segment, index) => {
    if (typeof segment === 'number') {
      key.push([segment, '']);
      current = Array.isArray(current) ? current[segment] : undefined;
    } else if (isPlainObject(current)) {
      const position = Object.keys(current).indexOf(segment);
      key.push([position === -1 ? absentRank(path.slice(0, index), segment) : position, segment]);
      current = hasOwn(current, segment) ? current[segment] : undefined;
    } else {
      key.push([0, segment]);
      current = undefined;
    }
  });
  return key;
}

function compareKeys(a: readonly Rank[], b: readonly Rank[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const [positionA, nameA] = a[i] ?? [0, ''];
    const [positionB, nameB] = b[i] ?? [0, ''];
    if (positionA !== positionB) return positionA - positionB;
    if (nameA !== nameB) return nameA < nameB ? -1 : 1;
  }
  return a.length - b.length;
}
