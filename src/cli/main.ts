/**
 * The headless command line: the same engine as the add-in, writing .xlsx files.
 *
 *   budget-tables build <file.json|file.csv> --out <file.xlsx> [--lang da|en]
 *   budget-tables check <file.json|file.csv> [--lang da|en]
 *   budget-tables read <file.xlsx> --out <definitions.json> [--csv <file.csv>] [--lang da|en]
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { planToXlsx } from '../adapters/exceljs/writeWorkbook';
import { STATE_SHEET_NAME, type StoredState } from '../adapters/state/state';
import type { Unit } from '../core/format/types';
import { UNITS } from '../core/format/types';
import { formatProblem } from '../core/i18n/formatProblem';
import { isLang, type Lang } from '../core/i18n/lang';
import { buildLayoutPlan } from '../core/layout/buildPlan';
import type { LayoutPlan } from '../core/layout/plan';
import { loadDefinitions, type LoadOptions, type LoadResult } from '../core/load';
import { hasErrors } from '../core/problems';
import { runRead } from './readCommand';
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
  budget-tables read <file.xlsx> --out <definitions.json> [--csv <file.csv>] [--lang da|en]
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
    // Never a stack trace: what failed, and that nothing was written (every write is the last step).
    io.stderr(`budget-tables: ${failure instanceof Error ? failure.message : String(failure)}. Nothing was written (intet er skrevet).\n`);
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
  if (command !== 'build' && command !== 'check' && command !== 'read') throw new UsageError(`Unknown command: ${command}`);
  if (inputPath === undefined) throw new UsageError('Missing input file.');
  const lang = parseLang(values.lang);
  if (command === 'read') {
    if (values.out === undefined) throw new UsageError('read needs --out <definitions.json>.');
    return runRead({ input: inputPath, out: values.out, ...(values.csv === undefined ? {} : { csv: values.csv }), lang }, io);
  }
  const loaded = await load(inputPath, loadOptions(values));
  for (const problem of loaded.problems) io.stderr(`${formatProblem(problem, lang)}\n`);
  if (hasErrors(loaded.problems) || loaded.model === undefined) return EXIT.invalidInput;
  if (command === 'check') {
    io.stdout(renderTotalsTable(loaded.model, lang));
    return EXIT.ok;
  }
  if (values.out === undefined) throw new UsageError('build needs --out <file.xlsx>.');
  const layout = { lang, decimals: parseDecimals(values.decimals) };
  // The state sheet's name is kept free, so no committee's sheet can take it.
  const reservedSheetNames = [STATE_SHEET_NAME];
  const plan = buildLayoutPlan(loaded.model, { ...layout, reservedSheetNames });
  const definitions = loaded.file;
  // loadDefinitions returns a model only with its validated file.
  if (definitions === undefined) throw new Error('The definitions were loaded without their file.');
  const bytes = await planToXlsx(plan, { now: io.now(), state: fileState(plan, definitions, layout, reservedSheetNames) });
  await mkdir(dirname(values.out), { recursive: true });
  await writeFile(values.out, bytes);
  io.stdout(`${values.out}: ${plan.sheets.map((s) => s.name).join(', ')}\n`);
  return EXIT.ok;
}

/**
 * What `read` needs to rebuild this plan and find its tables: a file has no worksheet ids,
 * so the sheets are recorded by key and name only (docs/readback.md).
 */
function fileState(plan: LayoutPlan, definitions: NonNullable<LoadResult['file']>, layout: StoredState['layout'], reservedSheetNames: string[]): StoredState {
  return {
    version: 1,
    definitions,
    layout,
    reservedSheetNames,
    sheets: plan.sheets.map((s) => ({ key: s.key, id: '', name: s.name })),
    names: plan.names.map((n) => n.name),
    inProgress: false,
  };
}

function parseArguments(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        csv: { type: 'string' },
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
