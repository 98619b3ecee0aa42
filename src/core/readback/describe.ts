/**
 * Read-back's results as sentences, in Danish or English, through the message catalogue:
 * `Hospitalsudvalget!D7: Beløb ændret: »Påbegynde PM-oprustning« 2020: 5 mio. kr. → 6,25 mio. kr.`
 * Places are named as the user knows them (committee, initiative, line), never as JSON paths.
 */
import { isRange, type AmountRange, type AmountsSpec, type Funding, type Kind, type LineDef, type Unit } from '../format/types';
import { formatNumber } from '../format/numbers';
import { renderMessage, type MessageCode } from '../i18n/catalog';
import { describeContainer, describeInCommittee, describeNode, describePlace, type NodePlace } from '../i18n/formatProblem';
import { workbookLabels } from '../i18n/labels';
import type { Lang } from '../i18n/lang';
import { joinAsSentence, quote } from '../i18n/quotes';
import type { CsvLimit } from './csvExport';
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

/** `10,5 mio. kr.`: an amount with the unit it is stated in. */
function amountWithUnit(value: number | AmountRange, unit: Unit | undefined, lang: Lang): string {
  return unit === undefined ? amount(value, lang) : `${amount(value, lang)} ${workbookLabels(lang).units[unit]}`;
}

/** A diff value as the user should read it; amounts with their unit. */
function shownValue(entry: DiffEntry, value: DiffValue | undefined, lang: Lang): string {
  const labels = workbookLabels(lang);
  if (value === null || value === undefined) return renderMessage('readbackNotStated', lang, {});
  if (typeof value === 'number' || isAmountRange(value)) return amountWithUnit(value, entry.unit, lang);
  if (typeof value === 'string') {
    if (entry.kind === 'kind') return labels.kinds[value as Kind];
    if (entry.kind === 'funding') return labels.fundings[value as Funding];
    if (entry.kind === 'chosen') return value === 'chosen' ? labels.yes : labels.no;
    return quote(value, lang);
  }
  return '';
}

/** " – 2020: 1,5 mio. kr.; 2021: 2 mio. kr." for an added line's amounts. */
function amountsOf(def: LineDef, unit: Unit | undefined, lang: Lang): string {
  const spec: AmountsSpec | undefined = def.amounts;
  if (spec === undefined) return '';
  if (typeof spec === 'number' || isAmountRange(spec)) return ` – ${amountWithUnit(spec, unit, lang)}`;
  const parts = Object.entries(spec as Record<string, number | AmountRange>).map(([year, value]) => `${year}: ${amountWithUnit(value, unit, lang)}`);
  return parts.length === 0 ? '' : ` – ${parts.join('; ')}`;
}

export function describeDiffEntry(entry: DiffEntry, lang: Lang): string {
  // Read-back names every added, removed and moved node; the entry's committee id is the last resort.
  const place: NodePlace = entry.place ?? { node: { title: entry.title }, committee: entry.committee, parents: [] };
  const from = describeContainer(place, lang);
  const to = entry.destination === undefined ? '' : describeContainer(entry.destination, lang);
  const params: Record<string, string | number> = {
    title: entry.title,
    year: entry.year ?? '',
    old: shownValue(entry, entry.old, lang),
    new: shownValue(entry, entry.new, lang),
    what: describeNode({ ...place.node, title: entry.title }, lang),
    place: describePlace(place, lang),
    from,
    to,
    amounts: entry.kind === 'added' && typeof entry.new === 'object' && entry.new !== null && !isAmountRange(entry.new) ? amountsOf(entry.new, entry.unit, lang) : '',
  };
  // A row moved up or down in the same initiative or committee has no "from" and "to" to tell apart.
  const code = entry.kind === 'moved' && from === to ? 'diffMovedWithin' : DIFF_CODES[entry.kind];
  return `${where(entry.sheet, entry.address)}: ${renderMessage(code, lang, params)}`;
}

/** One sentence per kind of limit, naming every initiative and line concerned by committee. */
export interface CsvLimitMessage {
  code: CsvLimit['code'];
  message: string;
  /** The JSON paths of the nodes named, for programs. */
  paths: string[];
}

const SEVERAL: Readonly<Record<CsvLimit['code'], MessageCode>> = {
  exportCsvFrame: 'exportCsvFrameSeveral',
  exportCsvNestedLines: 'exportCsvNestedLinesSeveral',
};

/**
 * Why the CSV form cannot hold a file, one sentence per kind of limit rather than one per
 * node: `CSV-formen kan ikke udtrykke rammer: »A« og »B« i Regional Udvikling er rammer. …`
 */
export function describeCsvLimits(limits: readonly CsvLimit[], lang: Lang): CsvLimitMessage[] {
  const codes = [...new Set(limits.map((limit) => limit.code))];
  return codes.map((code) => {
    const ofKind = limits.filter((limit) => limit.code === code);
    const places = joinedByCommittee(ofKind.map((limit) => limit.place), lang);
    return { code, message: renderMessage(ofKind.length === 1 ? code : SEVERAL[code], lang, { places }), paths: ofKind.map((limit) => limit.path) };
  });
}

/** `»A« (nr. 2) i Hospitalsudvalget; »B« og »C« i Regional Udvikling`, committees in order of first mention. */
function joinedByCommittee(places: readonly NodePlace[], lang: Lang): string {
  const byCommittee = new Map<string, string[]>();
  for (const place of places) byCommittee.set(place.committee, [...(byCommittee.get(place.committee) ?? []), describeNode(place.node, lang)]);
  return [...byCommittee].map(([committee, nodes]) => describeInCommittee(joinAsSentence(nodes, lang), committee, lang)).join('; ');
}

export function describeNotice(notice: Notice, lang: Lang): string {
  return `${where(notice.sheet, notice.address)}: ${renderMessage(notice.code, lang, { text: notice.text })}`;
}

export function describeFinding(finding: Finding, lang: Lang): string {
  const show = (value: string | number | boolean): string => (typeof value === 'number' ? number(value, lang) : typeof value === 'boolean' ? String(value).toUpperCase() : value === '' ? quote('', lang) : value);
  const params = { written: show(finding.written), current: show(finding.current), name: finding.name ?? '' };
  return `${where(finding.sheet, finding.address)}: ${renderMessage(finding.code, lang, params)}`;
}
