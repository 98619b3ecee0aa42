/** The UI message catalogue: Danish and English have the same keys and every text is filled. */
import { da } from '../../../src/taskpane/i18n/da';
import { en } from '../../../src/taskpane/i18n/en';
import { messagesFor } from '../../../src/taskpane/i18n/messages';

type Tree = Record<string, unknown>;

/** Every leaf as [path, value]; functions are called with sample arguments so their text is checked too. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'function') return [[path, String((value as (...args: unknown[]) => unknown)('X', 'Y', 'Z'))]];
    if (typeof value === 'object' && value !== null) return leaves(value as Tree, path);
    return [[path, String(value)]];
  });
}

test('Danish and English have exactly the same keys', () => {
  expect(leaves(en).map(([path]) => path)).toEqual(leaves(da).map(([path]) => path));
});

test('every text is filled, in both languages, and the two differ where they should', () => {
  for (const [path, text] of [...leaves(da), ...leaves(en)]) expect({ path, empty: text.trim() === '' || text.includes('undefined') }).toEqual({ path, empty: false });
  const same = leaves(da).filter(([path, text]) => leaves(en).find(([p]) => p === path)?.[1] === text).map(([path]) => path);
  // Language names are written in their own language in both catalogues; a span "5,5–6,9"
  // is the same in both; everything else is translated.
  expect(same.filter((path) => !path.startsWith('languageNames'))).toEqual(['span']);
});

test('Danish is the default; each language gets its own catalogue', () => {
  expect(messagesFor('da')).toBe(da);
  expect(messagesFor('en')).toBe(en);
  expect(da.writeButton).toBe('Skriv til projektmappen');
  expect(en.writeButton).toBe('Write to workbook');
});

test('counts are worded with the right plural', () => {
  expect([da.reportWarnings(1), da.reportWarnings(3), en.reportErrors(1), en.reportErrors(2)]).toEqual(['1 advarsel.', '3 advarsler.', '1 error must be fixed before anything can be written.', '2 errors must be fixed before anything can be written.']);
  expect([da.initiativeCount(1), da.initiativeCount(4), en.initiativeCount(1)]).toEqual(['1 emne', '4 emner', '1 initiative']);
  expect([da.findingsHeading(1), en.findingsHeading(2)]).toEqual([
    'Kontrollen fandt 1 sted, hvor tabellerne ikke længere er, som de blev bygget.',
    'The check found 2 places where the tables are no longer as they were built.',
  ]);
  expect([da.liveErrors(1), en.readBackErrors(3)]).toEqual([
    'Ændringerne i projektmappen giver 1 fejl, så totalerne kan ikke regnes. Læs ændringerne for at se den.',
    'The definitions read have 3 errors. Fix them in the workbook before the definitions can be used.',
  ]);
});
