/**
 * The one validator of a stored state (docs/readback.md, rules S1–S5), used by the
 * command line's file reader and by the add-in's settings path alike: the state is
 * read from a workbook anyone may have edited, so it is input like any other. A bad
 * state is a list of located problems, never a crash and never a wrong table.
 */
import { z } from 'zod';
import { LANGS } from '../i18n/lang';
import { MAX_SHEET_NAME_LENGTH } from '../layout/sheetNames';
import { error, type Problem } from '../problems';
import { validateDefinitions } from '../validate/validate';
import { ID_PATTERN } from '../validate/schema';
import { at, shapeProblems, versionProblem } from './storedJson';
import { STATE_VERSION, type StoredState } from './types';

/** Excel's limit on a workbook name. */
const MAX_NAME_LENGTH = 255;
/** Far beyond any budget (a sheet per committee plus the overview), small enough to refuse a forged list early. */
export const MAX_STATE_SHEETS = 1000;
/** Two names per committee plus a few of the overview's. */
export const MAX_STATE_NAMES = 2 * MAX_STATE_SHEETS + 10;

const sheetKeySchema = z.string().regex(new RegExp(`^(?:overview|committee:${ID_PATTERN.source.slice(1, -1)})$`, 'u'));
const sheetNameSchema = z.string().min(1).max(MAX_SHEET_NAME_LENGTH);
const ownedSheetSchema = z.strictObject({ key: sheetKeySchema, id: z.string().max(MAX_NAME_LENGTH), name: sheetNameSchema });

const stateShapeSchema = z.looseObject({
  version: z.literal(STATE_VERSION),
  definitions: z.unknown(),
  layout: z.strictObject({
    lang: z.enum(LANGS),
    decimals: z.number().int().min(0).max(6),
    committees: z.array(z.string().regex(ID_PATTERN)).max(MAX_STATE_SHEETS).optional(),
  }),
  reservedSheetNames: z.array(z.string().max(MAX_NAME_LENGTH)).max(MAX_STATE_SHEETS),
  sheets: z.array(ownedSheetSchema).max(MAX_STATE_SHEETS),
  names: z.array(z.string().min(1).max(MAX_NAME_LENGTH)).max(MAX_STATE_NAMES),
  inProgress: z.boolean(),
  pending: z.array(z.strictObject({ key: sheetKeySchema, name: sheetNameSchema })).max(MAX_STATE_SHEETS).optional(),
});

export interface StateValidation {
  /** Present only when there is no problem. */
  state?: StoredState;
  problems: Problem[];
}

/** The decoded JSON of a stored state (any value) to a StoredState, or every problem found in it. */
export function validateStoredState(document: unknown): StateValidation {
  const wrongVersion = versionProblem(document, STATE_VERSION);
  if (wrongVersion !== undefined) return { problems: [wrongVersion] };
  const shape = stateShapeSchema.safeParse(document);
  const problems: Problem[] = shape.success ? [] : shapeProblems(shape.error.issues);
  problems.push(...duplicates(shape.success ? shape.data.sheets.map((s) => s.key) : [], 'sheets'));
  const definitions = validateDefinitions((document as { definitions?: unknown }).definitions, { locate: (path) => at(['definitions', ...path]) });
  problems.push(...definitions.problems.filter((p) => p.severity === 'error'));
  if (!shape.success || definitions.file === undefined || problems.length > 0) return { problems };
  return { state: { ...(shape.data as Omit<StoredState, 'definitions'>), definitions: definitions.file }, problems: [] };
}

/** Two owned sheets with one key would make read-back compare one table with two sheets. */
function duplicates(keys: readonly string[], field: string): Problem[] {
  const seen = new Set<string>();
  return keys.flatMap((key, index) => {
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [error('storedStateValue', at([field, index, 'key']), {})];
  });
}
