/**
 * From the bytes of a user's file to a validated initiative file: JSON or CSV,
 * every problem at once. The single door the CLI and the task pane both use.
 */
import { parseCsvDefinitions } from './format/csv';
import { parseJsonDefinitions } from './format/json';
import type { InitiativeFile, Unit } from './format/types';
import { buildModel } from './model/buildModel';
import type { BudgetModel } from './model/types';
import { hasErrors, type Locator, type Problem } from './problems';
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
  const parsed = format === 'json' ? parseJson(input) : parseCsv(input, options);
  if (parsed.document === undefined) return { problems: parsed.problems, format };
  const { document, locate } = parsed;
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

function parseJson(input: LoadInput): { document: unknown; problems: Problem[]; locate?: undefined } {
  const text = new TextDecoder('utf-8').decode(input.bytes);
  return parseJsonDefinitions(text);
}

function parseCsv(input: LoadInput, options: LoadOptions): ReturnType<typeof parseCsvDefinitions> {
  return parseCsvDefinitions(input.bytes, {
    fileName: input.fileName,
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.unit === undefined ? {} : { unit: options.unit }),
    ...(options.priceLevel === undefined ? {} : { priceLevel: options.priceLevel }),
  });
}
