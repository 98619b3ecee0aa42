/**
 * Read-back's results as the pane lists them: the cell apart from the sentence, so a table
 * can show "Hospitalsudvalget!D11" beside "Beløb ændret: …". Uses the core's wording
 * (describeDiffEntry and its kin), so the pane and the command line say the same thing.
 * Loads with the engine chunk (../engine.ts).
 */
import type { Lang } from '../../core/i18n/lang';
import type { InitiativeFile } from '../../core/format/types';
import { csvExportLimits, describeCsvLimits, describeDiffEntry, describeFinding, describeNotice } from '../../core/readback';
import type { DiffEntry, Finding, Notice } from '../../core/readback/types';

export interface ReportLine {
  key: string;
  /** "Sheet!A1", or the sheet's name alone for a whole sheet. */
  cell: string;
  text: string;
}

/** The core's sentences start with where the change is ("Sheet!A1: "); the pane shows that in its own column. */
function split(described: string, sheet: string, address: string): { cell: string; text: string } {
  const cell = address === '' ? sheet : `${sheet}!${address}`;
  const prefix = `${cell}: `;
  return { cell, text: described.startsWith(prefix) ? described.slice(prefix.length) : described };
}

export function diffLines(diff: readonly DiffEntry[], lang: Lang): ReportLine[] {
  return diff.map((entry, i) => ({ key: `${i}:${entry.kind}:${entry.path}`, ...split(describeDiffEntry(entry, lang), entry.sheet, entry.address) }));
}

export function noticeLines(notices: readonly Notice[], lang: Lang): ReportLine[] {
  return notices.map((notice, i) => ({ key: `${i}:${notice.code}`, ...split(describeNotice(notice, lang), notice.sheet, notice.address) }));
}

export function findingLines(findings: readonly Finding[], lang: Lang): ReportLine[] {
  return findings.map((finding, i) => ({ key: `${i}:${finding.code}`, ...split(describeFinding(finding, lang), finding.sheet, finding.address) }));
}

/** Why the CSV form cannot hold these definitions (frames, lines below lines), one sentence per kind; empty when it can. */
export function csvLimitLines(file: InitiativeFile, lang: Lang): string[] {
  return describeCsvLimits(csvExportLimits(file), lang).map((limit) => limit.message);
}
