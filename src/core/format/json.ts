/**
 * Reading the JSON form of an initiative file (docs/format.md, rule F1). Only
 * the syntax is checked here; src/core/validate checks the content.
 */
import { error, type Problem } from '../problems';

export function parseJsonDefinitions(text: string): { document: unknown; problems: Problem[] } {
  // Notepad and Excel's "UTF-8 CSV/text" exports start files with a byte order mark, which JSON.parse refuses.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { document: JSON.parse(body) as unknown, problems: [] };
  } catch (caught) {
    if (!(caught instanceof SyntaxError)) throw caught;
    const offset = reportedOffset(caught.message) ?? syntaxErrorOffset(body);
    const { line, column } = lineAndColumn(body, offset);
    return {
      document: undefined,
      problems: [error('notJson', { kind: 'file' }, { line, column, detail: conciseDetail(caught.message) })],
    };
  }
}

/** V8 says "... in JSON at position 12" for most errors, but not for an unexpected token or end. */
function reportedOffset(message: string): number | undefined {
  const match = /\bat position (\d+)/.exec(message);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * V8's message without the position (we give line and column instead) and
 * without its quote of the document, which can be the whole file.
 */
function conciseDetail(message: string): string {
  const withoutPosition = message.replace(/\s+(?:in JSON\s+)?at position \d+.*$/s, '');
  // The quote is shortened with "..." at either end when the document is long.
  const quote = /(?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s;
  const withoutQuote = withoutPosition.replace(new RegExp(`,\\s*${quote.source}`, 's'), '');
  if (new RegExp(`^${quote.source}`, 's').test(withoutQuote)) return 'Unexpected token';
  return withoutQuote.length > 120 ? `${withoutQuote.slice(0, 119)}…` : withoutQuote;
}

/** 1-based line and column of a 0-based offset; a line ends at \n (so \r\n counts once). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lastBreak = before.lastIndexOf('\n');
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: before.length - lastBreak };
}

type State = 'value' | 'valueOrClose' | 'keyOrClose' | 'key' | 'colon' | 'commaOrClose' | 'end';

/**
 * Where JSON.parse gave up, for the messages that do not say: the offset of the
 * first character that cannot continue a JSON text (the length when the text
 * ends too early), or -1 if the text is valid. Iterative, so deep nesting is safe.
 */
export function syntaxErrorOffset(text: string): number {
  const n = text.length;
  const stack: ('{' | '[')[] = [];
  let i = 0;
  let state: State = 'value';
  const afterValue = (): State => (stack.length === 0 ? 'end' : 'commaOrClose');

  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (state === 'end') return i < n ? i : -1;
    if (i >= n) return n;
    const c = text[i];
    if (state === 'valueOrClose' && c === ']') {
      stack.pop();
      i++;
      state = afterValue();
    } else if (state === 'keyOrClose' && c === '}') {
      stack.pop();
      i++;
      state = afterValue();
    } else if (state === 'value' || state === 'valueOrClose') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        state = c === '{' ? 'keyOrClose' : 'valueOrClose';
      } else {
        const end = c === '"' ? scanString(text, i) : c === '-' || isDigit(c) ? scanNumber(text, i) : scanLiteral(text, i);
        if (end.error) return end.at;
        i = end.at;
        state = afterValue();
      }
    } else if (state === 'key' || state === 'keyOrClose') {
      if (c !== '"') return i;
      const end = scanString(text, i);
      if (end.error) return end.at;
      i = end.at;
      state = 'colon';
    } else if (state === 'colon') {
      if (c !== ':') return i;
      i++;
      state = 'value';
    } else {
      const open = stack[stack.length - 1];
      if (c === ',') {
        i++;
        state = open === '{' ? 'key' : 'value';
      } else if ((open === '{' && c === '}') || (open === '[' && c === ']')) {
        stack.pop();
        i++;
        state = afterValue();
      } else {
        return i;
      }
    }
  }
}

interface ScanEnd {
  error: boolean;
  /** The offset after the token, or of the offending character. */
  at: number;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function scanString(text: string, start: number): ScanEnd {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '"') return { error: false, at: i + 1 };
    if (c < ' ') return { error: true, at: i };
    if (c === '\\') {
      const escape = text[i + 1];
      if (escape === undefined) break;
      if (escape === 'u') {
        for (let k = 2; k < 6; k++) {
          const hex = text[i + k];
          if (hex === undefined) return { error: true, at: text.length };
          if (!/[0-9a-fA-F]/.test(hex)) return { error: true, at: i + k };
        }
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(escape)) return { error: true, at: i + 1 };
      i += 2;
      continue;
    }
    i++;
  }
  return { error: true, at: text.length };
}

function scanNumber(text: string, start: number): ScanEnd {
  let i = start;
  if (text[i] === '-') i++;
  if (text[i] === '0') i++;
  else if (isDigit(text[i])) while (isDigit(text[i])) i++;
  else return { error: true, at: i };
  if (text[i] === '.') {
    i++;
    if (!isDigit(text[i])) return { error: true, at: i };
    while (isDigit(text[i])) i++;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (!isDigit(text[i])) return { error: true, at: i };
    while (isDigit(text[i])) i++;
  }
  return { error: false, at: i };
}

function scanLiteral(text: string, start: number): ScanEnd {
  for (const literal of ['true', 'false', 'null']) {
    if (text[start] !== literal[0]) continue;
    for (let k = 1; k < literal.length; k++) {
      if (start + k >= text.length) return { error: true, at: text.length };
      if (text[start + k] !== literal[k]) return { error: true, at: start + k };
    }
    return { error: false, at: start + literal.length };
  }
  return { error: true, at: start };
}
