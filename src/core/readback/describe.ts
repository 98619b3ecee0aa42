/**
 * Read-back's results as sentences, in Danish or English, through the message catalogue:
 * `Hospitalsudvalget!D7: Beløb ændret: "Påbegynde PM-oprustning" 2020: 5 → 6,25 mio. kr.`
 */
import { isRange, type AmountRange, type AmountsSpec, type Funding, type Kind, type LineDef } from '../format/types';
import { formatNumber } from '../format/numbers';
import { renderMessage, type MessageCode } from '../i18n/catalog';
import { workbookLabels } from '../i18n/labels';
import type { Lang } from '../i18n/lang';
import type { DiffEntry, DiffValue, Finding, Notice } from './types';

const DIFF_CODES: Record<DiffEntry['kind'], MessageCode> = {
  amount: 'diffAmount',
  frame: 'diffFrame',
  added: 'diffAdded',
  removed: 'diffRemoved',
  moved: 'diffMoved',
  title: 'diffTitle',
  number: 'diffNumber',
  note: 'diffNote',
  kind: 'diffKind',
  funding: 'diffFunding',
  chosen: 'diffChosen',
};

function where(sheet: string, address: string): string {
  return address === '' ? sheet : `${sheet}!${address}`;
}

function number(value: number, lang: Lang): string {
  return formatNumber(value, lang);
}

function amount(value: number | AmountRange, lang: Lang): string {
  return isRange(value) ? `${number(value.min, lang)}–${number(value.max, lang)}` : number(value, lang);
}

function isAmountRange(value: unknown): value is AmountRange {
  return typeof value === 'object' && value !== null && typeof (value as Partial<AmountRange>).min === 'number' && typeof (value as Partial<AmountRange>).max === 'number';
}

/** A diff value as the user should read it; amounts with their unit. */
function shownValue(entry: DiffEntry, value: DiffValue | undefined, lang: Lang): string {
  const labels = workbookLabels(lang);
  if (value === null || value === undefined) return renderMessage('readbackNotStated', lang, {});
  if (typeof value === 'number' || isAmountRange(value)) {
    const unit = entry.unit === undefined ? '' : ` ${labels.units[entry.unit]}`;
    return `${amount(value, lang)}${unit}`;
  }
  if (typeof value === 'string') {
    if (entry.kind === 'kind') return labels.kinds[value as Kind];
    if (entry.kind === 'funding') return labels.fundings[value as Funding];
    if (entry.kind === 'chosen') return value === 'chosen' ? labels.yes : labels.no;
    return `"${value}"`;
  }
  return '';
}

/** " – 2020: 1,5; 2021: 2" for an added line's amounts. */
function amountsOf(def: LineDef, lang: Lang): string {
  const spec: AmountsSpec | undefined = def.amounts;
  if (spec === undefined) return '';
  if (typeof spec === 'number' || isAmountRange(spec)) return ` – ${amount(spec, lang)}`;
  const parts = Object.entries(spec as Record<string, number | AmountRange>).map(([year, value]) => `${year}: ${amount(value, lang)}`);
  return parts.length === 0 ? '' : ` – ${parts.join('; ')}`;
}

export function describeDiffEntry(entry: DiffEntry, lang: Lang): string {
  const params: Record<string, string | number> = {
    title: entry.title,
    path: entry.path,
    year: entry.year ?? '',
    old: shownValue(entry, entry.old, lang),
    new: entry.kind === 'moved' ? (typeof entry.new === 'object' || entry.new === undefined ? '' : String(entry.new)) : shownValue(entry, entry.new, lang),
    amounts: entry.kind === 'added' && typeof entry.new === 'object' && entry.new !== null && !isAmountRange(entry.new) ? amountsOf(entry.new, lang) : '',
  };
  return `${where(entry.sheet, entry.address)}: ${renderMessage(DIFF_CODES[entry.kind], lang, params)}`;
}

export function describeNotice(notice: Notice, lang: Lang): string {
  return `${where(notice.sheet, notice.address)}: ${renderMessage(notice.code, lang, { text: notice.text })}`;
}

export function describeFinding(finding: Finding, lang: Lang): string {
  const show = (value: string | number | boolean): string => (typeof value === 'number' ? number(value, lang) : typeof value === 'boolean' ? String(value).toUpperCase() : value === '' ? '""' : value);
  const params = { written: show(finding.written), current: show(finding.current), name: finding.name ?? '' };
  return `${where(finding.sheet, finding.address)}: ${renderMessage(finding.code, lang, params)}`;
}
