/** Colour normalisation: Office accepts `#RRGGBB`, `RRGGBB` or an HTML colour name and reports `#RRGGBB`. */
import { officeError } from '../errors';

const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  lime: '#00FF00',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  cyan: '#00FFFF',
  aqua: '#00FFFF',
  magenta: '#FF00FF',
  fuchsia: '#FF00FF',
  silver: '#C0C0C0',
  gray: '#808080',
  grey: '#808080',
  maroon: '#800000',
  olive: '#808000',
  purple: '#800080',
  teal: '#008080',
  navy: '#000080',
  orange: '#FFA500',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
  darkgray: '#A9A9A9',
  darkgrey: '#A9A9A9',
  lightblue: '#ADD8E6',
  lightgreen: '#90EE90',
  lightyellow: '#FFFFE0',
  darkblue: '#00008B',
  darkred: '#8B0000',
  darkgreen: '#006400',
  pink: '#FFC0CB',
  brown: '#A52A2A',
  gold: '#FFD700',
};

export function normalizeColor(v: unknown, location: string): string {
  if (typeof v !== 'string') throw officeError('InvalidArgument', 'A colour must be a string.', location);
  const t = v.trim();
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(t);
  if (hex !== null) return `#${(hex[1] ?? '').toUpperCase()}`;
  const named = NAMED[t.toLowerCase()];
  if (named !== undefined) return named;
  throw officeError('InvalidArgument', `'${v}' is not a colour Excel understands.`, location);
}
