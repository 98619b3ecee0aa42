/**
 * Excel formula tokenizer (en-US syntax: `,` separates arguments, `;` separates array rows).
 * The double keeps formulas in Excel's own text form, so reference shifting, sheet renames and
 * the HyperFormula translation all work on these tokens and re-emit text.
 */
import { colToLetters, lettersToCol, MAX_COLS, MAX_ROWS, quoteSheetName } from '../a1';

export type RefKind = 'cell' | 'area' | 'cols' | 'rows';

/** One reference body. Zero-based indexes; unused fields for cols/rows refs stay at their full span. */
export interface RefBody {
  kind: RefKind;
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  /** `$` flags: absolute row/column of start and end. */
  ar0: boolean;
  ac0: boolean;
  ar1: boolean;
  ac1: boolean;
}

export type Token =
  | { t: 'ws'; text: string }
  | { t: 'num'; text: string }
  | { t: 'str'; text: string }
  | { t: 'bool'; text: string }
  | { t: 'err'; text: string }
  /** A reference. `sheet` is the unquoted sheet name or null (own sheet); `body` null means `#REF!`. */
  | { t: 'ref'; sheet: string | null; deletedSheet: boolean; body: RefBody | null }
  | { t: 'name'; sheet: string | null; text: string }
  | { t: 'func'; text: string }
  | { t: 'op'; text: string }
  | { t: 'sep'; text: ',' }
  | { t: 'semi'; text: ';' }
  | { t: 'open'; text: '(' }
  | { t: 'close'; text: ')' }
  | { t: 'lbrace'; text: '{' }
  | { t: 'rbrace'; text: '}' };

export class FormulaSyntaxError extends Error {}

/** Excel's limit on the arguments of one function call. */
export const MAX_FUNCTION_ARGUMENTS = 255;

export const ERROR_LITERALS = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
];

const IDENT_CHAR = /[\p{L}\p{N}_.\\?]/u;
const RE_SHEET_PREFIX = /^[\p{L}_][\p{L}\p{N}_.]*!/u;
const RE_AREA = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}):(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/;
const RE_COLS = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/;
const RE_ROWS = /^(\$?)(\d{1,7}):(\$?)(\d{1,7})/;
const RE_CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/;
const RE_IDENT = /^[\p{L}_\\][\p{L}\p{N}_.\\?]*/u;
const RE_NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;

function boundaryOk(src: string, end: number): boolean {
  const next = src[end];
  return next === undefined || (!IDENT_CHAR.test(next) && next !== '(' && next !== '$');
}

/** Tries to read a reference body at `src[i..]`. Returns the body and its length. */
function readRefBody(src: string, i: number): { body: RefBody; len: number } | null {
  const rest = src.slice(i);
  let m = RE_AREA.exec(rest);
  if (m !== null && boundaryOk(src, i + m[0].length)) {
    const c0 = lettersToCol(m[2] ?? '');
    const r0 = Number(m[4]) - 1;
    const c1 = lettersToCol(m[6] ?? '');
    const r1 = Number(m[8]) - 1;
    if (c0 >= 0 && c1 >= 0 && r0 >= 0 && r1 >= 0 && r0 < MAX_ROWS && r1 < MAX_ROWS) {
      // Excel normalises reversed corners (B2:A1 -> A1:B2); the $ flags follow their coordinate.
      const [sr0, sr1, fr0, fr1] = r0 <= r1 ? [r0, r1, m[3] === '$', m[7] === '$'] : [r1, r0, m[7] === '$', m[3] === '$'];
      const [sc0, sc1, fc0, fc1] = c0 <= c1 ? [c0, c1, m[1] === '$', m[5] === '$'] : [c1, c0, m[5] === '$', m[1] === '$'];
      return {
        body: { kind: 'area', r0: sr0, r1: sr1, c0: sc0, c1: sc1, ar0: fr0, ar1: fr1, ac0: fc0, ac1: fc1 },
        len: m[0].length,
      };
    }
  }
  m = RE_COLS.exec(rest);
  if (m !== null && boundaryOk(src, i + m[0].length)) {
    const a = lettersToCol(m[2] ?? '');
    const b = lettersToCol(m[4] ?? '');
    if (a >= 0 && b >= 0) {
      const [c0, c1, f0, f1] = a <= b ? [a, b, m[1] === '$', m[3] === '$'] : [b, a, m[3] === '$', m[1] === '$'];
      return {
        body: { kind: 'cols', r0: 0, r1: MAX_ROWS - 1, c0, c1, ar0: false, ar1: false, ac0: f0, ac1: f1 },
        len: m[0].length,
      };
    }
  }
  m = RE_ROWS.exec(rest);
  if (m !== null && boundaryOk(src, i + m[0].length)) {
    const a = Number(m[2]) - 1;
    const b = Number(m[4]) - 1;
    if (a >= 0 && b >= 0 && a < MAX_ROWS && b < MAX_ROWS) {
      const [r0, r1, f0, f1] = a <= b ? [a, b, m[1] === '$', m[3] === '$'] : [b, a, m[3] === '$', m[1] === '$'];
      return {
        body: { kind: 'rows', r0, r1, c0: 0, c1: MAX_COLS - 1, ar0: f0, ar1: f1, ac0: false, ac1: false },
        len: m[0].length,
      };
    }
  }
  m = RE_CELL.exec(rest);
  if (m !== null && boundaryOk(src, i + m[0].length)) {
    const c = lettersToCol(m[2] ?? '');
    const r = Number(m[4]) - 1;
    if (c >= 0 && r >= 0 && r < MAX_ROWS) {
      return {
        body: { kind: 'cell', r0: r, r1: r, c0: c, c1: c, ar0: m[3] === '$', ar1: m[3] === '$', ac0: m[1] === '$', ac1: m[1] === '$' },
        len: m[0].length,
      };
    }
  }
  return null;
}

function readError(src: string, i: number): string | null {
  const upper = src.slice(i, i + 14).toUpperCase();
  for (const e of ERROR_LITERALS) if (upper.startsWith(e)) return e;
  return null;
}

/** Reads what follows a sheet prefix: a reference body, `#REF!`, or a (sheet-scoped) name. */
function readQualified(src: string, i: number, sheet: string, out: Token[]): number {
  const body = readRefBody(src, i);
  if (body !== null) {
    out.push({ t: 'ref', sheet, deletedSheet: false, body: body.body });
    return i + body.len;
  }
  if (src.slice(i, i + 5).toUpperCase() === '#REF!') {
    out.push({ t: 'ref', sheet, deletedSheet: false, body: null });
    return i + 5;
  }
  const id = RE_IDENT.exec(src.slice(i));
  if (id !== null) {
    out.push({ t: 'name', sheet, text: id[0] });
    return i + id[0].length;
  }
  throw new FormulaSyntaxError(`Expected a reference after '${sheet}!'`);
}

/** Tokenizes a formula body (the text after the leading `=`). Throws FormulaSyntaxError on lexical errors. */
export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] ?? '';
    if (/\s/.test(ch)) {
      let j = i;
      while (j < src.length && /\s/.test(src[j] ?? '')) j++;
      out.push({ t: 'ws', text: src.slice(i, j) });
      i = j;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= src.length) throw new FormulaSyntaxError('Unterminated string literal');
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      out.push({ t: 'str', text: src.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = '';
      for (;;) {
        if (j >= src.length) throw new FormulaSyntaxError('Unterminated quoted sheet name');
        if (src[j] === "'") {
          if (src[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += src[j];
        j++;
      }
      if (src[j + 1] !== '!') throw new FormulaSyntaxError('Quoted sheet name must be followed by !');
      i = readQualified(src, j + 2, name, out);
      continue;
    }
    if (ch === '#') {
      const e = readError(src, i);
      if (e === null) throw new FormulaSyntaxError(`Unknown error literal at ${i}`);
      if (e === '#REF!') {
        const body = readRefBody(src, i + 5);
        if (body !== null) {
          // `#REF!A1`: what Excel leaves behind when the referenced sheet was deleted.
          out.push({ t: 'ref', sheet: null, deletedSheet: true, body: body.body });
          i += 5 + body.len;
          continue;
        }
      }
      out.push({ t: 'err', text: e });
      i += e.length;
      continue;
    }
    if (/[0-9$]/.test(ch) || (ch === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const rows = RE_ROWS.exec(src.slice(i));
      if (rows !== null && boundaryOk(src, i + rows[0].length)) {
        const body = readRefBody(src, i);
        if (body !== null && body.body.kind === 'rows') {
          out.push({ t: 'ref', sheet: null, deletedSheet: false, body: body.body });
          i += body.len;
          continue;
        }
      }
      if (ch !== '$') {
        const num = RE_NUMBER.exec(src.slice(i));
        if (num === null) throw new FormulaSyntaxError(`Bad number at ${i}`);
        out.push({ t: 'num', text: num[0] });
        i += num[0].length;
        continue;
      }
    }
    if (/[\p{L}_\\$]/u.test(ch)) {
      const rest = src.slice(i);
      const prefix = RE_SHEET_PREFIX.exec(rest);
      if (prefix !== null) {
        i = readQualified(src, i + prefix[0].length, prefix[0].slice(0, -1), out);
        continue;
      }
      const body = readRefBody(src, i);
      if (body !== null) {
        out.push({ t: 'ref', sheet: null, deletedSheet: false, body: body.body });
        i += body.len;
        continue;
      }
      const id = RE_IDENT.exec(rest);
      if (id === null) throw new FormulaSyntaxError(`Unexpected '${ch}' at ${i}`);
      const word = id[0];
      const after = src[i + word.length];
      if (after === '(') out.push({ t: 'func', text: word });
      else if (/^(TRUE|FALSE)$/i.test(word)) out.push({ t: 'bool', text: word });
      else out.push({ t: 'name', sheet: null, text: word });
      i += word.length;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '<>' || two === '<=' || two === '>=') {
      out.push({ t: 'op', text: two });
      i += 2;
      continue;
    }
    if ('+-*/^&=<>%:'.includes(ch)) {
      out.push({ t: 'op', text: ch });
      i++;
      continue;
    }
    if (ch === ',') out.push({ t: 'sep', text: ',' });
    else if (ch === ';') out.push({ t: 'semi', text: ';' });
    else if (ch === '(') out.push({ t: 'open', text: '(' });
    else if (ch === ')') out.push({ t: 'close', text: ')' });
    else if (ch === '{') out.push({ t: 'lbrace', text: '{' });
    else if (ch === '}') out.push({ t: 'rbrace', text: '}' });
    else throw new FormulaSyntaxError(`Unexpected character '${ch}' at ${i}`);
    i++;
  }
  return out;
}

function colText(c: number, abs: boolean): string {
  return (abs ? '$' : '') + colToLetters(c);
}

function rowText(r: number, abs: boolean): string {
  return (abs ? '$' : '') + String(r + 1);
}

export function refBodyText(b: RefBody): string {
  switch (b.kind) {
    case 'cell':
      return colText(b.c0, b.ac0) + rowText(b.r0, b.ar0);
    case 'area':
      return `${colText(b.c0, b.ac0)}${rowText(b.r0, b.ar0)}:${colText(b.c1, b.ac1)}${rowText(b.r1, b.ar1)}`;
    case 'cols':
      return `${colText(b.c0, b.ac0)}:${colText(b.c1, b.ac1)}`;
    case 'rows':
      return `${rowText(b.r0, b.ar0)}:${rowText(b.r1, b.ar1)}`;
  }
}

export function tokenText(tok: Token): string {
  switch (tok.t) {
    case 'ref': {
      const prefix = tok.deletedSheet ? '#REF!' : tok.sheet === null ? '' : `${quoteSheetName(tok.sheet)}!`;
      return prefix + (tok.body === null ? '#REF!' : refBodyText(tok.body));
    }
    case 'name':
      return (tok.sheet === null ? '' : `${quoteSheetName(tok.sheet)}!`) + tok.text;
    default:
      return tok.text;
  }
}

export function untokenize(tokens: readonly Token[]): string {
  return tokens.map(tokenText).join('');
}

/**
 * Syntax check with Excel's operator grammar. Returns null if the formula body is well formed,
 * otherwise a message. Function names are not checked (Excel accepts unknown ones and shows #NAME?).
 */
export function syntaxError(tokens: readonly Token[]): string | null {
  const toks = tokens;
  let i = 0;
  const skipWs = (): boolean => {
    let had = false;
    while (toks[i]?.t === 'ws') {
      i++;
      had = true;
    }
    return had;
  };
  const peek = (): Token | undefined => {
    skipWs();
    return toks[i];
  };
  const fail = (msg: string): never => {
    throw new FormulaSyntaxError(msg);
  };
  const startsOperand = (t: Token | undefined): boolean =>
    t !== undefined && (t.t === 'ref' || t.t === 'name' || t.t === 'func' || t.t === 'open');

  const BINARY: Record<string, number> = { '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4, '^': 5 };

  function arrayConst(): void {
    // `{1,2;3,4}`: constants only, optional sign on numbers.
    for (;;) {
      let t = peek();
      if (t?.t === 'op' && (t.text === '-' || t.text === '+')) {
        i++;
        t = peek();
        if (t?.t !== 'num') fail('Array constants accept only a sign before numbers');
      }
      if (t === undefined || !['num', 'str', 'bool', 'err'].includes(t.t)) fail('Invalid array constant');
      i++;
      const n = peek();
      if (n?.t === 'sep' || n?.t === 'semi') {
        i++;
        continue;
      }
      if (n?.t === 'rbrace') {
        i++;
        return;
      }
      fail('Unterminated array constant');
    }
  }

  function primary(): void {
    const t = peek();
    if (t === undefined) return fail('Unexpected end of formula');
    switch (t.t) {
      case 'num':
      case 'str':
      case 'bool':
      case 'err':
      case 'ref':
      case 'name':
        i++;
        return;
      case 'func': {
        i += 2; // name and '('
        if (peek()?.t === 'close') {
          i++;
          return;
        }
        for (let args = 1; ; args++) {
          // Excel refuses a function call with more than 255 arguments when the formula is entered.
          if (args > MAX_FUNCTION_ARGUMENTS) fail(`A function can have at most ${MAX_FUNCTION_ARGUMENTS} arguments`);
          const a = peek();
          if (a?.t !== 'sep' && a?.t !== 'close') expr(0);
          const n = peek();
          if (n?.t === 'sep') {
            i++;
            continue;
          }
          if (n?.t === 'close') {
            i++;
            return;
          }
          return fail('Expected , or ) in function arguments');
        }
      }
      case 'open': {
        i++;
        expr(0);
        while (peek()?.t === 'sep') {
          i++;
          expr(0); // union operator inside parentheses
        }
        if (peek()?.t !== 'close') fail('Missing )');
        i++;
        return;
      }
      case 'lbrace':
        i++;
        arrayConst();
        return;
      default:
        return fail(`Unexpected '${tokenText(t)}'`);
    }
  }

  function rangeLevel(): void {
    primary();
    for (;;) {
      const save = i;
      const hadWs = skipWs();
      const t = toks[i];
      if (t?.t === 'op' && t.text === ':') {
        i++;
        primary();
        continue;
      }
      if (hadWs && startsOperand(t)) {
        primary(); // intersection operator (a space)
        continue;
      }
      i = save;
      return;
    }
  }

  function unary(): void {
    const t = peek();
    if (t?.t === 'op' && (t.text === '-' || t.text === '+')) {
      i++;
      unary();
      return;
    }
    rangeLevel();
    for (;;) {
      const t = peek();
      if (t?.t !== 'op' || t.text !== '%') break;
      i++;
    }
  }

  function expr(minPrec: number): void {
    unary();
    for (;;) {
      const t = peek();
      if (t?.t !== 'op') return;
      const p = BINARY[t.text];
      if (p === undefined || p < minPrec) return;
      i++;
      expr(t.text === '^' ? p : p + 1);
    }
  }

  try {
    if (peek() === undefined) fail('Empty formula');
    expr(0);
    if (peek() !== undefined) fail(`Unexpected '${tokenText(toks[i] as Token)}'`);
    return null;
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return e.message;
    throw e;
  }
}

/** Tokenizes and syntax-checks `=...` text. Returns tokens of the body or an error message. */
export function parseFormula(formula: string): { tokens: Token[] } | { error: string } {
  if (!formula.startsWith('=')) return { error: 'Formulas start with =' };
  let tokens: Token[];
  try {
    tokens = tokenize(formula.slice(1));
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return { error: e.message };
    throw e;
  }
  const err = syntaxError(tokens);
  return err === null ? { tokens } : { error: err };
}

/** Excel upper-cases function names, references, booleans and error literals when a formula is entered. */
export function normalizeTokens(tokens: readonly Token[]): Token[] {
  return tokens.map((t) => {
    if (t.t === 'func' || t.t === 'bool' || t.t === 'err') return { ...t, text: t.text.toUpperCase() };
    return t;
  });
}

/** The sheets a formula's references name (unquoted, as written), each once. */
export function referencedSheets(formula: string): string[] {
  const parsed = parseFormula(formula);
  if ('error' in parsed) return [];
  const sheets = parsed.tokens.flatMap((t) => ((t.t === 'ref' || t.t === 'name') && t.sheet !== null && !(t.t === 'ref' && t.deletedSheet) ? [t.sheet] : []));
  return [...new Set(sheets)];
}
