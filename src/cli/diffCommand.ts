/**
 * `budget-tables diff OLD NEW [--out changes.xlsx|changes.csv]`: compares two rounds
 * (docs/rounds.md). Each side is a JSON or CSV of definitions (read by the same loader as
 * build) or a workbook built by Budget Tables (its tables read back, edits included). Problems
 * in either side are reported, located and naming the side's file, and nothing is written.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { planToXlsx } from '../adapters/exceljs/writeWorkbook';
import { buildChangeSheetPlan, describeChange, diffDefinitions, exportChangesCsv, type BudgetDiff } from '../core/diff';
import type { InitiativeFile } from '../core/format/types';
import { renderMessage } from '../core/i18n/catalog';
import { findSnapshot } from '../core/state/snapshots';
import { readWorkbookRounds } from './snapshotCommand';
import type { Lang } from '../core/i18n/lang';
import { quote } from '../core/i18n/quotes';
import { loadDefinitions } from '../core/load';
import { readBack } from '../core/readback';
import type { InputOptions } from './args';
import { readInput, writeWorkbookInto } from './commands';
import type { Progress } from './progress';
import { refusalProblems } from './readCommand';
import { readWorkbookFile } from '../adapters/exceljs/readWorkbook';
import { addProblems, describerFor, newReport, problemReport, type ChangesReport, type CommandReport, type ProblemReport } from './report';

export interface DiffRequest {
  input: string;
  newInput: string;
  out?: string;
  decimals: number;
  inputOptions: InputOptions;
  lang: Lang;
}

/** Exit 0: compared (and written); 1: problems in either round, or the output is open elsewhere. */
export async function runDiff(request: DiffRequest, progress: Progress, now: Date): Promise<CommandReport> {
  const report = newReport('diff', request.input);
  progress.phase('reading');
  // Both sides are read and checked before anything is decided, so every problem shows at once.
  const [before, after] = [await loadRound(request.input, request), await loadRound(request.newInput, request)];
  addProblems(report, [...before.problems, ...after.problems]);
  if (report.counts.errors > 0 || before.file === undefined || after.file === undefined) {
    report.exitCode = 1;
    return report;
  }
  progress.phase('computing');
  const diff = diffDefinitions(before.file, after.file);
  const names = { oldName: roundName(request.input), newName: roundName(request.newInput) };
  report.changes = changesReport(diff, names, request);
  if (request.out === undefined) return report;
  progress.phase('writing');
  if (/\.csv$/i.test(request.out)) {
    await mkdir(dirname(request.out), { recursive: true });
    await writeFile(request.out, exportChangesCsv(diff, request.lang, names));
    report.files.push({ path: request.out, kind: 'csv' });
    return report;
  }
  const plan = buildChangeSheetPlan(diff, { lang: request.lang, decimals: request.decimals, ...names, buildDate: now.toISOString().slice(0, 10) });
  await writeWorkbookInto(report, request.out, await planToXlsx(plan, { now }), plan.sheets.map((s) => s.name), request.lang);
  return report;
}

interface Round {
  file?: InitiativeFile;
  problems: ProblemReport[];
}

/** A side given as `workbook.xlsx#name`: a snapshot kept in the workbook (D15). */
const SNAPSHOT_SIDE = /^(.*\.xlsx)#(.+)$/i;

/** What a round is called on the change sheet: the snapshot's name, else the file's. */
function roundName(side: string): string {
  return SNAPSHOT_SIDE.exec(side)?.[2] ?? basename(side);
}

/** One side: a snapshot, a workbook's tables read back, or definitions loaded; its problems name its file. */
async function loadRound(path: string, request: DiffRequest): Promise<Round> {
  const { lang } = request;
  const snapshot = SNAPSHOT_SIDE.exec(path);
  if (snapshot !== null) return loadSnapshot(snapshot[1] ?? '', snapshot[2] ?? '', lang);
  const bytes = await readInput(path, lang);
  if (!(bytes instanceof Uint8Array)) return { problems: [bytes] };
  const named = (problems: ProblemReport[]): ProblemReport[] => problems.map((p) => namingFile(p, path));
  if (/\.xlsx$/i.test(path)) {
    const tables = await readWorkbookFile(bytes, path);
    if (tables.kind !== 'tables') return { problems: refusalProblems(tables, path, lang) };
    const result = readBack(tables.input);
    const problems = named(result.problems.map((p) => problemReport(p, lang, describerFor(lang, result.definitions))));
    return { ...(problems.some((p) => p.severity === 'error') ? {} : { file: result.definitions }), problems: problems.filter((p) => p.severity === 'error') };
  }
  const loaded = loadDefinitions({ fileName: basename(path), bytes }, request.inputOptions);
  const describe = describerFor(lang, loaded.document);
  // Only errors stop a comparison; a round's warnings (uncosted topics) are its own business.
  const errors = named(loaded.problems.filter((p) => p.severity === 'error').map((p) => problemReport(p, lang, describe)));
  return { ...(errors.length > 0 || loaded.file === undefined ? {} : { file: loaded.file }), problems: errors };
}

async function loadSnapshot(file: string, name: string, lang: Lang): Promise<Round> {
  const rounds = await readWorkbookRounds(file, lang);
  if (rounds.kind === 'problems') return { problems: rounds.problems };
  const found = findSnapshot(rounds.store, name);
  if (found !== undefined) return { file: found.definitions, problems: [] };
  const params = { file, name, names: rounds.store.snapshots.map((s) => quote(s.name, lang)).join(', ') || '–' };
  return { problems: [{ code: 'snapshotNotFound', severity: 'error', location: { kind: 'file', text: file }, message: renderMessage('snapshotNotFound', lang, params), params }] };
}

/** Which of the two rounds a problem is in: its location starts with the file's name. */
function namingFile(problem: ProblemReport, path: string): ProblemReport {
  if (problem.location.kind === 'file') return problem;
  return { ...problem, location: { ...problem.location, text: `${basename(path)}, ${problem.location.text}` } };
}

function changesReport(diff: BudgetDiff, names: { oldName: string; newName: string }, request: DiffRequest): ChangesReport {
  return {
    old: names.oldName,
    new: names.newName,
    unit: diff.unit,
    decimals: request.decimals,
    years: diff.years,
    changes: diff.changes.map((c) => ({ section: c.section, committee: c.committee, id: c.id, title: c.title, funding: c.funding, effect: c.effect, chosenEffect: c.chosenEffect, message: describeChange(c, diff.years, request.lang) })),
    committees: diff.committees.map((c) => ({ id: c.id, name: c.name, old: c.old, new: c.new, delta: c.delta })),
    grandTotal: diff.grandTotal,
    chosenTotal: diff.chosenTotal,
    net: diff.net,
  };
}
