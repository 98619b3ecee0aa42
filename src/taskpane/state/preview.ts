/**
 * What the preview shows before anything is written, taken from the engine's model:
 * committees with their initiative counts and totals per year, the grand total of the
 * committees that will be written, frames with their unallocated remainders, ranges, and
 * the seminar's choices: the initiatives left out (Med: Nej), each committee's chosen new
 * money (Heraf valgt) and the pools with what is left of them.
 */
import { combineFundedTotals } from '../../core/model/buildModel';
import { sumVectors } from '../../core/model/decimal';
import { otherFundingsIn, type BudgetModel, type CommitteeModel, type NodeModel, type OtherFunding } from '../../core/model/types';

export interface CommitteePreview {
  id: string;
  name: string;
  initiatives: number;
  selected: boolean;
  total: readonly number[];
  /** Of the new money, what the chosen initiatives come to (Heraf valgt). */
  chosen: readonly number[];
  /** Present when the committee has ranges: the totals at the low and the high ends. */
  span?: { low: readonly number[]; high: readonly number[] };
}

/** An initiative left out (Med: Nej). */
export interface LeftOutPreview {
  committee: string;
  title: string;
  number?: string;
}

/** A pool with what the chosen initiatives take of it and what is left (negative: overspent). */
export interface PoolPreview {
  id: string;
  name: string;
  amounts: readonly number[];
  chosen: readonly number[];
  left: readonly number[];
  overspent: boolean;
}

export interface ChoicesPreview {
  /** Whether the file makes choices at all (an initiative left out, or a pool): else nothing is shown of them. */
  shown: boolean;
  leftOut: LeftOutPreview[];
  pools: PoolPreview[];
}

export interface FramePreview {
  committee: string;
  title: string;
  number?: string;
  frame: readonly number[];
  unallocated: readonly number[];
  overAllocated: boolean;
}

export interface RangePreview {
  committee: string;
  title: string;
  number?: string;
  spans: { year: number; low: number; high: number }[];
}

export interface PreviewView {
  years: readonly number[];
  committees: CommitteePreview[];
  grand: {
    total: readonly number[];
    span?: { low: readonly number[]; high: readonly number[] };
    selectedOnly: boolean;
    /** Existing and reprioritised money of the chosen committees, apart from the total (only the kinds present). */
    other: { funding: OtherFunding; total: readonly number[] }[];
    /** The chosen new money of the committees that will be written. */
    chosen: readonly number[];
  };
  frames: FramePreview[];
  choices: ChoicesPreview;
  ranges: RangePreview[];
  initiativeCount: number;
}

export function previewOf(model: BudgetModel, selectedIds: readonly string[]): PreviewView {
  const committees = model.committees.map((c) => committeePreview(c, selectedIds.includes(c.id)));
  const chosen = model.committees.filter((c) => selectedIds.includes(c.id));
  const grand = combineFundedTotals(chosen, model.years.length);
  const otherKinds = otherFundingsIn(chosen);
  const frames: FramePreview[] = [];
  const ranges: RangePreview[] = [];
  for (const committee of model.committees) {
    walk(committee.initiatives, (node) => {
      if (node.shape === 'frame' && node.frame !== undefined && node.unallocated !== undefined) {
        frames.push({
          committee: committee.name,
          title: node.title,
          ...(node.number === undefined ? {} : { number: node.number }),
          frame: node.frame,
          unallocated: node.unallocated,
          overAllocated: node.unallocated.some((v) => v < 0),
        });
      }
      const spans = leafSpans(node, model.years);
      if (spans.length > 0) ranges.push({ committee: committee.name, title: node.title, ...(node.number === undefined ? {} : { number: node.number }), spans });
    });
  }
  return {
    years: model.years,
    committees,
    grand: {
      total: grand.total,
      ...(grand.hasRange ? { span: { low: grand.totalLow, high: grand.totalHigh } } : {}),
      selectedOnly: chosen.length < model.committees.length,
      other: otherKinds.map((funding) => ({ funding, total: grand.other[funding].total })),
      chosen: sumVectors(chosen.map((c) => c.chosen), model.years.length),
    },
    frames,
    choices: choicesOf(model),
    ranges,
    initiativeCount: model.committees.reduce((n, c) => n + c.initiatives.length, 0),
  };
}

function committeePreview(c: CommitteeModel, selected: boolean): CommitteePreview {
  return {
    id: c.id,
    name: c.name,
    initiatives: c.initiatives.length,
    selected,
    total: c.total,
    chosen: c.chosen,
    ...(c.hasRange ? { span: { low: c.totalLow, high: c.totalHigh } } : {}),
  };
}

/** The initiatives left out, in file order, and every pool; pools count every committee, written or not, as the overview does. */
function choicesOf(model: BudgetModel): ChoicesPreview {
  const leftOut = model.committees.flatMap((committee) =>
    committee.initiatives.filter((node) => !node.chosen).map((node) => ({ committee: committee.name, title: node.title, ...(node.number === undefined ? {} : { number: node.number }) })),
  );
  const pools = model.pools.map((pool) => ({ id: pool.id, name: pool.name, amounts: pool.amounts, chosen: pool.chosen, left: pool.left, overspent: pool.left.some((v) => v < 0) }));
  return { shown: leftOut.length > 0 || pools.length > 0, leftOut, pools };
}

function walk(nodes: readonly NodeModel[], visit: (node: NodeModel) => void): void {
  for (const node of nodes) {
    visit(node);
    walk(node.children, visit);
  }
}

/** The years in which a leaf's amount is a range (its two ends differ). */
function leafSpans(node: NodeModel, years: readonly number[]): RangePreview['spans'] {
  if (node.shape !== 'leaf') return [];
  const spans: RangePreview['spans'] = [];
  years.forEach((year, i) => {
    const low = node.low[i];
    const high = node.high[i];
    if (low !== null && low !== undefined && high !== null && high !== undefined && low !== high) spans.push({ year, low, high });
  });
  return spans;
}
