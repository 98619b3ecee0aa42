/**
 * Aligns the rows the add-in wrote with the rows a sheet has now, so that rows the
 * user inserted or deleted do not make every later row look changed. Myers' diff
 * runs in O((n + m) · d) for d edits: a large table with a few edits aligns at once.
 */
export interface RowPair {
  /** Index in the expected (written) rows, absent for a row the user inserted. */
  expected?: number;
  /** Index in the actual rows, absent for a row the user deleted. */
  actual?: number;
}

export function alignRows(expected: readonly string[], actual: readonly string[]): RowPair[] {
  const n = expected.length;
  const m = actual.length;
  const max = n + m;
  const offset = max + 1;
  const frontier = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let finalD = -1;
  search: for (let d = 0; d <= max; d++) {
    trace.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (frontier[offset + k - 1] ?? 0) < (frontier[offset + k + 1] ?? 0));
      let x = down ? (frontier[offset + k + 1] ?? 0) : (frontier[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && expected[x] === actual[y]) {
        x++;
        y++;
      }
      frontier[offset + k] = x;
      if (x >= n && y >= m) {
        finalD = d;
        break search;
      }
    }
  }
  return backtrack(trace, finalD, n, m, offset, expected, actual);
}

function backtrack(trace: Int32Array[], finalD: number, n: number, m: number, offset: number, expected: readonly string[], actual: readonly string[]): RowPair[] {
  const pairs: RowPair[] = [];
  let x = n;
  let y = m;
  for (let d = finalD; d > 0; d--) {
    const frontier = trace[d];
    if (frontier === undefined) break;
    const k = x - y;
    const down = k === -d || (k !== d && (frontier[offset + k - 1] ?? 0) < (frontier[offset + k + 1] ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = frontier[offset + prevK] ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) pairs.push({ expected: --x, actual: --y });
    if (down) pairs.push({ actual: --y });
    else pairs.push({ expected: --x });
  }
  while (x > 0 && y > 0 && expected[x - 1] === actual[y - 1]) pairs.push({ expected: --x, actual: --y });
  return pairs.reverse();
}
