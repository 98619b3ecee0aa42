/**
 * Number-format rendering for `Range.text` (en-US display). Supports General, digit placeholders
 * (`0`, `#`, `?`), thousands separators, scaling commas, percent, scientific (`0.00E+00`),
 * quoted/escaped literals, `_x` spacing, `*x` fill (ignored: text is width-independent), colour
 * tags (dropped), up to four sections (positive;negative;zero;text) and the text placeholder `@`.
 * Dates/times and conditional sections (`[>100]`) are not supported: such formats fall back to General.
 */

/** Rounds half away from zero at `decimals`, after Excel's 15-significant-digit normalisation. */
export function roundHalfAway(value: number, decimals: number): number {
  const v = Number(value.toPrecision(15));
  const sign = v < 0 ? -1 : 1;
  const abs = Math.abs(v);
  const shifted = Math.round(Number(`${abs}e${decimals}`));
  return sign * Number(`${shifted}e-${decimals}`);
}

function toFixedPlain(abs: number, decimals: number): string {
  // toFixed switches to exponent notation at 1e21; Excel numbers that large are shown via General anyway.
  return abs.toFixed(decimals);
}

/** Excel's General format: up to 11 characters (excluding the sign), scientific for very large/small. */
export function formatGeneral(value: number): string {
  if (value === 0) return '0';
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) {
    let exp = Math.floor(Math.log10(abs));
    let mant = roundHalfAway(abs / Math.pow(10, exp), 5);
    if (mant >= 10) {
      mant /= 10;
      exp += 1;
    }
    let m = toFixedPlain(mant, 5).replace(/\.?0+$/, '');
    if (m === '') m = '0';
    const e = `E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
    return sign + m + e;
  }
  const intDigits = abs >= 1 ? Math.floor(Math.log10(abs)) + 1 : 1;
  const decimals = Math.max(0, 10 - intDigits);
  const rounded = roundHalfAway(abs, decimals);
  let s = toFixedPlain(rounded, decimals);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return sign + s;
}

interface Section {
  /** Tokens of the section. */
  parts: Part[];
  hasText: boolean;
  hasDigits: boolean;
  percent: number;
  /** Scaling by trailing commas (each divides by 1000). */
  scale: number;
  thousands: boolean;
  intPlaceholders: string;
  fracPlaceholders: string;
  exponent: { sign: '+' | '-'; digits: number } | null;
  hasExplicitMinus: boolean;
  unsupported: boolean;
}

type Part = { k: 'lit'; s: string } | { k: 'num' } | { k: 'text' };

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inQuote = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i] ?? '';
    if (ch === '"') inQuote = !inQuote;
    if (!inQuote && ch === '\\') {
      cur += ch + (fmt[i + 1] ?? '');
      i++;
      continue;
    }
    if (!inQuote && ch === ';') {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

function parseSection(src: string): Section {
  const sec: Section = {
    parts: [],
    hasText: false,
    hasDigits: false,
    percent: 0,
    scale: 0,
    thousands: false,
    intPlaceholders: '',
    fracPlaceholders: '',
    exponent: null,
    hasExplicitMinus: false,
    unsupported: false,
  };
  let lit = '';
  const flush = (): void => {
    if (lit !== '') sec.parts.push({ k: 'lit', s: lit });
    lit = '';
  };
  let i = 0;
  let numStarted = false;
  let numEnded = false;
  let inFrac = false;
  while (i < src.length) {
    const ch = src[i] ?? '';
    if (ch === '"') {
      const j = src.indexOf('"', i + 1);
      lit += src.slice(i + 1, j < 0 ? src.length : j);
      i = j < 0 ? src.length : j + 1;
      continue;
    }
    if (ch === '\\') {
      lit += src[i + 1] ?? '';
      i += 2;
      continue;
    }
    if (ch === '_') {
      lit += ' ';
      i += 2;
      continue;
    }
    if (ch === '*') {
      i += 2;
      continue;
    }
    if (ch === '[') {
      const j = src.indexOf(']', i);
      const tag = src.slice(i + 1, j < 0 ? src.length : j);
      // Colour tags only change colour; conditions and locale/date tags are not emulated.
      if (!/^(black|blue|cyan|green|magenta|red|white|yellow|color\s*\d+)$/i.test(tag)) {
        if (!/^\$/.test(tag)) sec.unsupported = true;
      }
      i = j < 0 ? src.length : j + 1;
      continue;
    }
    if (ch === '@') {
      flush();
      sec.parts.push({ k: 'text' });
      sec.hasText = true;
      i++;
      continue;
    }
    if ((ch === 'E' || ch === 'e') && numStarted && (src[i + 1] === '+' || src[i + 1] === '-')) {
      let j = i + 2;
      let digits = 0;
      while (src[j] === '0' || src[j] === '#') {
        digits++;
        j++;
      }
      sec.exponent = { sign: src[i + 1] === '+' ? '+' : '-', digits: Math.max(1, digits) };
      i = j;
      numEnded = true;
      continue;
    }
    if ((ch === '0' || ch === '#' || ch === '?') && !numEnded) {
      if (!numStarted) {
        flush();
        sec.parts.push({ k: 'num' });
        numStarted = true;
      }
      if (inFrac) sec.fracPlaceholders += ch;
      else sec.intPlaceholders += ch;
      sec.hasDigits = true;
      i++;
      continue;
    }
    if (ch === '.' && numStarted && !inFrac && !numEnded) {
      inFrac = true;
      i++;
      continue;
    }
    if (ch === '.' && !numStarted && /[0#?]/.test(src[i + 1] ?? '')) {
      flush();
      sec.parts.push({ k: 'num' });
      numStarted = true;
      inFrac = true;
      i++;
      continue;
    }
    if (ch === ',' && numStarted && !numEnded) {
      const next = src[i + 1] ?? '';
      if (/[0#?]/.test(next) && !inFrac) sec.thousands = true;
      else sec.scale++;
      i++;
      continue;
    }
    if (/[dmyhsDMYHS]/.test(ch) && !/general/i.test(src)) {
      sec.unsupported = true; // date/time codes
    }
    if (ch === '%') sec.percent++;
    if (ch === '-') sec.hasExplicitMinus = true;
    if (numStarted && !/[0#?.,]/.test(ch)) numEnded = true;
    lit += ch;
    i++;
  }
  flush();
  if (/general/i.test(src)) {
    sec.parts = sec.parts.flatMap((p): Part[] => {
      if (p.k !== 'lit') return [p];
      const idx = p.s.toLowerCase().indexOf('general');
      if (idx < 0) return [p];
      const out: Part[] = [];
      if (idx > 0) out.push({ k: 'lit', s: p.s.slice(0, idx) });
      out.push({ k: 'num' });
      if (idx + 7 < p.s.length) out.push({ k: 'lit', s: p.s.slice(idx + 7) });
      return out;
    });
    sec.hasDigits = true;
    sec.intPlaceholders = 'General';
  }
  return sec;
}

function groupThousands(intStr: string): string {
  return intStr.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function renderNumber(abs: number, sec: Section): string {
  if (sec.intPlaceholders === 'General') return formatGeneral(abs);
  let v = abs * Math.pow(100, sec.percent) / Math.pow(1000, sec.scale);
  if (sec.exponent !== null) {
    const intCount = Math.max(1, sec.intPlaceholders.replace(/[^0#?]/g, '').length);
    const decimals = sec.fracPlaceholders.length;
    let exp = v === 0 ? 0 : Math.floor(Math.log10(v)) - (intCount - 1);
    let mant = v === 0 ? 0 : roundHalfAway(v / Math.pow(10, exp), decimals);
    if (mant >= Math.pow(10, intCount)) {
      mant /= 10;
      exp += 1;
    }
    const m = toFixedPlain(mant, decimals);
    const sign = exp < 0 ? '-' : sec.exponent.sign === '+' ? '+' : '';
    return `${m}E${sign}${String(Math.abs(exp)).padStart(sec.exponent.digits, '0')}`;
  }
  const decimals = sec.fracPlaceholders.length;
  v = roundHalfAway(v, decimals);
  const fixed = toFixedPlain(v, decimals);
  const [intRaw = '0', fracRaw = ''] = fixed.split('.');
  const minInt = (sec.intPlaceholders.match(/0/g) ?? []).length;
  let intStr = intRaw.replace(/^0+/, '');
  if (intStr.length < minInt) intStr = intStr.padStart(minInt, '0');
  const qPad = (sec.intPlaceholders.match(/\?/g) ?? []).length;
  if (sec.thousands) intStr = groupThousands(intStr);
  if (intStr.length < qPad) intStr = intStr.padStart(qPad, ' ');
  let frac = '';
  for (let k = 0; k < decimals; k++) {
    const p = sec.fracPlaceholders[k];
    const d = fracRaw[k] ?? '0';
    frac += p === '?' && d === '0' ? ' ' : d;
  }
  // Trailing `#` decimal places drop zeros.
  let end = frac.length;
  while (end > 0 && sec.fracPlaceholders[end - 1] === '#' && frac[end - 1] === '0') end--;
  frac = frac.slice(0, end);
  return decimals > 0 && (frac.length > 0 || sec.fracPlaceholders.length > 0) ? `${intStr}.${frac}` : intStr;
}

function renderSection(sec: Section, value: number | string, negativeSign: boolean): string {
  let out = '';
  for (const p of sec.parts) {
    if (p.k === 'lit') out += p.s;
    else if (p.k === 'text') out += typeof value === 'string' ? value : formatGeneral(value);
    else out += typeof value === 'number' ? renderNumber(Math.abs(value), sec) : value;
  }
  return negativeSign ? '-' + out : out;
}

/** Display text of a cell value under a number format (en-US). */
export function formatValue(value: number | string | boolean | null, format: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const sections = splitSections(format === '' ? 'General' : format).map(parseSection);
  if (sections.some((s) => s.unsupported)) {
    return typeof value === 'number' ? formatGeneral(value) : value;
  }
  if (typeof value === 'string') {
    const textSec = sections[3] ?? sections.find((s) => s.hasText && !s.hasDigits);
    return textSec === undefined ? value : renderSection(textSec, value, false);
  }
  const [pos, neg, zero] = sections;
  if (pos === undefined) return formatGeneral(value);
  if (sections.length === 1 || (sections.length === 2 && pos.hasText && !pos.hasDigits)) {
    if (pos.hasText && !pos.hasDigits) return formatGeneral(value);
    // One numeric section: negatives get a leading minus, even when they round to zero
    // (Excel really shows "-0" for -0.4 under "0").
    return renderSection(pos, value, value < 0);
  }
  if (value > 0 || (value === 0 && zero === undefined)) return renderSection(pos, value, false);
  if (value < 0 && neg !== undefined) return renderSection(neg, value, false);
  if (value === 0 && zero !== undefined) return renderSection(zero, value, false);
  return renderSection(pos, value, false);
}
