/**
 * `build --watch`: build, then build again each time the definitions file is saved, for staff
 * who keep the definitions open in an editor and the workbook open beside it.
 *
 * - The folder is watched, not the file: editors save by writing a new file and renaming it
 *   over the old one, which ends a watch on the file itself.
 * - Saves come in bursts (truncate, write, rename); one build follows a quiet moment (debounce),
 *   and a save during a build queues exactly one more build.
 * - A save that changes nothing (same bytes as the last successful build) builds nothing.
 * - The workbook open in another program (a lock file, or Windows refusing the write) is
 *   reported with the program's lock, nothing is written, and the next save tries again.
 *   Nothing ends the watch but Ctrl+C (or the caller's signal): a failed build is reported
 *   and the watch goes on.
 */
import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Invocation } from './args';
import { runBuild } from './commands';
import { emit, EXIT, progressFor, type Io } from './emit';
import { cliText } from './text';

type BuildInvocation = Extract<Invocation, { kind: 'build' }>;

export const WATCH_DEBOUNCE_MS = 250;

export async function watchBuild(invocation: BuildInvocation, io: Io, debounceMs = WATCH_DEBOUNCE_MS): Promise<number> {
  const t = cliText(invocation.lang);
  const signal = io.signal ?? interruptSignal();
  // Under --quiet only errors are shown: the watch's own lines are left out too.
  const say = (text: string): void => {
    if (!invocation.quiet) io.stdout(text);
  };
  const state = { builds: 0, building: false, pending: false, lastBuilt: undefined as string | undefined, timer: undefined as NodeJS.Timeout | undefined, current: Promise.resolve() };

  const cycle = async (): Promise<void> => {
    const hash = await contentHash(invocation.input);
    if (hash !== undefined && hash === state.lastBuilt) return;
    if (state.builds++ > 0) say(`\n${t.watchRebuilding(clock(io.now()))}\n`);
    const progress = progressFor(invocation, io);
    try {
      const report = await runBuild(invocation, progress, io.now());
      const code = emit(report, invocation, io, progress);
      state.lastBuilt = code === EXIT.ok ? hash : undefined;
      if (report.problems.some((p) => p.code === 'workbookLocked')) io.stderr(`${t.watchRetry}\n`);
    } catch (failure) {
      // A fault in one build is reported and the watch goes on: the next save may well succeed.
      progress.done();
      io.stderr(`budget-tables: ${t.unexpectedFailure(failure instanceof Error ? failure.message : String(failure))}\n${t.watchRetry}\n`);
      state.lastBuilt = undefined;
    }
  };

  const trigger = (): void => {
    if (state.building) {
      state.pending = true;
      return;
    }
    state.building = true;
    state.current = cycle().finally(() => {
      state.building = false;
      if (state.pending && !signal.aborted) {
        state.pending = false;
        trigger();
      }
    });
  };

  const folder = dirname(resolve(invocation.input));
  const name = basename(invocation.input);
  const watcher: FSWatcher = watch(folder, (_event, changed) => {
    // Some platforms do not say which file changed: then any change may be ours.
    if (changed !== null && changed !== name) return;
    clearTimeout(state.timer);
    state.timer = setTimeout(trigger, debounceMs);
  });
  say(`${t.watching(invocation.input)}\n`);
  trigger();
  await new Promise<void>((done) => (signal.aborted ? done() : signal.addEventListener('abort', () => done(), { once: true })));
  watcher.close();
  clearTimeout(state.timer);
  await state.current;
  say(`${t.watchStopped}\n`);
  return EXIT.ok;
}

/** The bytes' fingerprint, or undefined while the file cannot be read (mid-save, or gone). */
async function contentHash(path: string): Promise<string | undefined> {
  try {
    return createHash('sha256').update(await readFile(path)).digest('hex');
  } catch {
    // Unreadable now: the build that follows reports why, in the user's words.
    return undefined;
  }
}

function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return controller.signal;
}

function clock(now: Date): string {
  return now.toTimeString().slice(0, 8);
}
