/**
 * Range.dataValidation (ExcelApi 1.8) as far as a drop-down list needs it: `rule` with
 * `list: { inCellDropDown, source }`, `ignoreBlanks`, `errorAlert`, `prompt`, the read-only
 * `type` and `valid`, and `clear()`. Validations are kept beside the sheet in a weak map, each
 * with the areas it covers (ruleAreas.ts), so they move with inserted and deleted rows.
 *
 * Strict where a writer could trip: a range whose cells carry different validations (or some
 * one and some none) cannot be given a rule or a setting until it is cleared; a list typed as
 * text holds at most 255 characters; the other rule kinds, and a list taken from a range or a
 * formula, are DoubleUnsupported (valid in Excel, not emulated here).
 */
import { cellCount } from '../a1';
import { officeError } from '../errors';
import { XlError } from '../input';
import type { LiveRange, SheetModel, WorkbookModel } from '../model';
import { bool } from './arguments';
import { defineScalars, I, LoadableProxy, type ContextCore, type Exec, type PathInfo, type Target, type TypeDef } from './core';
import { coverageOf, RuleAreas, RulesBySheet } from './ruleAreas';

type AlertStyle = 'Stop' | 'Warning' | 'Information';

interface ValidationState {
  areas: RuleAreas;
  /** 'None' is Excel's "Any value": a validation that only carries a prompt or settings. */
  type: 'None' | 'List';
  list: { inCellDropDown: boolean; source: string } | null;
  ignoreBlanks: boolean;
  errorAlert: { showAlert: boolean; style: AlertStyle; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
}

/** Excel's limits on a list typed as text, and on the alert's and prompt's title and message. */
const MAX_LIST_SOURCE = 255;
const MAX_TITLE = 32;
const MAX_MESSAGE = 255;
const RULE_KINDS = ['custom', 'date', 'decimal', 'list', 'textLength', 'time', 'wholeNumber'];

const validations = new RulesBySheet<ValidationState>();

function fresh(sheet: SheetModel): ValidationState {
  return {
    areas: new RuleAreas(sheet),
    type: 'None',
    list: null,
    ignoreBlanks: true,
    errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
    prompt: { showPrompt: true, title: '', message: '' },
  };
}

/**
 * The validation that a change to `range` edits: the one covering it exactly, a copy of the
 * one covering it among other cells (Excel splits the rule), or a new "Any value" one.
 */
function validationToEdit(range: LiveRange, x: Exec, location: string): ValidationState {
  const list = validations.prune(range.sheet, x.model);
  const coverage = coverageOf(list, range.rect);
  if (coverage.kind === 'mixed') {
    throw officeError('InvalidOperation', 'The range has more than one data validation (or validated and unvalidated cells); clear it first.', location);
  }
  if (coverage.kind === 'one' && coverage.rule.areas.equals(range.rect)) return coverage.rule;
  const base = coverage.kind === 'one' ? coverage.rule : fresh(range.sheet);
  if (coverage.kind === 'one') base.areas.subtract(x.model, range.rect);
  const edited: ValidationState = { ...base, areas: new RuleAreas(range.sheet), errorAlert: { ...base.errorAlert }, prompt: { ...base.prompt } };
  edited.areas.add(x.model, range.rect);
  list.push(edited);
  return edited;
}

/** The one validation over the whole range, or the answer Office gives for none or a mix. */
function readValidation<T>(range: LiveRange, x: Exec, pick: (v: ValidationState) => T, none: T): T | null {
  const coverage = coverageOf(validations.prune(range.sheet, x.model), range.rect);
  if (coverage.kind === 'mixed') return null;
  return coverage.kind === 'none' ? none : pick(coverage.rule);
}

function text(v: unknown, max: number, location: string): string {
  if (typeof v !== 'string') throw officeError('InvalidArgument', 'Expected text.', location);
  if (v.length > max) throw officeError('InvalidArgument', `At most ${max} characters.`, location);
  return v;
}

function parseRule(v: unknown): { inCellDropDown: boolean; source: string } {
  const location = 'DataValidation.rule';
  if (typeof v !== 'object' || v === null) throw officeError('InvalidArgument', 'The rule must be an object.', location);
  const given = Object.entries(v as Record<string, unknown>).filter(([, value]) => value !== undefined && value !== null);
  if (given.length !== 1 || !RULE_KINDS.includes(given[0]?.[0] ?? '')) {
    throw officeError('InvalidArgument', 'A data validation rule has exactly one kind of criteria.', location);
  }
  const [kind, criteria] = given[0] as [string, unknown];
  if (kind !== 'list') throw officeError('DoubleUnsupported', `The double emulates list validation only, not '${kind}'.`, location);
  if (typeof criteria !== 'object' || criteria === null) throw officeError('InvalidArgument', 'The list criteria must be an object.', location);
  const { inCellDropDown, source } = criteria as { inCellDropDown?: unknown; source?: unknown };
  if (typeof source !== 'string') throw officeError('DoubleUnsupported', 'A list taken from a range is not emulated; give the items as text.', location);
  if (source.startsWith('=')) throw officeError('DoubleUnsupported', 'A list given by a formula is not emulated; give the items as text.', location);
  if (source.trim() === '') throw officeError('InvalidArgument', 'The list source is empty.', location);
  if (source.length > MAX_LIST_SOURCE) throw officeError('InvalidArgument', `A list typed as text holds at most ${MAX_LIST_SOURCE} characters.`, location);
  return { inCellDropDown: bool(inCellDropDown, location), source };
}

function listItems(source: string): string[] {
  return source.split(',').map((item) => item.trim().toLocaleUpperCase());
}

/** Whether every cell satisfies the validation (true), none does (false), or some do (null). */
function validity(range: LiveRange, x: Exec, v: ValidationState): boolean | null {
  if (v.list === null) return true;
  if (cellCount(range.rect) > 1_000_000) throw officeError('RangeExceedsLimit', 'Too many cells to check.', 'DataValidation.valid');
  const items = listItems(v.list.source);
  let valid = 0;
  let invalid = 0;
  for (let r = range.rect.r0; r <= range.rect.r1; r++) {
    for (let c = range.rect.c0; c <= range.rect.c1; c++) {
      const value = x.model.valueAt(range.sheet, r, c);
      const ok = value === null || value === '' ? v.ignoreBlanks : !(value instanceof XlError) && items.includes(String(value).trim().toLocaleUpperCase());
      if (ok) valid++;
      else invalid++;
    }
  }
  return invalid === 0 ? true : valid === 0 ? false : null;
}

const dataValidationDef: TypeDef = {
  name: 'DataValidation',
  navs: [],
  scalars: {
    type: { get: (t: LiveRange, x: Exec) => readValidation(t, x, (v) => v.type, 'None') ?? 'Inconsistent' },
    rule: {
      get: (t: LiveRange, x: Exec) => readValidation(t, x, (v) => (v.list === null ? {} : { list: { ...v.list } }), {}),
      set: (t: LiveRange, value: unknown, x: Exec) => {
        const list = parseRule(value);
        const v = validationToEdit(t, x, 'DataValidation.rule');
        v.type = 'List';
        v.list = list;
      },
    },
    ignoreBlanks: {
      get: (t: LiveRange, x: Exec) => readValidation(t, x, (v) => v.ignoreBlanks, true),
      set: (t: LiveRange, value: unknown, x: Exec) => {
        const ignore = bool(value, 'DataValidation.ignoreBlanks');
        validationToEdit(t, x, 'DataValidation.ignoreBlanks').ignoreBlanks = ignore;
      },
    },
    errorAlert: {
      get: (t: LiveRange, x: Exec) => readValidation(t, x, (v) => ({ ...v.errorAlert }), fresh(t.sheet).errorAlert),
      set: (t: LiveRange, value: unknown, x: Exec) => {
        const location = 'DataValidation.errorAlert';
        if (typeof value !== 'object' || value === null) throw officeError('InvalidArgument', 'The error alert must be an object.', location);
        const given = value as Partial<Record<'showAlert' | 'style' | 'title' | 'message', unknown>>;
        if (given.style !== undefined && given.style !== 'Stop' && given.style !== 'Warning' && given.style !== 'Information') {
          throw officeError('InvalidArgument', `Unknown alert style '${typeof given.style === 'string' ? given.style : typeof given.style}'.`, location);
        }
        const v = validationToEdit(t, x, location);
        v.errorAlert = {
          showAlert: given.showAlert === undefined ? v.errorAlert.showAlert : bool(given.showAlert, location),
          style: (given.style) ?? v.errorAlert.style,
          title: given.title === undefined ? v.errorAlert.title : text(given.title, MAX_TITLE, location),
          message: given.message === undefined ? v.errorAlert.message : text(given.message, MAX_MESSAGE, location),
        };
      },
    },
    prompt: {
      get: (t: LiveRange, x: Exec) => readValidation(t, x, (v) => ({ ...v.prompt }), fresh(t.sheet).prompt),
      set: (t: LiveRange, value: unknown, x: Exec) => {
        const location = 'DataValidation.prompt';
        if (typeof value !== 'object' || value === null) throw officeError('InvalidArgument', 'The prompt must be an object.', location);
        const given = value as Partial<Record<'showPrompt' | 'title' | 'message', unknown>>;
        const v = validationToEdit(t, x, location);
        v.prompt = {
          showPrompt: given.showPrompt === undefined ? v.prompt.showPrompt : bool(given.showPrompt, location),
          title: given.title === undefined ? v.prompt.title : text(given.title, MAX_TITLE, location),
          message: given.message === undefined ? v.prompt.message : text(given.message, MAX_MESSAGE, location),
        };
      },
    },
    valid: {
      get: (t: LiveRange, x: Exec) => {
        const coverage = coverageOf(validations.prune(t.sheet, x.model), t.rect);
        return coverage.kind === 'one' ? validity(t, x, coverage.rule) : coverage.kind === 'none' ? true : null;
      },
    },
  },
};

export class DataValidationProxy extends LoadableProxy<Excel.DataValidation, Excel.Interfaces.DataValidationData> {
  declare readonly type: Excel.DataValidationType;
  declare rule: Excel.DataValidationRule;
  declare ignoreBlanks: boolean;
  declare errorAlert: Excel.DataValidationErrorAlert;
  declare prompt: Excel.DataValidationPrompt;
  declare readonly valid: boolean;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, dataValidationDef, path, resolver, false);
  }

  clear(): void {
    this[I].method('Clear', [], (t: LiveRange, x: Exec) => clearValidations(t.sheet, t.rect, x.model));
  }
}
defineScalars(DataValidationProxy, dataValidationDef);

/** Removes every validation from the cells of `rect` (DataValidation.clear, Range.clear('All')). */
export function clearValidations(sheet: SheetModel, rect: LiveRange['rect'], model: WorkbookModel): void {
  validations.clear(sheet, rect, model);
}

export interface DataValidationSnapshot {
  /** The cells, e.g. "J7:J9,J12:J14". */
  ranges: string;
  type: 'None' | 'List';
  list: { inCellDropDown: boolean; source: string } | null;
  ignoreBlanks: boolean;
  errorAlert: ValidationState['errorAlert'];
  prompt: ValidationState['prompt'];
}

/** What a test inspects: every validation of the sheet with its cells, in the order they were made. */
export function dataValidationsSnapshot(sheet: SheetModel): DataValidationSnapshot[] {
  return validations
    .of(sheet)
    .filter((v) => !v.areas.isEmpty())
    .map((v) => ({ ranges: v.areas.address(), type: v.type, list: v.list === null ? null : { ...v.list }, ignoreBlanks: v.ignoreBlanks, errorAlert: { ...v.errorAlert }, prompt: { ...v.prompt } }));
}
