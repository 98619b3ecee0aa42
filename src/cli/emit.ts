/**
 * Where a command's report goes: as JSON on stdout under --json, otherwise the totals and files
 * on stdout and the problems, grouped, on stderr; colour and progress only on a terminal.
 */
import type { Invocation } from './args';
import { SILENT, terminalProgress, type Progress } from './progress';
import { renderReadBack } from './readCommand';
import { renderProblems, renderReport } from './render';
import { renderSnapshots } from './snapshotCommand';
import type { CommandReport } from './report';
import { styleFor } from './style';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
  /** Whether stdout and stderr are terminals: colour and progress only then. Default: no. */
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  env?: Readonly<Record<string, string | undefined>>;
  /** Ends `build --watch` (Ctrl+C in a terminal). */
  signal?: AbortSignal;
}

export const EXIT = { ok: 0, invalidInput: 1, usage: 2, failure: 3 } as const;

export type CommandInvocation = Exclude<Invocation, { kind: 'help' } | { kind: 'version' }>;

export function progressFor(invocation: CommandInvocation, io: Io): Progress {
  return io.stderrIsTTY === true && !invocation.quiet ? terminalProgress(io.stderr, invocation.lang) : SILENT;
}

/** Prints a report, as JSON or for a person, and gives its exit code. */
export function emit(report: CommandReport, invocation: CommandInvocation, io: Io, progress: Progress): number {
  progress.done();
  if (invocation.json) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return report.exitCode;
  }
  const env = io.env ?? {};
  const options = { lang: invocation.lang, quiet: invocation.quiet, verbose: invocation.verbose };
  const rendered = renderReport(report, { ...options, style: styleFor(io.stdoutIsTTY === true, env) });
  const readBack = report.command === 'read' && !invocation.quiet ? renderReadBack(report.readBack, report.files, invocation.lang) : '';
  const own = report.command === 'snapshot' ? (invocation.quiet ? '' : renderSnapshots(report.snapshots, invocation.lang)) : rendered.stdout;
  const stdout = report.command === 'read' ? readBack : own;
  if (stdout !== '') io.stdout(stdout);
  const stderr = renderProblems(report, { ...options, style: styleFor(io.stderrIsTTY === true, env) });
  // A blank line between what was done and what needs attention, when both are shown.
  if (stderr !== '') io.stderr(stdout === '' ? stderr : `\n${stderr}`);
  return report.exitCode;
}

