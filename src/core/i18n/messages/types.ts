/** A message in both languages; `{name}` placeholders are filled from a problem's params. */
export interface Message {
  da: string;
  en: string;
}
export type MessageSection = Readonly<Record<string, Message>>;
