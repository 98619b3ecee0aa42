/**
 * Read-back: from the tables as the user left them to definitions again
 * (docs/readback.md, rules R1–R12). Pure: the host hands over the cells it read.
 *
 * The last plan is rebuilt from the stored definitions; each committee table's rows are
 * paired with the written ones (./tables.ts), and the table is walked top to bottom with
 * a stack of the nodes whose rows are open, so a row's place in the sheet decides where
 * it lands in the definitions, as it decides which totals count it.
 */
import type { Funding, InitiativeDef, InitiativeFile, Kind, LineDef, Unit } from '../format/types';
import { placeOf, type NodePlace } from '../i18n/formatProblem';
import { workbookLabels, type WorkbookLabels } from '../i18n/labels';
import { cell as address } from '../layout/a1';
import { buildLayoutPlan } from '../layout/buildPlan';
import type { LayoutPlan, RowRole, SheetPlan } from '../layout/plan';
import { buildModel } from '../model/buildModel';
import { convertUnit } from '../model/decimal';
import type { BudgetModel, NodeModel } from '../model/types';
import { formatJsonPath, parseJsonPath, type PathSegment } from '../problems';
import { validateDefinitions } from '../validate/validate';
import { amountForYear, editAmounts, generatedLeafNote, readAmountCell, readKind, sameAsExcelShows, statedForDiff, userNoteOfFrame, userNoteOfLeaf } from './cells';
import { cellValue, planText, textOf, viewTable, type RowLink, type TableView } from './tables';
import type { DiffEntry, Notice, NoticeCode, ReadBackInput, ReadBackResult } from './types';

/** The last build's model and plan, exactly as the last build made them. */
export interface LastBuild {
  model: BudgetModel;
  plan: LayoutPlan;
}

/**
 * The model and plan of the last build. Read-back and the integrity check both need them;
 * a caller running both makes them once and hands them to each (at 30,000 initiatives they
 * are most of the time a read takes besides ExcelJS's own).
 */
export function lastBuild(input: Pick<ReadBackInput, 'definitions' | 'layout' | 'reservedSheetNames'>): LastBuild {
  const model = buildModel(input.definitions);
  return { model, plan: buildLayoutPlan(model, { ...input.layout, reservedSheetNames: input.reservedSheetNames }) };
}

/** The last plan, exactly as the last build made it. */
export function rebuildPlan(input: Pick<ReadBackInput, 'definitions' | 'layout' | 'reservedSheetNames'>): LayoutPlan {
  return lastBuild(input).plan;
}

/**
 * Reads the user's edits back into the definitions.
 *
 * @example
 *   const { definitions, diff } = readBack({ definitions, layout, reservedSheetNames, sheets });
 *   diff[0] // { kind: 'amount', path: 'initiatives[0].lines[0]', year: 2020, old: 5, new: 6.25, … }
 */
export function readBack(input: ReadBackInput, built: LastBuild = lastBuild(input)): ReadBackResult {
  const file = input.definitions;
  const { model, plan } = built;
  const context: ReadContext = {
    file,
    labels: workbookLabels(input.layout.lang),
    old: indexDefinitions(file, model),
    ids: new IdPool(file),
    notices: [],
  };
  const tables: CommitteeRead[] = [];
  for (const sheet of plan.sheets) {
    if (sheet.kind !== 'committee' || sheet.committeeId === undefined) continue;
    const current = input.sheets.find((s) => s.key === sheet.key);
    if (current === undefined) {
      context.notices.push({ code: 'readbackSheetNotRead', sheet: sheet.name, address: '', text: sheet.name });
      continue;
    }
    const lookup = viewTable(sheet, current, input.names);
    if (!lookup.ok) {
      context.notices.push({ code: 'readbackSheetNotRead', sheet: current.name, address: lookup.address, text: current.name });
      continue;
    }
    tables.push(new TableReader(context, lookup.view, sheet.committeeId).read());
  }
  const initiatives = assemble(file, new Map(tables.map((t) => [t.committee, t.initiatives])));
  const definitions: InitiativeFile = { ...file, initiatives };
  const paths = pathsOf(initiatives);
  const diff = tables.flatMap((t) => t.entries.map((pending) => placed(resolve(pending, paths), file, definitions)));
  return { definitions, diff, notices: context.notices, problems: validateDefinitions(definitions).problems };
}

/** A definition node of the last build, with what the engine made of it. */
interface OldNode {
  path: string;
  def: LineDef;
  model: NodeModel;
  committee: string;
  /** Paths of the nodes it sits in, outermost first. */
  ancestors: string[];
}

interface ReadContext {
  file: InitiativeFile;
  labels: WorkbookLabels;
  old: { byPath: Map<string, OldNode>; byCommittee: Map<string, OldNode[]> };
  ids: IdPool;
  notices: Notice[];
}

/** A node of the definitions being rebuilt from the sheet. */
interface Built {
  old?: OldNode;
  /** The node's fields without its lines; edits land here. */
  def: Record<string, unknown>;
  /** Present for nodes with lines (a frame or a lines node). */
  children?: Built[];
  /** The kind the node's row shows now; pinned where the parent's kind would say otherwise. */
  kind: Kind;
  /** The unit the node's amounts are stated in; pinned likewise. */
  unit: Unit;
  /** For an initiative: the kind of money of the block it stands in now. */
  funding?: Funding;
  /** The finished definition, once assembled. */
  result?: LineDef;
}

/** A diff entry whose new path is known only when the file is assembled. */
interface PendingEntry {
  entry: DiffEntry;
  /** Position in the table: link index, then column. */
  order: [number, number];
  /** For `added`: the new path and the definition; for `moved`: the new path. */
  resolve?: { built: Built; as: 'added' | 'moved' };
}

interface CommitteeRead {
  committee: string;
  initiatives: InitiativeDef[];
  entries: PendingEntry[];
}

const CONTAINER_ROLES: ReadonlySet<RowRole> = new Set(['node', 'frame']);
const TITLED_ROLES: ReadonlySet<RowRole> = new Set(['leaf', 'node', 'frame']);
const SUMMARY_ROLES: ReadonlySet<RowRole> = new Set(['total', 'operating', 'capital', 'spanLow', 'spanHigh', 'fundingTotal', 'chosen']);
/** Field order of a written definition, as docs/format.md shows it. */
const FIELD_ORDER = ['id', 'committee', 'funding', 'chosen', 'pool', 'number', 'title', 'kind', 'note', 'unit', 'amounts', 'frame', 'lines'];

class TableReader {
  private readonly root: Built;
  private readonly stack: Built[] = [];
  private readonly placed = new Map<string, Built>();
  private readonly entries: PendingEntry[] = [];
  private readonly linkIndexOfWritten = new Map<number, number>();
  private readonly plan: SheetPlan;
  /** Definition path → the written row that shows it (its leaf, node or frame row). */
  private readonly titleRows: ReadonlyMap<string, number>;
  private ended = false;
  /** The kind of money of the block being read: new money until a block heading (L12). */
  private funding: Funding = 'new';

  constructor(
    private readonly context: ReadContext,
    private readonly view: TableView,
    private readonly committee: string,
  ) {
    this.plan = view.plan;
    this.titleRows = new Map(view.plan.table.rows.flatMap((r) => (r.source !== undefined && TITLED_ROLES.has(r.role) ? [[r.source, r.row] as const] : [])));
    this.root = { def: {}, children: [], kind: 'operating', unit: context.file.unit };
  }

  read(): CommitteeRead {
    this.view.links.forEach((link, index) => {
      if (link.written !== undefined) this.linkIndexOfWritten.set(link.written, index);
    });
    this.view.links.forEach((link, index) => this.visit(link, index));
    this.reportRemoved();
    const initiatives = (this.root.children ?? []).map((child) => this.finish(child, 'operating', this.context.file.unit, true) as InitiativeDef);
    this.entries.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
    return { committee: this.committee, initiatives, entries: this.entries };
  }

  private visit(link: RowLink, index: number): void {
    if (link.current === undefined) return;
    if (link.how === 'inserted' || link.written === undefined) return this.inserted(link.current, index);
    const planRow = this.view.planRows.get(link.written);
    if (planRow === undefined || planRow.role === 'header') return;
    if (planRow.role === 'fundingBlock') {
      // A block of existing or reprioritised money: initiatives start afresh below its heading.
      this.stack.length = 0;
      this.ended = false;
      this.funding = planRow.funding ?? 'new';
      return;
    }
    if (SUMMARY_ROLES.has(planRow.role)) {
      this.ended = true;
      return;
    }
    if (planRow.role === 'subtotal' || planRow.role === 'unallocated') return this.close(planRow.source);
    const old = planRow.source === undefined ? undefined : this.context.old.byPath.get(planRow.source);
    if (old === undefined) return;
    const already = this.placed.get(old.path);
    if (already !== undefined) return this.readRow(already, old, link.written, link.current, index, planRow.role);
    const target = link.how === 'moved' ? this.top() : this.ensureAncestors(old);
    const built = this.adopt(old, target);
    this.readRow(built, old, link.written, link.current, index, planRow.role);
    if (CONTAINER_ROLES.has(planRow.role)) this.stack.push(built);
    if (link.how === 'moved') {
      this.entries.push({
        entry: this.entry('moved', old.path, String(built.def.title), link.current, this.plan.table.columns.title, {}),
        order: [index, this.plan.table.columns.title],
        resolve: { built, as: 'moved' },
      });
    }
  }

  private top(): Built {
    return this.stack[this.stack.length - 1] ?? this.root;
  }

  /** A node's subtotal or remainder row closes it (and anything still open inside it). */
  private close(source: string | undefined): void {
    const at = this.stack.findIndex((b) => b.old?.path === source);
    if (at >= 0) this.stack.length = at;
  }

  /**
   * For a row in its written order: containers open on the stack that are not its
   * ancestors lost their closing row and are closed; ancestors whose title row was
   * deleted are kept for the rows that remain (R10).
   */
  private ensureAncestors(old: OldNode): Built {
    const isAncestor = (b: Built): boolean => b.old !== undefined && old.ancestors.includes(b.old.path);
    while (this.stack.length > 0 && !isAncestor(this.top())) this.stack.pop();
    let target = this.root;
    let detached = false;
    for (const path of old.ancestors) {
      const open = detached ? undefined : this.stack.find((b) => b.old?.path === path);
      if (open !== undefined) {
        target = open;
        continue;
      }
      const elsewhere = this.placed.get(path);
      if (elsewhere !== undefined) {
        // Its title row was moved: the rows that stayed still belong to it, wherever it went.
        target = elsewhere;
        detached = true;
        continue;
      }
      const ancestor = this.context.old.byPath.get(path);
      if (ancestor === undefined) break;
      const kept = this.adopt(ancestor, target);
      const titleRow = this.writtenRowOf(path);
      this.notice('readbackNodeRowDeleted', titleRow === undefined ? '' : address(titleRow, this.plan.table.columns.title), ancestor.def.title);
      if (!detached) this.stack.push(kept);
      target = kept;
    }
    return target;
  }

  private writtenRowOf(path: string): number | undefined {
    return this.titleRows.get(path);
  }

  private adopt(old: OldNode, parent: Built): Built {
    const { lines, ...fields } = old.def;
    const built: Built = { old, def: { ...fields }, kind: old.model.kind, unit: old.model.statedUnit, ...(lines === undefined ? {} : { children: [] }) };
    (parent.children ??= []).push(built);
    this.placed.set(old.path, built);
    if (parent === this.root) this.takeFunding(built, old);
    return built;
  }

  /** An initiative has the funding of the block it stands in; one moved between blocks changed it. */
  private takeFunding(built: Built, old: OldNode): void {
    built.funding = this.funding;
    const before = old.ancestors.length === 0 ? old.model.funding : undefined;
    if (before === undefined || before === this.funding) return;
    const row = this.writtenRowOf(old.path) ?? 0;
    const column = this.plan.table.columns.title;
    this.entries.push({
      entry: this.entry('funding', old.path, old.def.title, row, column, { old: before, new: this.funding }),
      order: [this.linkIndexOfWritten.get(row) ?? Number.MAX_SAFE_INTEGER, column],
    });
  }

  /** The edits in a row that shows a definition node (R2–R7). */
  private readRow(built: Built, old: OldNode, written: number, current: number, index: number, role: RowRole): void {
    const columns = this.plan.table.columns;
    const writtenText = (column: number): string => planText(this.plan.cells[written]?.[column]);
    const currentText = (column: number): string => textOf(cellValue(this.view.sheet, current, column));
    const push = (entry: DiffEntry, column: number): void => void this.entries.push({ entry, order: [index, column] });

    if (currentText(columns.title) !== writtenText(columns.title)) {
      const title = currentText(columns.title).trim();
      if (title === '') this.notice('readbackTitleBlank', address(current, columns.title), old.def.title);
      else if (title !== old.def.title) {
        built.def.title = title;
        push(this.entry('title', old.path, title, current, columns.title, { old: old.def.title, new: title }), columns.title);
      }
    }
    const title = String(built.def.title);
    if (currentText(columns.number) !== writtenText(columns.number)) {
      const number = currentText(columns.number).trim();
      if (number !== (old.def.number ?? '')) {
        if (number === '') delete built.def.number;
        else built.def.number = number;
        push(this.entry('number', old.path, title, current, columns.number, { old: old.def.number ?? null, new: number === '' ? null : number }), columns.number);
      }
    }
    if (columns.kind !== undefined && currentText(columns.kind) !== writtenText(columns.kind)) {
      const read = readKind(currentText(columns.kind));
      if (!read.known) this.notice('readbackKindUnknown', address(current, columns.kind), currentText(columns.kind));
      built.kind = read.kind;
      if (read.kind !== old.model.kind) push(this.entry('kind', old.path, title, current, columns.kind, { old: old.model.kind, new: read.kind }), columns.kind);
    }
    const noteColumn = columns.note;
    if (noteColumn !== undefined && currentText(noteColumn) !== writtenText(noteColumn)) {
      const now = currentText(noteColumn);
      const note =
        role === 'leaf' ? userNoteOfLeaf(now, generatedLeafNote(writtenText(noteColumn), old.model.note), old.def.note) : role === 'frame' ? userNoteOfFrame(now, this.context.labels) : now.trim();
      if (note !== (old.def.note ?? '')) {
        if (note === '') delete built.def.note;
        else built.def.note = note;
        push(this.entry('note', old.path, title, current, noteColumn, { old: old.def.note ?? null, new: note === '' ? null : note }), noteColumn);
      }
    }
    if (columns.chosen !== undefined && old.model.depth === 0) this.readChoice(built, old, current, columns.chosen, push);
    if (role === 'leaf') this.readAmounts(built, old, 'amounts', written, current, index);
    if (role === 'frame') this.readAmounts(built, old, 'frame', written, current, index);
  }

  /**
   * An initiative's Med cell (R16): read as the sheet's SUMIFS reads it, so anything but
   * "Nej" (any case) is chosen, a blank cell too; `chosen` is written only when false.
   */
  private readChoice(built: Built, old: OldNode, current: number, column: number, push: (entry: DiffEntry, column: number) => void): void {
    const now = textOf(cellValue(this.view.sheet, current, column)).toLowerCase() !== this.context.labels.no.toLowerCase();
    if (now) delete built.def.chosen;
    else built.def.chosen = false;
    if (now === old.model.chosen) return;
    const word = (chosen: boolean): string => (chosen ? 'chosen' : 'dropped');
    push(this.entry('chosen', old.path, String(built.def.title), current, column, { old: word(old.model.chosen), new: word(now) }), column);
  }

  /** Year cells of a leaf (its amounts) or a frame row (the frame), R2 and R7. */
  private readAmounts(built: Built, old: OldNode, field: 'amounts' | 'frame', written: number, current: number, index: number): void {
    const { yearColumns, years } = this.plan.table;
    const spec = old.def[field];
    const reportUnit = this.context.file.unit;
    const edits = new Map<number, number | null>();
    const cells: { year: number; column: number }[] = [];
    yearColumns.forEach((column, i) => {
      const year = years[i];
      if (year === undefined) return;
      const now = readAmountCell(cellValue(this.view.sheet, current, column));
      if (now.kind === 'text') return; // not an amount: left as it was (integrity check I3)
      const writtenCell = this.plan.cells[written]?.[column];
      const before = writtenCell?.t === 'number' ? writtenCell.value : null;
      const value = now.kind === 'number' ? now.value : null;
      // A frame shows a year it does not state as 0; clearing that cell changes nothing.
      if (field === 'frame' && value === null && amountForYear(spec, year) === undefined) return;
      if (value === before || (value !== null && before !== null && sameAsExcelShows(value, before))) return;
      edits.set(year, value);
      cells.push({ year, column });
    });
    if (edits.size === 0) return;
    const edited = editAmounts(spec, years, edits, reportUnit, old.model.statedUnit);
    // A frame keeps being a frame when every year is cleared: it then frames 0.
    if (edited === undefined && field === 'frame') built.def.frame = {};
    else if (edited === undefined) delete built.def[field];
    else built.def[field] = edited;
    for (const { year, column } of cells) {
      const value = edits.get(year) ?? null;
      this.entries.push({
        entry: this.entry(field === 'amounts' ? 'amount' : 'frame', old.path, String(built.def.title), current, column, {
          year,
          old: statedForDiff(amountForYear(spec, year)),
          new: value === null ? null : convertUnit(value, reportUnit, old.model.statedUnit),
          unit: old.model.statedUnit,
        }),
        order: [index, column],
      });
    }
  }

  /** A row the user inserted: a new line where it stands (R8), or a notice why not (R9). */
  private inserted(current: number, index: number): void {
    const { columns, yearColumns, years } = this.plan.table;
    const text = (column: number | undefined): string => (column === undefined ? '' : textOf(cellValue(this.view.sheet, current, column)).trim());
    const title = text(columns.title);
    const role = text(columns.role);
    const amounts = yearColumns.map((column) => readAmountCell(cellValue(this.view.sheet, current, column)));
    const hasContent = title !== '' || role !== '' || amounts.some((a) => a.kind !== 'blank') || text(columns.note) !== '' || text(columns.number) !== '';
    if (!hasContent) return;
    const at = address(current, columns.title);
    if (this.ended) return this.notice('readbackRowAfterTotals', at, title);
    if (role !== '') return this.notice('readbackRowIgnored', at, title === '' ? role : title);
    if (title === '') return this.notice('readbackRowWithoutTitle', at, '');
    const def: Record<string, unknown> = { title };
    if (text(columns.number) !== '') def.number = text(columns.number);
    const note = text(columns.note);
    if (note !== '') def.note = note;
    const byYear: Record<string, number> = {};
    amounts.forEach((amount, i) => {
      const year = years[i];
      if (amount.kind === 'number' && year !== undefined) byYear[String(year)] = amount.value;
    });
    if (Object.keys(byYear).length > 0) def.amounts = byYear;
    let kind: Kind = 'operating';
    if (columns.kind !== undefined) {
      const read = readKind(text(columns.kind));
      if (!read.known) this.notice('readbackKindUnknown', address(current, columns.kind), text(columns.kind));
      kind = read.kind;
    }
    // Typed amounts are in the report's unit; a parent stating another unit gets the line's own.
    const parent = this.top();
    const built: Built = { def, kind, unit: this.context.file.unit, ...(parent === this.root ? { funding: this.funding } : {}) };
    (parent.children ??= []).push(built);
    this.entries.push({ entry: this.entry('added', '', title, current, columns.title, {}), order: [index, columns.title], resolve: { built, as: 'added' } });
  }

  /** Definition nodes none of whose rows are left were deleted (R10); a deleted node's lines go with it. */
  private reportRemoved(): void {
    for (const old of this.context.old.byCommittee.get(this.committee) ?? []) {
      if (this.placed.has(old.path)) continue;
      const parent = old.ancestors[old.ancestors.length - 1];
      if (parent !== undefined && !this.placed.has(parent)) continue;
      const row = this.writtenRowOf(old.path) ?? 0;
      const column = this.plan.table.columns.title;
      this.entries.push({
        entry: this.entry('removed', old.path, old.def.title, row, column, { old: old.def }),
        order: [this.linkIndexOfWritten.get(row) ?? Number.MAX_SAFE_INTEGER, column],
      });
    }
  }

  /** The definition of a node as it now is: kind and unit pinned only where inheriting would change them. */
  private finish(built: Built, parentKind: Kind, parentUnit: Unit, topLevel: boolean): LineDef {
    const values: Record<string, unknown> = { ...built.def };
    if (built.kind !== parentKind || values.kind !== undefined) values.kind = built.kind;
    if (built.unit !== parentUnit || values.unit !== undefined) values.unit = built.unit;
    if (built.children !== undefined) values.lines = built.children.map((child) => this.finish(child, built.kind, built.unit, false));
    if (topLevel) {
      values.committee = this.committee;
      if (built.funding === undefined || built.funding === 'new') delete values.funding;
      else values.funding = built.funding;
      if (typeof values.id !== 'string') values.id = this.context.ids.next(`${this.committee}_new`);
    } else {
      delete values.committee;
      delete values.funding;
    }
    const order = [...(topLevel ? ['id', 'committee'] : []), ...(built.old === undefined ? [] : Object.keys(built.old.def)), ...FIELD_ORDER];
    const result: Record<string, unknown> = {};
    for (const key of order) if (!(key in result) && values[key] !== undefined) result[key] = values[key];
    built.result = result as unknown as LineDef;
    return built.result;
  }

  private entry(kind: DiffEntry['kind'], path: string, title: string, row: number, column: number, extra: Partial<DiffEntry>): DiffEntry {
    return { kind, committee: this.committee, path, title, ...extra, sheet: this.view.sheet.name, address: address(row, column) };
  }

  private notice(code: NoticeCode, at: string, text: string): void {
    this.context.notices.push({ code, sheet: this.view.sheet.name, address: at, text });
  }
}

function resolve(pending: PendingEntry, paths: ReadonlyMap<object, string>): DiffEntry {
  if (pending.resolve === undefined) return pending.entry;
  const { built, as } = pending.resolve;
  const path = built.result === undefined ? '' : (paths.get(built.result) ?? '');
  if (as === 'added') {
    const { sheet, address: at, ...rest } = pending.entry;
    // Typed amounts are in the unit the row states them in, which the message names.
    return { ...rest, path, new: built.result ?? null, unit: built.unit, sheet, address: at };
  }
  const { sheet, address: at, ...rest } = pending.entry;
  return { ...rest, new: path, sheet, address: at };
}

/**
 * Names where an added, removed or moved node is (or was), from the definitions its path
 * points into: the new ones for `added` and a move's destination, the old ones otherwise.
 */
function placed(entry: DiffEntry, before: InitiativeFile, after: InitiativeFile): DiffEntry {
  const at = (document: InitiativeFile, path: string): NodePlace | undefined => placeOf(document, parseJsonPath(path));
  const withPlace = (place: NodePlace | undefined, destination?: NodePlace): DiffEntry => ({
    ...entry,
    ...(place === undefined ? {} : { place }),
    ...(destination === undefined ? {} : { destination }),
  });
  switch (entry.kind) {
    case 'added':
      return withPlace(at(after, entry.path));
    case 'removed':
      return withPlace(at(before, entry.path));
    case 'moved':
      return withPlace(at(before, entry.path), typeof entry.new === 'string' ? at(after, entry.new) : undefined);
    default:
      return entry;
  }
}

/**
 * Each committee's initiatives go back into the slots its old initiatives of the same kind
 * of money held, in order, so the file keeps its interleaving (the table shows each kind of
 * money in a block of its own, L12); extra ones follow the last slot of their kind, and a
 * kind the committee had none of gets them at the end.
 */
function assemble(file: InitiativeFile, byCommittee: ReadonlyMap<string, InitiativeDef[]>): InitiativeDef[] {
  const slotKey = (initiative: InitiativeDef): string => `${initiative.committee}\u0000${initiative.funding ?? 'new'}`;
  const queues = new Map<string, InitiativeDef[]>();
  for (const list of byCommittee.values()) {
    for (const initiative of list) {
      const queue = queues.get(slotKey(initiative)) ?? [];
      queue.push(initiative);
      queues.set(slotKey(initiative), queue);
    }
  }
  const lastSlot = new Map<string, number>();
  file.initiatives.forEach((initiative, i) => lastSlot.set(slotKey(initiative), i));
  const out: InitiativeDef[] = [];
  file.initiatives.forEach((initiative, i) => {
    if (!byCommittee.has(initiative.committee)) {
      out.push(initiative);
      return;
    }
    const queue = queues.get(slotKey(initiative));
    const next = queue?.shift();
    if (next !== undefined) out.push(next);
    if (queue !== undefined && lastSlot.get(slotKey(initiative)) === i) out.push(...queue.splice(0));
  });
  for (const queue of queues.values()) out.push(...queue.splice(0));
  return out;
}

function pathsOf(initiatives: readonly InitiativeDef[]): Map<object, string> {
  const paths = new Map<object, string>();
  const walk = (def: LineDef, path: PathSegment[]): void => {
    paths.set(def, formatJsonPath(path));
    def.lines?.forEach((line, i) => walk(line, [...path, 'lines', i]));
  };
  initiatives.forEach((initiative, i) => walk(initiative, ['initiatives', i]));
  return paths;
}

function indexDefinitions(file: InitiativeFile, model: ReturnType<typeof buildModel>): ReadContext['old'] {
  const models = new Map<string, NodeModel>();
  const walkModel = (node: NodeModel): void => {
    models.set(node.source, node);
    node.children.forEach(walkModel);
  };
  for (const committee of model.committees) committee.initiatives.forEach(walkModel);
  const byPath = new Map<string, OldNode>();
  const byCommittee = new Map<string, OldNode[]>();
  const walk = (def: LineDef, path: PathSegment[], committee: string, ancestors: string[]): void => {
    const key = formatJsonPath(path);
    const node = models.get(key);
    if (node === undefined) return;
    const old: OldNode = { path: key, def, model: node, committee, ancestors };
    byPath.set(key, old);
    const list = byCommittee.get(committee) ?? [];
    list.push(old);
    byCommittee.set(committee, list);
    def.lines?.forEach((line, i) => walk(line, [...path, 'lines', i], committee, [...ancestors, key]));
  };
  file.initiatives.forEach((initiative, i) => walk(initiative, ['initiatives', i], initiative.committee, []));
  return { byPath, byCommittee };
}

/** Ids for new initiatives: `<committee>_new_<n>`, unique among every id in the file. */
class IdPool {
  private readonly used = new Set<string>();

  constructor(file: InitiativeFile) {
    const walk = (def: LineDef): void => {
      if (def.id !== undefined) this.used.add(def.id);
      def.lines?.forEach(walk);
    };
    file.initiatives.forEach(walk);
  }

  next(base: string): string {
    let n = 1;
    while (this.used.has(`${base}_${n}`)) n++;
    const id = `${base}_${n}`;
    this.used.add(id);
    return id;
  }
}

