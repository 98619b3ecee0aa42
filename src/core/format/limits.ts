/**
 * The largest input read (docs/format.md, rule T6). Checked on the bytes before parsing and
 * on the parsed document before validation, so a file far beyond them is refused early and
 * in bounded memory instead of exhausting it. At the limits a build peaks near 1 GB and a
 * read-back of its workbook near 1.4 GB (docs/format.md gives the measurements).
 */

/** A JSON or CSV file; the largest realistic budget (a few thousand initiatives) is well under 1 MB. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;
/** Physical lines of a CSV file, counted on the bytes before the CSV is parsed. */
export const MAX_CSV_LINES = 50_000;
/** Initiatives and lines together: each becomes a row of a table. */
export const MAX_NODES = 50_000;

/** Line breaks in the bytes, stopping as soon as `limit` is passed. */
export function countLinesUpTo(bytes: Uint8Array, limit: number): number {
  let lines = bytes.length === 0 ? 0 : 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && lines <= limit; i = bytes.indexOf(0x0a, i + 1)) lines++;
  return lines;
}

/** Initiatives and their lines at every depth, stopping as soon as `limit` is passed; anything not a list counts as nothing. */
export function countNodesUpTo(document: unknown, limit: number): number {
  const initiatives = typeof document === 'object' && document !== null ? (document as { initiatives?: unknown }).initiatives : undefined;
  if (!Array.isArray(initiatives)) return 0;
  const stack: unknown[] = [...(initiatives as unknown[])];
  let count = 0;
  for (let node = stack.pop(); node !== undefined && count <= limit; node = stack.pop()) {
    count++;
    const lines = typeof node === 'object' && node !== null ? (node as { lines?: unknown }).lines : undefined;
    if (Array.isArray(lines)) stack.push(...(lines as unknown[]));
  }
  return count;
}
