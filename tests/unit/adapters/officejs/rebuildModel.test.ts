/**
 * [B5] Model-based rebuild tests on the Excel double (fast-check). A run is a random
 * sequence of steps; each step edits the definitions (committees added, removed,
 * renamed, reordered; tables grown, shrunk, reshaped into lines, frames, ranges and
 * other units), lets the user put content beside and below the tables, on a sheet
 * of their own, rename one of the add-in's sheets, or edit a cell inside a table,
 * and then builds, possibly with a host failure injected before, midway through or
 * after a request (its response lost), followed by a retry.
 *
 * After every build that is written: every Total_<id> and GrandTotal equals a
 * from-scratch build of the same definitions in a fresh double, every formula equals
 * the engine, every cell the user typed is where they put it, no sheet, name or
 * setting is left over, and the stored state decodes to the definitions.
 *
 * CI runs REBUILD_MODEL_RUNS (default 30) runs of up to 6 steps; set the variable for
 * more, and REBUILD_MODEL_SEED to replay a failure (fast-check prints the seed, the
 * path and the shrunk step sequence when a property fails).
 */
import fc from 'fast-check';
import { BuildError, type BuildResult } from '../../../../src/adapters/officejs/applyPlan';
import { writeTables } from '../../../../src/taskpane/host/writeTables';
import { decodeState, STATE_KEY } from '../../../../src/adapters/officejs/state';
import type { InitiativeDef, InitiativeFile, LineDef } from '../../../../src/core/format/types';
import { buildLayoutPlan } from '../../../../src/core/layout/buildPlan';
import type { LayoutPlan } from '../../../../src/core/layout/plan';
import { buildModel } from '../../../../src/core/model/buildModel';
import { validateDefinitions } from '../../../../src/core/validate/validate';
import { createExcelDouble, type ExcelDouble, type FailureOptions } from '@budget-tables/excel-double';
import { formulaMismatches } from '../../../helpers/double';
import { round } from '../../../helpers/fixtures';

const RUNS = Number(process.env.REBUILD_MODEL_RUNS ?? 30);
const SEED = process.env.REBUILD_MODEL_SEED === undefined ? undefined : Number(process.env.REBUILD_MODEL_SEED);
const MAX_STEPS = 6;
const OWN_SHEET = 'Mine noter';
/** Far right of any table (the widest has 9 columns), so it is beside every block. */
const BESIDE_COLUMN = 'P';

// ---------------------------------------------------------------- the definitions as a small model

type Shape = 'leaf' | 'capital' | 'lines' | 'frame' | 'range' | 'unit' | 'uncosted';

interface InitiativeSpec {
  id: string;
  shape: Shape;
  amount: number;
}

interface CommitteeSpec {
  id: string;
  name: string;
  initiatives: InitiativeSpec[];
}

interface Spec {
  committees: CommitteeSpec[];
  nextId: number;
}

/** Names a finance officer might use, and some that make sheet names hard. */
const NAMES = ['Hospitalsudvalget', 'Regional Udvikling', 'Udvalg: uden emner / test?', 'Oversigt', OWN_SHEET, 'Psykiatri- og socialudvalget med et meget langt navn', "'Citat'", 'History', 'Trafik'];

type Edit =
  | { t: 'addCommittee'; name: number }
  | { t: 'removeCommittee'; at: number }
  | { t: 'renameCommittee'; at: number; name: number }
  | { t: 'rotateCommittees'; by: number }
  | { t: 'grow'; at: number; count: number; shape: Shape }
  | { t: 'shrink'; at: number; count: number }
  | { t: 'reshape'; at: number; which: number; shape: Shape }
  | { t: 'amount'; at: number; which: number; amount: number };

type UserAction =
  | { t: 'below'; at: number; gap: number }
  | { t: 'beside'; at: number; row: number }
  | { t: 'ownSheet'; row: number }
  | { t: 'editInside'; at: number }
  | { t: 'renameSheet'; at: number };

interface Step {
  edits: Edit[];
  user: UserAction | null;
  failure: { n: number; mode: 'before' | 'midway' | 'lost' } | null;
  overwrite: boolean;
}

const shapeArb = fc.constantFrom<Shape>('leaf', 'capital', 'lines', 'frame', 'range', 'unit', 'uncosted');
const amountArb = fc.integer({ min: -50, max: 500 }).map((n) => n / 10);
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ t: fc.constant('addCommittee' as const), name: fc.nat(NAMES.length - 1) }),
  fc.record({ t: fc.constant('removeCommittee' as const), at: fc.nat(9) }),
  fc.record({ t: fc.constant('renameCommittee' as const), at: fc.nat(9), name: fc.nat(NAMES.length - 1) }),
  fc.record({ t: fc.constant('rotateCommittees' as const), by: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ t: fc.constant('grow' as const), at: fc.nat(9), count: fc.integer({ min: 1, max: 6 }), shape: shapeArb }),
  fc.record({ t: fc.constant('shrink' as const), at: fc.nat(9), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ t: fc.constant('reshape' as const), at: fc.nat(9), which: fc.nat(9), shape: shapeArb }),
  fc.record({ t: fc.constant('amount' as const), at: fc.nat(9), which: fc.nat(9), amount: amountArb }),
);
const userArb: fc.Arbitrary<UserAction> = fc.oneof(
  fc.record({ t: fc.constant('below' as const), at: fc.nat(9), gap: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ t: fc.constant('beside' as const), at: fc.nat(9), row: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ t: fc.constant('ownSheet' as const), row: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ t: fc.constant('editInside' as const), at: fc.nat(9) }),
  fc.record({ t: fc.constant('renameSheet' as const), at: fc.nat(9) }),
);
const stepArb: fc.Arbitrary<Step> = fc.record({
  edits: fc.array(editArb, { maxLength: 3 }),
  user: fc.option(userArb, { nil: null }),
  failure: fc.option(fc.record({ n: fc.integer({ min: 1, max: 6 }), mode: fc.constantFrom('before' as const, 'midway' as const, 'lost' as const) }), { nil: null, freq: 2 }),
  overwrite: fc.boolean(),
});

const initialSpec = (): Spec => ({
  committees: [
    { id: 'c1', name: NAMES[0] ?? '', initiatives: [{ id: 'i1', shape: 'lines', amount: 5 }, { id: 'i2', shape: 'leaf', amount: 2.5 }, { id: 'i3', shape: 'range', amount: 4 }] },
    { id: 'c2', name: NAMES[1] ?? '', initiatives: [{ id: 'i4', shape: 'frame', amount: 30 }, { id: 'i5', shape: 'capital', amount: 12 }] },
    { id: 'c3', name: NAMES[2] ?? '', initiatives: [] },
  ],
  nextId: 6,
});

function uniqueName(spec: Spec, index: number, id: string): string {
  const name = NAMES[index % NAMES.length] ?? 'Udvalg';
  return spec.committees.some((c) => c.name === name) ? `${name} ${id}` : name;
}

function applyEdit(spec: Spec, edit: Edit): Spec {
  const committees = spec.committees.map((c) => ({ ...c, initiatives: [...c.initiatives] }));
  const pick = (at: number): CommitteeSpec | undefined => committees[at % Math.max(1, committees.length)];
  switch (edit.t) {
    case 'addCommittee': {
      const id = `c${spec.nextId}`;
      return { committees: [...committees, { id, name: uniqueName(spec, edit.name, id), initiatives: [] }], nextId: spec.nextId + 1 };
    }
    case 'removeCommittee':
      if (committees.length <= 1) return spec;
      committees.splice(edit.at % committees.length, 1);
      return { ...spec, committees };
    case 'renameCommittee': {
      const committee = pick(edit.at);
      if (committee !== undefined) committee.name = uniqueName({ ...spec, committees: committees.filter((c) => c !== committee) }, edit.name, committee.id);
      return { ...spec, committees };
    }
    case 'rotateCommittees':
      return { ...spec, committees: [...committees.slice(edit.by % committees.length), ...committees.slice(0, edit.by % committees.length)] };
    case 'grow': {
      const committee = pick(edit.at);
      let next = spec.nextId;
      for (let i = 0; i < edit.count; i++) committee?.initiatives.push({ id: `i${next++}`, shape: edit.shape, amount: 1 + i });
      return { committees, nextId: next };
    }
    case 'shrink': {
      const committee = pick(edit.at);
      committee?.initiatives.splice(0, edit.count);
      return { ...spec, committees };
    }
    case 'reshape':
    case 'amount': {
      const committee = pick(edit.at);
      const list = committee?.initiatives ?? [];
      const index = edit.which % Math.max(1, list.length);
      const initiative = list[index];
      if (initiative !== undefined) list[index] = edit.t === 'reshape' ? { ...initiative, shape: edit.shape } : { ...initiative, amount: edit.amount };
      return { ...spec, committees };
    }
  }
}

function initiativeDef(spec: InitiativeSpec, committee: string, number: number): InitiativeDef {
  const base = { id: spec.id, committee, number: String(number), title: `Emne ${spec.id}` };
  const a = spec.amount;
  // Sums of tenths in binary floating point are not tenths; the validator refuses that noise.
  const tenth = (x: number): number => Math.round(x * 10) / 10;
  const lines = (count: number): LineDef[] => Array.from({ length: count }, (_, j) => ({ title: `Linje ${j + 1}`, amounts: { '2020': tenth(a + j), '2022': tenth(a * 2) } }));
  switch (spec.shape) {
    case 'leaf':
      return { ...base, amounts: { '2020': a, '2021': tenth(a + 1), '2022': a, '2023': 0.5 } };
    case 'capital':
      return { ...base, kind: 'capital', amounts: a };
    case 'lines':
      return { ...base, note: 'Fordelt på linjer', lines: lines(2) };
    case 'frame':
      return { ...base, frame: { '2020': 100, '2021': 50 }, lines: [...lines(2), { title: 'Pulje', frame: { '2020': 10 }, lines: lines(1) }] };
    case 'range':
      return { ...base, amounts: { '2020': { min: Math.abs(a), max: tenth(Math.abs(a) + 1.5) }, '2021': a } };
    case 'unit':
      return { ...base, unit: 't.kr.', amounts: { '2020': Math.round(a * 1000), '2023': 250 } };
    case 'uncosted':
      return { ...base, note: 'Ikke beregnet' };
  }
}

function definitionsOf(spec: Spec): InitiativeFile {
  return {
    formatVersion: 1,
    title: 'Budget 2020 – modeltest',
    unit: 'mio. kr.',
    years: [2020, 2021, 2022, 2023],
    rangePolicy: 'high',
    committees: spec.committees.map((c) => ({ id: c.id, name: c.name })),
    initiatives: spec.committees.flatMap((c) => c.initiatives.map((i, k) => initiativeDef(i, c.id, k + 1))),
  };
}

// ---------------------------------------------------------------- the workbook side

/** A cell the user typed: where it should be now, and what it says. */
interface UserCell {
  /** A committee's sheet (by committee id) or the user's own sheet. */
  where: { committee: string } | { own: true };
  /** Below a table: rows under the table's last row; else a fixed 1-based row. */
  position: { belowBy: number } | { row: number; column: string };
  text: string;
}

interface World {
  double: ExcelDouble;
  spec: Spec;
  /** The plan of the last written build. */
  plan: LayoutPlan;
  userCells: UserCell[];
  /** The user's own sheet, once they made one: OWN_SHEET, or another name if a committee's sheet had it. */
  ownSheet: string | null;
  /** A cell the user changed inside a table since the last build. */
  edited: { sheet: string; address: string; value: number } | null;
  counter: number;
}

const layout = { lang: 'da' as const, decimals: 1 };
const reserved = (world: World): string[] => ['Sheet1', ...(world.ownSheet === null ? [] : [world.ownSheet])];
const planFor = (definitions: InitiativeFile, reservedSheetNames: string[]): LayoutPlan => buildLayoutPlan(buildModel(definitions), { ...layout, reservedSheetNames });
const build = (double: ExcelDouble, definitions: InitiativeFile, overwriteConflicts: boolean): Promise<BuildResult> =>
  double.run((context) => writeTables(context, { definitions, layout, overwriteConflicts }));

function sheetOf(plan: LayoutPlan, committee: string) {
  return plan.sheets.find((s) => s.key === `committee:${committee}`);
}

function userAct(world: World, action: UserAction): void {
  const committees = world.spec.committees;
  const committee = committees[('at' in action ? action.at : 0) % committees.length];
  const sheet = committee === undefined ? undefined : sheetOf(world.plan, committee.id);
  const text = `Brugerens tekst ${++world.counter}`;
  if (action.t === 'ownSheet') {
    if (world.ownSheet === null) {
      const taken = world.double.inspect.sheets().some((name) => name.toLowerCase() === OWN_SHEET.toLowerCase());
      world.ownSheet = taken ? `${OWN_SHEET} 2` : OWN_SHEET;
      world.double.user.addSheet(world.ownSheet);
    }
    world.double.user.type(world.ownSheet, `A${action.row}`, text);
    remember(world, { where: { own: true }, position: { row: action.row, column: 'A' }, text });
    return;
  }
  if (committee === undefined || sheet === undefined) return;
  if (action.t === 'below') {
    world.double.user.type(sheet.name, `B${sheet.cells.length + action.gap}`, text);
    remember(world, { where: { committee: committee.id }, position: { belowBy: action.gap }, text });
  } else if (action.t === 'beside') {
    world.double.user.type(sheet.name, `${BESIDE_COLUMN}${action.row}`, text);
    remember(world, { where: { committee: committee.id }, position: { row: action.row, column: BESIDE_COLUMN }, text });
  } else if (action.t === 'renameSheet') {
    // The sheet stays the add-in's (it is known by id); the next build gives it its planned name back.
    world.double.user.renameSheet(sheet.name, `Omdøbt ${world.counter}`);
  } else {
    const leaf = sheet.table.rows.find((r) => r.role === 'leaf' && sheet.cells[r.row]?.[sheet.table.yearColumns[0] ?? 0]?.t === 'number');
    if (leaf === undefined) return;
    const address = `${String.fromCharCode(65 + (sheet.table.yearColumns[0] ?? 0))}${leaf.row + 1}`;
    world.double.user.type(sheet.name, address, 12345);
    world.edited = { sheet: sheet.name, address, value: 12345 };
  }
}

/** A later cell at the same place replaces an earlier one, as typing over it does. */
function remember(world: World, cell: UserCell): void {
  const same = (a: UserCell): boolean => JSON.stringify([a.where, a.position]) === JSON.stringify([cell.where, cell.position]);
  world.userCells = [...world.userCells.filter((c) => !same(c)), cell];
}

const failureOptions: Record<'before' | 'midway' | 'lost', FailureOptions> = {
  before: { afterCommands: 0 },
  midway: { afterCommands: 5 },
  lost: { loseResponse: true },
};

async function buildStep(world: World, step: Step): Promise<void> {
  const definitions = definitionsOf(world.spec);
  if (step.failure !== null) {
    world.double.failOnSync(step.failure.n, 'GeneralException', failureOptions[step.failure.mode]);
    const first = await build(world.double, definitions, step.overwrite).then(
      (result) => result,
      (error: unknown) => error,
    );
    world.double.cancelFailures();
    if (!(first instanceof BuildError) && first instanceof Error) throw first;
  }
  let result = await build(world.double, definitions, step.overwrite);
  if (result.status === 'conflicts') {
    // The user's edit is reported and kept, and nothing was written; then they choose to overwrite it.
    expect(world.edited).not.toBeNull();
    expect(result.conflicts.map((c) => [c.sheet, c.address, c.current])).toContainEqual([world.edited?.sheet, world.edited?.address, world.edited?.value]);
    expect(world.double.inspect.cell(world.edited?.sheet ?? '', world.edited?.address ?? '').value).toBe(world.edited?.value);
    result = await build(world.double, definitions, true);
  }
  expect(result.status).toBe('written');
  world.edited = null;
  world.userCells = world.userCells.filter((c) => 'own' in c.where || world.spec.committees.some((k) => 'committee' in c.where && k.id === c.where.committee));
  world.plan = planFor(definitions, reserved(world));
  await checkWorkbook(world, definitions, result);
}

/** Each Total_<id> and GrandTotal, as the workbook computes it: name → values. */
function totalsByName(double: ExcelDouble): Map<string, number[]> {
  const totals = new Map<string, number[]>();
  for (const name of double.inspect.names()) {
    if (!/^(Total_|GrandTotal$)/.test(name.name)) continue;
    const match = /^='?((?:[^']|'')+?)'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(name.formula);
    if (match === null) throw new Error(`unexpected name formula ${name.formula}`);
    const [, sheet = '', first = '', row = '', last = ''] = match;
    const columns = Array.from({ length: last.charCodeAt(0) - first.charCodeAt(0) + 1 }, (_, i) => String.fromCharCode(first.charCodeAt(0) + i));
    totals.set(name.name, columns.map((c) => round(Number(double.inspect.cell(sheet.replace(/''/g, "'"), `${c}${row}`).value))));
  }
  return totals;
}

function cellRules(double: ExcelDouble, sheet: string): unknown {
  const { dataValidations, conditionalFormats, pageLayout } = double.inspect.sheet(sheet);
  return { dataValidations, conditionalFormats, pageBreaks: pageLayout.horizontalPageBreaks };
}

async function checkWorkbook(world: World, definitions: InitiativeFile, result: BuildResult): Promise<void> {
  const { double, plan } = world;
  expect(result.sheets).toEqual(plan.sheets.map((s) => s.name));
  expect([...double.inspect.sheets()].sort()).toEqual([...reserved(world), ...plan.sheets.map((s) => s.name)].sort());
  expect(double.inspect.names().map((n) => n.name).sort()).toEqual(plan.names.map((n) => n.name).sort());
  expect(Object.keys(double.inspect.settings())).toEqual([STATE_KEY]);
  const state = await decodeState(double.inspect.settings()[STATE_KEY]);
  expect(state?.inProgress).toBe(false);
  expect(state?.definitions).toEqual(definitions);
  expect(formulaMismatches(double, plan)).toEqual([]);

  const fresh = createExcelDouble();
  await build(fresh, definitions, false);
  expect(totalsByName(double)).toEqual(totalsByName(fresh));
  expect(totalsByName(double).get('GrandTotal')).toEqual(buildModel(definitions).total.map((v) => round(v)));
  // The Med drop-downs, any warning format and the page breaks are those of a fresh build: none stale, none doubled.
  // Sheets are paired by key: beside the user's own sheets a sheet may have another name than in the fresh build.
  const freshNames = new Map(planFor(definitions, ['Sheet1']).sheets.map((s) => [s.key, s.name]));
  for (const sheet of plan.sheets) {
    expect({ key: sheet.key, rules: cellRules(double, sheet.name) }).toEqual({ key: sheet.key, rules: cellRules(fresh, freshNames.get(sheet.key) ?? '') });
  }

  for (const cell of world.userCells) {
    const sheet = 'own' in cell.where ? (world.ownSheet ?? '') : (sheetOf(plan, cell.where.committee)?.name ?? '');
    const rows = 'own' in cell.where ? 0 : (sheetOf(plan, cell.where.committee)?.cells.length ?? 0);
    const address = 'belowBy' in cell.position ? `B${rows + cell.position.belowBy}` : `${cell.position.column}${cell.position.row}`;
    expect({ sheet, address, value: double.inspect.cell(sheet, address).value }).toEqual({ sheet, address, value: cell.text });
  }
}

async function run(steps: Step[]): Promise<void> {
  const spec = initialSpec();
  const definitions = definitionsOf(spec);
  expect(validateDefinitions(definitions).problems.filter((p) => p.severity === 'error')).toEqual([]);
  const double = createExcelDouble();
  const world: World = { double, spec, plan: planFor(definitions, ['Sheet1']), userCells: [], ownSheet: null, edited: null, counter: 0 };
  await buildStep(world, { edits: [], user: null, failure: null, overwrite: false });
  for (const step of steps) {
    for (const edit of step.edits) world.spec = applyEdit(world.spec, edit);
    const problems = validateDefinitions(definitionsOf(world.spec)).problems.filter((p) => p.severity === 'error');
    expect(problems).toEqual([]);
    if (step.user !== null) userAct(world, step.user);
    await buildStep(world, step);
  }
}

describe('[B5] model-based rebuilds: random edits, user content and failures at every sync', () => {
  test(`${RUNS} random sequences of up to ${MAX_STEPS} steps`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: MAX_STEPS }), (steps) => run(steps)),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }), verbose: 1 },
    );
  }, 600_000);

  test('a fixed sequence through every failure point: grow, remove and rename, with user content around', async () => {
    const steps: Step[] = [
      { edits: [{ t: 'grow', at: 0, count: 6, shape: 'leaf' }, { t: 'removeCommittee', at: 2 }, { t: 'renameCommittee', at: 1, name: 8 }, { t: 'addCommittee', name: 5 }], user: null, failure: null, overwrite: false },
    ];
    for (let n = 1; n <= 5; n++) {
      for (const mode of ['before', 'midway', 'lost'] as const) {
        const withFailure = steps.map((s) => ({ ...s, failure: { n, mode } }));
        await run([{ edits: [], user: { t: 'below', at: 0, gap: 2 }, failure: null, overwrite: false }, { edits: [], user: { t: 'beside', at: 1, row: 3 }, failure: null, overwrite: false }, ...withFailure]);
      }
    }
  }, 300_000);
});
