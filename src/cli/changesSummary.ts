/**
 * The terminal view of `diff`: the changes by section, each with its effect per year and what
 * changed, then the net, the change per committee and the change in the chosen, at the
 * decimals the change sheet shows (half away from zero, as Excel's formats round).
 */
import { renderMessage, type MessageCode } from '../core/i18n/catalog';
import { workbookLabels } from '../core/i18n/labels';
import type { Lang } from '../core/i18n/lang';
import type { ChangesReport } from './report';

const LABEL_WIDTH = 48;

export function renderChanges(changes: ChangesReport, lang: Lang, bold: (text: string) => string = (text) => text): string {
  const say = (code: MessageCode, params: Record<string, string> = {}): string => renderMessage(code, lang, params);
  const labels = workbookLabels(lang);
  const format = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: changes.decimals, maximumFractionDigits: changes.decimals, signDisplay: 'exceptZero' });
  const committeeName = new Map(changes.committees.map((c) => [c.id, c.name]));
  type Row = { label: string; values?: number[]; detail?: string; strong?: boolean };
  const rows: Row[] = [];
  const sections: ChangesReport['changes'][number]['section'][] = ['added', 'removed', 'chosen', 'dropped', 'changed'];
  for (const section of sections) {
    const items = changes.changes.filter((c) => c.section === section);
    if (items.length === 0) continue;
    rows.push({ label: `${say(`roundsSection_${section}`)} (${items.length})`, strong: true });
    for (const item of items) rows.push({ label: `  ${item.title} (${committeeName.get(item.committee) ?? item.committee})`, values: item.effect, detail: item.message });
  }
  if (changes.changes.length === 0) rows.push({ label: say('roundsNoChanges') });
  rows.push({ label: say('roundsNet'), values: changes.net, strong: true });
  rows.push({ label: say('roundsByCommittee'), strong: true });
  for (const committee of changes.committees) rows.push({ label: `  ${committee.name}`, values: committee.delta });
  rows.push({ label: say('roundsChosenDelta'), values: changes.chosenTotal.delta, strong: true });

  const cut = (text: string): string => (text.length > LABEL_WIDTH ? `${text.slice(0, LABEL_WIDTH - 1).trimEnd()}…` : text);
  const cells = rows.map((r) => (r.values ?? []).map((v) => format.format(v)));
  const widths = changes.years.map((year, i) => Math.max(String(year).length, ...cells.map((c) => (c[i] ?? '').length)));
  const labelWidth = Math.max(...rows.map((r) => cut(r.label).length));
  const line = (label: string, values: readonly string[]): string => [cut(label).padEnd(labelWidth), ...values.map((v, i) => v.padStart(widths[i] ?? 0))].join('  ').trimEnd();
  const unit = labels.units[changes.unit as keyof typeof labels.units] ?? changes.unit;
  const out = [bold(say('roundsTitle', { old: changes.old, new: changes.new })), say('roundsSubtitle', { amountsIn: labels.amountsIn(unit, undefined) }), line('', changes.years.map(String))];
  rows.forEach((row, i) => {
    const text = line(row.label, cells[i] ?? []);
    out.push(row.strong === true ? bold(text) : text);
    if (row.detail !== undefined && row.detail !== '') out.push(`      ${row.detail}`);
  });
  return `${out.join('\n')}\n`;
}
