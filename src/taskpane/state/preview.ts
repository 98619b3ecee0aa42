/**
 * What the preview shows before anything is written, taken from the engine's model:
 * committees with their initiative counts and totals per year, the grand total of the
 * committees that will be written, frames with their unallocated remainders, and ranges.
 */
import { combineFundedTotals } from '../../core/model/buildModel';
import { otherFundingsIn, type BudgetModel, type CommitteeModel, type NodeModel, type OtherFunding } from '../../core/model/types';

export interface CommitteePreview {
  id: string;
  name: string;
  initiatives: number;
  selected: boolean;
  total: readonly number[];
  /** Present when the committee has ranges: the totals at the low and the high ends. */
  span?: { low: readonly number[]; high: readonly number[] };
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
  };
  frames: FramePreview[];
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
    },
    frames,
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
    ...(c.hasRange ? { span: { low: c.totalLow, high: c.totalHigh } } : {}),
  };
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
