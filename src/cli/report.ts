/**
 * What a command did, as data: the problems (each located the way the input is located), the
 * totals, the files written. The terminal view (./render) and `--json` (docs/cli-output.schema.json)
 * are two renderings of one report, so a CI job reads exactly what the finance officer sees.
 */
import { renderMessage, type MessageCode } from '../core/i18n/catalog';
import { describeLocation } from '../core/i18n/formatProblem';
import type { Lang } from '../core/i18n/lang';
import { otherFundingsIn, type BudgetModel, type YearValues } from '../core/model/types';
import { formatJsonPath, type Location, type MessageParams, type PathSegment, type Problem, type Severity } from '../core/problems';
import type { CommandName } from './args';

export const REPORT_SCHEMA_VERSION = 1;

export type LocationReport =
  | { kind: 'json'; path: PathSegment[]; jsonPath: string; text: string }
  | { kind: 'csv'; line: number; column?: string; text: string }
  | { kind: 'file'; text: string };

export interface ProblemReport {
  code: string;
  severity: Severity;
  location: LocationReport;
  message: string;
  /** The message's details (a title, a year, the value as typed), for programs. */
  params: Record<string, string | number>;
}

export interface TotalsReport {
  title: string;
  unit: string;
  priceLevel?: string;
  /** The decimals the workbook shows; the figures themselves are exact. */
  decimals: number;
  years: number[];
  committees: { id: string; name: string; total: number[] }[];
  /** New money only: existing and reprioritised money are never in it (L12). */
  total: number[];
  operating: number[];
  capital: number[];
  /** Only when some amount is a range: the grand total at the low and high ends. */
  totalLow?: number[];
  totalHigh?: number[];
  /** Only when some initiative has it: money already in the budget, totalled apart. */
  existing?: number[];
  /** Only when some initiative has it: budget-neutral money moved within a committee, totalled apart. */
  reprioritised?: number[];
}

export interface FileReport {
  path: string;
  kind: 'xlsx' | 'json' | 'csv';
  /** The workbook's visible sheets, in order. */
  sheets?: string[];
}

export interface ReadBackReport {
  changes: ReadBackItem[];
  notices: ReadBackItem[];
  findings: ReadBackItem[];
}

export interface ReadBackItem {
  code: string;
  sheet: string;
  address: string;
  message: string;
}

/** `diff`: the change list between two rounds (docs/rounds.md), exact figures in the new round's unit. */
export interface ChangesReport {
  /** What the two rounds are called: the inputs as given. */
  old: string;
  new: string;
  unit: string;
  /** The decimals the change sheet and the summary show; the figures themselves are exact. */
  decimals: number;
  years: number[];
  changes: ChangeItem[];
  committees: { id: string; name: string; old: number[]; new: number[]; delta: number[] }[];
  grandTotal: YearChange;
  chosenTotal: YearChange;
  /** The sum of the changes' effects: always equal to grandTotal.delta. */
  net: number[];
}

export interface ChangeItem {
  section: 'added' | 'removed' | 'chosen' | 'dropped' | 'changed';
  committee: string;
  id: string;
  title: string;
  funding: string;
  /** The effect on the total of new money per year, and on the chosen. */
  effect: number[];
  chosenEffect: number[];
  /** What changed, in the run's language. */
  message: string;
}

export interface YearChange {
  old: number[];
  new: number[];
  delta: number[];
}

/** `snapshot`: the rounds kept in a workbook (docs/rounds.md, D15–D18). */
export interface SnapshotsReport {
  workbook: string;
  /** What this run saved, when it saved one. */
  saved?: { name: string; replaced: boolean };
  list: { name: string; savedAt: string; title: string; initiatives: number }[];
}

export type ExitCode = 0 | 1 | 3;

export interface CommandReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  command: CommandName;
  input: string;
  exitCode: ExitCode;
  counts: { errors: number; warnings: number };
  problems: ProblemReport[];
  totals: TotalsReport | null;
  files: FileReport[];
  readBack?: ReadBackReport;
  changes?: ChangesReport;
  snapshots?: SnapshotsReport;
  /** Why the command failed unexpectedly (exit 3). */
  failure?: string;
}

/** Turns a location into the user's words; JSON paths need the document to name what they point at. */
export type DescribeLocation = (location: Location) => string;

/** CSV: linje and kolonne; JSON: the committee, initiative, line and year, named from the (untrusted) document. */
export function describerFor(lang: Lang, document: unknown): DescribeLocation {
  return (location) => describeLocation(location, lang, document);
}

export function problemReport(problem: Problem, lang: Lang, describe: DescribeLocation): ProblemReport {
  return { code: problem.code, severity: problem.severity, location: locationReport(problem.location, describe), message: renderMessage(problem.code, lang, problem.params), params: { ...problem.params } };
}

export function locationReport(location: Location, describe: DescribeLocation): LocationReport {
  const text = describe(location);
  switch (location.kind) {
    case 'json':
      return { kind: 'json', path: [...location.path], jsonPath: formatJsonPath(location.path), text };
    case 'csv':
      return { kind: 'csv', line: location.line, ...(location.column === undefined ? {} : { column: location.column }), text };
    case 'file':
      return { kind: 'file', text };
  }
}

export function totalsReport(model: BudgetModel, decimals: number): TotalsReport {
  const list = (values: YearValues): number[] => [...values];
  return {
    title: model.title,
    unit: model.unit,
    ...(model.priceLevel === undefined ? {} : { priceLevel: model.priceLevel }),
    decimals,
    years: [...model.years],
    committees: model.committees.map((c) => ({ id: c.id, name: c.name, total: list(c.total) })),
    total: list(model.total),
    operating: list(model.operating),
    capital: list(model.capital),
    ...(model.hasRange ? { totalLow: list(model.totalLow), totalHigh: list(model.totalHigh) } : {}),
    ...Object.fromEntries(otherFundingsIn(model.committees).map((f) => [f, list(model.other[f].total)])),
  };
}

export function newReport(command: CommandName, input: string): CommandReport {
  return { schemaVersion: REPORT_SCHEMA_VERSION, command, input, exitCode: 0, counts: { errors: 0, warnings: 0 }, problems: [], totals: null, files: [] };
}

/** A problem with a file, worded from the message catalogue. */
export function fileProblemReport(code: MessageCode, file: string, lang: Lang, params: MessageParams): ProblemReport {
  return { code, severity: 'error', location: { kind: 'file', text: file }, message: renderMessage(code, lang, params), params: { ...params } };
}

export function addProblems(report: CommandReport, problems: readonly ProblemReport[]): void {
  report.problems.push(...problems);
  for (const problem of problems) {
    if (problem.severity === 'error') report.counts.errors++;
    else report.counts.warnings++;
  }
}
