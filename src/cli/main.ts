/**
 * The headless command line: the same engine as the add-in, writing .xlsx files.
 *
 *   budget-tables build <file.json|file.csv> --out <file.xlsx> [--lang da|en]
 *   budget-tables check <file.json|file.csv> [--lang da|en]
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { planToXlsx } from '../adapters/exceljs/writeWorkbook';
import type { Unit } from '../core/format/types';
import { UNITS } from '../core/format/types';
import { formatProblem } from '../core/i18n/formatProblem';
import { isLang, type Lang } from '../core/i18n/lang';
import { buildLayoutPlan } from '../core/layout/buildPlan';
import { loadDefinitions, type LoadOptions, type LoadResult } from '../core/load';
import { hasErrors } from '../core/problems';
import { renderTotalsTable } from './totalsTable';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
};

export const EXIT = { ok: 0, invalidInput: 1, usage: 2, failure: 3 } as const;

const USAGE = `Usage:
  budget-tables build <file.json|file.csv> --out <file.xlsx> [--lang da|en] [--decimals N]
  budget-tables check <file.json|file.csv> [--lang da|en]
CSV options: --title TEXT --unit "mio. kr."|"t.kr."|"kr." --price-level TEXT
`;

class UsageError extends Error {}

export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (failure) {
    if (failure instanceof UsageError) {
      io.stderr(`${failure.message}\n${USAGE}`);
      return EXIT.usage;
    }
    io.stderr(`budget-tables: ${failure instanceof Error ? failure.message : String(failure)}\n`);
    return EXIT.failure;
  }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArguments(argv);
  const [command, inputPath] = positionals;
  if (command === undefined || values.help === true) {
    io.stdout(USAGE);
    return command === undefined && values.help !== true ? EXIT.usage : EXIT.ok;
  }
  if (command !== 'build' && command !== 'check') throw new UsageError(`Unknown command: ${command}`);
  if (inputPath === undefined) throw new UsageError('Missing input file.');
  const lang = parseLang(values.lang);
  const loaded = await load(inputPath, loadOptions(values));
  for (const problem of loaded.problems) io.stderr(`${formatProblem(problem, lang)}\n`);
  if (hasErrors(loaded.problems) || loaded.model === undefined) return EXIT.invalidInput;
  if (command === 'check') {
    io.stdout(renderTotalsTable(loaded.model, lang));
    return EXIT.ok;
  }
  if (values.out === undefined) throw new UsageError('build needs --out <file.xlsx>.');
  const plan = buildLayoutPlan(loaded.model, { lang, decimals: parseDecimals(values.decimals) });
  const bytes = await planToXlsx(plan, { now: io.now() });
  await mkdir(dirname(values.out), { recursive: true });
  await writeFile(values.out, bytes);
  io.stdout(`${values.out}: ${plan.sheets.map((s) => s.name).join(', ')}\n`);
  return EXIT.ok;
}

function parseArguments(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        decimals: { type: 'string' },
        title: { type: 'string' },
        unit: { type: 'string' },
        'price-level': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (failure) {
    throw new UsageError(failure instanceof Error ? failure.message : String(failure));
  }
}

async function load(path: string, options: LoadOptions): Promise<LoadResult> {
  const bytes = await readFile(path);
  return loadDefinitions({ fileName: basename(path), bytes: new Uint8Array(bytes) }, options);
}

function loadOptions(values: { title?: string; unit?: string; 'price-level'?: string }): LoadOptions {
  return {
    ...(values.title === undefined ? {} : { title: values.title }),
    ...(values.unit === undefined ? {} : { unit: parseUnit(values.unit) }),
    ...(values['price-level'] === undefined ? {} : { priceLevel: values['price-level'] }),
  };
}

function parseLang(value: string | undefined): Lang {
  if (value === undefined) return 'da';
  if (!isLang(value)) throw new UsageError(`--lang must be da or en, not "${value}".`);
  return value;
}

function parseUnit(value: string): Unit {
  const unit = UNITS.find((u) => u === value);
  if (unit === undefined) throw new UsageError(`--unit must be one of ${UNITS.join(', ')}, not "${value}".`);
  return unit;
}

function parseDecimals(value: string | undefined): number {
  if (value === undefined) return 1;
  const decimals = Number(value);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) throw new UsageError('--decimals must be a whole number from 0 to 6.');
  return decimals;
}
