/**
 * Holds every spec's rule IDs against the tests: each rule a doc defines has a test titled
 * with its ID, each ID a test title names is defined, and no ID is defined twice. Each letter
 * belongs to one doc, so "R3" can only ever mean one rule.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..', '..');

/** The doc that defines each rule letter. M (manual checks) are walked by a person, not tested. */
const ruleOwners: Record<string, string> = {
  F: 'docs/format.md',
  V: 'docs/format.md',
  T: 'docs/format.md',
  C: 'docs/format-csv.md',
  L: 'docs/layout.md',
  S: 'docs/readback.md',
  W: 'docs/readback.md',
  R: 'docs/readback.md',
  I: 'docs/readback.md',
  E: 'docs/architecture.md',
  B: 'docs/architecture.md',
  Q: 'docs/architecture.md',
  X: 'docs/architecture.md',
  D: 'docs/rounds.md',
  O: 'docs/cli.md',
  M: 'docs/TESTING.md',
};
const untestedLetters = new Set(['M']);

interface Definition {
  id: string;
  doc: string;
  line: number;
}

/** Where a rule is defined: a heading "### V7. …", a bullet "- **S1 …**" or "- **X1**", a table row "| I1 |". */
const definitionPattern = /^(?:#{2,4} |- \*\*\[?|\| )([A-Z])(\d{1,3})(?=[.\] *|]|\s)/;

function definitions(): Definition[] {
  const docs = [...new Set(Object.values(ruleOwners))];
  return docs.flatMap((doc) =>
    readFileSync(join(root, doc), 'utf8')
      .split('\n')
      .flatMap((text, index) => {
        const match = definitionPattern.exec(text);
        return match ? [{ id: `${match[1]}${match[2]}`, doc, line: index + 1 }] : [];
      }),
  );
}

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : testFiles(path);
    return /\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** "[S1]–[S5]" names S1 to S5; "[V11] [V12]" names both. */
function idsInLeadingTags(tags: string): string[] {
  const ids: string[] = [];
  for (const part of tags.matchAll(/\[([A-Z])(\d+)\](?:\s*[–-]\s*\[\1(\d+)\])?/g)) {
    const letter = part[1] as string;
    const from = Number(part[2]);
    const to = part[3] === undefined ? from : Number(part[3]);
    for (let n = from; n <= to; n += 1) ids.push(`${letter}${n}`);
  }
  return ids;
}

/** Rule IDs that open the titles of tests and describe blocks, with the file naming each. */
function testedIds(): Map<string, string[]> {
  const tested = new Map<string, string[]>();
  for (const file of testFiles(join(root, 'tests'))) {
    const source = readFileSync(file, 'utf8');
    for (const title of source.matchAll(/\b(?:test|it|describe)(?:\.each\([^)]*\))?\(\s*['"`]((?:\[[A-Z]\d+\](?:\s*[–-]\s*)?\s*)+)/g)) {
      for (const id of idsInLeadingTags(title[1] ?? '')) {
        tested.set(id, [...(tested.get(id) ?? []), relative(root, file)]);
      }
    }
  }
  return tested;
}

test('each rule letter is defined in its own doc, and no rule ID is defined twice', () => {
  const all = definitions();
  const misplaced = all.filter((rule) => ruleOwners[rule.id[0] as string] !== rule.doc);
  expect(misplaced).toEqual([]);
  const seen = new Map<string, Definition>();
  const repeated = all.filter((rule) => {
    const first = seen.get(rule.id);
    seen.set(rule.id, first ?? rule);
    return first !== undefined;
  });
  expect(repeated).toEqual([]);
  expect(all.length).toBeGreaterThan(100);
});

test('every rule a doc defines has a test titled with its ID', () => {
  const tested = testedIds();
  const untested = definitions()
    .filter((rule) => !untestedLetters.has(rule.id[0] as string) && !tested.has(rule.id))
    .map((rule) => `${rule.doc}:${rule.line} ${rule.id}`);
  expect(untested).toEqual([]);
});

test('every rule ID a test title names is defined in a doc', () => {
  const defined = new Set(definitions().map((rule) => rule.id));
  const undefinedIds = [...testedIds()]
    .filter(([id]) => !defined.has(id))
    .map(([id, files]) => `${id} in ${[...new Set(files)].join(', ')}`);
  expect(undefinedIds).toEqual([]);
});
