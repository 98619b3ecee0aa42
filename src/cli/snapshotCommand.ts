/**
 * `budget-tables snapshot WORKBOOK [--name NAME]` (docs/rounds.md, D15–D18): saves the tables
 * as they are now, read back with every edit, as a named round in the workbook's very hidden
 * snapshots sheet; without --name lists the rounds kept. The file is patched in place
 * (./snapshotSheet.ts), written only when everything is in order.
 */
import { renderMessage } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import type { MessageParams } from '../core/problems';
import { readBack } from '../core/readback';
import { MAX_SNAPSHOT_NAME_LENGTH, MAX_SNAPSHOTS, withSnapshot, type SnapshotStore } from '../core/state/snapshots';
import { encodeSnapshots, readSnapshots, SNAPSHOTS_SHEET_NAME } from '../adapters/state/snapshots';
import { readInput, writeWorkbookInto } from './commands';
import type { Progress } from './progress';
import { refusalProblems } from './readCommand';
import { readWorkbookFile } from '../adapters/exceljs/readWorkbook';
import { addProblems, describerFor, fileProblemReport, newReport, problemReport, type CommandReport, type ProblemReport, type SnapshotsReport } from './report';
import { SnapshotSheetError, withSnapshotSheet } from './snapshotSheet';

export interface SnapshotOptions {
  input: string;
  name?: string;
  lang: Lang;
}

/** The workbook's tables and its snapshots, or the problems that stop reading them. */
export type WorkbookRounds =
  | { kind: 'ok'; bytes: Uint8Array; store: SnapshotStore; tables: Extract<Awaited<ReturnType<typeof readWorkbookFile>>, { kind: 'tables' }> }
  | { kind: 'problems'; problems: ProblemReport[] };

/** Reads a Budget Tables workbook and its snapshots as untrusted input (W1–W4, S1–S5, D16). */
export async function readWorkbookRounds(path: string, lang: Lang): Promise<WorkbookRounds> {
  const bytes = await readInput(path, lang);
  if (!(bytes instanceof Uint8Array)) return { kind: 'problems', problems: [bytes] };
  const tables = await readWorkbookFile(bytes, path);
  if (tables.kind !== 'tables') return { kind: 'problems', problems: refusalProblems(tables, path, lang) };
  const reading = await readSnapshots(tables.snapshots);
  if (reading.kind === 'invalid') {
    const rejected = fileProblemReport('snapshotsRejected', path, lang, { file: path, where: SNAPSHOTS_SHEET_NAME });
    return { kind: 'problems', problems: [rejected, ...reading.problems.map((p) => problemReport(p, lang, describerFor(lang, undefined)))] };
  }
  return { kind: 'ok', bytes, store: reading.store, tables };
}

export async function runSnapshot(options: SnapshotOptions, progress: Progress, now: Date): Promise<CommandReport> {
  const { lang, input } = options;
  const report = newReport('snapshot', input);
  progress.phase('reading-workbook');
  const rounds = await readWorkbookRounds(input, lang);
  if (rounds.kind === 'problems') return failed(report, rounds.problems);
  if (options.name === undefined) {
    report.snapshots = snapshotsReport(input, rounds.store);
    return report;
  }
  progress.phase('checking');
  const result = readBack(rounds.tables.input);
  addProblems(report, result.problems.filter((p) => p.severity === 'error').map((p) => problemReport(p, lang, describerFor(lang, result.definitions))));
  if (report.counts.errors > 0) return failed(report, []);
  const added = withSnapshot(rounds.store, { name: options.name, savedAt: now.toISOString(), definitions: result.definitions });
  if ('refused' in added) {
    const params: MessageParams = added.refused === 'snapshotNameInvalid' ? { limit: MAX_SNAPSHOT_NAME_LENGTH } : { file: input, limit: MAX_SNAPSHOTS };
    return failed(report, [fileProblemReport(added.refused, input, lang, params)]);
  }
  const encoded = await encodeSnapshots(added.store);
  if ('full' in encoded) return failed(report, [fileProblemReport('snapshotsFull', input, lang, { file: input, ...encoded.full })]);
  progress.phase('writing');
  let bytes: Uint8Array;
  try {
    bytes = await withSnapshotSheet(rounds.bytes, encoded.encoded);
  } catch (failure) {
    if (!(failure instanceof SnapshotSheetError)) throw failure;
    return failed(report, [fileProblemReport('snapshotSheetUnsupported', input, lang, { file: input, detail: failure.message })]);
  }
  await writeWorkbookInto(report, input, bytes, rounds.tables.state.sheets.map((s) => s.name), lang);
  if (report.exitCode === 0) report.snapshots = { ...snapshotsReport(input, added.store), saved: { name: options.name.trim(), replaced: added.replaced } };
  return report;
}

function failed(report: CommandReport, problems: ProblemReport[]): CommandReport {
  addProblems(report, problems);
  report.exitCode = 1;
  return report;
}


function snapshotsReport(workbook: string, store: SnapshotStore): SnapshotsReport {
  return {
    workbook,
    list: store.snapshots.map((s) => ({ name: s.name, savedAt: s.savedAt, title: s.definitions.title, initiatives: s.definitions.initiatives.length })),
  };
}

/** The terminal view: what was saved, then the rounds kept. */
export function renderSnapshots(snapshots: SnapshotsReport | undefined, lang: Lang): string {
  if (snapshots === undefined) return '';
  const file = snapshots.workbook;
  const lines: string[] = [];
  if (snapshots.saved !== undefined) lines.push(renderMessage(snapshots.saved.replaced ? 'snapshotReplaced' : 'snapshotSaved', lang, { name: snapshots.saved.name, file }));
  if (snapshots.list.length === 0) lines.push(renderMessage('snapshotsNone', lang, { file }));
  else {
    lines.push(renderMessage('snapshotsHeading', lang, { file, count: snapshots.list.length }));
    const width = Math.max(...snapshots.list.map((s) => s.name.length));
    // The time as saved (UTC), to the minute: enough to tell two rounds of one day apart.
    for (const s of snapshots.list) lines.push(`  ${renderMessage('snapshotLine', lang, { name: s.name.padEnd(width), savedAt: s.savedAt.slice(0, 16).replace('T', ' '), initiatives: s.initiatives })}`);
  }
  return `${lines.join('\n')}\n`;
}
