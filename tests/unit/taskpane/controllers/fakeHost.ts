/**
 * A WorkbookHost whose every call waits for the test: each call is recorded with its
 * arguments and a promise the test resolves or rejects by hand, so the order of answers
 * (a read-back after a write started, a watch up after dispose) is the test's to choose.
 */
import type { BuildRequest, BuildResult, CompareRoundResult, ProgressReport, RepairResult, RoundsReading, SaveRoundResult, WorkbookHost, WorkbookReadBack } from '../../../../src/taskpane/host/types';
import type { InitiativeFile } from '../../../../src/core/format/types';

export interface Call<A extends unknown[], R> {
  args: A;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/** One host method: its calls so far, oldest first. */
export class Method<A extends unknown[], R> {
  readonly calls: Call<A, R>[] = [];

  readonly call = (...args: A): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      this.calls.push({ args, resolve, reject });
    });

  /** The n-th call (0-based); fails the test when there is none. */
  at(n: number): Call<A, R> {
    const call = this.calls[n];
    if (call === undefined) throw new Error(`call ${n} was never made (${this.calls.length} made)`);
    return call;
  }

  get last(): Call<A, R> {
    return this.at(this.calls.length - 1);
  }
}

export type Stopper = () => Promise<void>;

export function fakeHost(displayLanguage = 'da-DK') {
  const methods = {
    write: new Method<[BuildRequest, (report: ProgressReport) => void], BuildResult>(),
    readStoredDefinitions: new Method<[], InitiativeFile | undefined>(),
    readBack: new Method<[], WorkbookReadBack | undefined>(),
    repair: new Method<[(report: ProgressReport) => void], RepairResult>(),
    watch: new Method<[() => void], Stopper>(),
    listSnapshots: new Method<[], RoundsReading>(),
    saveSnapshot: new Method<[string], SaveRoundResult>(),
    compareSnapshot: new Method<[string], CompareRoundResult>(),
  };
  const host: WorkbookHost = {
    kind: 'preview',
    displayLanguage,
    write: methods.write.call,
    readStoredDefinitions: methods.readStoredDefinitions.call,
    readBack: methods.readBack.call,
    repair: methods.repair.call,
    watch: methods.watch.call,
    listSnapshots: methods.listSnapshots.call,
    saveSnapshot: methods.saveSnapshot.call,
    compareSnapshot: methods.compareSnapshot.call,
  };
  /** How many times each method was called, for asserting that nothing else touched the host. */
  const counts = (): Record<keyof typeof methods, number> =>
    Object.fromEntries(Object.entries(methods).map(([name, method]) => [name, method.calls.length])) as Record<keyof typeof methods, number>;
  return { host, ...methods, counts };
}

export type FakeHost = ReturnType<typeof fakeHost>;

/**
 * Lets every answer already given run through its promise chains (a repair's read-back
 * after the repair takes a few turns). Microtasks only: no timer, no sleep.
 */
export async function settle(): Promise<void> {
  for (let turn = 0; turn < 20; turn++) await Promise.resolve();
}

/** A stopper that records its calls and answers as told. */
export function stopper(answer: () => Promise<void> = () => Promise.resolve()): Stopper & { calls: number } {
  const stop = Object.assign(
    () => {
      stop.calls++;
      return answer();
    },
    { calls: 0 },
  );
  return stop;
}
