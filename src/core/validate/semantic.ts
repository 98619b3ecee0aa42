/**
 * The V rules of docs/format.md: checks that need the whole document or some
 * arithmetic. They run on the raw document even when its structure is broken,
 * so one typo does not hide the other problems; each check looks only at values
 * of the right type, since zod already reports the wrong ones.
 */
import { codePointName, firstXmlForbidden } from '../format/text';
import type { PathSegment } from '../problems';
import { clip, closest, hasOwn, isPlainObject, nameList } from './describe';
import { finding, type Finding } from './finding';
import { MAX_EXAMINED_DEPTH, MAX_LINE_DEPTH, MAX_TEXT_LENGTH, MAX_YEAR, MIN_YEAR, YEAR_KEY_PATTERN } from './schema';

/** Excel calculates with 15 significant digits; more is a typo or a computed artefact. */
const MAX_SIGNIFICANT_DIGITS = 15;
/** No public budget is this large in kroner; it also keeps sums far from overflow. */
const MAX_MAGNITUDE = 1e15;

interface Context {
  out: Finding[];
  /**
   * The valid budget years, and the text of the broken entries (`"2021"` as a string), which
   * may be the year an amount means; undefined when `years` is missing or empty.
   */
  years: { set: ReadonlySet<number>; list: string; maybe: ReadonlySet<string> } | undefined;
  /** Ids of initiatives and lines seen so far, in document order. */
  nodeIds: Set<string>;
}

export function semanticFindings(document: unknown): Finding[] {
  if (!isPlainObject(document)) return [];
  const out: Finding[] = [];
  checkText(document, 'title', [], true, out);
  checkText(document, 'priceLevel', [], false, out);
  const context: Context = { out, years: checkYears(document.years, out), nodeIds: new Set() };
  const committees = checkCommittees(document.committees, out);
  const pools = checkPools(document.pools, context);

  const initiatives = document.initiatives;
  if (Array.isArray(initiatives)) {
    initiatives.forEach((initiative, index) => {
      if (!isPlainObject(initiative)) return;
      const path = ['initiatives', index];
      if (committees !== undefined && typeof initiative.committee === 'string') {
        checkCommitteeReference(initiative.committee, [...path, 'committee'], committees, out);
      }
      if (pools !== undefined && typeof initiative.pool === 'string') checkPoolReference(initiative.pool, [...path, 'pool'], pools, out);
      checkNode(initiative, path, 0, false, context);
    });
  }
  return out;
}

function checkText(
  owner: Record<string, unknown>,
  field: string,
  path: readonly PathSegment[],
  nonEmpty: boolean,
  out: Finding[],
): void {
  const value = owner[field];
  if (typeof value !== 'string') return;
  if (nonEmpty && value.trim() === '') out.push(finding('emptyText', [...path, field], { field }));
  // UTF-16 code units, which is what Excel counts.
  if (value.length > MAX_TEXT_LENGTH) out.push(finding('textTooLong', [...path, field], { field, length: value.length }));
  const forbidden = firstXmlForbidden(value);
  if (forbidden !== -1) out.push(finding('textForbiddenCharacter', [...path, field], { field, character: codePointName(value, forbidden), position: forbidden + 1 }));
}

/** The longest committee id whose workbook names ("Table_" + id) stay within Excel's 255 characters (T3). */
export const MAX_COMMITTEE_ID_LENGTH = 255 - 'Table_'.length;
/** Ids whose names would be the add-in's own: "Table_Overview" (T3); compared without regard to case. */
const RESERVED_COMMITTEE_IDS: ReadonlySet<string> = new Set(['overview']);

/** Excel's names ignore case, so ids that differ only in case would give one name twice (T3). */
function checkCommitteeIdForNames(id: string, path: PathSegment[], byFolded: Map<string, string>, out: Finding[]): void {
  const folded = id.toLowerCase();
  const other = byFolded.get(folded);
  if (other !== undefined && other !== id) out.push(finding('committeeIdCaseClash', path, { id: clip(id), other: clip(other) }));
  if (RESERVED_COMMITTEE_IDS.has(folded)) out.push(finding('committeeIdReserved', path, { id: clip(id) }));
  if (id.length > MAX_COMMITTEE_ID_LENGTH) out.push(finding('committeeIdTooLong', path, { length: id.length, max: MAX_COMMITTEE_ID_LENGTH }));
  if (other === undefined) byFolded.set(folded, id);
}

function checkYears(years: unknown, out: Finding[]): Context['years'] {
  if (!Array.isArray(years) || years.length === 0) return undefined;
  const seen = new Set<number>();
  const maybe = new Set<string>();
  let previous: number | undefined;
  years.forEach((year: unknown, index) => {
    const path = ['years', index];
    if (typeof year !== 'number' || !Number.isFinite(year)) {
      if (typeof year === 'string') maybe.add(year.trim());
      return;
    }
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
      out.push(finding('yearInvalid', path, { actual: String(year) }));
      return;
    }
    if (seen.has(year)) out.push(finding('yearDuplicate', path, { year }));
    else if (previous !== undefined && year < previous) out.push(finding('yearsNotAscending', path, { year, previous }));
    seen.add(year);
    previous = year;
  });
  // A broken entry does not silence the amounts' years: each problem is reported on its own.
  return { set: seen, list: [...seen].join(', '), maybe };
}

interface Committees {
  ids: ReadonlySet<string>;
  /** Lower-cased committee name to id, for users who write the name instead of the id. */
  byName: ReadonlyMap<string, string>;
}

function checkCommittees(committees: unknown, out: Finding[]): Committees | undefined {
  if (!Array.isArray(committees)) return undefined;
  const ids = new Set<string>();
  const byName = new Map<string, string>();
  const byFolded = new Map<string, string>();
  let complete = true;
  committees.forEach((committee: unknown, index) => {
    if (!isPlainObject(committee)) {
      complete = false;
      return;
    }
    const path = ['committees', index];
    checkText(committee, 'name', path, true, out);
    const id = committee.id;
    if (typeof id !== 'string') {
      complete = false;
      return;
    }
    if (ids.has(id)) out.push(finding('committeeIdDuplicate', [...path, 'id'], { id: clip(id) }));
    checkCommitteeIdForNames(id, [...path, 'id'], byFolded, out);
    ids.add(id);
    if (typeof committee.name === 'string') byName.set(committee.name.trim().toLowerCase(), id);
  });
  // With a committee missing its id, any reference might be to that one.
  return complete ? { ids, byName } : undefined;
}

function checkCommitteeReference(reference: string, path: PathSegment[], committees: Committees, out: Finding[]): void {
  if (committees.ids.has(reference)) return;
  const suggestion = committees.byName.get(reference.trim().toLowerCase()) ?? closest(reference, committees.ids);
  out.push(
    suggestion === undefined
      ? finding('unknownCommittee', path, { committee: clip(reference), committees: nameList([...committees.ids]) })
      : finding('unknownCommitteeDidYouMean', path, { committee: clip(reference), suggestion }),
  );
}

/**
 * V15 and V17: pool ids are unique and each pool states an amount for a budget year.
 * Returns the ids, or undefined when some pool's id is missing (any reference may mean it).
 */
function checkPools(pools: unknown, context: Context): ReadonlySet<string> | undefined {
  if (pools === undefined) return new Set();
  if (!Array.isArray(pools)) return undefined;
  const { out } = context;
  const ids = new Set<string>();
  let complete = true;
  pools.forEach((pool: unknown, index) => {
    if (!isPlainObject(pool)) {
      complete = false;
      return;
    }
    const path = ['pools', index];
    checkText(pool, 'name', path, true, out);
    if (typeof pool.id !== 'string') complete = false;
    else if (ids.has(pool.id)) out.push(finding('poolIdDuplicate', [...path, 'id'], { id: clip(pool.id) }));
    else ids.add(pool.id);
    if (!hasOwn(pool, 'amounts') || pool.amounts === undefined) return;
    checkAmounts(pool.amounts, [...path, 'amounts'], context);
    if (!statesABudgetYear(pool.amounts, context.years)) out.push(finding('poolWithoutYears', [...path, 'amounts'], { pool: typeof pool.name === 'string' ? clip(pool.name) : String(index + 1) }));
  });
  return complete ? ids : undefined;
}

/** A single amount counts for every year; an object needs a key that is a budget year. */
function statesABudgetYear(amounts: unknown, years: Context['years']): boolean {
  if (!isPlainObject(amounts) || isRangeLike(amounts)) return true;
  const keys = Object.keys(amounts).filter((key) => YEAR_KEY_PATTERN.test(key));
  if (years === undefined) return keys.length > 0;
  return keys.some((key) => years.set.has(Number(key)) || years.maybe.has(key));
}

/** V16: an initiative's pool is one of the pools. */
function checkPoolReference(reference: string, path: PathSegment[], pools: ReadonlySet<string>, out: Finding[]): void {
  if (pools.has(reference)) return;
  const suggestion = closest(reference, pools);
  out.push(
    suggestion === undefined
      ? finding('unknownPool', path, { pool: clip(reference), pools: pools.size === 0 ? '-' : nameList([...pools]) })
      : finding('unknownPoolDidYouMean', path, { pool: clip(reference), suggestion }),
  );
}

function checkNode(
  node: Record<string, unknown>,
  path: PathSegment[],
  depth: number,
  insideTooDeep: boolean,
  context: Context,
): void {
  const { out } = context;
  checkText(node, 'title', path, true, out);
  checkText(node, 'number', path, false, out);
  checkText(node, 'note', path, false, out);

  const id = node.id;
  if (typeof id === 'string') {
    if (context.nodeIds.has(id)) out.push(finding('idDuplicate', [...path, 'id'], { id: clip(id) }));
    context.nodeIds.add(id);
  }

  const has = (field: string): boolean => hasOwn(node, field) && node[field] !== undefined;
  const hasAmounts = has('amounts');
  const hasLines = has('lines');
  const hasFrame = has('frame');
  if (hasAmounts && hasLines) out.push(finding('amountsWithLines', [...path, 'amounts']));
  if (hasAmounts && hasFrame) out.push(finding('amountsWithFrame', [...path, 'frame']));
  else if (hasFrame && !hasLines) out.push(finding('frameWithoutLines', [...path, 'frame']));
  if (hasAmounts) checkAmounts(node.amounts, [...path, 'amounts'], context);
  if (hasFrame) checkAmounts(node.frame, [...path, 'frame'], context);

  const lines = node.lines;
  if (!Array.isArray(lines) || lines.length === 0) return;
  const linesPath = [...path, 'lines'];
  const tooDeep = depth + 1 > MAX_LINE_DEPTH;
  // One report per branch: the levels further down are the same mistake.
  if (tooDeep && !insideTooDeep) out.push(finding('linesTooDeep', linesPath, { max: MAX_LINE_DEPTH }));
  if (depth + 1 > MAX_EXAMINED_DEPTH) return;
  lines.forEach((line: unknown, index) => {
    if (isPlainObject(line)) checkNode(line, [...linesPath, index], depth + 1, insideTooDeep || tooDeep, context);
  });
}

/** `amounts` or `frame`: a number, a range, or an object from year to amount. */
function checkAmounts(spec: unknown, path: PathSegment[], context: Context): void {
  if (!isPlainObject(spec) || isRangeLike(spec)) {
    checkAmount(spec, path, context.out);
    return;
  }
  for (const key of Object.keys(spec)) {
    // zod reports keys that are not years at all, and does not look at their values.
    if (!YEAR_KEY_PATTERN.test(key)) continue;
    const yearPath = [...path, key];
    const years = context.years;
    // "2021" written as text in `years` is reported there; the amount for 2021 is not a second problem.
    if (years !== undefined && !years.set.has(Number(key)) && !years.maybe.has(key)) {
      context.out.push(finding('yearNotInYears', yearPath, { year: key, years: years.list }));
    }
    checkAmount(spec[key], yearPath, context.out);
  }
}

function isRangeLike(value: Record<string, unknown>): boolean {
  return hasOwn(value, 'min') || hasOwn(value, 'max');
}

function checkAmount(amount: unknown, path: PathSegment[], out: Finding[]): void {
  if (typeof amount === 'number') {
    checkNumber(amount, path, out);
    return;
  }
  if (!isPlainObject(amount) || !isRangeLike(amount)) return;
  const { min, max } = amount;
  if (typeof min === 'number') checkNumber(min, [...path, 'min'], out);
  if (typeof max === 'number') checkNumber(max, [...path, 'max'], out);
  if (typeof min === 'number' && typeof max === 'number' && Number.isFinite(min) && Number.isFinite(max) && min > max) {
    out.push(finding('rangeMinAboveMax', path, { min: String(min), max: String(max) }));
  }
}

function checkNumber(value: number, path: PathSegment[], out: Finding[]): void {
  // Non-finite numbers are refused by the schema; see issues.ts.
  if (!Number.isFinite(value)) return;
  if (Math.abs(value) >= MAX_MAGNITUDE) {
    out.push(finding('numberTooLarge', path, { actual: String(value) }));
    return;
  }
  const digits = significantDigits(value);
  if (digits > MAX_SIGNIFICANT_DIGITS) out.push(finding('numberTooPrecise', path, { actual: String(value), digits }));
}

/**
 * Digits in the shortest form that reads back as the same double, which is
 * what the user wrote unless they wrote more than a double can hold.
 */
export function significantDigits(value: number): number {
  if (value === 0) return 1;
  const mantissa = Math.abs(value).toExponential().split('e')[0] ?? '';
  return mantissa.replace('.', '').length;
}
