/**
 * The structure of an initiative file, format version 1, as a zod schema.
 *
 * This schema holds the structural rules (F rules in docs/format.md): types,
 * required and unknown fields, allowed values, id and year-key syntax, non-empty
 * lists. It is also the source of docs/initiative-file.schema.json, so editors
 * can check files as they are typed. Rules that need the whole document or
 * arithmetic (V rules) live in ./semantic.ts.
 */
import { z } from 'zod';
import { FUNDINGS, KINDS, RANGE_POLICIES, UNITS } from '../format/types';
import type { PathSegment } from '../problems';

// The add-in runs under a Content-Security-Policy without 'unsafe-eval', and
// zod's default fast path compiles parsers with `new Function`.
z.config({ jitless: true });

export const FORMAT_VERSION = 1;

/** Excel refuses more characters than this in one cell. */
export const MAX_TEXT_LENGTH = 32767;

/** Levels of `lines` below an initiative; the layout indents each level. */
export const MAX_LINE_DEPTH = 8;

/**
 * Beyond this many levels the structure is not examined at all: zod and the
 * checks recurse once per level, and a hostile file could nest thousands deep.
 */
export const MAX_EXAMINED_DEPTH = 32;

/** Letters (any alphabet, so "børn_1" works), digits and _, starting with a letter. */
export const ID_PATTERN = /^\p{L}[\p{L}\p{Nd}_]*$/u;

/** A key of an amounts object: a four-digit year. */
export const YEAR_KEY_PATTERN = /^[1-9]\d{3}$/;

export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

const idSchema = z.string().regex(ID_PATTERN);

export const amountRangeSchema = z
  .strictObject({
    min: z.number().meta({ description: 'The low end of the estimate.' }),
    max: z.number().meta({ description: 'The high end of the estimate; not below min.' }),
  })
  .meta({
    id: 'amountRange',
    description: 'An estimate given as a span, e.g. 5,5-6,9 mio. kr. is {"min": 5.5, "max": 6.9}.',
  });

export const amountSchema = z.union([z.number(), amountRangeSchema]).meta({
  id: 'amount',
  description: "One year's amount: a number (negative for savings) or a range.",
});

export const yearAmountsSchema = z.record(z.string().regex(YEAR_KEY_PATTERN), amountSchema).meta({
  description: 'From year ("2020") to amount; a year left out is not stated (blank, counts as 0).',
});

export const amountsSpecSchema = z
  .union([z.number(), amountRangeSchema, yearAmountsSchema])
  .meta({
    id: 'amounts',
    description: 'One amount meaning "the same every year", or an object from year to amount.',
  });

export const lineSchema = z.strictObject({
  id: idSchema.meta({ description: 'Optional; unique in the file, like all initiative and line ids.' }).optional(),
  title: z.string().meta({ description: 'The text shown in the table.' }),
  number: z.string().meta({ description: 'The display number, e.g. "2" or "2.1".' }).optional(),
  kind: z.enum(KINDS).meta({ description: 'Operating (drift) or capital (anlæg); default operating.' }).optional(),
  note: z.string().meta({ description: 'A remark shown with the row.' }).optional(),
  unit: z.enum(UNITS).meta({ description: "Overrides the file's unit for this node and everything below it." }).optional(),
  amounts: amountsSpecSchema.optional(),
  frame: amountsSpecSchema
    .meta({ description: 'A frame or pool (ramme, pulje); only beside lines. The node totals to it.' })
    .optional(),
  // A getter, not a spread of shared fields: only a getter lets TypeScript infer the recursive type.
  get lines() {
    return z.array(lineSchema).optional();
  },
});

/**
 * What an initiative shares with a line item: every field but the line's optional `id` and
 * `lines`. Taken from the finished line schema, so its type is already inferred. (`lines`
 * gets its own schema below: one instance in both would be a separate definition in the
 * JSON Schema.)
 */
const { id: _lineId, lines: _lines, ...nodeShape } = lineSchema.shape;

export const initiativeSchema = z.strictObject({
  id: idSchema.meta({ description: 'Unique in the file, like the ids of all lines.' }),
  committee: z.string().meta({ description: 'The id of a committee in "committees".' }),
  funding: z
    .enum(FUNDINGS)
    .meta({
      description:
        'The kind of money, inherited by the lines: new (asked for; the default), existing (already in the budget) or reprioritised (moved within the committee: budget-neutral). Only new money counts in the totals.',
    })
    .optional(),
  chosen: z
    .boolean()
    .meta({ description: "Chosen at the seminar: the workbook's Med (Include) column says Ja or Nej. Default true." })
    .optional(),
  pool: z.string().meta({ description: 'The id of a pool in "pools" the initiative is paid from.' }).optional(),
  ...nodeShape,
  lines: z.array(lineSchema).optional(),
});

// Registered rather than chained with .meta(), which would hide the recursive type from inference.
z.globalRegistry.add(lineSchema, { id: 'line', description: 'A line item: amounts, or lines of its own, or neither.' });
z.globalRegistry.add(initiativeSchema, {
  id: 'initiative',
  description: 'An initiative: a line item with an id and a committee.',
});

export const committeeSchema = z
  .strictObject({
    id: idSchema.meta({ description: 'Unique among the committees.' }),
    name: z.string().meta({ description: 'The name shown in the tables.' }),
  })
  .meta({ id: 'committee' });

export const poolSchema = z
  .strictObject({
    id: idSchema.meta({ description: 'Unique among the pools.' }),
    name: z.string().meta({ description: 'The name shown on the overview, e.g. "Pulje til politisk prioritering".' }),
    amounts: amountsSpecSchema.meta({ description: 'The pool per year, like a frame: one amount for every year, or per year.' }),
  })
  .meta({ id: 'pool', description: 'A pool (pulje): an amount per year to be spent on the initiatives that name it.' });

export const initiativeFileSchema = z
  .strictObject({
    formatVersion: z.literal(FORMAT_VERSION),
    title: z.string().meta({ description: 'The title of the document.' }),
    unit: z.enum(UNITS).meta({ description: 'The unit the amounts and the report are in.' }),
    priceLevel: z.string().meta({ description: 'E.g. "2019 P/L".' }).optional(),
    years: z.array(z.number()).min(1).meta({ description: 'The budget years: ascending, unique, four digits.' }),
    rangePolicy: z
      .enum(RANGE_POLICIES)
      .meta({ description: 'Which end of a range counts in the totals; default high.' })
      .optional(),
    committees: z.array(committeeSchema).min(1),
    pools: z.array(poolSchema).optional(),
    initiatives: z.array(initiativeSchema),
  })
  .meta({
    title: 'Budget Tables initiative file',
    description: 'Format version 1; the rules are in docs/format.md.',
  });

/** The allowed fields of each kind of object, in the order docs/format.md lists them. */
export const FILE_FIELDS: readonly string[] = Object.keys(initiativeFileSchema.shape);
export const COMMITTEE_FIELDS: readonly string[] = Object.keys(committeeSchema.shape);
export const INITIATIVE_FIELDS: readonly string[] = Object.keys(initiativeSchema.shape);
export const LINE_FIELDS: readonly string[] = Object.keys(lineSchema.shape);
export const POOL_FIELDS: readonly string[] = Object.keys(poolSchema.shape);
export const RANGE_FIELDS: readonly string[] = Object.keys(amountRangeSchema.shape);

/** The allowed fields of the object at a path; the schema fixes every key on the way, so the path tells the kind. */
export function fieldsAt(path: readonly PathSegment[]): readonly string[] {
  if (path.length === 0) return FILE_FIELDS;
  if (path.includes('amounts') || path.includes('frame')) return RANGE_FIELDS;
  if (path.length === 2 && path[0] === 'committees') return COMMITTEE_FIELDS;
  if (path.length === 2 && path[0] === 'pools') return POOL_FIELDS;
  if (path.length === 2 && path[0] === 'initiatives') return INITIATIVE_FIELDS;
  return LINE_FIELDS;
}

/** The JSON Schema committed as docs/initiative-file.schema.json. */
export function initiativeFileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(initiativeFileSchema);
}
