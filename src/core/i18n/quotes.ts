/**
 * The one way user text is quoted in a sentence: »…« in Danish and “…” in English, as
 * Danish and English typography have it. A straight quote stays only where it is part of
 * what the user types (JSON, a CSV cell), never around a title, a name or a value.
 */
import type { Lang } from './lang';

const MARKS: Readonly<Record<Lang, { open: string; close: string }>> = {
  da: { open: '»', close: '«' },
  en: { open: '“', close: '”' },
};

/** How a message parameter that lists names separates them (renderMessage's `{name:list}`). */
export const LIST_SEPARATOR = ', ';

const AND: Readonly<Record<Lang, string>> = { da: 'og', en: 'and' };

/** `»Kræftpakker«` in Danish, `“Kræftpakker”` in English. */
export function quote(text: string, lang: Lang): string {
  const marks = MARKS[lang];
  return `${marks.open}${text}${marks.close}`;
}

/** `a`, `a og b`, `a, b og c` (`and` in English): a list as a sentence has it. */
export function joinAsSentence(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${AND[lang]} ${items[items.length - 1] ?? ''}`;
}
