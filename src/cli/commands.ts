/**
 * `build` and `check` as reports: load and check the definitions, compute the totals, and
 * (build) lay out and write the workbook. Nothing here prints; ./render and `--json` do.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { planToXlsxStream } from '../adapters/exceljs/streamWorkbook';
import { STATE_SHEET_NAME } from '../adapters/state/state';
import type { Lang } from '../core/i18n/lang';
import { loadDefinitions, type LoadResult } from '../core/load';
import { planBuild } from '../core/planBuild';
import { checkReplacing } from './replaceGuard';
import { withSnapshotSheet } from './snapshotSheet';
import type { BudgetModel } from '../core/model/types';
import type { InputOptions } from './args';
import type { Progress } from './progress';
import { addProblems, newReport, describerFor, problemReport, totalsReport, type CommandReport, type ProblemReport } from './report';
import { cliText } from './text';
import { WorkbookLockedError, writeWorkbookFile } from './writeWorkbook';

export interface CheckRequest {
  input: string;
  decimals: number;
  inputOptions: InputOptions;
  lang: Lang;
}

export interface BuildRequest extends CheckRequest {
  out: string;
  /** Replace a file at `out` even when that loses edits, the user's sheets or a file not built here (docs/cli.md, O2–O4). */
  overwrite?: boolean;
}

export async function runCheck(request: CheckRequest, progress: Progress): Promise<CommandReport> {
  const report = newReport('check', request.input);
  const loaded = await loadInto(report, request, progress);
  if (loaded?.model !== undefined) report.totals = totalsReport(loaded.model, request.decimals);
  return report;
}

export async function runBuild(request: BuildRequest, progress: Progress, now: Date): Promise<CommandReport> {
  const report = newReport('build', request.input);
  const loaded = await loadInto(report, request, progress);
  if (loaded?.model === undefined || loaded.file === undefined) return report;
  report.totals = totalsReport(loaded.model, request.decimals);
  progress.phase('laying-out', cliText(request.lang).count(initiativeCount(loaded.model), 'initiatives'));
  const layout = { lang: request.lang, decimals: request.decimals };
  // The state sheet's name is kept free, so no committee's sheet can take it. The build
  // date goes in the printed footer (the core has no clock). Excel's limits are checked as
  // the add-in's writer checks them: a file Excel would repair or refuse is never written.
  const { plan, limits, state } = planBuild(
    { definitions: loaded.file, model: loaded.model, layout, buildDate: now.toISOString().slice(0, 10) },
    { reservedSheetNames: [STATE_SHEET_NAME] },
  );
  if (limits.length > 0) {
    const describe = describerFor(request.lang, loaded.document);
    addProblems(report, limits.map((p) => problemReport(p, request.lang, describe)));
    report.exitCode = 1;
    return report;
  }
  // A file already at --out may hold what this build would lose: checked before anything is written.
  const replacing = await checkReplacing(request.out, loaded.file, request.overwrite === true, request.lang);
  if (replacing.kind === 'refused') {
    addProblems(report, replacing.problems);
    report.exitCode = 1;
    return report;
  }
  progress.phase('writing', cliText(request.lang).count(plan.sheets.length, 'sheets'));
  const built = await planToXlsxStream(plan, { now, state });
  // The rounds saved in the workbook are its history, not the tables: they go into the new one (O4).
  const bytes = replacing.snapshots === undefined ? built : await withSnapshotSheet(built, replacing.snapshots);
  await writeWorkbookInto(report, request.out, bytes, plan.sheets.map((s) => s.name), request.lang);
  return report;
}

/**
 * Writes a workbook and records it in the report; a workbook open in another program is the
 * user's to close (exit 1, nothing written), any other failure is the machine's.
 */
export async function writeWorkbookInto(report: CommandReport, path: string, bytes: Uint8Array, sheets: string[], lang: Lang): Promise<void> {
  try {
    await writeWorkbookFile(path, bytes);
  } catch (failure) {
    if (!(failure instanceof WorkbookLockedError)) throw failure;
    addProblems(report, [lockedProblem(failure, lang)]);
    report.exitCode = 1;
    return;
  }
  report.files.push({ path, kind: 'xlsx', sheets });
}

/** Reads and checks the definitions into the report; the load result when it has a model. */
async function loadInto(report: CommandReport, request: CheckRequest, progress: Progress): Promise<LoadResult | undefined> {
  const t = cliText(request.lang);
  progress.phase('reading');
  const bytes = await readInput(request.input, request.lang);
  if (!(bytes instanceof Uint8Array)) {
    addProblems(report, [bytes]);
    report.exitCode = 1;
    return undefined;
  }
  progress.phase('checking', sizeText(bytes.length, request.lang));
  const loaded = loadDefinitions({ fileName: basename(request.input), bytes }, request.inputOptions);
  const describe = describerFor(request.lang, loaded.document);
  addProblems(report, loaded.problems.map((p) => problemReport(p, request.lang, describe)));
  if (report.counts.errors > 0 || loaded.model === undefined) {
    report.exitCode = 1;
    return undefined;
  }
  progress.phase('computing', t.count(initiativeCount(loaded.model), 'initiatives'));
  return loaded;
}

/**
 * The input's bytes, or a problem saying why there are none: a missing or unreadable input
 * is the user's to fix (exit 1), not a fault of the tool.
 */
export async function readInput(path: string, lang: Lang): Promise<Uint8Array | ProblemReport> {
  const t = cliText(lang);
  try {
    if ((await stat(path)).isDirectory()) return fileProblem('fileNotReadable', path, t.fileNotReadable(path, 'EISDIR'));
    return new Uint8Array(await readFile(path));
  } catch (failure) {
    const code = (failure as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fileProblem('fileNotFound', path, t.fileNotFound(path));
    if (code === 'EACCES' || code === 'EPERM') return fileProblem('fileNotReadable', path, t.fileNotReadable(path, code));
    throw failure;
  }
}

function fileProblem(code: string, path: string, message: string): ProblemReport {
  return { code, severity: 'error', location: { kind: 'file', text: path }, message, params: { file: path } };
}

function lockedProblem(failure: WorkbookLockedError, lang: Lang): ProblemReport {
  const t = cliText(lang);
  const by = failure.reason.kind === 'lock-file' ? t.lockedByLockFile(failure.reason.file) : t.lockedByOs(failure.reason.code);
  return { ...fileProblem('workbookLocked', failure.path, t.workbookLocked(failure.path, by)), params: { file: failure.path, ...(failure.reason.kind === 'lock-file' ? { lockFile: failure.reason.file } : { osCode: failure.reason.code }) } };
}

function initiativeCount(model: BudgetModel): number {
  return model.committees.reduce((sum, c) => sum + c.initiatives.length, 0);
}

function sizeText(bytes: number, lang: Lang): string {
  const format = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 });
  return bytes < 1_000_000 ? `${format.format(bytes / 1000)} kB` : `${format.format(bytes / 1_000_000)} MB`;
}

