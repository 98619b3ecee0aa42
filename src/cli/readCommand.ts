/**
 * `budget-tables read <file.xlsx> --out <definitions.json> [--csv <file.csv>]`: reads a
 * workbook built by `budget-tables build` and edited by any program back into definitions
 * (docs/readback.md). Reports the changes, what could not be read, the integrity check, and
 * the totals of the definitions as read. Whatever the reader refuses arrives here as problems
 * and is reported like any other input problem: one error path.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { STATE_SHEET_NAME } from '../adapters/state/state';
import { renderMessage, type MessageCode } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import type { MessageParams } from '../core/problems';
import { buildModel } from '../core/model/buildModel';
import { checkIntegrity, csvExportLimits, describeCsvLimits, describeDiffEntry, describeFinding, describeNotice, exportDanishCsv, exportJson, lastBuild, readBack } from '../core/readback';
import { readInput } from './commands';
import type { Progress } from './progress';
import { addProblems, newReport, describerFor, problemReport, totalsReport, type CommandReport, type ProblemReport, type ReadBackReport } from './report';
import { readWorkbookFile, type WorkbookFileReading } from '../adapters/exceljs/readWorkbook';

export interface ReadOptions {
  input: string;
  out: string;
  csv?: string;
  lang: Lang;
}

/** Exit 0: written; 1: no stored definitions, definitions with errors, or a CSV the form cannot hold. */
export async function runRead(options: ReadOptions, progress: Progress): Promise<CommandReport> {
  const { lang } = options;
  const report = newReport('read', options.input);
  progress.phase('reading-workbook');
  const bytes = await readInput(options.input, lang);
  if (!(bytes instanceof Uint8Array)) {
    addProblems(report, [bytes]);
    report.exitCode = 1;
    return report;
  }
  const tables = await readWorkbookFile(bytes, options.input);
  if (tables.kind !== 'tables') {
    addProblems(report, refusalProblems(tables, options.input, lang));
    report.exitCode = 1;
    return report;
  }
  progress.phase('checking');
  // The last build's model and plan, made once for read-back and the integrity check.
  const built = lastBuild(tables.input);
  const result = readBack(tables.input, built);
  report.readBack = {
    changes: result.diff.map((entry) => ({ code: entry.kind, sheet: entry.sheet, address: entry.address, message: describeDiffEntry(entry, lang) })),
    notices: result.notices.map((notice) => ({ code: notice.code, sheet: notice.sheet, address: notice.address, message: describeNotice(notice, lang) })),
    findings: checkIntegrity(tables.input, built.plan).map((finding) => ({ code: finding.code, sheet: finding.sheet, address: finding.address, message: describeFinding(finding, lang) })),
  };
  addProblems(report, result.problems.map((p) => problemReport(p, lang, describerFor(lang, result.definitions))));
  if (report.counts.errors > 0) {
    report.exitCode = 1;
    return report;
  }
  // Checked before anything is written, so a refused CSV leaves no half result behind.
  const csvName = basename(options.csv ?? '');
  // One problem per kind of limit; its path parameter lists every node's JSON path, for programs.
  const limits = options.csv === undefined ? [] : describeCsvLimits(csvExportLimits(result.definitions), lang);
  addProblems(report, limits.map((limit) => ({ code: limit.code, severity: 'error', location: { kind: 'file', text: csvName }, message: `${csvName}: ${limit.message}`, params: { path: limit.paths.join(', ') } })));
  if (limits.length > 0) {
    report.exitCode = 1;
    return report;
  }
  // Read back unchanged, the definitions are the stored ones, whose model the last build already made.
  const unchanged = JSON.stringify(result.definitions) === JSON.stringify(tables.input.definitions);
  report.totals = totalsReport(unchanged ? built.model : buildModel(result.definitions), tables.input.layout.decimals);
  await writeText(options.out, exportJson(result.definitions));
  report.files.push({ path: options.out, kind: 'json' });
  if (options.csv !== undefined) {
    await writeText(options.csv, exportDanishCsv(result.definitions));
    report.files.push({ path: options.csv, kind: 'csv' });
  }
  return report;
}

async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/**
 * The terminal view of read: the changes, notices and findings as before (stdout), the files
 * written in the catalogue's words. Problems go through the shared grouped view.
 */
export function renderReadBack(readBack: ReadBackReport | undefined, files: CommandReport['files'], lang: Lang): string {
  const lines: string[] = [];
  if (readBack !== undefined) {
    if (readBack.changes.length === 0) lines.push(renderMessage('readbackNoChanges', lang, {}));
    else lines.push(renderMessage('readbackHeadingChanges', lang, {}), ...readBack.changes.map((c) => `  ${c.message}`));
    if (readBack.notices.length > 0) lines.push(renderMessage('readbackHeadingNotices', lang, {}), ...readBack.notices.map((n) => `  ${n.message}`));
    if (readBack.findings.length > 0) lines.push(renderMessage('readbackHeadingFindings', lang, {}), ...readBack.findings.map((f) => `  ${f.message}`));
  }
  for (const file of files) lines.push(renderMessage('readbackWritten', lang, { file: file.path }));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/**
 * Why a file gives no tables (W1–W4, S1–S5), each problem naming the file: not a workbook, no
 * stored definitions, or stored definitions refused, then each of their problems where it is.
 */
export function refusalProblems(reading: Exclude<WorkbookFileReading, { kind: 'tables' }>, file: string, lang: Lang): ProblemReport[] {
  const about = (code: MessageCode, params: MessageParams): ProblemReport => ({ code, severity: 'error', location: { kind: 'file', text: file }, message: renderMessage(code, lang, params), params: { ...params } });
  switch (reading.kind) {
    case 'noState':
      return [about('readbackNoState', { file, sheet: STATE_SHEET_NAME })];
    case 'refused':
      return [about(reading.problem.code, reading.problem.params)];
    case 'badState':
      return [about('storedStateRejected', { file, where: STATE_SHEET_NAME }), ...reading.problems.map((p) => problemReport(p, lang, describerFor(lang, undefined)))];
  }
}
