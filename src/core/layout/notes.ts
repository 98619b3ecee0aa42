/** Generated note text: a leaf's range span and the unit its amounts were stated in. */
import type { NodeModel } from '../model/types';
import type { SheetContext } from './committeeSheet';

/** "Spænd 2020: 5,5–6,9" for each year that is a range; a unit conversion is mentioned too. */
export function formatSpanNote(node: NodeModel, context: SheetContext): string | undefined {
  const format = numberFormatter(context);
  const spans = context.years.flatMap((year, i) => {
    const low = node.low[i];
    const high = node.high[i];
    if (low === null || low === undefined || high === null || high === undefined || low === high) return [];
    return [`${context.labels.span} ${year}: ${format(low)}–${format(high)}`];
  });
  if (node.statedUnit !== context.reportUnit) spans.push(`(${context.labels.units[node.statedUnit]} → ${context.unitLabel})`);
  return spans.length === 0 ? undefined : spans.join('; ');
}

/**
 * What joins a note to the text after it: ". ", or a space when the note already ends a
 * sentence, so a note ending "…er baggrund." never reads "baggrund.. Spænd 2020: …".
 * Read-back takes the generated part off again with the same rule (`readback/cells.ts`).
 */
export function noteJoiner(note: string): string {
  return /[.!?…:]$/.test(note) ? ' ' : '. ';
}

/** The present parts of a note cell, each joined to the one before by `noteJoiner`. */
export function joinNotes(...parts: (string | undefined)[]): string | undefined {
  const present = parts.filter((p): p is string => p !== undefined && p !== '');
  if (present.length === 0) return undefined;
  return present.reduce((joined, part) => `${joined}${noteJoiner(joined)}${part}`);
}

/**
 * One formatter per language and decimals: making an Intl.NumberFormat costs about as much as
 * formatting a hundred numbers, and a sheet of ranges asks for one per note (issue 14).
 */
const formatters = new Map<string, (value: number) => string>();

function numberFormatter(context: SheetContext): (value: number) => string {
  const key = `${context.lang}:${context.decimals}`;
  const known = formatters.get(key);
  if (known !== undefined) return known;
  const locale = context.lang === 'da' ? 'da-DK' : 'en-GB';
  const formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: context.decimals, maximumFractionDigits: Math.max(context.decimals, 6) });
  // −0 (e.g. a range from -0) shows as 0: the stored definitions hold 0, since JSON has no −0.
  const format = (value: number): string => formatter.format(value === 0 ? 0 : value);
  formatters.set(key, format);
  return format;
}

/**
 * The note on a range's amount cell: "Spænd 5,5–6,9; tæller med: 6,9 (højeste skøn)".
 * Undefined when the year is not a range.
 */
export function formatRangeCellNote(low: number | null, high: number | null, value: number | null, context: SheetContext): string | undefined {
  if (low === null || high === null || value === null || low === high) return undefined;
  const format = numberFormatter(context);
  return context.labels.rangeCellNote(`${format(low)}–${format(high)}`, format(value));
}
