/**
 * The cells a data validation or a conditional format applies to: Excel keeps such a rule
 * with a list of rectangles (the file's `sqref`), and a rule set on part of them, or
 * cleared from part of them, splits. Here the rectangles are live ranges, so they follow
 * inserted and deleted rows and columns as Excel's do (a row inserted strictly inside an
 * area widens it; one inserted at its top edge pushes it down).
 */
import { cellCount, intersect, rectToA1, type Rect } from '../a1';
import type { LiveRange, SheetModel, WorkbookModel } from '../model';

/** `a` without the cells of `b`: at most four rectangles (above, below, left, right). */
export function rectMinus(a: Rect, b: Rect): Rect[] {
  const cut = intersect(a, b);
  if (cut === null) return [a];
  const pieces: Rect[] = [];
  if (a.r0 < cut.r0) pieces.push({ r0: a.r0, c0: a.c0, r1: cut.r0 - 1, c1: a.c1 });
  if (cut.r1 < a.r1) pieces.push({ r0: cut.r1 + 1, c0: a.c0, r1: a.r1, c1: a.c1 });
  if (a.c0 < cut.c0) pieces.push({ r0: cut.r0, c0: a.c0, r1: cut.r1, c1: cut.c0 - 1 });
  if (cut.c1 < a.c1) pieces.push({ r0: cut.r0, c0: cut.c1 + 1, r1: cut.r1, c1: a.c1 });
  return pieces;
}

/** Disjoint live rectangles of one sheet. */
export class RuleAreas {
  private areas: LiveRange[] = [];

  constructor(readonly sheet: SheetModel) {}

  /** The rectangles that still exist (an area whose cells were all deleted is gone). */
  rects(): Rect[] {
    this.areas = this.areas.filter((a) => a.valid);
    return this.areas.map((a) => a.rect);
  }

  isEmpty(): boolean {
    return this.rects().length === 0;
  }

  add(model: WorkbookModel, rect: Rect): void {
    this.subtract(model, rect);
    this.areas.push(model.live(this.sheet, rect));
  }

  subtract(model: WorkbookModel, rect: Rect): void {
    const next: LiveRange[] = [];
    for (const area of this.areas) {
      if (!area.valid) {
        model.release(area);
        continue;
      }
      if (intersect(area.rect, rect) === null) {
        next.push(area);
        continue;
      }
      model.release(area);
      for (const piece of rectMinus(area.rect, rect)) next.push(model.live(this.sheet, piece));
    }
    this.areas = next;
  }

  /** How many of `rect`'s cells the areas cover. */
  overlap(rect: Rect): number {
    return this.rects().reduce((n, r) => {
      const cut = intersect(r, rect);
      return cut === null ? n : n + cellCount(cut);
    }, 0);
  }

  /** Whether the areas are exactly `rect`. */
  equals(rect: Rect): boolean {
    const rects = this.rects();
    return rects.length === 1 && this.overlap(rect) === cellCount(rect) && cellCount(rects[0] as Rect) === cellCount(rect);
  }

  release(model: WorkbookModel): void {
    for (const area of this.areas) model.release(area);
    this.areas = [];
  }

  /** The areas as Excel lists them, e.g. "J7:J9,J12:J14", top to bottom. */
  address(): string {
    return [...this.rects()]
      .sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0)
      .map((r) => rectToA1(r))
      .join(',');
  }
}

/** Which rules cover a range: none of its cells, exactly one rule all of them, or a mix. */
export type Coverage<T> = { kind: 'none' } | { kind: 'one'; rule: T } | { kind: 'mixed' };

export function coverageOf<T extends { areas: RuleAreas }>(rules: readonly T[], rect: Rect): Coverage<T> {
  const touching = rules.filter((rule) => rule.areas.overlap(rect) > 0);
  if (touching.length === 0) return { kind: 'none' };
  const only = touching[0] as T;
  if (touching.length === 1 && only.areas.overlap(rect) === cellCount(rect)) return { kind: 'one', rule: only };
  return { kind: 'mixed' };
}

/** A sheet's rules of one kind, kept beside the sheet so the sheet model itself is unchanged. */
export class RulesBySheet<T extends { areas: RuleAreas }> {
  private readonly bySheet = new WeakMap<SheetModel, T[]>();

  of(sheet: SheetModel): T[] {
    let list = this.bySheet.get(sheet);
    if (list === undefined) {
      list = [];
      this.bySheet.set(sheet, list);
    }
    return list;
  }

  /** The rules that still apply to some cell; the others (cleared or deleted) are dropped. */
  prune(sheet: SheetModel, model: WorkbookModel, dropped: (rule: T) => void = () => undefined): T[] {
    const kept = this.of(sheet).filter((rule) => {
      if (!rule.areas.isEmpty()) return true;
      rule.areas.release(model);
      dropped(rule);
      return false;
    });
    this.bySheet.set(sheet, kept);
    return kept;
  }

  /** Removes the cells of `rect` from every rule of the sheet. */
  clear(sheet: SheetModel, rect: Rect, model: WorkbookModel, dropped?: (rule: T) => void): void {
    for (const rule of this.of(sheet)) rule.areas.subtract(model, rect);
    this.prune(sheet, model, dropped);
  }
}
