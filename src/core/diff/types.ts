/**
 * The change list between two rounds of definitions (docs/rounds.md, rules D1–D10).
 * Pure data: the CLI's change sheet, its CSV and terminal summary, and the pane all render it.
 */
import type { Funding, Kind, Unit } from '../format/types';

/** Which part of the change list an initiative lands in (D3): exactly one per initiative. */
export const CHANGE_SECTIONS = ['added', 'removed', 'chosen', 'dropped', 'changed'] as const;
export type ChangeSection = (typeof CHANGE_SECTIONS)[number];

/** A field of an initiative that changed, old and new as texts (D4). */
export interface FieldChange {
  field: 'title' | 'committee' | 'kind' | 'funding' | 'chosen' | 'pool';
  old: string;
  new: string;
}

/**
 * An amount that changed (D5): the initiative's own amount or frame, or one of its lines'
 * (named by the titles from the initiative down). Values per year of `BudgetDiff.years`,
 * in the report unit, ranges by the policy; null where the year is not stated or the line
 * is not there.
 */
export interface AmountChange {
  /** Titles of the lines from below the initiative down to the node; empty for the initiative itself. */
  line: string[];
  what: 'amount' | 'frame' | 'lineAdded' | 'lineRemoved';
  old: (number | null)[];
  new: (number | null)[];
}

/** One initiative that is not the same in both rounds. */
export interface InitiativeChange {
  section: ChangeSection;
  id: string;
  /** The committee's id: the new round's, or the old one's for a removed initiative. */
  committee: string;
  title: string;
  funding: Funding;
  kind: Kind;
  /** The initiative's total per year in each round (new money or not), null where it is not there. */
  old: number[] | null;
  new: number[] | null;
  /** Its effect on GrandTotal (new money, every initiative) per year: what it adds or takes (D2). */
  effect: number[];
  /** Its effect on ChosenTotal (Heraf valgt) per year. */
  chosenEffect: number[];
  fields: FieldChange[];
  amounts: AmountChange[];
}

/** A committee's total of new money in each round and the change (D6). */
export interface CommitteeChange {
  id: string;
  name: string;
  old: number[];
  new: number[];
  delta: number[];
}

/** A total in each round and the change. */
export interface TotalChange {
  old: number[];
  new: number[];
  delta: number[];
}

export interface BudgetDiff {
  /** Every year of either round, ascending (D7). */
  years: number[];
  /** The new round's unit; the old round's amounts are converted into it (D8). */
  unit: Unit;
  oldTitle: string;
  newTitle: string;
  changes: InitiativeChange[];
  /** Every committee of either round, the new round's order first. */
  committees: CommitteeChange[];
  grandTotal: TotalChange;
  chosenTotal: TotalChange;
  /** The sum of every change's effect per year; always equal to grandTotal.delta (D2). */
  net: number[];
}
