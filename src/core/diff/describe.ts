/**
 * The change list in words, Danish or English, through the message catalogue: what the
 * change sheet's *Ændring* column, the CSV, the terminal and the pane say about a change.
 */
import type { Funding, Kind } from '../format/types';
import { formatNumber } from '../format/numbers';
import { renderMessage, type MessageCode } from '../i18n/catalog';
import { workbookLabels } from '../i18n/labels';
import type { Lang } from '../i18n/lang';
import { quote } from '../i18n/quotes';
import type { AmountChange, ChangeSection, FieldChange, InitiativeChange } from './types';

const FIELD_CODES: Record<FieldChange['field'], MessageCode> = {
  title: 'roundsFieldTitle',
  committee: 'roundsFieldCommittee',
  kind: 'roundsFieldKind',
  funding: 'roundsFieldFunding',
  chosen: 'roundsFieldChosen',
  pool: 'roundsFieldPool',
};

const SECTION_CODES: Record<ChangeSection, MessageCode> = {
  added: 'roundsSection_added',
  removed: 'roundsSection_removed',
  chosen: 'roundsSection_chosen',
  dropped: 'roundsSection_dropped',
  changed: 'roundsSection_changed',
};

export function sectionName(section: ChangeSection, lang: Lang): string {
  return renderMessage(SECTION_CODES[section], lang, {});
}

/** An amount as the change list shows it: every digit the definitions have, a dash for none. */
export function shownAmount(value: number | null | undefined, lang: Lang): string {
  return value === null || value === undefined ? '–' : formatNumber(value, lang);
}

/**
 * What changed about an initiative, in one line: its fields, then its amounts per line and
 * year (`»Drift« 2021: 2 → 3`); for an added or removed one its total; for money that is not
 * new, that it does not count (D10).
 */
export function describeChange(change: InitiativeChange, years: readonly number[], lang: Lang): string {
  const parts: string[] = [];
  if (change.section === 'added' || change.section === 'removed') {
    const totals = change.section === 'added' ? change.new : change.old;
    // An uncosted topic has no total to tell.
    if (totals !== null && totals.some((v) => v !== 0)) parts.push(renderMessage('roundsTotalOf', lang, { amounts: yearList(years, totals ?? [], lang) }));
  }
  parts.push(...change.fields.map((f) => describeField(f, lang)));
  parts.push(...change.amounts.map((a) => describeAmount(a, years, lang)));
  if (change.funding !== 'new') parts.push(renderMessage('roundsNotNewMoney', lang, { funding: workbookLabels(lang).fundings[change.funding] }));
  return parts.filter((p) => p !== '').join('; ');
}

function describeField(change: FieldChange, lang: Lang): string {
  const labels = workbookLabels(lang);
  const word = (value: string): string => {
    switch (change.field) {
      case 'kind':
        return labels.kinds[value as Kind];
      case 'funding':
        return labels.fundings[value as Funding];
      case 'chosen':
        return value === 'true' ? labels.yes : labels.no;
      default:
        return value === '' ? '–' : value;
    }
  };
  return renderMessage(FIELD_CODES[change.field], lang, { old: word(change.old), new: word(change.new) });
}

function describeAmount(change: AmountChange, years: readonly number[], lang: Lang): string {
  const line = change.line.join(' › ');
  const where = line === '' ? '' : `${quote(line, lang)} `;
  switch (change.what) {
    case 'lineAdded':
      return renderMessage('roundsLineAdded', lang, { line });
    case 'lineRemoved':
      return renderMessage('roundsLineRemoved', lang, { line });
    case 'frame':
      return renderMessage('roundsFrame', lang, { where: line === '' ? ' ' : ` ${quote(line, lang)} `, years: yearChanges(change, years, lang) });
    case 'amount':
      return renderMessage('roundsAmount', lang, { where, years: yearChanges(change, years, lang) });
  }
}

/** "2021: 10 → 12, 2022: – → 3": only the years that differ (or all, when only a range's other end moved). */
function yearChanges(change: AmountChange, years: readonly number[], lang: Lang): string {
  const differing = years.flatMap((year, i) => (change.old[i] === change.new[i] ? [] : [i]));
  const shown = differing.length > 0 ? differing : years.map((_, i) => i).filter((i) => change.old[i] !== null || change.new[i] !== null);
  return shown.map((i) => `${years[i] ?? ''}: ${shownAmount(change.old[i], lang)} → ${shownAmount(change.new[i], lang)}`).join(', ');
}

function yearList(years: readonly number[], values: readonly number[], lang: Lang): string {
  return years.map((year, i) => `${year}: ${shownAmount(values[i], lang)}`).join(', ');
}
