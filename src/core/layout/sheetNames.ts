/**
 * Excel's worksheet name rules: 1–31 characters, none of : \ / ? * [ ],
 * not beginning or ending with an apostrophe, not "History", unique ignoring case.
 * Names are made valid deterministically so two builds of the same file agree.
 */
export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;
const RESERVED = new Set(['history']);

/** Makes a name valid on its own (not yet unique). */
export function sanitizeSheetName(name: string, fallback: string): string {
  let cleaned = name.replace(FORBIDDEN, '-').replace(/\s+/g, ' ').trim();
  cleaned = cleaned.replace(/^'+|'+$/g, '').trim();
  cleaned = truncate(cleaned, MAX_SHEET_NAME_LENGTH);
  if (cleaned === '' || RESERVED.has(cleaned.toLowerCase())) return fallback;
  return cleaned;
}

/**
 * Allocates valid, unique names in order; a clash gets " (2)", " (3)"… with the
 * base shortened so the whole stays within 31 characters.
 */
export function allocateSheetNames(wanted: readonly { name: string; fallback: string }[], taken: readonly string[] = []): string[] {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  return wanted.map(({ name, fallback }) => {
    const base = sanitizeSheetName(name, fallback);
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/**
 * Excel counts UTF-16 units; cutting between code points keeps a name from
 * ending in half a surrogate pair.
 */
function truncate(text: string, max: number): string {
  let out = '';
  for (const point of text) {
    if (out.length + point.length > max) break;
    out += point;
  }
  return out;
}
