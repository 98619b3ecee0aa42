/** Numbers in the pane: the user's language decides the separators (Danish 1.234,5; English 1,234.5). */
import type { Lang } from '../../core/i18n/lang';

const formatters = new Map<string, Intl.NumberFormat>();

export function formatAmount(value: number, lang: Lang, decimals: number): string {
  const key = `${lang}:${decimals}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, formatter);
  }
  // Avoid showing "-0,0" for a tiny negative that rounds to zero.
  const shown = formatter.format(value);
  return /^-0([.,]0*)?$/.test(shown) ? shown.slice(1) : shown;
}

export function formatBytes(bytes: number, lang: Lang): string {
  const units = lang === 'da' ? ['byte', 'kB', 'MB'] : ['bytes', 'kB', 'MB'];
  if (bytes < 1024) return `${bytes} ${units[0]}`;
  if (bytes < 1024 * 1024) return `${formatAmount(bytes / 1024, lang, 0)} ${units[1]}`;
  return `${formatAmount(bytes / (1024 * 1024), lang, 1)} ${units[2]}`;
}
