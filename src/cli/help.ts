/** The tool's help and each command's help, each with an example that runs on the sample. */
import type { Lang } from '../core/i18n/lang';
import { COMMAND_OPTIONS, COMMANDS, TOP_LEVEL_OPTIONS, type CommandName, type OptionName } from './args';
import { cliText, type CliText } from './text';

const SYNOPSIS: Record<CommandName, (t: CliText) => string> = {
  build: (t) => `budget-tables build ${t.placeholders.definitions} --out ${t.placeholders.workbook} [${t.optionsTitle.toLowerCase()}]`,
  check: (t) => `budget-tables check ${t.placeholders.definitions} [${t.optionsTitle.toLowerCase()}]`,
  read: (t) => `budget-tables read ${t.placeholders.workbook} --out ${t.placeholders.definitionsJson} [--csv ${t.placeholders.csv}] [${t.optionsTitle.toLowerCase()}]`,
  snapshot: (t) => `budget-tables snapshot ${t.placeholders.workbook} [--name ${t.placeholders.value}] [${t.optionsTitle.toLowerCase()}]`,
  diff: (t) => `budget-tables diff ${t.placeholders.oldRound} ${t.placeholders.newRound} [--out ${t.placeholders.changes}] [${t.optionsTitle.toLowerCase()}]`,
};

const EXAMPLES: Record<CommandName, string[]> = {
  build: [
    'budget-tables build data/budget-2020-seminar.json --out out/seminar.xlsx',
    'budget-tables build emner.csv --title "Budget 2021" --unit "mio. kr." --out out/b2021.xlsx --watch',
  ],
  check: ['budget-tables check data/budget-2020-seminar.json', 'budget-tables check emner.csv --unit "t.kr." --json > result.json'],
  read: ['budget-tables read out/seminar.xlsx --out edited.json --csv edited.csv'],
  snapshot: ['budget-tables snapshot out/seminar.xlsx --name "Udvalgenes forslag"', 'budget-tables snapshot out/seminar.xlsx'],
  diff: ['budget-tables diff data/budget-2020-seminar.json out/seminar.xlsx --out out/changes.xlsx', 'budget-tables diff forslag.csv forlig.json --unit "mio. kr." --out changes.csv'],
};

const VALUE_OF: Partial<Record<OptionName, (t: CliText) => string>> = {
  out: (t) => t.placeholders.value,
  name: (t) => t.placeholders.value,
  csv: (t) => t.placeholders.csv,
  lang: () => 'da|en',
  decimals: () => 'N',
  title: (t) => t.placeholders.value,
  unit: (t) => t.placeholders.value,
  'price-level': (t) => t.placeholders.value,
};

const SHORT: Partial<Record<OptionName, string>> = { out: '-o', watch: '-w', quiet: '-q', help: '-h', version: '-V' };

export function toolHelp(lang: Lang, version: string): string {
  const t = cliText(lang);
  const commands = [...COMMANDS, 'help' as const].map((c) => [c, t.commandSummary[c]] as [string, string]);
  return [
    `budget-tables ${version}`,
    '',
    `${t.usageTitle}:`,
    '  budget-tables <build|check|read|diff|snapshot> …',
    '  budget-tables --help | --version',
    '',
    `${t.commandsTitle}:`,
    ...columns(commands),
    '',
    `${t.optionsTitle}:`,
    ...columns(TOP_LEVEL_OPTIONS.map((o) => optionRow(o, t))),
    '',
    `${t.exampleTitle}:`,
    `  ${EXAMPLES.build[0] ?? ''}`,
    '',
    ...exitCodesAndEnvironment(t),
    '',
    t.moreHelp,
    '',
  ].join('\n');
}

export function commandHelp(command: CommandName, lang: Lang): string {
  const t = cliText(lang);
  return [
    `${t.usageTitle}: ${SYNOPSIS[command](t)}`,
    '',
    t.commandDetail[command],
    '',
    `${t.optionsTitle}:`,
    ...columns(COMMAND_OPTIONS[command].map((o) => optionRow(o, t))),
    '',
    `${t.exampleTitle}:`,
    ...EXAMPLES[command].map((e) => `  ${e}`),
    '',
    ...exitCodesAndEnvironment(t),
    '',
  ].join('\n');
}

function optionRow(option: OptionName, t: CliText): [string, string] {
  const value = VALUE_OF[option]?.(t);
  const long = `--${option}${value === undefined ? '' : ` ${value}`}`;
  const short = SHORT[option];
  return [short === undefined ? `    ${long}` : `${short}, ${long}`, t.optionHelp[option] ?? ''];
}

function exitCodesAndEnvironment(t: CliText): string[] {
  return [
    `${t.exitCodesTitle}:`,
    ...columns(t.exitCodes.map(([code, meaning]) => [String(code), meaning])),
    '',
    `${t.environmentTitle}:`,
    ...columns(t.environment),
  ];
}

function columns(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}
