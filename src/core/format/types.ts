/**
 * The initiative file format, version 1 (see docs/format.md for the rules and their IDs).
 *
 * These are the shapes of a file *after* validation: the validator is the only
 * way from untrusted input (`unknown`) to these types.
 */

/** The units an amount or a report can be stated in. */
export const UNITS = ['kr.', 't.kr.', 'mio. kr.'] as const;
export type Unit = (typeof UNITS)[number];

/** Operating (drift) or capital (anlæg). */
export const KINDS = ['operating', 'capital'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * The kind of money an initiative is (docs/format.md, F rules): `new` is money asked for
 * (savings as negative amounts), `existing` money already in the budget (a frame as it
 * stands today), `reprioritised` money moved within the committee's own budget
 * (budget-neutral). Only new money counts in a committee's total and the grand total.
 */
export const FUNDINGS = ['new', 'existing', 'reprioritised'] as const;
export type Funding = (typeof FUNDINGS)[number];

/** Which end of a range counts in the totals. */
export const RANGE_POLICIES = ['low', 'mid', 'high'] as const;
export type RangePolicy = (typeof RANGE_POLICIES)[number];

/** An estimate given as a span, e.g. "5,5-6,9 mio. kr.". */
export interface AmountRange {
  min: number;
  max: number;
}

/** One year's amount: a number (negative for savings) or a range. */
export type Amount = number | AmountRange;

/**
 * Amounts for the budget years: one amount meaning "the same every year",
 * or an object from year ("2020") to amount. A year left out is "not stated".
 */
export type AmountsSpec = Amount | { [year: string]: Amount };

/** A line item; initiatives are line items with an id and a committee. */
export interface LineDef {
  id?: string;
  title: string;
  /** The display number, e.g. "2" or "2.1". */
  number?: string;
  kind?: Kind;
  note?: string;
  /** Overrides the file's unit for this node and everything below it. */
  unit?: Unit;
  amounts?: AmountsSpec;
  lines?: LineDef[];
  /** A frame or pool (ramme, pulje): only beside `lines`; the node totals to it. */
  frame?: AmountsSpec;
}

export interface InitiativeDef extends LineDef {
  id: string;
  committee: string;
  /** The kind of money; its lines inherit it. Absent means new money. */
  funding?: Funding;
  /** Chosen at the seminar (the workbook's Med column); absent means chosen. */
  chosen?: boolean;
  /** The id of a pool in `pools` the initiative is paid from. */
  pool?: string;
}

/** A pool (pulje): an amount per year to be spent on the initiatives that name it. */
export interface PoolDef {
  id: string;
  name: string;
  amounts: AmountsSpec;
}

export interface CommitteeDef {
  id: string;
  name: string;
}

export interface InitiativeFile {
  formatVersion: 1;
  title: string;
  unit: Unit;
  priceLevel?: string;
  years: number[];
  rangePolicy?: RangePolicy;
  committees: CommitteeDef[];
  pools?: PoolDef[];
  initiatives: InitiativeDef[];
}

export function isRange(amount: Amount): amount is AmountRange {
  return typeof amount === 'object';
}
