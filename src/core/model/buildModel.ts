/**
 * The engine: turns a validated initiative file into the computed budget model.
 * Pure: no I/O, no clock, no Office or ExcelJS.
 */
import { isRange, type Amount, type AmountsSpec, type Funding, type InitiativeFile, type Kind, type LineDef, type PoolDef, type RangePolicy, type Unit } from '../format/types';
import { formatJsonPath, warning, type PathSegment, type Problem } from '../problems';
import { convertUnit, pickFromRange, subtract, sumVectors } from './decimal';
import { OTHER_FUNDINGS, type BudgetModel, type CommitteeModel, type FundedTotals, type NodeModel, type OtherFunding, type PoolModel, type Totals, type YearValues } from './types';

interface Context {
  years: readonly number[];
  reportUnit: Unit;
  policy: RangePolicy;
  warnings: Problem[];
}

/** A year's amount resolved: the policy value and both ends, in the report unit. */
interface Resolved {
  value: number;
  low: number;
  high: number;
  isRange: boolean;
}

/**
 * Computes totals per node, initiative, committee and year.
 *
 * @example
 *   const model = buildModel(file);
 *   model.committees[0].total // [17, 32, 57, 102]
 */
export function buildModel(file: InitiativeFile): BudgetModel {
  const context: Context = {
    years: file.years,
    reportUnit: file.unit,
    policy: file.rangePolicy ?? 'high',
    warnings: [],
  };
  const byCommittee = initiativesByCommittee(file);
  const committees: CommitteeModel[] = file.committees.map((committee) => {
    const initiatives = (byCommittee.get(committee.id) ?? []).map(({ initiative, index }) =>
      buildNode(initiative, ['initiatives', index], 0, initiative.unit ?? file.unit, 'operating', context, {
        funding: initiative.funding ?? 'new',
        chosen: initiative.chosen ?? true,
        ...(initiative.pool === undefined ? {} : { pool: initiative.pool }),
      }),
    );
    const chosen = sumVectors(initiatives.filter(isChosenNewMoney).map((i) => i.total), file.years.length);
    return { id: committee.id, name: committee.name, initiatives, chosen, ...totalsByFunding(initiatives, file.years.length) };
  });
  return {
    title: file.title,
    unit: file.unit,
    ...(file.priceLevel === undefined ? {} : { priceLevel: file.priceLevel }),
    years: [...file.years],
    rangePolicy: context.policy,
    committees,
    ...combineFundedTotals(committees, file.years.length),
    chosen: sumVectors(committees.map((c) => c.chosen), file.years.length),
    pools: (file.pools ?? []).map((pool) => buildPool(pool, committees, context)),
    warnings: context.warnings,
  };
}

/** Only an initiative states its funding, choice and pool; every node below it carries the same. */
interface InitiativeFields {
  funding: Funding;
  chosen: boolean;
  pool?: string;
}

/** Each committee's initiatives with their index in the file, in file order. */
function initiativesByCommittee(file: InitiativeFile): Map<string, { initiative: InitiativeFile['initiatives'][number]; index: number }[]> {
  const groups = new Map<string, { initiative: InitiativeFile['initiatives'][number]; index: number }[]>();
  file.initiatives.forEach((initiative, index) => {
    const group = groups.get(initiative.committee);
    if (group === undefined) groups.set(initiative.committee, [{ initiative, index }]);
    else group.push({ initiative, index });
  });
  return groups;
}

/** Heraf valgt counts new money only, as I alt does. */
function isChosenNewMoney(initiative: NodeModel): boolean {
  return initiative.chosen && initiative.funding === 'new';
}

function buildPool(pool: PoolDef, committees: readonly CommitteeModel[], context: Context): PoolModel {
  const yearCount = context.years.length;
  const amounts = resolveYears(pool.amounts, context.reportUnit, context).map((r) => r?.value ?? 0);
  const members = committees.flatMap((c) => c.initiatives.filter((i) => i.pool === pool.id && isChosenNewMoney(i)));
  const chosen = sumVectors(members.map((i) => i.total), yearCount);
  return { id: pool.id, name: pool.name, amounts, chosen, left: amounts.map((a, i) => subtract(a, chosen[i] ?? 0)) };
}

/** A committee's totals: new money in `total`, `operating`, `capital`, the other kinds apart. */
function totalsByFunding(initiatives: readonly NodeModel[], yearCount: number): FundedTotals {
  const of = (funding: Funding): Totals => combineTotals(initiatives.filter((i) => i.funding === funding), yearCount);
  const other = Object.fromEntries(OTHER_FUNDINGS.map((f) => [f, of(f)])) as Record<OtherFunding, Totals>;
  return { ...of('new'), other };
}

/** The budget's totals from its committees': new money with new money, each other kind apart. */
export function combineFundedTotals(parts: readonly FundedTotals[], yearCount: number): FundedTotals {
  const other = Object.fromEntries(OTHER_FUNDINGS.map((f) => [f, combineTotals(parts.map((p) => p.other[f]), yearCount)])) as Record<OtherFunding, Totals>;
  return { ...combineTotals(parts, yearCount), other };
}

function buildNode(def: LineDef, path: PathSegment[], depth: number, unit: Unit, parentKind: Kind, context: Context, inherited: InitiativeFields): NodeModel {
  const kind = def.kind ?? (depth === 0 ? 'operating' : parentKind);
  const base: NodeBase = { source: formatJsonPath(path), title: def.title, kind, funding: inherited.funding, chosen: inherited.chosen, depth, statedUnit: unit };
  if (def.lines === undefined) return withOptionalFields(buildLeaf(def, base, unit, path, context), def, inherited);
  const children = def.lines.map((line, index) =>
    buildNode(line, [...path, 'lines', index], depth + 1, line.unit ?? unit, kind, context, inherited),
  );
  const node = def.frame === undefined ? buildLinesNode(base, children, context.years.length) : buildFrameNode(def.frame, base, children, unit, path, context);
  return withOptionalFields(node, def, inherited);
}

type NodeValues = Omit<NodeModel, keyof NodeBase | 'id' | 'number' | 'pool' | 'note'>;

/**
 * The node from its common fields and its values, written out field by field: a spread into
 * a literal this wide costs several times as much, and this runs for every line of every initiative.
 */
function assemble(base: NodeBase, values: NodeValues): NodeModel {
  const node: NodeModel = {
    source: base.source,
    title: base.title,
    kind: base.kind,
    funding: base.funding,
    chosen: base.chosen,
    depth: base.depth,
    statedUnit: base.statedUnit,
    shape: values.shape,
    amounts: values.amounts,
    low: values.low,
    high: values.high,
    children: values.children,
    total: values.total,
    totalLow: values.totalLow,
    totalHigh: values.totalHigh,
    operating: values.operating,
    capital: values.capital,
    hasRange: values.hasRange,
    uncosted: values.uncosted,
  };
  if (values.frame !== undefined) node.frame = values.frame;
  if (values.frameStated !== undefined) node.frameStated = values.frameStated;
  if (values.unallocated !== undefined) node.unallocated = values.unallocated;
  return node;
}

/** The fields a definition may leave out, set only where present (never as undefined). */
function withOptionalFields(node: NodeModel, def: LineDef, inherited: InitiativeFields): NodeModel {
  if (def.id !== undefined) node.id = def.id;
  if (def.number !== undefined) node.number = def.number;
  if (inherited.pool !== undefined) node.pool = inherited.pool;
  if (def.note !== undefined) node.note = def.note;
  return node;
}

type NodeBase = Pick<NodeModel, 'source' | 'title' | 'kind' | 'funding' | 'chosen' | 'depth' | 'statedUnit'>;

function buildLeaf(def: LineDef, base: NodeBase, unit: Unit, path: PathSegment[], context: Context): NodeModel {
  const uncosted = def.amounts === undefined;
  if (uncosted) context.warnings.push(warning('uncostedTopic', { kind: 'json', path }, { title: def.title }));
  const resolved = resolveYears(def.amounts, unit, context);
  const amounts = resolved.map((r) => (r === null ? null : r.value));
  const total = resolved.map((r) => (r === null ? 0 : r.value));
  const hasRange = resolved.some((r) => r?.isRange === true);
  // Without a range both ends are the amounts: the model shares those vectors (they are
  // read-only) instead of holding four more per line, which a large file feels in memory.
  return assemble(base, {
    shape: 'leaf',
    amounts,
    low: hasRange ? resolved.map((r) => (r === null ? null : r.low)) : amounts,
    high: hasRange ? resolved.map((r) => (r === null ? null : r.high)) : amounts,
    children: [],
    total,
    totalLow: hasRange ? resolved.map((r) => (r === null ? 0 : r.low)) : total,
    totalHigh: hasRange ? resolved.map((r) => (r === null ? 0 : r.high)) : total,
    operating: base.kind === 'operating' ? total : zeros(context.years.length),
    capital: base.kind === 'capital' ? total : zeros(context.years.length),
    hasRange,
    uncosted,
  });
}

function buildLinesNode(base: NodeBase, children: NodeModel[], yearCount: number): NodeModel {
  return assemble(base, {
    shape: 'lines',
    ...noInputs(yearCount),
    children,
    ...combineTotals(children, yearCount),
    uncosted: false,
  });
}

/**
 * A frame totals to its frame whatever is allocated; the remainder row makes the
 * allocations plus the remainder add up to the frame, which is what the sheet's formulas rely on.
 */
function buildFrameNode(
  frameSpec: AmountsSpec,
  base: NodeBase,
  children: NodeModel[],
  unit: Unit,
  path: PathSegment[],
  context: Context,
): NodeModel {
  const yearCount = context.years.length;
  const resolved = resolveYears(frameSpec, unit, context);
  const frame = resolved.map((r) => r?.value ?? 0);
  const allocated = sumVectors(children.map((c) => c.total), yearCount);
  const unallocated = frame.map((f, i) => subtract(f, allocated[i] ?? 0));
  unallocated.forEach((rest, i) => {
    if (rest >= 0) return;
    context.warnings.push(
      warning('frameOverAllocated', { kind: 'json', path: [...path, 'frame'] }, {
        year: context.years[i] ?? '',
        allocated: allocated[i] ?? 0,
        frame: frame[i] ?? 0,
      }),
    );
  });
  const remainderByKind = (kind: Kind): YearValues => (base.kind === kind ? unallocated : zeros(yearCount));
  return assemble(base, {
    shape: 'frame',
    ...noInputs(yearCount),
    frame,
    frameStated: resolved.map((r) => r?.value ?? null),
    unallocated,
    children,
    total: frame,
    totalLow: resolved.map((r) => r?.low ?? 0),
    totalHigh: resolved.map((r) => r?.high ?? 0),
    operating: sumVectors([...children.map((c) => c.operating), remainderByKind('operating')], yearCount),
    capital: sumVectors([...children.map((c) => c.capital), remainderByKind('capital')], yearCount),
    hasRange: resolved.some((r) => r?.isRange === true),
    uncosted: false,
  });
}

function resolveYears(spec: AmountsSpec | undefined, unit: Unit, context: Context): (Resolved | null)[] {
  return context.years.map((year) => {
    const amount = amountForYear(spec, year);
    return amount === undefined ? null : resolveAmount(amount, unit, context);
  });
}

function amountForYear(spec: AmountsSpec | undefined, year: number): Amount | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec === 'number' || isAmountRange(spec)) return spec;
  return spec[String(year)];
}

function isAmountRange(spec: AmountsSpec): spec is Amount {
  return typeof spec === 'object' && 'min' in spec && 'max' in spec && typeof spec.min === 'number';
}

function resolveAmount(amount: Amount, unit: Unit, context: Context): Resolved {
  const convert = (value: number): number => convertUnit(value, unit, context.reportUnit);
  if (!isRange(amount)) {
    const value = convert(amount);
    return { value, low: value, high: value, isRange: false };
  }
  return {
    value: convert(pickFromRange(amount, context.policy)),
    low: convert(amount.min),
    high: convert(amount.max),
    isRange: true,
  };
}

/** Element-wise totals of the parts (nodes or committees). */
export function combineTotals(parts: readonly Totals[], yearCount: number): Totals {
  const combine = (pick: (t: Totals) => YearValues): number[] => sumVectors(parts.map(pick), yearCount);
  return {
    total: combine((p) => p.total),
    totalLow: combine((p) => p.totalLow),
    totalHigh: combine((p) => p.totalHigh),
    operating: combine((p) => p.operating),
    capital: combine((p) => p.capital),
    hasRange: parts.some((p) => p.hasRange),
  };
}

function noInputs(yearCount: number): Pick<NodeModel, 'amounts' | 'low' | 'high'> {
  const nulls = sharedVector(NULLS, yearCount, null);
  return { amounts: nulls, low: nulls, high: nulls };
}

/** A year vector of zeros; one frozen vector per length is shared by every node (the model's vectors are read-only). */
function zeros(length: number): YearValues {
  return sharedVector(ZEROS, length, 0);
}

const ZEROS = new Map<number, readonly number[]>();
const NULLS = new Map<number, readonly null[]>();

function sharedVector<T>(cache: Map<number, readonly T[]>, length: number, value: T): readonly T[] {
  let vector = cache.get(length);
  if (vector === undefined) {
    vector = Object.freeze(Array.from({ length }, () => value));
    cache.set(length, vector);
  }
  return vector;
}
