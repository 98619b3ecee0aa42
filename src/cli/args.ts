/**
 * The command line's grammar: commands, their options, and usage errors in the user's language.
 *
 * Node's own parseArgs tokenises (it knows `--opt=value`, `--`, short flags), but its strict
 * mode answers in English with a parser's advice. So it runs non-strict and every token is
 * checked here against the command's own options, with a message in Danish or English and a
 * suggestion for a near miss. An argument library (commander, yargs) would bring the same
 * English messages; this stays dependency-free.
 */
import { parseArgs } from 'node:util';
import { UNITS, type Unit } from '../core/format/types';
import { isLang, type Lang } from '../core/i18n/lang';
import { cliText, type CliText } from './text';

export type CommandName = 'build' | 'check' | 'read' | 'diff' | 'snapshot';
export const COMMANDS: readonly CommandName[] = ['build', 'check', 'read', 'diff', 'snapshot'];

/** What each option is: its value type and its one-letter form. */
const OPTIONS = {
  out: { type: 'string', short: 'o' },
  csv: { type: 'string' },
  name: { type: 'string' },
  lang: { type: 'string' },
  decimals: { type: 'string' },
  title: { type: 'string' },
  unit: { type: 'string' },
  'price-level': { type: 'string' },
  watch: { type: 'boolean', short: 'w' },
  overwrite: { type: 'boolean' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;
export type OptionName = keyof typeof OPTIONS;

const COMMON: readonly OptionName[] = ['lang', 'json', 'quiet', 'verbose', 'help'];
const CSV_INPUT: readonly OptionName[] = ['title', 'unit', 'price-level'];

/** The options each command accepts, in the order its help lists them. */
export const COMMAND_OPTIONS: Record<CommandName, readonly OptionName[]> = {
  build: ['out', 'decimals', 'watch', 'overwrite', ...CSV_INPUT, ...COMMON],
  check: ['decimals', ...CSV_INPUT, ...COMMON],
  read: ['out', 'csv', ...COMMON],
  diff: ['out', 'decimals', ...CSV_INPUT, ...COMMON],
  snapshot: ['name', ...COMMON],
};
export const TOP_LEVEL_OPTIONS: readonly OptionName[] = ['help', 'version', 'lang'];

export interface CommonOptions {
  lang: Lang;
  json: boolean;
  quiet: boolean;
  verbose: boolean;
}

export interface InputOptions {
  title?: string;
  unit?: Unit;
  priceLevel?: string;
}

export type Invocation =
  | { kind: 'help'; command?: CommandName; lang: Lang }
  | { kind: 'version'; lang: Lang }
  | ({ kind: 'build'; input: string; out: string; decimals: number; watch: boolean; overwrite: boolean; inputOptions: InputOptions } & CommonOptions)
  | ({ kind: 'check'; input: string; decimals: number; inputOptions: InputOptions } & CommonOptions)
  | ({ kind: 'read'; input: string; out: string; csv?: string } & CommonOptions)
  /** `input` is the old round, `newInput` the new one; `out` ends in .xlsx or .csv. */
  | ({ kind: 'diff'; input: string; newInput: string; out?: string; decimals: number; inputOptions: InputOptions } & CommonOptions)
  /** Without `name`: list the workbook's snapshots. */
  | ({ kind: 'snapshot'; input: string; name?: string } & CommonOptions);

/** A mistake on the command line: exit 2, the message, and a pointer to the right help. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly lang: Lang,
    readonly command: CommandName | undefined,
  ) {
    super(message);
  }
}

/**
 * The language to answer in, found before anything else is understood, so even a usage
 * error in the rest of the line is answered in it. Danish unless `--lang en` says otherwise.
 */
export function languageOf(argv: readonly string[]): Lang {
  for (let i = argv.length - 1; i >= 0; i--) {
    const arg = argv[i] ?? '';
    if (arg === '--') continue;
    const value = arg.startsWith('--lang=') ? arg.slice('--lang='.length) : arg === '--lang' ? argv[i + 1] : undefined;
    if (value !== undefined) return isLang(value) ? value : 'da';
  }
  return 'da';
}

interface Tokens {
  positionals: string[];
  values: Partial<Record<OptionName, string | true>>;
  /** Options as typed (`-o`, `--out`), for messages. */
  typed: Partial<Record<OptionName, string>>;
}

export function parseCommandLine(argv: readonly string[]): Invocation {
  const lang = languageOf(argv);
  const text = cliText(lang);
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const commandWord = tokens.find((token) => token.kind === 'positional')?.value;
  const command = COMMANDS.find((c) => c === commandWord);
  const fail = (message: string): never => {
    throw new UsageError(message, lang, command);
  };
  const parsed = collect(tokens, command, text, fail);
  const langValue = stringValue(parsed.values.lang);
  if (langValue !== undefined && !isLang(langValue)) fail(text.invalidLang(langValue));
  const [first, ...rest] = parsed.positionals;
  if (first === undefined) return topLevel(parsed, text, lang);
  if (first === 'help') return helpFor(rest, text, lang);
  if (command === undefined) throw new UsageError(text.unknownCommand(first, closest(first, [...COMMANDS, 'help'])), lang, undefined);
  checkOptions(parsed, command, text, fail);
  if (parsed.values.help === true) return { kind: 'help', command, lang };
  return commandInvocation(command, rest, parsed, text, lang, fail);
}

type Token = ReturnType<typeof parseArgs>['tokens'] extends (infer T)[] | undefined ? T : never;

function collect(tokens: readonly Token[], command: CommandName | undefined, text: CliText, fail: (message: string) => never): Tokens {
  const result: Tokens = { positionals: [], values: {}, typed: {} };
  for (const token of tokens) {
    if (token.kind === 'positional') result.positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const name = knownOption(token.name);
    if (name === undefined) {
      const allowed = command === undefined ? TOP_LEVEL_OPTIONS : COMMAND_OPTIONS[command];
      const suggestion = closest(token.rawName.replace(/^-+/, ''), allowed);
      fail(text.unknownOption(token.rawName, command ?? 'budget-tables', suggestion === undefined ? undefined : `--${suggestion}`));
    } else {
      result.typed[name] = token.rawName;
      result.values[name] = optionValue(name, token.rawName, token.value, token.inlineValue, text, fail);
    }
  }
  return result;
}

function optionValue(
  name: OptionName,
  rawName: string,
  value: string | undefined,
  inline: boolean | undefined,
  text: CliText,
  fail: (message: string) => never,
): string | true {
  if (OPTIONS[name].type === 'boolean') return value === undefined ? true : fail(text.noValueAllowed(rawName));
  // Non-strict parsing takes the next word whatever it is: `--out --json` has no value.
  if (value === undefined || (inline !== true && /^--?[a-z]/i.test(value))) return fail(text.missingValue(rawName));
  return value;
}

function knownOption(name: string): OptionName | undefined {
  return (Object.keys(OPTIONS) as OptionName[]).find((option) => option === name);
}

function checkOptions(tokens: Tokens, command: CommandName, text: CliText, fail: (message: string) => never): void {
  const allowed = COMMAND_OPTIONS[command];
  for (const name of Object.keys(tokens.values) as OptionName[]) {
    if (allowed.includes(name)) continue;
    fail(name === 'watch' ? text.watchNeedsBuild : text.unknownOption(tokens.typed[name] ?? `--${name}`, command, undefined));
  }
  if (tokens.values.quiet === true && tokens.values.verbose === true) fail(text.conflictingOptions('--quiet', '--verbose'));
  if (tokens.values.watch === true && tokens.values.json === true) fail(text.conflictingOptions('--watch', '--json'));
}

function topLevel(tokens: Tokens, text: CliText, lang: Lang): Invocation {
  for (const name of Object.keys(tokens.values) as OptionName[]) {
    if (!TOP_LEVEL_OPTIONS.includes(name)) throw new UsageError(text.unknownOption(tokens.typed[name] ?? name, 'budget-tables', undefined), lang, undefined);
  }
  if (tokens.values.version === true) return { kind: 'version', lang };
  if (tokens.values.help === true) return { kind: 'help', lang };
  // No command: nothing was asked, so it is a usage error (exit 2) that shows the overview.
  throw new UsageError(text.noCommand, lang, undefined);
}

function helpFor(rest: string[], text: CliText, lang: Lang): Invocation {
  const [topic, extra] = rest;
  if (extra !== undefined) throw new UsageError(text.unexpectedArgument(extra), lang, undefined);
  if (topic === undefined) return { kind: 'help', lang };
  const command = COMMANDS.find((c) => c === topic);
  if (command === undefined) throw new UsageError(text.unknownCommand(topic, closest(topic, COMMANDS)), lang, undefined);
  return { kind: 'help', command, lang };
}

function commandInvocation(command: CommandName, rest: string[], tokens: Tokens, text: CliText, lang: Lang, fail: (message: string) => never): Invocation {
  if (command === 'diff') return diffInvocation(rest, tokens, text, lang, fail);
  const [input, extra] = rest;
  if (input === undefined) return fail(text.missingInput(command, command === 'read' || command === 'snapshot' ? text.placeholders.workbook : text.placeholders.definitions));
  if (extra !== undefined) fail(text.unexpectedArgument(extra));
  const v = tokens.values;
  const common: CommonOptions = { lang, json: v.json === true, quiet: v.quiet === true, verbose: v.verbose === true };
  const out = stringValue(v.out);
  if (command === 'snapshot') {
    const name = stringValue(v.name);
    return { kind: 'snapshot', input, ...(name === undefined ? {} : { name }), ...common };
  }
  if (command === 'read') {
    if (out === undefined) return fail(text.missingOption('read', `--out ${text.placeholders.definitionsJson}`));
    const csv = stringValue(v.csv);
    return { kind: 'read', input, out, ...(csv === undefined ? {} : { csv }), ...common };
  }
  const decimals = parseDecimals(stringValue(v.decimals), text, fail);
  const inputOptions = parseInputOptions(tokens, text, fail);
  if (command === 'check') return { kind: 'check', input, decimals, inputOptions, ...common };
  if (out === undefined) return fail(text.missingOption('build', `--out ${text.placeholders.workbook}`));
  return { kind: 'build', input, out, decimals, watch: v.watch === true, overwrite: v.overwrite === true, inputOptions, ...common };
}

/** `diff OLD NEW [--out changes.xlsx|changes.csv]`: two rounds, and what to write decided by the extension. */
function diffInvocation(rest: string[], tokens: Tokens, text: CliText, lang: Lang, fail: (message: string) => never): Invocation {
  const [input, newInput, extra] = rest;
  if (input === undefined || newInput === undefined) return fail(text.missingInput('diff', `${text.placeholders.oldRound} ${text.placeholders.newRound}`));
  if (extra !== undefined) fail(text.unexpectedArgument(extra));
  const v = tokens.values;
  const out = stringValue(v.out);
  if (out !== undefined && !/\.(xlsx|csv)$/i.test(out)) fail(text.invalidDiffOut(out));
  const decimals = parseDecimals(stringValue(v.decimals), text, fail);
  const common: CommonOptions = { lang, json: v.json === true, quiet: v.quiet === true, verbose: v.verbose === true };
  return { kind: 'diff', input, newInput, ...(out === undefined ? {} : { out }), decimals, inputOptions: parseInputOptions(tokens, text, fail), ...common };
}

function stringValue(value: string | true | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function parseInputOptions(tokens: Tokens, text: CliText, fail: (message: string) => never): InputOptions {
  const title = stringValue(tokens.values.title);
  const unit = stringValue(tokens.values.unit);
  const priceLevel = stringValue(tokens.values['price-level']);
  return {
    ...(title === undefined ? {} : { title }),
    ...(unit === undefined ? {} : { unit: parseUnit(unit, text, fail) }),
    ...(priceLevel === undefined ? {} : { priceLevel }),
  };
}

function parseUnit(value: string, text: CliText, fail: (message: string) => never): Unit {
  return UNITS.find((u) => u === value) ?? fail(text.invalidUnit(value, UNITS));
}

function parseDecimals(value: string | undefined, text: CliText, fail: (message: string) => never): number {
  if (value === undefined) return 1;
  const decimals = /^\d$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(decimals) && decimals <= 6 ? decimals : fail(text.invalidDecimals(value));
}

/** The candidate a typo most likely meant: within two edits, and closer than half its length. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate);
    if (distance <= 2 && distance < candidate.length / 2 && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
