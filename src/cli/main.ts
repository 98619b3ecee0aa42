/**
 * The headless command line: the same engine as the add-in, writing .xlsx files.
 *
 *   budget-tables build <file.json|file.csv> --out <file.xlsx> [--watch] [--decimals N]
 *   budget-tables check <file.json|file.csv>
 *   budget-tables read <file.xlsx> --out <definitions.json> [--csv <file.csv>]
 *   budget-tables diff <old> <new> [--out <changes.xlsx|changes.csv>]   (a side may be <file.xlsx>#<snapshot>)
 *   budget-tables snapshot <file.xlsx> [--name <name>]
 *   common: --lang da|en, --json, --quiet, --verbose, --help; and budget-tables --version
 *
 * Exit codes (docs/cli.md): 0 done, 1 problems in the input (or a locked workbook), 2 usage,
 * 3 unexpected. Results go to stdout, problems and progress to stderr.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine, UsageError, type Invocation } from './args';
import { runBuild, runCheck } from './commands';
import { runDiff } from './diffCommand';
import { runSnapshot } from './snapshotCommand';
import { commandHelp, toolHelp } from './help';
import { emit, EXIT, progressFor, type CommandInvocation, type Io } from './emit';
import type { Progress } from './progress';
import { runRead } from './readCommand';
import { newReport, type CommandReport } from './report';
import { cliText } from './text';
import { watchBuild } from './watch';

export { EXIT, type Io } from './emit';

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
};


export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let invocation: Invocation;
  try {
    invocation = parseCommandLine(argv);
  } catch (failure) {
    if (!(failure instanceof UsageError)) return unexpected(failure, io, undefined);
    reportUsageError(failure, io);
    return EXIT.usage;
  }
  try {
    return await run(invocation, io);
  } catch (failure) {
    return unexpected(failure, io, invocation);
  }
}

export function version(): string {
  // src/cli and dist-node/cli are both two levels below the package.
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}

async function run(invocation: Invocation, io: Io): Promise<number> {
  switch (invocation.kind) {
    case 'help':
      io.stdout(invocation.command === undefined ? toolHelp(invocation.lang, version()) : commandHelp(invocation.command, invocation.lang));
      return EXIT.ok;
    case 'version':
      io.stdout(`budget-tables ${version()}\n`);
      return EXIT.ok;
    case 'build':
      if (invocation.watch) return watchBuild(invocation, io);
      return emitWith(invocation, io, (progress) => runBuild(invocation, progress, io.now()));
    case 'check':
      return emitWith(invocation, io, (progress) => runCheck(invocation, progress));
    case 'read':
      return emitWith(invocation, io, (progress) => runRead(invocation, progress));
    case 'diff':
      return emitWith(invocation, io, (progress) => runDiff(invocation, progress, io.now()));
    case 'snapshot':
      return emitWith(invocation, io, (progress) => runSnapshot(invocation, progress, io.now()));
  }
}

async function emitWith(invocation: CommandInvocation, io: Io, command: (progress: Progress) => Promise<CommandReport>): Promise<number> {
  const progress = progressFor(invocation, io);
  try {
    return emit(await command(progress), invocation, io, progress);
  } finally {
    progress.done();
  }
}

function reportUsageError(failure: UsageError, io: Io): void {
  const t = cliText(failure.lang);
  if (failure.message === t.noCommand) {
    io.stderr(`${failure.message}\n\n${toolHelp(failure.lang, version())}`);
    return;
  }
  io.stderr(`budget-tables: ${failure.message}\n${t.seeHelp(failure.command)}\n`);
}

/** A fault of the tool or its host, not of the input: exit 3, said plainly (and as JSON under --json). */
function unexpected(failure: unknown, io: Io, invocation: Invocation | undefined): number {
  const detail = failure instanceof Error ? failure.message : String(failure);
  const lang = invocation?.lang ?? 'da';
  if (invocation !== undefined && invocation.kind !== 'help' && invocation.kind !== 'version' && invocation.json) {
    const report = { ...newReport(invocation.kind, invocation.input), exitCode: EXIT.failure as 3, failure: detail };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  }
  io.stderr(`budget-tables: ${cliText(lang).unexpectedFailure(detail)}\n`);
  return EXIT.failure;
}
