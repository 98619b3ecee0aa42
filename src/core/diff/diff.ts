/**
 * Compares two rounds of definitions (docs/rounds.md, D1–D10). Pure: both files are already
 * validated; the engine's model gives every total, so the change list and the workbooks agree.
 *
 * Each initiative that differs lands in one section with its whole effect on GrandTotal, so
 * the effects add up to GrandTotal(new) − GrandTotal(old) by construction (D2); every sum is
 * a big.js decimal.
 */
import Big from 'big.js';
import type { InitiativeDef, InitiativeFile, Unit } from '../format/types';
import { buildModel } from '../model/buildModel';
import type { BudgetModel, CommitteeModel, NodeModel, YearValues } from '../model/types';
import type { AmountChange, BudgetDiff, ChangeSection, CommitteeChange, FieldChange, InitiativeChange, TotalChange } from './types';

/** An initiative of one round, with its committee. */
interface Entry {
  node: NodeModel;
  committee: CommitteeModel;
}

/** The years of one round mapped onto the diff's years. */
type Align = (values: readonly (number | null)[]) => (number | null)[];

/**
 * The change list from `oldFile` to `newFile`.
 *
 * @example
 *   const diff = diffDefinitions(committeesProposals, budgetAgreement);
 *   diff.net // [-12.5, 0, 3, 3]: equal to diff.grandTotal.delta
 */
export function diffDefinitions(oldFile: InitiativeFile, newFile: InitiativeFile): BudgetDiff {
  const years = [...new Set([...oldFile.years, ...newFile.years])].sort((a, b) => a - b);
  const oldModel = buildModel(inUnit(oldFile, newFile.unit));
  const newModel = buildModel(newFile);
  const alignOld = aligner(oldModel.years, years);
  const alignNew = aligner(newModel.years, years);
  const zero = years.map(() => 0);
  const oldEntries = entriesOf(oldModel);
  const newEntries = entriesOf(newModel);
  const changes: InitiativeChange[] = [];
  for (const [before, after] of matchInitiatives(oldEntries, newEntries)) {
    const change = compare(before, after, alignOld, alignNew, zero);
    if (change !== undefined) changes.push(change);
  }
  changes.sort((a, b) => sectionOrder(a.section) - sectionOrder(b.section));
  const grandTotal = totalChange(counted(alignOld(oldModel.total), zero), counted(alignNew(newModel.total), zero));
  return {
    years,
    unit: newFile.unit,
    oldTitle: oldFile.title,
    newTitle: newFile.title,
    changes,
    committees: committeeChanges(oldModel, newModel, alignOld, alignNew, zero),
    grandTotal,
    chosenTotal: totalChange(counted(alignOld(oldModel.chosen), zero), counted(alignNew(newModel.chosen), zero)),
    net: sumByYear(changes.map((c) => c.effect), zero),
  };
}

/** True when the two rounds have no change to list (D9). */
export function isEmptyDiff(diff: BudgetDiff): boolean {
  return diff.changes.length === 0 && diff.committees.every((c) => c.delta.every((d) => d === 0));
}

/**
 * The old round restated in the new round's unit (D8): every initiative that takes the file's
 * unit names it, so the engine converts its amounts exactly. Pools are not compared.
 */
function inUnit(file: InitiativeFile, unit: Unit): InitiativeFile {
  if (file.unit === unit) return file;
  const { pools: _pools, ...rest } = file;
  const initiatives: InitiativeDef[] = file.initiatives.map((i) => (i.unit === undefined ? { ...i, unit: file.unit } : i));
  return { ...rest, unit, initiatives };
}

function aligner(from: readonly number[], to: readonly number[]): Align {
  const index = to.map((year) => from.indexOf(year));
  return (values) => index.map((i) => (i < 0 ? null : values[i] ?? null));
}

function counted(values: readonly (number | null)[], zero: readonly number[]): number[] {
  return zero.map((z, i) => values[i] ?? z);
}

function entriesOf(model: BudgetModel): Entry[] {
  return model.committees.flatMap((committee) => committee.initiatives.map((node) => ({ node, committee })));
}

/**
 * Pairs by id (D1); an initiative left over on both sides with the same committee and title
 * (ignoring case and spacing, as the CSV reader's C11 does) is the same one under a new id.
 */
function matchInitiatives(oldEntries: readonly Entry[], newEntries: readonly Entry[]): [Entry | undefined, Entry | undefined][] {
  const oldById = new Map(oldEntries.map((e) => [e.node.id ?? '', e]));
  const used = new Set<Entry>();
  const pairs: [Entry | undefined, Entry | undefined][] = [];
  const unmatchedNew: Entry[] = [];
  for (const entry of newEntries) {
    const before = oldById.get(entry.node.id ?? '');
    if (before !== undefined && !used.has(before)) {
      used.add(before);
      pairs.push([before, entry]);
    } else unmatchedNew.push(entry);
  }
  for (const entry of unmatchedNew) {
    const before = oldEntries.find((e) => !used.has(e) && e.committee.id === entry.committee.id && sameText(e.node.title, entry.node.title));
    if (before !== undefined) used.add(before);
    pairs.push([before, entry]);
  }
  for (const entry of oldEntries) if (!used.has(entry)) pairs.push([entry, undefined]);
  return pairs;
}

function sameText(a: string, b: string): boolean {
  const key = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();
  return key(a) === key(b);
}

function compare(before: Entry | undefined, after: Entry | undefined, alignOld: Align, alignNew: Align, zero: readonly number[]): InitiativeChange | undefined {
  const shown = after ?? before;
  if (shown === undefined) return undefined;
  const oldTotal = before === undefined ? null : counted(alignOld(before.node.total), zero);
  const newTotal = after === undefined ? null : counted(alignNew(after.node.total), zero);
  const fields = before === undefined || after === undefined ? [] : fieldChanges(before, after);
  const amounts = before === undefined || after === undefined ? [] : amountChanges(before.node, after.node, [], alignOld, alignNew);
  const section = sectionOf(before, after, fields, amounts);
  if (section === undefined) return undefined;
  const newMoney = (entry: Entry | undefined, total: number[] | null, chosenOnly: boolean): number[] =>
    entry !== undefined && total !== null && entry.node.funding === 'new' && (!chosenOnly || entry.node.chosen) ? total : [...zero];
  return {
    section,
    id: shown.node.id ?? '',
    committee: shown.committee.id,
    title: shown.node.title,
    funding: shown.node.funding,
    kind: shown.node.kind,
    old: oldTotal,
    new: newTotal,
    effect: differenceByYear(newMoney(before, oldTotal, false), newMoney(after, newTotal, false)),
    chosenEffect: differenceByYear(newMoney(before, oldTotal, true), newMoney(after, newTotal, true)),
    fields,
    amounts,
  };
}

/** D3: added, removed, chosen (Med Nej → Ja), dropped (Ja → Nej), else changed; nothing when nothing differs. */
function sectionOf(before: Entry | undefined, after: Entry | undefined, fields: readonly FieldChange[], amounts: readonly AmountChange[]): ChangeSection | undefined {
  if (before === undefined) return 'added';
  if (after === undefined) return 'removed';
  if (before.node.chosen !== after.node.chosen) return after.node.chosen ? 'chosen' : 'dropped';
  return fields.length > 0 || amounts.length > 0 ? 'changed' : undefined;
}

function sectionOrder(section: ChangeSection): number {
  return ['added', 'removed', 'chosen', 'dropped', 'changed'].indexOf(section);
}

/** D4: the fields that name and classify an initiative; notes and display numbers are not compared. */
function fieldChanges(before: Entry, after: Entry): FieldChange[] {
  const pairs: [FieldChange['field'], string, string][] = [
    ['title', before.node.title, after.node.title],
    ['committee', before.committee.name, after.committee.name],
    ['kind', before.node.kind, after.node.kind],
    ['funding', before.node.funding, after.node.funding],
    ['chosen', String(before.node.chosen), String(after.node.chosen)],
    ['pool', before.node.pool ?? '', after.node.pool ?? ''],
  ];
  const committeeMoved = before.committee.id !== after.committee.id;
  return pairs
    .filter(([field, old, now]) => (field === 'committee' ? committeeMoved : old !== now))
    .map(([field, old, now]) => ({ field, old, new: now }));
}

/**
 * D5: what each node states, compared node by node. A leaf's amounts (and its range ends), a
 * frame's frame, then the lines, paired by id, else by title (a line retitled without an id is
 * one removed and one added).
 */
function amountChanges(before: NodeModel, after: NodeModel, line: string[], alignOld: Align, alignNew: Align): AmountChange[] {
  if (before.shape !== after.shape || before.shape === 'leaf') {
    const stated = (node: NodeModel, align: Align): (number | null)[] => align(node.shape === 'leaf' ? node.amounts : node.total);
    const oldValues = stated(before, alignOld);
    const newValues = stated(after, alignNew);
    const endsMoved = !sameValues(alignOld(before.low), alignNew(after.low)) || !sameValues(alignOld(before.high), alignNew(after.high));
    return sameValues(oldValues, newValues) && !endsMoved ? [] : [{ line, what: 'amount', old: oldValues, new: newValues }];
  }
  const changes: AmountChange[] = [];
  if (before.shape === 'frame') {
    const oldFrame = alignOld(before.frameStated ?? []);
    const newFrame = alignNew(after.frameStated ?? []);
    if (!sameValues(oldFrame, newFrame)) changes.push({ line, what: 'frame', old: oldFrame, new: newFrame });
  }
  for (const [oldLine, newLine] of matchLines(before.children, after.children)) {
    const shown = newLine ?? oldLine;
    if (shown === undefined) continue;
    const path = [...line, shown.title];
    if (oldLine === undefined) changes.push({ line: path, what: 'lineAdded', old: alignNew(after.total).map(() => null), new: alignNew(shown.total) });
    else if (newLine === undefined) changes.push({ line: path, what: 'lineRemoved', old: alignOld(oldLine.total), new: alignOld(oldLine.total).map(() => null) });
    else changes.push(...amountChanges(oldLine, newLine, path, alignOld, alignNew));
  }
  return changes;
}

function matchLines(before: readonly NodeModel[], after: readonly NodeModel[]): [NodeModel | undefined, NodeModel | undefined][] {
  const used = new Set<NodeModel>();
  const take = (found: NodeModel | undefined): NodeModel | undefined => {
    if (found !== undefined) used.add(found);
    return found;
  };
  const free = (node: NodeModel): boolean => !used.has(node);
  const byId = after.map((line) => (line.id === undefined ? undefined : take(before.find((b) => free(b) && b.id === line.id))));
  const byTitle = after.map((line, i) => byId[i] ?? take(before.find((b) => free(b) && b.id === undefined && sameText(b.title, line.title))));
  const pairs: [NodeModel | undefined, NodeModel | undefined][] = after.map((line, i) => [byTitle[i], line]);
  for (const line of before) if (free(line)) pairs.push([line, undefined]);
  return pairs;
}

function sameValues(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** D6: every committee of either round, by id, with its total of new money. */
function committeeChanges(oldModel: BudgetModel, newModel: BudgetModel, alignOld: Align, alignNew: Align, zero: readonly number[]): CommitteeChange[] {
  const oldById = new Map(oldModel.committees.map((c) => [c.id, c]));
  const newIds = new Set(newModel.committees.map((c) => c.id));
  const rows = newModel.committees.map((c) => {
    const before = oldById.get(c.id);
    return { id: c.id, name: c.name, ...totalChange(before === undefined ? [...zero] : counted(alignOld(before.total), zero), counted(alignNew(c.total), zero)) };
  });
  const gone = oldModel.committees.filter((c) => !newIds.has(c.id)).map((c) => ({ id: c.id, name: c.name, ...totalChange(counted(alignOld(c.total), zero), [...zero]) }));
  return [...rows, ...gone];
}

function totalChange(old: number[], now: number[]): TotalChange {
  return { old, new: now, delta: differenceByYear(old, now) };
}

function differenceByYear(old: YearValues, now: YearValues): number[] {
  return now.map((value, i) => new Big(value).minus(old[i] ?? 0).toNumber());
}

function sumByYear(vectors: readonly YearValues[], zero: readonly number[]): number[] {
  return zero.map((_, i) => vectors.reduce((sum, v) => sum.plus(v[i] ?? 0), new Big(0)).toNumber());
}
