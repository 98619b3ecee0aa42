/**
 * Colour only where a person looks at it: a terminal, with NO_COLOR unset or empty
 * (https://no-color.org) and a terminal that understands escapes (TERM is not "dumb").
 */
export interface Style {
  bold: (text: string) => string;
  red: (text: string) => string;
  yellow: (text: string) => string;
}

const plain = (text: string): string => text;
const sgr = (open: number, close: number) => (text: string): string => `\u001b[${open}m${text}\u001b[${close}m`;

export const PLAIN: Style = { bold: plain, red: plain, yellow: plain };
const COLOURED: Style = { bold: sgr(1, 22), red: sgr(31, 39), yellow: sgr(33, 39) };

export function styleFor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): Style {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return isTTY && !noColor && env.TERM !== 'dumb' ? COLOURED : PLAIN;
}
