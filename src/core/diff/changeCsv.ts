/**
 * The change list as the CSV Danish Excel opens (docs/rounds.md, D12; docs/format-csv.md's
 * conventions): `;` between cells, Danish numbers with every digit, CRLF, a UTF-8 byte order
 * mark, and formula-like text neutralised as the definitions' CSV export does (C16).
 */
import { formatNumber } from '../format/numbers';
import { neutraliseFormula } from '../format/text';
import { renderMessage, type MessageCode } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
import { quote } from '../readback/csvExport';
import { describeChange, sectionName } from './describe';
import type { BudgetDiff } from './types';

/**
 * One table: a row per change (its section, committee, id, title, effect per year, what
 * changed), the net, a row per committee, and the totals of both rounds.
 */
export function exportChangesCsv(diff: BudgetDiff, lang: Lang, names: { oldName: string; newName: string }): string {
  const say = (code: MessageCode, params: Record<string, string> = {}): string => renderMessage(code, lang, params);
  const amounts = (values: readonly number[]): string[] => values.map((v) => formatNumber(v, 'da'));
  const committeeName = new Map(diff.committees.map((c) => [c.id, c.name]));
  // Every text is made safe to open: a title like "=HYPERLINK(…)" stays text (C16); amounts are not texts.
  const t = neutraliseFormula;
  const header = [say('roundsColumnSection'), say('roundsColumnCommittee'), 'Id', say('roundsColumnTitle'), ...diff.years.map(String), say('roundsColumnDetails')];
  const rows: string[][] = [
    header,
    ...diff.changes.map((c) => [sectionName(c.section, lang), t(committeeName.get(c.committee) ?? c.committee), t(c.id), t(c.title), ...amounts(c.effect), t(describeChange(c, diff.years, lang))]),
    [say('roundsNet'), '', '', '', ...amounts(diff.net), ''],
    ...diff.committees.map((c) => [say('roundsByCommittee'), t(c.name), t(c.id), '', ...amounts(c.delta), '']),
    [say('roundsTotals'), '', '', t(say('roundsGrandTotalOld', { name: names.oldName })), ...amounts(diff.grandTotal.old), ''],
    [say('roundsTotals'), '', '', t(say('roundsGrandTotalNew', { name: names.newName })), ...amounts(diff.grandTotal.new), ''],
    [say('roundsTotals'), '', '', t(say('roundsChosenOld', { name: names.oldName })), ...amounts(diff.chosenTotal.old), ''],
    [say('roundsTotals'), '', '', t(say('roundsChosenNew', { name: names.newName })), ...amounts(diff.chosenTotal.new), ''],
  ];
  return `\uFEFF${rows.map((cells) => cells.map(quote).join(';')).join('\r\n')}\r\n`;
}
