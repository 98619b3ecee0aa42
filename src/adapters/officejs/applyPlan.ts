/**
 * Applies layout plans to the live workbook through the Excel JavaScript API.
 * The entry point is `buildWorkbook` (see docs/architecture.md); it takes any
 * `Excel.RequestContext` (real Office.js, or the in-memory double in tests).
 *
 * Sync budget per build, whatever the number of initiatives:
 *   1. read sheets, names and the stored state
 *   2. read the current tables (only when a previous build exists)
 *   3. create, rename and resize sheets; mark the build as in progress
 *   4. write values, formulas, formats (split only if a request would pass 5 MB)
 *   5. names, removed sheets, and the stored state
 */
import type { InitiativeFile } from '../../core/format/types';
import { sheetPrefix } from '../../core/layout/a1';
import { buildLayoutPlan } from '../../core/layout/buildPlan';
import type { LayoutPlan } from '../../core/layout/plan';
import { buildModel } from '../../core/model/buildModel';
import { readBlocks, type BlockToRead } from './blockRead';
import { findConflicts, type Conflict, type CurrentTable } from './conflicts';
import { decodeState, encodeState, STATE_KEY, WARN_BYTES, type LayoutChoice, type OwnedSheet, type StoredState } from './state';
import { planWriteBatches, reshapeBlock, writeSlice, type PreviousExtent } from './writeSheet';

export interface BuildRequest {
  definitions: InitiativeFile;
  layout: LayoutChoice;
  /** Overwrite cells the user changed since the last build (default: report them and write nothing). */
  overwriteConflicts?: boolean;
}

export type BuildPhase = 'read' | 'compare' | 'prepare' | 'write' | 'finish';

export interface BuildResult {
  status: 'written' | 'conflicts';
  conflicts: Conflict[];
  sheets: string[];
  names: string[];
  /** The overview's grand total per year, from the engine. */
  grandTotal: number[];
  /** Sizes and other things worth telling the user, in English for logs; the pane words its own. */
  stateBytes: number;
  stateNearLimit: boolean;
}

/** A host failure in the middle of a build: what was written and what was not. */
export class BuildError extends Error {
  constructor(
    readonly phase: BuildPhase,
    readonly written: string[],
    readonly notWritten: string[],
    override readonly cause: unknown,
  ) {
    super(`Budget Tables stopped while ${phaseWords[phase]}: ${describe(cause)}. Written: ${written.join(', ') || 'nothing'}. Not written: ${notWritten.join(', ') || 'nothing'}. Running the build again finishes it.`);
    this.name = 'BuildError';
  }
}

const phaseWords: Record<BuildPhase, string> = {
  read: 'reading the workbook',
  compare: 'comparing the tables with the last build',
  prepare: 'preparing the sheets',
  write: 'writing the tables',
  finish: 'writing names and the stored definitions',
};

function describe(cause: unknown): string {
  if (cause instanceof Error) return `${(cause as { code?: string }).code ?? cause.name}: ${cause.message}`;
  return String(cause);
}

export interface ProgressReport {
  phase: BuildPhase;
  done: number;
  total: number;
}

export async function buildWorkbook(context: Excel.RequestContext, request: BuildRequest, onProgress: (report: ProgressReport) => void = () => undefined): Promise<BuildResult> {
  const progress = (phase: BuildPhase, done: number, total: number): void => onProgress({ phase, done, total });
  progress('read', 0, 5);
  const workbook = await readWorkbook(context).catch((cause: unknown) => {
    throw new BuildError('read', [], ['everything'], cause);
  });
  const previous = workbook.state;
  const owned = ownedSheets(previous, workbook);
  const ownedIds = new Set([...owned.values()].map((s) => s.id));
  const reservedSheetNames = workbook.sheets.filter((s) => !ownedIds.has(s.id)).map((s) => s.name);
  const plan = buildLayoutPlan(buildModel(request.definitions), { ...request.layout, reservedSheetNames });
  assertNamesFree(plan, workbook.names.map((n) => n.name), new Set(previous?.names ?? []));
  const lastPlan = previous === undefined ? undefined : rebuildLastPlan(previous);
  const inputs: BuildInputs = {
    plan,
    owned,
    previous,
    request,
    reservedSheetNames,
    existingSheetIds: workbook.sheetIds,
    existingSheetNames: workbook.sheets.map((s) => s.name),
    previousExtent: (key) => previousExtent(key, lastPlan, workbook),
  };

  progress('compare', 1, 5);
  if (previous !== undefined && !previous.inProgress && request.overwriteConflicts !== true) {
    const conflicts = await compareWithLastBuild(context, lastPlan, owned, workbook).catch((cause: unknown) => {
      throw new BuildError('compare', [], ['everything'], cause);
    });
    if (conflicts.length > 0) return result('conflicts', plan, conflicts, 0);
  }

  progress('prepare', 2, 5);
  const sheets = await prepareSheets(context, inputs).catch((cause: unknown) => {
    throw new BuildError('prepare', [], plan.sheets.map((s) => s.name), cause);
  });

  const written: string[] = [];
  const batches = planWriteBatches(plan.sheets);
  for (const [i, batch] of batches.entries()) {
    progress('write', 3 + i / batches.length, 5);
    try {
      context.application.suspendApiCalculationUntilNextSync();
      for (const slice of batch) {
        const worksheet = context.workbook.worksheets.getItem(sheets.idByKey.get(slice.sheet.key) ?? '');
        writeSlice(worksheet, slice);
      }
      await context.sync();
      for (const slice of batch) if (slice.to >= slice.sheet.cells.length) written.push(slice.sheet.name);
    } catch (cause) {
      throw new BuildError('write', written, plan.sheets.map((s) => s.name).filter((n) => !written.includes(n)), cause);
    }
  }

  progress('finish', 4, 5);
  const stateBytes = await finish(context, inputs, sheets, workbook).catch((cause: unknown) => {
    throw new BuildError('finish', written, ['workbook names', 'stored definitions'], cause);
  });
  progress('finish', 5, 5);
  return result('written', plan, [], stateBytes);
}

function result(status: BuildResult['status'], plan: LayoutPlan, conflicts: Conflict[], stateBytes: number): BuildResult {
  const overview = plan.sheets[0];
  const totalRow = overview?.table.rows.find((r) => r.role === 'total')?.row ?? -1;
  const grandTotal = (overview?.table.yearColumns ?? []).map((c) => {
    const cell = overview?.cells[totalRow]?.[c];
    return cell?.t === 'formula' ? cell.value : 0;
  });
  return {
    status,
    conflicts,
    sheets: plan.sheets.map((s) => s.name),
    names: plan.names.map((n) => n.name),
    grandTotal,
    stateBytes,
    stateNearLimit: stateBytes > WARN_BYTES,
  };
}

interface WorkbookSnapshot {
  sheets: { id: string; name: string }[];
  sheetIds: Set<string>;
  /** Every workbook name with what it refers to, e.g. "='Hospitalsudvalget'!$A$5:$I$20". */
  names: { name: string; formula: string }[];
  state: StoredState | undefined;
}

async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets.load('items/id,items/name');
  const names = context.workbook.names.load('items/name,items/formula');
  const setting = context.workbook.settings.getItemOrNullObject(STATE_KEY);
  setting.load('value');
  await context.sync();
  const sheets = worksheets.items.map((s) => ({ id: s.id, name: s.name }));
  return {
    sheets,
    sheetIds: new Set(sheets.map((s) => s.id)),
    names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
    state: setting.isNullObject ? undefined : await decodeState(setting.value),
  };
}

/** The add-in's sheets that still exist, by plan key: recorded by id, or by name while a build was creating them. */
function ownedSheets(previous: StoredState | undefined, workbook: WorkbookSnapshot): Map<string, OwnedSheet> {
  const owned = new Map((previous?.sheets ?? []).filter((s) => workbook.sheetIds.has(s.id)).map((s) => [s.key, s]));
  if (previous?.inProgress === true) {
    for (const pending of previous.pending ?? []) {
      const sheet = workbook.sheets.find((s) => s.name === pending.name);
      if (sheet !== undefined && !owned.has(pending.key)) owned.set(pending.key, { key: pending.key, id: sheet.id, name: sheet.name });
    }
  }
  return owned;
}

function rebuildLastPlan(previous: StoredState): LayoutPlan {
  return buildLayoutPlan(buildModel(previous.definitions), { ...previous.layout, reservedSheetNames: previous.reservedSheetNames });
}

/** The rows a table's name covers now (0-based); the name follows rows the user inserted or deleted. */
function currentTableRows(workbook: WorkbookSnapshot, tableName: string): { top: number; bottom: number } | undefined {
  const formula = workbook.names.find((n) => n.name === tableName)?.formula;
  const match = formula === undefined ? null : /!\$?[A-Z]+\$?(\d+):\$?[A-Z]+\$?(\d+)$/.exec(formula);
  if (match === null) return undefined;
  return { top: Number(match[1]) - 1, bottom: Number(match[2]) - 1 };
}

/** How far the add-in's block reached before this build: the last plan, stretched by rows the user inserted. */
function previousExtent(key: string, lastPlan: LayoutPlan | undefined, workbook: WorkbookSnapshot): PreviousExtent {
  const last = lastPlan?.sheets.find((s) => s.key === key);
  if (last === undefined) return { rows: 0, columns: 0 };
  const rows = currentTableRows(workbook, last.table.name);
  return { rows: rows === undefined ? last.cells.length : rows.bottom + 1, columns: last.columnWidths.length };
}

/** Names are the add-in's interface (Total_<id>, GrandTotal): a user's own name of the same spelling is never replaced. */
function assertNamesFree(plan: LayoutPlan, existing: readonly string[], owned: ReadonlySet<string>): void {
  const taken = new Map(existing.filter((n) => !owned.has(n)).map((n) => [n.toLowerCase(), n]));
  const clashes = plan.names.filter((n) => taken.has(n.name.toLowerCase())).map((n) => n.name);
  if (clashes.length > 0) throw new NameClashError(clashes);
}

export class NameClashError extends Error {
  constructor(readonly names: string[]) {
    super(`The workbook already has its own names ${names.join(', ')}; Budget Tables will not replace them. Rename them and build again.`);
    this.name = 'NameClashError';
  }
}

async function compareWithLastBuild(context: Excel.RequestContext, lastPlan: LayoutPlan | undefined, owned: ReadonlyMap<string, OwnedSheet>, workbook: WorkbookSnapshot): Promise<Conflict[]> {
  const nameById = new Map(workbook.sheets.map((s) => [s.id, s.name]));
  const blocks: (BlockToRead & { sheetName: string; currentRows?: { top: number; bottom: number } })[] = (lastPlan?.sheets ?? []).flatMap((sheet) => {
    const ownedSheet = owned.get(sheet.key);
    const sheetName = ownedSheet === undefined ? undefined : nameById.get(ownedSheet.id);
    if (ownedSheet === undefined || sheetName === undefined) return [];
    const currentRows = currentTableRows(workbook, sheet.table.name);
    const rows = Math.max(sheet.cells.length, (currentRows?.bottom ?? -1) + 1);
    return [{ sheet, sheetId: ownedSheet.id, rows, sheetName, ...(currentRows === undefined ? {} : { currentRows }) }];
  });
  const grids = await readBlocks(context, blocks);
  const renamedSheets = new Map(blocks.filter((b) => b.sheetName !== b.sheet.name).map((b) => [b.sheetName, b.sheet.name]));
  const tables: CurrentTable[] = blocks.map((block, i) => ({
    written: block.sheet,
    sheetName: block.sheetName,
    renamedSheets,
    values: grids[i]?.values ?? [],
    formulas: grids[i]?.formulas ?? [],
    ...(block.currentRows === undefined ? {} : { currentRows: block.currentRows }),
  }));
  return findConflicts(tables);
}

interface PreparedSheets {
  idByKey: Map<string, string>;
}

/** What one build works from, passed between its phases. */
interface BuildInputs {
  plan: LayoutPlan;
  owned: ReadonlyMap<string, OwnedSheet>;
  previous: StoredState | undefined;
  request: BuildRequest;
  reservedSheetNames: string[];
  existingSheetIds: ReadonlySet<string>;
  existingSheetNames: readonly string[];
  /** How far a sheet's block reached before this build (nothing for a sheet this build creates). */
  previousExtent: (key: string) => PreviousExtent;
}

async function prepareSheets(context: Excel.RequestContext, inputs: BuildInputs): Promise<PreparedSheets> {
  const { plan, owned } = inputs;
  const worksheets = context.workbook.worksheets;
  const toCreate = plan.sheets.filter((s) => !owned.has(s.key));
  // Recorded first, in the same request: commands apply in order, so a sheet created
  // by this build can never exist without the record that lets a retry claim it.
  const ownedIds = new Map([...owned.values()].map((s) => [s.key, s.id]));
  queueState(context, await encodeState({ ...stateFor(inputs, ownedIds, true), pending: toCreate.map((s) => ({ key: s.key, name: s.name })) }));
  const ownedProxies = new Map<string, Excel.Worksheet>();
  const temporaryName = temporaryNames(inputs.existingSheetNames);
  // Owned sheets first take temporary names, so swapping two names never collides.
  for (const sheet of plan.sheets) {
    const ownedSheet = owned.get(sheet.key);
    if (ownedSheet === undefined) continue;
    const proxy = worksheets.getItem(ownedSheet.id);
    proxy.name = temporaryName();
    ownedProxies.set(sheet.key, proxy);
  }
  // Sheets of committees that left the definitions step aside now and are deleted at the end.
  const plannedKeys = new Set(plan.sheets.map((s) => s.key));
  for (const stale of inputs.previous?.sheets ?? []) {
    if (!plannedKeys.has(stale.key) && inputs.existingSheetIds.has(stale.id)) worksheets.getItem(stale.id).name = temporaryName();
  }
  const created = new Map<string, Excel.Worksheet>();
  for (const sheet of plan.sheets) {
    const proxy = ownedProxies.get(sheet.key);
    if (proxy !== undefined) proxy.name = sheet.name;
    else created.set(sheet.key, worksheets.add(sheet.name));
  }
  // Every block takes its new height here, before any formula is written: Excel shifts the
  // references of formulas already in the workbook when rows are inserted above them, so an
  // overview formula written first would end up pointing inside a table that grows later.
  for (const sheet of plan.sheets) {
    const proxy = ownedProxies.get(sheet.key);
    if (proxy !== undefined) reshapeBlock(proxy, sheet, inputs.previousExtent(sheet.key));
  }
  for (const proxy of created.values()) proxy.load('id');
  await context.sync();
  const idByKey = new Map<string, string>();
  for (const sheet of plan.sheets) {
    const id = owned.get(sheet.key)?.id ?? created.get(sheet.key)?.id;
    if (id === undefined) throw new Error(`No worksheet id for ${sheet.key}`);
    idByKey.set(sheet.key, id);
  }
  return { idByKey };
}

/** Names no sheet has: "~bt~1", "~bt~2"… skipping any the workbook already uses. */
function temporaryNames(existing: readonly string[]): () => string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  let counter = 0;
  return () => {
    let name: string;
    do name = `~bt~${++counter}`;
    while (taken.has(name));
    return name;
  };
}

function stateFor(inputs: BuildInputs, idByKey: ReadonlyMap<string, string>, inProgress: boolean): StoredState {
  const { plan, previous, request } = inputs;
  const sheets: OwnedSheet[] = plan.sheets.map((s) => ({ key: s.key, id: idByKey.get(s.key) ?? '', name: s.name }));
  // Until the build ends, sheets and names of the previous build stay owned so a retry can still remove them.
  // That includes the sheets of committees that left the definitions: they are deleted only at the end.
  const plannedKeys = new Set(plan.sheets.map((s) => s.key));
  const stillOwned = inProgress ? (previous?.sheets ?? []).filter((s) => !plannedKeys.has(s.key)) : [];
  return {
    version: 1,
    definitions: request.definitions,
    layout: request.layout,
    reservedSheetNames: inputs.reservedSheetNames,
    sheets: [...sheets, ...stillOwned],
    names: [...new Set([...plan.names.map((n) => n.name), ...(inProgress ? (previous?.names ?? []) : [])])],
    inProgress,
  };
}

function queueState(context: Excel.RequestContext, encoded: string): void {
  context.workbook.settings.add(STATE_KEY, encoded);
}

async function finish(context: Excel.RequestContext, inputs: BuildInputs, sheets: PreparedSheets, workbook: WorkbookSnapshot): Promise<number> {
  const { plan, previous } = inputs;
  const names = context.workbook.names;
  const existing = new Set(workbook.names.map((n) => n.name));
  for (const name of previous?.names ?? []) if (existing.has(name)) names.getItem(name).delete();
  const sheetNameByKey = new Map(plan.sheets.map((s) => [s.key, s.name]));
  for (const name of plan.names) names.add(name.name, `=${sheetPrefix(sheetNameByKey.get(name.sheetKey) ?? '')}${name.range}`);
  const keep = new Set(sheets.idByKey.values());
  // Deleting a sheet clears Excel's undo stack; it happens only when a committee left the definitions.
  for (const stale of previous?.sheets ?? []) if (!keep.has(stale.id) && workbook.sheetIds.has(stale.id)) context.workbook.worksheets.getItem(stale.id).delete();
  const encoded = await encodeState(stateFor(inputs, sheets.idByKey, false));
  queueState(context, encoded);
  await context.sync();
  return encoded.length;
}

export type { Conflict };
