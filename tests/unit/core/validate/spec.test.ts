/**
 * Holds docs/format.md, the JSON Schema, the message catalogue and the tests
 * against each other, so none of them can drift from the validator unnoticed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validationMessages } from '../../../../src/core/i18n/messages/validation';
import { initiativeFileJsonSchema, validateDefinitions } from '../../../../src/core/validate';
import { summary, validFile } from './helpers';

const root = join(__dirname, '..', '..', '..', '..');
const specPath = join(root, 'docs', 'format.md');
const schemaPath = join(root, 'docs', 'initiative-file.schema.json');
const spec = readFileSync(specPath, 'utf8');

/** Rule IDs as the spec defines them: headings like "### V7. Amounts are for the budget years". */
function specRuleIds(): string[] {
  return [...spec.matchAll(/^### ([FV]\d+)\. /gm)].map((match) => match[1] as string);
}

/** Rule IDs that start test titles in this directory, e.g. "[V7] rejects …" or "[V11] [V12] apply …". */
function testedRuleIds(): Set<string> {
  const ids = new Set<string>();
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.ts'))) {
    const source = readFileSync(join(__dirname, file), 'utf8');
    for (const title of source.matchAll(/\b(?:test|it)\(\s*(['"`])((?:\[[FV]\d+\]\s*)+)/g)) {
      for (const id of (title[2] ?? '').matchAll(/\[([FV]\d+)\]/g)) ids.add(id[1] as string);
    }
  }
  return ids;
}

test('the spec numbers its rules F1, F2, … and V1, V2, … without gaps or repeats', () => {
  const ids = specRuleIds();
  const numbers = (prefix: string) => ids.filter((id) => id.startsWith(prefix)).map((id) => Number(id.slice(1)));
  expect(numbers('F')).toEqual(Array.from({ length: numbers('F').length }, (_, i) => i + 1));
  expect(numbers('V')).toEqual(Array.from({ length: numbers('V').length }, (_, i) => i + 1));
  expect(ids.length).toBeGreaterThanOrEqual(20);
});

test('every rule in docs/format.md has a test titled with its ID', () => {
  const tested = testedRuleIds();
  expect(specRuleIds().filter((id) => !tested.has(id))).toEqual([]);
});

test('every rule ID in a test title is a rule in docs/format.md', () => {
  const specified = new Set(specRuleIds());
  expect([...testedRuleIds()].filter((id) => !specified.has(id))).toEqual([]);
});

test('every validation message code is named in docs/format.md', () => {
  const missing = Object.keys(validationMessages).filter((code) => !spec.includes(`\`${code}\``));
  expect(missing).toEqual([]);
});

test('every validation message has the same placeholders in Danish and English', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{\w+(?::\w+)?\}/g)].map((m) => m[0]).sort();
  for (const [code, message] of Object.entries(validationMessages)) {
    expect({ code, placeholders: placeholders(message.da) }).toEqual({ code, placeholders: placeholders(message.en) });
    expect(message.da.trim()).not.toBe('');
    expect(message.en.trim()).not.toBe('');
  }
});

test('the committed JSON Schema is the one generated from the validator (UPDATE_SCHEMA=1 rewrites it)', () => {
  const generated = `${JSON.stringify(initiativeFileJsonSchema(), null, 2)}\n`;
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync(schemaPath, generated);
  expect(readFileSync(schemaPath, 'utf8')).toBe(generated);
});

test('the JSON Schema describes the shape of a valid file', () => {
  const schema = initiativeFileJsonSchema() as {
    required: string[];
    additionalProperties: boolean;
    $defs: Record<string, { required?: string[]; additionalProperties?: unknown }>;
  };
  expect(schema.required).toEqual(['formatVersion', 'title', 'unit', 'years', 'committees', 'initiatives']);
  expect(schema.additionalProperties).toBe(false);
  expect(schema.$defs.initiative?.required).toEqual(['id', 'committee', 'title']);
  expect(schema.$defs.line?.required).toEqual(['title']);
  expect(schema.$defs.amountRange?.additionalProperties).toBe(false);
});

/**
 * Every ```json example in the spec is valid: a whole file, or one initiative
 * checked inside a file with the example's committee and the years 2020-2023.
 */
test('every JSON example in docs/format.md is valid', () => {
  const examples = [...spec.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((match) => JSON.parse(match[1] ?? '') as Record<string, unknown>);
  expect(examples.length).toBeGreaterThanOrEqual(2);
  for (const example of examples) {
    const document =
      'formatVersion' in example
        ? example
        : { ...validFile(), committees: [{ id: example.committee, name: 'Udvalg' }], initiatives: [example] };
    expect(summary(validateDefinitions(document).problems)).toEqual([]);
  }
});
