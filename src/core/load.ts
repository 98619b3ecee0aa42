/**
 * From the bytes of a user's file to a validated initiative file: JSON or CSV,
 * every problem at once. The single door the CLI and the task pane both use.
 */
import { parseCsvDefinitions } from './format/csv';
import { firstInvalidUtf8 } from './format/encoding';
import { countLinesUpTo, countNodesUpTo, MAX_CSV_LINES, MAX_INPUT_BYTES, MAX_NODES } from './format/limits';
import { parseJsonDefinitions } from './format/json';
import type { InitiativeFile, Unit } from './format/types';
import { buildModel } from './model/buildModel';
import type { BudgetModel } from './model/types';
import { error, hasErrors, type Locator, type Problem } from './problems';
import { validateDefinitions } from './validate/validate';

export interface LoadInput {
  fileName: string;
  bytes: Uint8Array;
}

/** Options that only a CSV needs: a CSV carries amounts but not the document's title, unit or price level. */
export interface LoadOptions {
  title?: string;
  unit?: Unit;
  priceLevel?: string;
}

export interface LoadResult {
  /** Present only when there is no error. */
  file?: InitiativeFile;
  model?: BudgetModel;
  /** Errors and warnings, including the engine's warnings when the file is valid. */
  problems: Problem[];
  format: 'json' | 'csv';
  /**
   * The parsed document before validation (untrusted), when the input could be parsed:
   * what `describeLocation` needs to name a JSON location's committee, initiative and line.
   */
  document?: unknown;
}

export function detectFormat(input: LoadInput): 'json' | 'csv' {
  if (/\.json$/i.test(input.fileName)) return 'json';
  if (/\.(csv|txt|tsv)$/i.test(input.fileName)) return 'csv';
  const start = new TextDecoder('utf-8').decode(input.bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('{') ? 'json' : 'csv';
}

export function loadDefinitions(input: LoadInput, options: LoadOptions = {}): LoadResult {
  const format = detectFormat(input);
  const tooLarge = sizeProblem(input.bytes, format);
  if (tooLarge !== undefined) return { problems: [tooLarge], format };
  if (isZip(input.bytes)) return { problems: [error('inputIsWorkbook', { kind: 'file' }, { file: input.fileName })], format };
  const parsed = format === 'json' ? parseJson(input) : parseCsv(input, options);
  if (parsed.document === undefined) return { problems: parsed.problems, format };
  const { document, locate } = parsed;
  if (countNodesUpTo(document, MAX_NODES) > MAX_NODES) return { problems: [...parsed.problems, error('inputTooManyNodes', { kind: 'file' }, { limit: MAX_NODES })], format };
  const validation = validateDefinitions(document, locate === undefined ? {} : { locate });
  const problems = [...parsed.problems, ...validation.problems];
  if (validation.file === undefined || hasErrors(problems)) return { problems, format, document };
  const model = buildModel(validation.file);
  // The engine locates its warnings by JSON path; a CSV's user reads lines and columns.
  const warnings = locate === undefined ? model.warnings : model.warnings.map((w) => relocate(w, locate));
  return { file: validation.file, model, problems: [...problems, ...warnings], format, document };
}

function relocate(problem: Problem, locate: Locator): Problem {
  return problem.location.kind === 'json' ? { ...problem, location: locate(problem.location.path) } : problem;
}

/** An .xlsx (or any zip) given where definitions are expected: its first bytes are a zip's local header. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** T6: refused on the bytes, before any parsing, so a huge file costs only its own size. */
function sizeProblem(bytes: Uint8Array, format: 'json' | 'csv'): Problem | undefined {
  if (bytes.length > MAX_INPUT_BYTES) return error('inputTooLarge', { kind: 'file' }, { actual: bytes.length, limit: MAX_INPUT_BYTES });
  if (format === 'csv' && countLinesUpTo(bytes, MAX_CSV_LINES) > MAX_CSV_LINES) return error('inputTooManyRows', { kind: 'file' }, { limit: MAX_CSV_LINES });
  return undefined;
}

/** JSON is UTF-8 (F1, T5): any other byte is refused where it stands, never turned into U+FFFD. */
function parseJson(input: LoadInput): { document: unknown; problems: Problem[]; locate?: undefined } {
  const invalid = firstInvalidUtf8(input.bytes);
  if (invalid !== -1) {
    const line = countLinesUpTo(input.bytes.subarray(0, invalid + 1), Number.POSITIVE_INFINITY);
    return { document: undefined, problems: [error('notUtf8', { kind: 'file' }, { offset: invalid, line })] };
  }
  return parseJsonDefinitions(new TextDecoder('utf-8').decode(input.bytes));
}

function parseCsv(input: LoadInput, options: LoadOptions): ReturnType<typeof parseCsvDefinitions> {
  return parseCsvDefinitions(input.bytes, {
    fileName: input.fileName,
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.unit === undefined ? {} : { unit: options.unit }),
    ...(options.priceLevel === undefined ? {} : { priceLevel: options.priceLevel }),
  });
}
