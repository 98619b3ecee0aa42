/**
 * A command's report for a person at a terminal: the totals and the files written on stdout;
 * what needs attention on stderr, grouped by kind with counts, so twenty uncosted topics are
 * one line and not twenty.
 */
import type { Lang } from '../core/i18n/lang';
import { renderChanges } from './changesSummary';
import { kindOf } from './problemKinds';
import type { CommandReport, ProblemReport } from './report';
import type { Style } from './style';
import { cliText } from './text';
import { renderTotalsTable } from './totalsTable';

export interface RenderOptions {
  lang: Lang;
  quiet: boolean;
  verbose: boolean;
  style: Style;
}

/** How many items a listing group names before "and N more" (all of them under --verbose). */
const LISTED = 8;
const WIDTH = 100;
const NAME_WIDTH = 48;

export interface Rendered {
  stdout: string;
  stderr: string;
}

export function renderReport(report: CommandReport, options: RenderOptions): Rendered {
  const t = cliText(options.lang);
  const out: string[] = [];
  if (!options.quiet && report.totals !== null && report.exitCode === 0) out.push(renderTotalsTable(report.totals, options.lang, options.style.bold));
  if (!options.quiet && report.changes !== undefined) out.push(renderChanges(report.changes, options.lang, options.style.bold));
  if (!options.quiet) {
    for (const file of report.files) {
      const sheets = file.sheets === undefined ? '' : ` (${t.sheets(file.sheets.length, file.sheets.join(', '))})`;
      out.push(`${t.written(file.path)}${sheets}\n`);
    }
  }
  const tableAbove = report.totals !== null || report.changes !== undefined;
  return { stdout: out.join(tableAbove && report.files.length > 0 ? '\n' : ''), stderr: renderProblems(report, options) };
}

export function renderProblems(report: Pick<CommandReport, 'command' | 'problems' | 'counts' | 'exitCode'>, options: RenderOptions): string {
  const t = cliText(options.lang);
  // Read and diff have their own account of what they found; build and check say so when all is well.
  if (report.problems.length === 0) return options.quiet || report.command === 'read' || report.command === 'diff' || report.command === 'snapshot' ? '' : `${t.noProblems}\n`;
  const lines: string[] = [];
  const errors = report.problems.filter((p) => p.severity === 'error');
  const warnings = options.quiet ? [] : report.problems.filter((p) => p.severity === 'warning');
  if (errors.length > 0) lines.push(options.style.red(options.style.bold(t.errors(errors.length))), ...groupLines(errors, options));
  if (warnings.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(options.style.yellow(options.style.bold(t.warnings(warnings.length))), ...groupLines(warnings, options));
  }
  if (errors.length > 0) lines.push(t.nothingWritten);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

interface Group {
  label: (count: number) => string;
  listBy?: string;
  problems: ProblemReport[];
}

/** Groups in order of first appearance, so the file's order still shows through. */
function groupsOf(problems: readonly ProblemReport[], lang: Lang): Group[] {
  const groups = new Map<string, Group>();
  for (const problem of problems) {
    const kind = kindOf(problem.code, lang);
    const group = groups.get(kind.key) ?? { label: kind.label, ...(kind.listBy === undefined ? {} : { listBy: kind.listBy }), problems: [] };
    group.problems.push(problem);
    groups.set(kind.key, group);
  }
  return [...groups.values()];
}

function groupLines(problems: readonly ProblemReport[], options: RenderOptions): string[] {
  return groupsOf(problems, options.lang).flatMap((group) => {
    const [only] = group.problems;
    if (group.problems.length === 1 && only !== undefined && group.listBy === undefined) return [`  ${whereAndWhat(only, options.verbose)}`];
    const heading = `  ${group.label(group.problems.length)}`;
    if (group.listBy !== undefined && !options.verbose) return wrapList(`${heading}: `, listed(group, group.listBy, options.lang));
    return [`${heading}:`, ...group.problems.map((p) => `    ${whereAndWhat(p, options.verbose)}`)];
  });
}

/** The names, the last joined by "og N mere" when there are more than fit. */
function listed(group: Group, listBy: string, lang: Lang): string[] {
  const names = group.problems.map((p) => nameOf(p, listBy));
  if (names.length <= LISTED + 1) return names.map((name, i) => (i < names.length - 1 ? `${name},` : name));
  return [...names.slice(0, LISTED - 1).map((name) => `${name},`), `${names[LISTED - 1] ?? ''} ${cliText(lang).andMore(names.length - LISTED)}`];
}

/** A long title is cut, so a list of them stays a list. */
function nameOf(problem: ProblemReport, listBy: string): string {
  const name = String(problem.params[listBy] ?? problem.location.text);
  return name.length > NAME_WIDTH ? `${name.slice(0, NAME_WIDTH - 1).trimEnd()}…` : name;
}

function whereAndWhat(problem: ProblemReport, verbose: boolean): string {
  const { location } = problem;
  // Messages about a whole file often name it already ("x.xlsx: the workbook holds no …").
  if (location.kind === 'file' && problem.message.includes(location.text)) return problem.message;
  const path = verbose && location.kind === 'json' && location.jsonPath !== location.text ? ` (${location.jsonPath})` : '';
  return `${location.text}${path}: ${problem.message}`;
}

/** "heading: a, b, c" wrapped at the terminal's usual width, continuation lines indented. */
function wrapList(heading: string, items: readonly string[]): string[] {
  const lines: string[] = [];
  let line = heading;
  items.forEach((piece) => {
    if (line.length + piece.length + 1 > WIDTH && line.trim() !== heading.trim()) {
      lines.push(line.trimEnd());
      line = '    ';
    }
    line += line.endsWith(' ') ? piece : ` ${piece}`;
  });
  lines.push(line.trimEnd());
  return lines;
}
