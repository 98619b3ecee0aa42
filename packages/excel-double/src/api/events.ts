/**
 * Worksheet change events. Registrations take effect at the sync that runs `add`, like Office;
 * handlers run asynchronously after the sync (or user edit) that caused the change.
 * Handler failures are collected and rethrown by `double.settle()` instead of disappearing.
 */
import { apiValue, valueType } from './range';
import { I, type ContextCore, type EventRegistry, type ProxyObject } from './core';
import type { ChangeRecord, Scalar, SheetModel } from '../model';
import { XlError } from '../input';

interface Registration {
  ctx: ContextCore;
  owner: object;
  handler: (args: never) => Promise<unknown>;
  sheet: SheetModel | null;
}

function asJson(v: Scalar): Excel.CellValue {
  const type = valueType(v);
  if (v instanceof XlError) return { type: 'Error', basicValue: v.code } as unknown as Excel.CellValue;
  return { type, basicValue: apiValue(v) } as unknown as Excel.CellValue;
}

export class EventHub implements EventRegistry {
  private regs: Registration[] = [];
  private pending: Array<{ reg: Registration; args: unknown }> = [];
  private inflight = new Set<Promise<unknown>>();
  private scheduled = false;
  readonly errors: unknown[] = [];
  /** Every dispatched WorksheetChanged args object, for assertions in tests. */
  readonly log: Excel.WorksheetChangedEventArgs[] = [];

  register(ctx: ContextCore, owner: object, handler: (args: never) => Promise<unknown>, sheet: SheetModel | null): void {
    this.regs.push({ ctx, owner, handler, sheet });
  }

  unregister(ctx: ContextCore, owner: object, handler: (args: never) => Promise<unknown>): void {
    this.regs = this.regs.filter((r) => !(r.ctx === ctx && r.owner === owner && r.handler === handler));
  }

  wantsDetails(sheet: SheetModel): boolean {
    return this.regs.some((r) => r.sheet === null || r.sheet === sheet);
  }

  /** Called by the model for every change, in execution order. */
  onChange(rec: ChangeRecord): void {
    let args: Excel.WorksheetChangedEventArgs | null = null;
    for (const reg of this.regs) {
      if (reg.sheet !== null && reg.sheet !== rec.sheet) continue;
      args ??= this.buildArgs(rec);
      this.pending.push({ reg, args });
    }
    if (this.pending.length > 0) this.schedule();
  }

  private buildArgs(rec: ChangeRecord): Excel.WorksheetChangedEventArgs {
    const worksheetId = rec.sheet.id;
    const address = rec.address;
    const args: Record<string, unknown> = {
      type: 'WorksheetChanged',
      source: 'Local',
      changeType: rec.changeType,
      address,
      worksheetId,
      triggerSource: rec.triggerSource,
      getRange: (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(worksheetId).getRange(address),
      getRangeOrNullObject: (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItemOrNullObject(worksheetId).getRange(address),
    };
    if (rec.detail !== undefined) {
      const d: Excel.ChangedEventDetail = {
        valueBefore: apiValue(rec.detail.before),
        valueAfter: apiValue(rec.detail.after),
        valueTypeBefore: valueType(rec.detail.before),
        valueTypeAfter: valueType(rec.detail.after),
        valueAsJsonBefore: asJson(rec.detail.before),
        valueAsJsonAfter: asJson(rec.detail.after),
      };
      args.details = d;
    }
    if (rec.insertShiftDirection !== undefined || rec.deleteShiftDirection !== undefined) {
      args.changeDirectionState = {
        insertShiftDirection: rec.insertShiftDirection,
        deleteShiftDirection: rec.deleteShiftDirection,
      };
    }
    return args as unknown as Excel.WorksheetChangedEventArgs;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => this.flush(), 0);
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending.splice(0);
    for (const { reg, args } of batch) {
      if (!this.regs.includes(reg)) continue; // removed before delivery
      this.log.push(args as Excel.WorksheetChangedEventArgs);
      const p = Promise.resolve()
        .then(() => reg.handler(args as never))
        .catch((e: unknown) => {
          this.errors.push(e);
        });
      this.inflight.add(p);
      void p.finally(() => this.inflight.delete(p));
    }
  }

  /** Resolves once no event is pending or running; rethrows handler failures. */
  async settle(): Promise<void> {
    for (;;) {
      await new Promise((r) => setTimeout(r, 0));
      if (this.inflight.size > 0) {
        await Promise.all([...this.inflight]);
        continue;
      }
      if (!this.scheduled && this.pending.length === 0) break;
    }
    if (this.errors.length > 0) {
      const errs = this.errors.splice(0);
      if (errs.length === 1) throw errs[0];
      throw new AggregateError(errs, `${errs.length} event handlers failed`);
    }
  }
}

/** OfficeExtension.EventHandlerResult */
export class EventHandlerResult<T> {
  constructor(
    private readonly ctx: ContextCore,
    private readonly handlers: EventHandlers<T>,
    private readonly handler: (args: T) => Promise<unknown>,
  ) {}

  get context(): OfficeExtension.ClientRequestContext {
    return this.ctx as unknown as OfficeExtension.ClientRequestContext;
  }

  remove(): void {
    this.handlers.remove(this.handler);
  }
}

/** OfficeExtension.EventHandlers: `add`/`remove` are queued and take effect at sync. */
export class EventHandlers<T> {
  constructor(
    private readonly owner: ProxyObject,
    private readonly sheetOf: (target: unknown) => SheetModel | null,
  ) {}

  add(handler: (args: T) => Promise<unknown>): OfficeExtension.EventHandlerResult<T> {
    const st = this.owner[I];
    st.method('RegisterEventHandler', ['Changed'], (t: unknown) => {
      st.ctx.hub.events.register(st.ctx, this, handler, this.sheetOf(t));
    });
    return new EventHandlerResult<T>(st.ctx, this, handler);
  }

  remove(handler: (args: T) => Promise<unknown>): void {
    const st = this.owner[I];
    st.method('UnregisterEventHandler', ['Changed'], () => {
      st.ctx.hub.events.unregister(st.ctx, this, handler);
    });
  }
}
