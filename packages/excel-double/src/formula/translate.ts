/**
 * Translation of stored (Excel) formula text into text HyperFormula evaluates like Excel.
 * The stored formula never changes; this runs on a snapshot before every calculation.
 *
 *  1. `INDEX(<col>:<col>,ROW()±k)` -> the static cell `<col><current row±k>`, because HyperFormula
 *     cannot parse a range whose end is a function call (`E$7:INDEX(E:E,ROW()-1)`).
 *  2. `SUBTOTAL(fn, refs...)` with a literal `fn` and plain references: cells whose formula
 *     contains SUBTOTAL are cut out of the references (Excel's nested-subtotal rule), and for
 *     fn 101-111 manually hidden rows are cut out too; HyperFormula implements neither.
 *  3. `SUMIFS/COUNTIFS/AVERAGEIFS/MAXIFS/MINIFS/SUMIF/COUNTIF/AVERAGEIF` with the literal criterion
 *     `""`: Excel matches blank cells AND cells holding empty text; HyperFormula only blank ones.
 *     The pair `range, ""` becomes `ARRAYFORMULA(LEN(range)), 0`.
 */
import { MAX_ROWS, type Rect } from '../a1';
import { refBodyText, tokenText, type RefBody, type Token } from './tokens';

export interface TranslateEnv {
  /** Sheet holding the formula (null for workbook names). */
  sheetName: string | null;
  row: number;
  col: number;
  /** Cells (in `rect` on `sheet`) whose formula contains SUBTOTAL. */
  subtotalCells(sheet: string, rect: Rect): Array<{ r: number; c: number }>;
  /** Manually hidden rows of `sheet` within r0..r1. */
  hiddenRows(sheet: string, r0: number, r1: number): number[];
  /** One past the last used row of `sheet` (at least 1). */
  usedRows(sheet: string): number;
  /**
   * HyperFormula's name for a workbook name (null if undefined). HyperFormula rejects some names
   * Excel accepts (`XFE1`, `\x`, `a?b`), so every defined name gets a safe alias.
   */
  nameAlias(name: string): string | null;
  /** Whether any cell in `rect` holds a formula (only formulas can hold empty text). */
  hasFormulaIn(sheet: string, rect: Rect): boolean;
}

type RefTok = Extract<Token, { t: 'ref' }>;

function trimWs(toks: Token[]): Token[] {
  let a = 0;
  let b = toks.length;
  while (a < b && toks[a]?.t === 'ws') a++;
  while (b > a && toks[b - 1]?.t === 'ws') b--;
  return toks.slice(a, b);
}

function singleRef(arg: Token[]): RefTok | null {
  const t = trimWs(arg);
  const only = t[0];
  if (t.length !== 1 || only?.t !== 'ref' || only.body === null || only.deletedSheet) return null;
  return only;
}

function bodyRect(b: RefBody): Rect {
  return { r0: b.r0, c0: b.c0, r1: b.r1, c1: b.c1 };
}

function areaTok(sheet: string | null, r: Rect): RefTok {
  const single = r.r0 === r.r1 && r.c0 === r.c1;
  return {
    t: 'ref',
    sheet,
    deletedSheet: false,
    body: {
      kind: single ? 'cell' : 'area',
      r0: r.r0,
      c0: r.c0,
      r1: r.r1,
      c1: r.c1,
      ar0: false,
      ac0: false,
      ar1: false,
      ac1: false,
    },
  };
}

/** Splits `rect` into rectangles that avoid the excluded cells and rows. */
export function splitRect(rect: Rect, cells: Array<{ r: number; c: number }>, rows: number[]): Rect[] {
  const hidden = new Set(rows);
  const bands: Array<[number, number]> = [];
  // Walk only the interesting rows so full-column references stay cheap.
  const cuts = [...hidden].filter((r) => r >= rect.r0 && r <= rect.r1).sort((a, b) => a - b);
  let start = rect.r0;
  for (const r of cuts) {
    if (r > start) bands.push([start, r - 1]);
    start = r + 1;
  }
  if (start <= rect.r1) bands.push([start, rect.r1]);
  const byCol = new Map<number, number[]>();
  for (const { r, c } of cells) {
    if (r < rect.r0 || r > rect.r1 || c < rect.c0 || c > rect.c1 || hidden.has(r)) continue;
    const list = byCol.get(c) ?? [];
    list.push(r);
    byCol.set(c, list);
  }
  const out: Rect[] = [];
  for (const [b0, b1] of bands) {
    let runStart = -1;
    const flushRun = (endCol: number): void => {
      if (runStart >= 0) out.push({ r0: b0, r1: b1, c0: runStart, c1: endCol });
      runStart = -1;
    };
    for (let c = rect.c0; c <= rect.c1; c++) {
      const ex = (byCol.get(c) ?? []).filter((r) => r >= b0 && r <= b1).sort((a, b) => a - b);
      if (ex.length === 0) {
        if (runStart < 0) runStart = c;
        continue;
      }
      flushRun(c - 1);
      let s = b0;
      for (const r of ex) {
        if (r > s) out.push({ r0: s, r1: r - 1, c0: c, c1: c });
        s = r + 1;
      }
      if (s <= b1) out.push({ r0: s, r1: b1, c0: c, c1: c });
    }
    flushRun(rect.c1);
  }
  return out;
}

/** SUBTOTAL result when every referenced cell was excluded. */
function emptySubtotal(fn: number): Token[] {
  const f = fn > 100 ? fn - 100 : fn;
  if (f === 1 || f === 7 || f === 8 || f === 10 || f === 11) return [{ t: 'err', text: '#DIV/0!' }];
  return [{ t: 'num', text: '0' }];
}

function joinArgs(name: string, args: Token[][]): Token[] {
  const out: Token[] = [{ t: 'func', text: name }, { t: 'open', text: '(' }];
  args.forEach((a, i) => {
    if (i > 0) out.push({ t: 'sep', text: ',' });
    out.push(...a);
  });
  out.push({ t: 'close', text: ')' });
  return out;
}

const IFS_PAIRS_FROM: Record<string, number> = { SUMIFS: 1, AVERAGEIFS: 1, MAXIFS: 1, MINIFS: 1, COUNTIFS: 0 };
const SINGLE_IF: Record<string, true> = { SUMIF: true, COUNTIF: true, AVERAGEIF: true };

function rewriteCall(nameRaw: string, args: Token[][], env: TranslateEnv): Token[] {
  const name = nameRaw.toUpperCase();
  const sheetOf = (tok: RefTok): string | null => tok.sheet ?? env.sheetName;

  if (name === 'INDEX' && args.length === 2 && env.sheetName !== null) {
    const col = singleRef(args[0] ?? []);
    const rowArg = trimWs(args[1] ?? []).filter((t) => t.t !== 'ws');
    const [f, o, c, op, num] = rowArg;
    const isRow = f?.t === 'func' && f.text.toUpperCase() === 'ROW' && o?.t === 'open' && c?.t === 'close';
    const offsetOk =
      rowArg.length === 3 || (rowArg.length === 5 && op?.t === 'op' && (op.text === '+' || op.text === '-') && num?.t === 'num');
    if (col !== null && col.body !== null && col.body.kind === 'cols' && col.body.c0 === col.body.c1 && isRow && offsetOk) {
      const sign = op?.t === 'op' && op.text === '-' ? -1 : 1;
      const k = rowArg.length === 5 && num?.t === 'num' ? Number(num.text) * sign : 0;
      const r = env.row + k;
      if (!Number.isInteger(r) || r < 0 || r >= MAX_ROWS) return [{ t: 'err', text: '#REF!' }];
      return [
        {
          t: 'ref',
          sheet: col.sheet,
          deletedSheet: false,
          body: { kind: 'cell', r0: r, r1: r, c0: col.body.c0, c1: col.body.c0, ar0: false, ar1: false, ac0: col.body.ac0, ac1: col.body.ac0 },
        },
      ];
    }
  }

  if (name === 'SUBTOTAL' && args.length >= 2) {
    const fnTok = trimWs(args[0] ?? []);
    const fn = fnTok.length === 1 && fnTok[0]?.t === 'num' ? Number(fnTok[0].text) : NaN;
    const refs = args.slice(1).map(singleRef);
    const validFn = (fn >= 1 && fn <= 11) || (fn >= 101 && fn <= 111);
    if (validFn && refs.every((r) => r !== null)) {
      const pieces: Token[][] = [];
      for (const ref of refs) {
        const sheet = sheetOf(ref);
        const body = ref.body as RefBody;
        if (sheet === null) {
          pieces.push([ref]);
          continue;
        }
        const full = bodyRect(body);
        const cells = env.subtotalCells(sheet, full);
        const rows = fn > 100 ? env.hiddenRows(sheet, full.r0, full.r1) : [];
        if (cells.length === 0 && rows.length === 0) {
          pieces.push([ref]);
          continue;
        }
        // Blank rows past the used range cannot change any SUBTOTAL function, and HyperFormula
        // is very slow on a million-row area, so whole-column pieces stop at the used range.
        const r = { ...full, r1: Math.min(full.r1, env.usedRows(sheet) - 1) };
        if (r.r0 > r.r1) continue;
        for (const part of splitRect(r, cells, rows)) pieces.push([areaTok(ref.sheet, part)]);
      }
      if (pieces.length === 0) return emptySubtotal(fn);
      // HyperFormula ignores hidden rows itself, so 101-111 become 1-11 once hidden rows are cut out.
      const f = fn > 100 ? fn - 100 : fn;
      return joinArgs('SUBTOTAL', [[{ t: 'num', text: String(f) }], ...pieces]);
    }
  }

  const pairsFrom = IFS_PAIRS_FROM[name];
  const single = SINGLE_IF[name] === true;
  if (pairsFrom !== undefined || single) {
    const pairs: Array<[number, number]> = [];
    if (single) pairs.push([0, 1]);
    else for (let i = pairsFrom ?? 0; i + 1 < args.length; i += 2) pairs.push([i, i + 1]);
    const isEmptyCriterion = (a: Token[] | undefined): boolean => {
      const t = trimWs(a ?? []);
      return t.length === 1 && t[0]?.t === 'str' && t[0].text === '""';
    };
    // Only formula cells can hold empty text; without one in the criteria range HyperFormula's
    // blank-only matching already equals Excel's, and the (slow) LEN() array is skipped.
    const targets = pairs.filter(([r, c]) => {
      const ref = singleRef(args[r] ?? []);
      if (!isEmptyCriterion(args[c]) || ref === null || ref.body === null) return false;
      const sheet = sheetOf(ref);
      return sheet === null || env.hasFormulaIn(sheet, bodyRect(ref.body));
    });
    if (targets.length > 0) {
      let out = args.map((a) => [...a]);
      // Clip whole-column references so LEN() arrays stay small; the blank rows past the used
      // range cannot change a sum/average/max/min, but they do count for COUNTIF(S).
      const clip = name !== 'COUNTIFS' && name !== 'COUNTIF';
      if (clip) {
        out = out.map((a) => {
          const ref = singleRef(a);
          if (ref === null || ref.body === null || ref.body.kind !== 'cols') return a;
          const sheet = sheetOf(ref);
          if (sheet === null) return a;
          let maxRows = 1;
          for (const b of args) {
            const rr = singleRef(b);
            const s = rr === null ? null : sheetOf(rr);
            if (s !== null) maxRows = Math.max(maxRows, env.usedRows(s));
          }
          return [{ ...ref, body: { ...ref.body, kind: 'area' as const, r0: 0, r1: maxRows - 1, ar0: false, ar1: false } }];
        });
      }
      for (const [r, c] of targets) {
        out[r] = [{ t: 'func', text: 'ARRAYFORMULA' }, { t: 'open', text: '(' }, { t: 'func', text: 'LEN' }, { t: 'open', text: '(' }, ...(out[r] ?? []), { t: 'close', text: ')' }, { t: 'close', text: ')' }];
        out[c] = [{ t: 'num', text: '0' }];
      }
      return joinArgs(name, out);
    }
  }
  return joinArgs(nameRaw, args);
}

function matchingClose(toks: Token[], openIdx: number): number {
  let depth = 0;
  for (let i = openIdx; i < toks.length; i++) {
    const t = toks[i];
    if (t?.t === 'open') depth++;
    else if (t?.t === 'close') {
      depth--;
      if (depth === 0) return i;
    }
  }
  throw new Error('excel-double: unbalanced parentheses in a validated formula');
}

function transform(toks: Token[], start: number, end: number, env: TranslateEnv): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const t = toks[i] as Token;
    if (t.t === 'func' && toks[i + 1]?.t === 'open') {
      const close = matchingClose(toks, i + 1);
      const args: Token[][] = [];
      let argStart = i + 2;
      let depth = 0;
      for (let j = i + 2; j < close; j++) {
        const u = toks[j];
        if (u?.t === 'open' || u?.t === 'lbrace') depth++;
        else if (u?.t === 'close' || u?.t === 'rbrace') depth--;
        else if (u?.t === 'sep' && depth === 0) {
          args.push(transform(toks, argStart, j, env));
          argStart = j + 1;
        }
      }
      if (close > i + 2 || argStart < close) args.push(transform(toks, argStart, close, env));
      out.push(...rewriteCall(t.text, args, env));
      i = close + 1;
      continue;
    }
    out.push(t);
    i++;
  }
  return mergeRanges(out);
}

/**
 * `cell:cell` written with the range operator (what the INDEX rewrite leaves behind, e.g.
 * `E$7:E19`) becomes one area token, so later rewrites see a plain reference.
 */
function mergeRanges(toks: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i] as Token;
    let j = i + 1;
    while (toks[j]?.t === 'ws') j++;
    const op = toks[j];
    let k = j + 1;
    while (toks[k]?.t === 'ws') k++;
    const b = toks[k];
    if (
      a.t === 'ref' && a.body?.kind === 'cell' && !a.deletedSheet &&
      op?.t === 'op' && op.text === ':' &&
      b?.t === 'ref' && b.body?.kind === 'cell' && !b.deletedSheet &&
      (b.sheet === null || (a.sheet !== null && a.sheet.toUpperCase() === b.sheet.toUpperCase()))
    ) {
      const x = a.body;
      const y = b.body;
      out.push({
        t: 'ref',
        sheet: a.sheet,
        deletedSheet: false,
        body: {
          kind: 'area',
          r0: Math.min(x.r0, y.r0),
          r1: Math.max(x.r0, y.r0),
          c0: Math.min(x.c0, y.c0),
          c1: Math.max(x.c0, y.c0),
          ar0: x.ar0,
          ar1: y.ar0,
          ac0: x.ac0,
          ac1: y.ac0,
        },
      });
      i = k;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** Text HyperFormula gets for a stored formula body. References to deleted cells/sheets become `#REF!`. */
export function translateForHyperFormula(tokens: Token[], env: TranslateEnv): string {
  const out = transform(tokens, 0, tokens.length, env);
  return (
    '=' +
    out
      .map((t) => {
        if (t.t === 'ref' && (t.body === null || t.deletedSheet)) return '#REF!';
        // HyperFormula only knows the functions TRUE() and FALSE(), not the literals.
        if (t.t === 'bool') return `${t.text.toUpperCase()}()`;
        if (t.t === 'name' && t.sheet === null) return env.nameAlias(t.text) ?? t.text;
        if (t.t === 'ref' && t.body !== null) {
          // HyperFormula rejects relative references in named expressions. The double's active
          // cell is always A1, so a relative name reference is anchored exactly as written.
          const body = env.sheetName === null ? { ...t.body, ar0: true, ar1: true, ac0: true, ac1: true } : t.body;
          return (t.sheet === null ? '' : `'${t.sheet.replace(/'/g, "''")}'!`) + refBodyText(body);
        }
        return tokenText(t);
      })
      .join('')
  );
}
