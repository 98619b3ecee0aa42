/**
 * `budget-tables read <file.xlsx> --out <definitions.json> [--csv <file.csv>]`: reads a
 * workbook built by `budget-tables build` and edited by any program back into definitions
 * (docs/readback.md). Prints the changes, what could not be read, and the integrity check.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { STATE_SHEET_NAME } from '../adapters/state/state';
import { formatProblem } from '../core/i18n/formatProblem';
import { renderMessage } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import { hasErrors } from '../core/problems';
import { checkIntegrity, csvExportLimits, describeDiffEntry, describeFinding, describeNotice, exportDanishCsv, exportJson, readBack } from '../core/readback';
import type { Io } from './main';
import { readWorkbookPath, type WorkbookFileReading } from './readWorkbookFile';

export interface ReadOptions {
  input: string;
  out: string;
  csv?: string;
  lang: Lang;
}

/** 0: written; 1: no stored definitions, definitions with errors, or a CSV the form cannot hold. */
export async function runRead(options: ReadOptions, io: Io): Promise<0 | 1> {
  const { lang } = options;
  const line = (text: string): void => io.stdout(`${text}\n`);
  const tables = await readWorkbookPath(options.input);
  if (tables.kind !== 'tables') {
    for (const text of refusalLines(tables, options.input, lang)) io.stderr(`${text}\n`);
    return 1;
  }
  const result = readBack(tables.input);
  const findings = checkIntegrity(tables.input);
  if (result.diff.length === 0) line(renderMessage('readbackNoChanges', lang, {}));
  else {
    line(renderMessage('readbackHeadingChanges', lang, {}));
    for (const entry of result.diff) line(`  ${describeDiffEntry(entry, lang)}`);
  }
  if (result.notices.length > 0) {
    line(renderMessage('readbackHeadingNotices', lang, {}));
    for (const notice of result.notices) line(`  ${describeNotice(notice, lang)}`);
  }
  if (findings.length > 0) {
    line(renderMessage('readbackHeadingFindings', lang, {}));
    for (const finding of findings) line(`  ${describeFinding(finding, lang)}`);
  }
  for (const problem of result.problems) io.stderr(`${formatProblem(problem, lang)}\n`);
  if (hasErrors(result.problems)) return 1;
  // Checked before anything is written, so a refused CSV leaves no half result behind.
  const limits = options.csv === undefined ? [] : csvExportLimits(result.definitions);
  for (const limit of limits) io.stderr(`${basename(options.csv ?? '')}: ${renderMessage(limit.code, lang, { path: limit.path })}\n`);
  if (limits.length > 0) return 1;
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, exportJson(result.definitions));
  line(renderMessage('readbackWritten', lang, { file: options.out }));
  if (options.csv !== undefined) {
    await mkdir(dirname(options.csv), { recursive: true });
    await writeFile(options.csv, exportDanishCsv(result.definitions));
    line(renderMessage('readbackWritten', lang, { file: options.csv }));
  }
  return 0;
}

/** Why a file gives no tables, one located line per problem, naming the file (W1–W3, S1–S5). */
function refusalLines(reading: Exclude<WorkbookFileReading, { kind: 'tables' }>, file: string, lang: Lang): string[] {
  switch (reading.kind) {
    case 'noState':
      return [renderMessage('readbackNoState', lang, { file, sheet: STATE_SHEET_NAME })];
    case 'refused':
      return [renderMessage(reading.problem.code, lang, reading.problem.params)];
    case 'badState':
      return [renderMessage('storedStateRejected', lang, { file, where: STATE_SHEET_NAME }), ...reading.problems.map((p) => `  ${formatProblem(p, lang)}`)];
  }
}
