/**
 * The one message catalogue: every sentence the user can see about their input,
 * in Danish and English. Sections live in ./messages, one per subsystem.
 */
import { csvMessages } from './messages/csv';
import { engineMessages } from './messages/engine';
import { inputMessages } from './messages/input';
import { integrityMessages } from './messages/integrity';
import { limitMessages } from './messages/limits';
import { roundsMessages } from './messages/rounds';
import type { Message } from './messages/types';
import { validationMessages } from './messages/validation';
import { workbookMessages } from './messages/workbook';
import type { Lang } from './lang';
import { LIST_SEPARATOR, quote } from './quotes';

export const catalog = { ...validationMessages, ...csvMessages, ...engineMessages, ...integrityMessages, ...workbookMessages, ...inputMessages, ...limitMessages, ...roundsMessages } as const;
export type MessageCode = keyof typeof catalog;

/**
 * Fills `{name}` placeholders; a missing parameter is left visible rather than hidden.
 * Parameters are the same in both languages, so two kinds are quoted here, in the
 * message's language: `{name:list}`, a list of names (nameList in
 * src/core/validate/describe.ts), each name quoted; and `{name:value}`, a value as the file
 * spells it in JSON (describeValue), whose text is quoted like any other user text.
 */
export function renderMessage(code: MessageCode, lang: Lang, params: Readonly<Record<string, string | number>>): string {
  const message: Message = catalog[code];
  return message[lang].replace(/\{(\w+)(?::(list|value))?\}/g, (whole, name: string, kind: 'list' | 'value' | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (kind === 'list') return quotedNames(String(value), lang);
    if (kind === 'value') return quotedValue(String(value), lang);
    return String(value);
  });
}

/** `»a«, »b«, …` from `a, b, …`: the ellipsis that stands for names left out stays bare. */
function quotedNames(names: string, lang: Lang): string {
  return names
    .split(LIST_SEPARATOR)
    .map((name) => (name === '…' ? name : quote(name, lang)))
    .join(LIST_SEPARATOR);
}

/** `"anlæg"` → `»anlæg«`; a number, `true`, `null`, `{…}` stay as JSON spells them. */
function quotedValue(value: string, lang: Lang): string {
  const text = jsonText(value);
  return text === undefined ? value : quote(text, lang);
}

function jsonText(value: string): string | undefined {
  if (!value.startsWith('"')) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'string' ? parsed : undefined;
  } catch {
    // Not a JSON string after all (describeValue always writes one): shown as it is.
    return undefined;
  }
}
