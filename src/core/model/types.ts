/**
 * The computed budget: every definition node with its totals per year, in the
 * report's unit, ranges resolved by the file's policy with both ends kept.
 * Arrays of year values are aligned with `BudgetModel.years`. A committee's and the
 * budget's `total`, `operating`, `capital` and spans count new money only (`funding`
 * "new"); existing and reprioritised money have their own totals in `other`.
 */
import type { Funding, Kind, RangePolicy, Unit } from '../format/types';
import type { Problem } from '../problems';

export type YearValues = readonly number[];
/** Per year: an amount, or null where the year is "not stated" (blank, counts as 0). */
export type StatedValues = readonly (number | null)[];

export type NodeShape = 'leaf' | 'lines' | 'frame';

export interface NodeModel extends Totals {
  /** JSON path of the definition, e.g. "initiatives[3].lines[1]". */
  source: string;
  id?: string;
  number?: string;
  title: string;
  kind: Kind;
  /** The initiative's kind of money, inherited by its lines. */
  funding: Funding;
  /** Chosen at the seminar (the Med column), inherited by the lines. */
  chosen: boolean;
  /** The pool the initiative is paid from, inherited by the lines. */
  pool?: string;
  note?: string;
  /** 0 for an initiative, 1 for its lines, and so on. */
  depth: number;
  /** The unit the definition states its amounts in (converted to the report unit here). */
  statedUnit: Unit;
  shape: NodeShape;
  /** Leaf inputs by the range policy (null: not stated). All null for other shapes. */
  amounts: StatedValues;
  /** Leaf range ends; equal to `amounts` in years that are not ranges. */
  low: StatedValues;
  high: StatedValues;
  /** The frame per year, for shape "frame" (0 where not stated). */
  frame?: YearValues;
  /** The frame as stated, null where a year is not stated, for shape "frame". */
  frameStated?: StatedValues;
  /** Frame minus allocated lines, for shape "frame"; negative when over-allocated. */
  unallocated?: YearValues;
  children: NodeModel[];
  /** A leaf with no amounts at all: a topic not yet costed. */
  uncosted: boolean;
}

export interface Totals {
  total: YearValues;
  totalLow: YearValues;
  totalHigh: YearValues;
  operating: YearValues;
  capital: YearValues;
  /** True when anything these totals count (a node or anything below it) has a range. */
  hasRange: boolean;
}

/** Money that is not new: shown apart, never counted in a total of new money. */
export type OtherFunding = Exclude<Funding, 'new'>;
export const OTHER_FUNDINGS: readonly OtherFunding[] = ['existing', 'reprioritised'];

/** The kinds of money other than new that some initiative of these committees has, in their fixed order. */
export function otherFundingsIn(committees: readonly CommitteeModel[]): OtherFunding[] {
  return OTHER_FUNDINGS.filter((f) => committees.some((c) => c.initiatives.some((i) => i.funding === f)));
}

/** The totals a committee or the budget carries: its own (new money only) and the other kinds apart. */
export interface FundedTotals extends Totals {
  /** Totals of the existing and of the reprioritised money; all zero when there is none. */
  other: Record<OtherFunding, Totals>;
}

export interface CommitteeModel extends FundedTotals {
  id: string;
  name: string;
  /** Of the new money, what the chosen initiatives come to (Heraf valgt). */
  chosen: YearValues;
  /** Every initiative in file order, whatever its funding. */
  initiatives: NodeModel[];
}

export interface BudgetModel extends FundedTotals {
  title: string;
  unit: Unit;
  priceLevel?: string;
  years: readonly number[];
  rangePolicy: RangePolicy;
  committees: CommitteeModel[];
  /** The chosen new money of every committee (ChosenTotal). */
  chosen: YearValues;
  pools: PoolModel[];
  /** Valid but noteworthy: over-allocated frames, uncosted topics. */
  warnings: Problem[];
}

/** A pool (pulje) with what the chosen initiatives that name it take of it. */
export interface PoolModel {
  id: string;
  name: string;
  /** The pool per year, in the report unit (0 where not stated). */
  amounts: YearValues;
  /** The chosen initiatives' new money from the pool. */
  chosen: YearValues;
  /** The pool minus the chosen; negative when overspent. */
  left: YearValues;
}
