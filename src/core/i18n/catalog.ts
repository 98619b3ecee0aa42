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

export const catalog = { ...validationMessages, ...csvMessages, ...engineMessages, ...integrityMessages, ...workbookMessages, ...inputMessages, ...limitMessages, ...roundsMessages } as const;
export type MessageCode = keyof typeof catalog;

/** Fills `{name}` placeholders; a missing parameter is left visible rather than hidden. */
export function renderMessage(code: MessageCode, lang: Lang, params: Readonly<Record<string, string | number>>): string {
  const message: Message = catalog[code];
  return message[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
