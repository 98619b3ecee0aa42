/**
 * What Excel accepts: sheet names, defined names, well-formed custom XML; and the UTF-8 size
 * the settings and payload limits are measured in.
 */
import { looksLikeCellReference } from '../a1';

/** UTF-8 byte length without TextEncoder/Buffer allocation (also used for payload accounting). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/;

export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== 'string') return 'The sheet name must be a string.';
  if (name.length === 0) return 'The sheet name cannot be empty.';
  // Excel refuses a name of blanks only, as it refuses an empty one.
  if (name.trim() === '') return 'The sheet name cannot be blank.';
  if (name.length > 31) return 'The sheet name cannot be longer than 31 characters.';
  if (INVALID_SHEET_CHARS.test(name)) return 'The sheet name cannot contain : \\ / ? * [ or ].';
  if (name.startsWith("'") || name.endsWith("'")) return 'The sheet name cannot begin or end with an apostrophe.';
  if (name.toLowerCase() === 'history') return "'History' is a reserved sheet name.";
  return null;
}

export function definedNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name.length === 0) return 'The name cannot be empty.';
  if (name.length > 255) return 'The name cannot be longer than 255 characters.';
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name)) return 'The name contains characters that are not allowed.';
  if (/^[cr]$/i.test(name)) return "The names 'C' and 'R' are reserved.";
  if (looksLikeCellReference(name)) return 'The name cannot look like a cell reference.';
  if (/^(TRUE|FALSE)$/i.test(name)) return 'The name cannot be a boolean.';
  return null;
}

/**
 * Minimal well-formedness check (no DOM in Node, no Node built-ins in the browser build):
 * balanced tags and a single root element. Returns the root element's namespace URI ('' if none).
 */
export function xmlRootNamespace(xml: unknown): string | null {
  if (typeof xml !== 'string') return null;
  const body = xml
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
    .trim();
  const tagRe = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  const stack: string[] = [];
  let rootNs: string | null = null;
  let roots = 0;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = tagRe.exec(body)) !== null) {
    const between = body.slice(last, m.index);
    if (between.includes('<') || (stack.length === 0 && between.trim() !== '')) return null;
    last = m.index + m[0].length;
    const [, close, tag = '', attrs = '', selfClose] = m;
    if (close === '/') {
      if (stack.pop() !== tag) return null;
      continue;
    }
    if (stack.length === 0) {
      roots++;
      const prefix = tag.includes(':') ? tag.split(':')[0] : null;
      const attr = prefix === null ? /\sxmlns\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attrs) : new RegExp(`\\sxmlns:${prefix}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
      rootNs = attr === null ? '' : (attr[1] ?? attr[2] ?? '');
    }
    if (selfClose !== '/') stack.push(tag);
  }
  const tail = body.slice(last);
  if (tail.includes('<') || tail.trim() !== '' || stack.length !== 0 || roots !== 1) return null;
  return rootNs;
}
