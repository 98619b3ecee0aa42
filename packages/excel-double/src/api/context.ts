/**
 * Excel.RequestContext of the double: owns the command queue; `sync()` sends the queue to the
 * hub as one request.
 */
import { OfficeError } from '../errors';
import type { LiveRange, WorkbookModel } from '../model';
import { I, ProxyObject, type Command, type ContextCore, type HubCore, type ProxyState } from './core';
import { WorkbookProxy } from './workbook';

/** What the double's hub does with a request (implemented in index.ts). */
export interface RequestExecutor extends HubCore {
  execute(ctx: RequestContext, commands: Command[]): void;
  noteSyncCall(): void;
}

export function describeCommand(c: Command): string {
  const what = c.type === 'SetProperty' ? `${c.name} = …` : c.type === 'Query' ? 'load(…)' : `${c.name}(…)`;
  return `${c.state.def.name}.${what}`;
}

export class RequestContext implements ContextCore {
  readonly workbook: Excel.Workbook;
  readonly requestHeaders: { [name: string]: string } = {};
  private queue: Command[] = [];
  private pathSeq = 0;
  private lives: Array<{ lr: LiveRange; owner: ProxyState | null }> = [];

  constructor(
    readonly model: WorkbookModel,
    readonly hub: RequestExecutor,
  ) {
    this.workbook = new WorkbookProxy(this) as unknown as Excel.Workbook;
  }

  get application(): Excel.Application {
    return this.workbook.application;
  }

  /** Office's tracked-object list: tracked ranges survive the end of their Excel.run batch. */
  get trackedObjects(): OfficeExtension.TrackedObjects {
    const mark = (o: unknown, tracked: boolean): void => {
      for (const p of Array.isArray(o) ? o : [o]) if (p instanceof ProxyObject) p[I].tracked = tracked;
    };
    return {
      add: (o: unknown) => mark(o, true),
      remove: (o: unknown) => mark(o, false),
    };
  }

  get debugInfo(): OfficeExtension.RequestContextDebugInfo {
    return { pendingStatements: this.queue.map(describeCommand) };
  }

  enqueue(cmd: Command): void {
    this.queue.push(cmd);
  }

  nextPathId(): number {
    this.pathSeq += 1;
    return this.pathSeq;
  }

  trackLive(lr: LiveRange, owner: ProxyState | null): void {
    this.lives.push({ lr, owner });
  }

  /** Ends an Excel.run batch: untracked ranges stop following the sheet and become unusable. */
  releaseUntracked(): void {
    for (const { lr, owner } of this.lives) {
      if (owner?.tracked === true) continue;
      lr.released = true;
      this.model.release(lr);
    }
    this.lives = this.lives.filter(({ owner }) => owner?.tracked === true);
  }

  load(object: OfficeExtension.ClientObject, option?: string | string[] | OfficeExtension.LoadOption): void {
    if (!(object instanceof ProxyObject)) throw new OfficeError('InvalidArgument', 'load() expects an object of this double.');
    if (object[I].ctx !== this) throw new OfficeError('InvalidRequestContext', 'Cannot use the object across different request contexts.');
    object[I].queueLoad(option);
  }

  trace(message: string): void {
    const wb = (this.workbook as unknown as ProxyObject)[I];
    this.queue.push({ type: 'Trace', state: wb, name: 'Trace', args: [message], run: () => undefined });
  }

  /**
   * Sends the queued commands. Runs them synchronously at the call (so commands queued while the
   * promise is pending go to the next request), then resolves asynchronously like Office.
   */
  // eslint-disable-next-line @typescript-eslint/require-await -- async so a failing request rejects the promise, as Office's sync does, instead of throwing at the call.
  async sync<T>(passThroughValue?: T): Promise<T> {
    const commands = this.queue;
    this.queue = [];
    this.hub.noteSyncCall();
    // Office.js does not contact the host for an empty queue.
    if (commands.length > 0) this.hub.execute(this, commands);
    return passThroughValue as T;
  }
}
