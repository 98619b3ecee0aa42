/**
 * One kind of quotes (docs/format.md, F10): user text in a message is »…« in Danish and “…” in
 * English, in every message of the catalogue, whatever code put the text there.
 */
import { catalog, renderMessage, type MessageCode } from '../../../../src/core/i18n/catalog';
import { joinAsSentence, quote } from '../../../../src/core/i18n/quotes';
import { loadDefinitions } from '../../../../src/core/load';

/** Straight quotes that are what the user types, not quotation: JSON examples and the CSV quote character. */
const TYPED = [/\{"[^}]*\}/g, /\("\)/g, /""/g];

function withoutTyped(text: string): string {
  return TYPED.reduce((rest, pattern) => rest.replace(pattern, ''), text);
}

describe('user text is quoted »…« in Danish and “…” in English', () => {
  test('[F10] the one helper', () => {
    expect([quote('Kræftpakker', 'da'), quote('Kræftpakker', 'en')]).toEqual(['»Kræftpakker«', '“Kræftpakker”']);
    expect([joinAsSentence(['a'], 'da'), joinAsSentence(['a', 'b'], 'da'), joinAsSentence(['a', 'b', 'c'], 'en')]).toEqual(['a', 'a og b', 'a, b and c']);
  });

  test('[F10] no message of the catalogue quotes with straight quotes, and each language uses only its own marks', () => {
    const entries = Object.entries(catalog);
    expect(entries.filter(([, message]) => withoutTyped(message.da).includes('"') || withoutTyped(message.en).includes('"')).map(([code]) => code)).toEqual([]);
    expect(entries.filter(([, message]) => /[“”]/.test(message.da) || /[»«]/.test(message.en)).map(([code]) => code)).toEqual([]);
    const balanced = (text: string, open: string, close: string): boolean => text.split(open).length === text.split(close).length;
    expect(entries.filter(([, message]) => !balanced(message.da, '»', '«') || !balanced(message.en, '“', '”')).map(([code]) => code)).toEqual([]);
  });

  test('[F10] every message has the same placeholders, quoting included, in Danish and English', () => {
    const placeholders = (text: string): string[] => [...text.matchAll(/\{\w+(?::\w+)?\}/g)].map((m) => m[0]).sort();
    const differing = Object.entries(catalog).filter(([, message]) => placeholders(message.da).join() !== placeholders(message.en).join());
    expect(differing.map(([code]) => code)).toEqual([]);
  });

  test('[F10] a message quoting a title, a list of names and a value the file spells in JSON', () => {
    const file = {
      formatVersion: 1,
      title: 'B',
      years: [2020],
      committees: [{ id: 'sundhed', name: 'Sundhed' }, { id: 'regional', name: 'Regional' }],
      initiatives: [
        { id: 'a', committee: 'kultur', title: 'Teater', amounts: 1 },
        { id: 'b', committee: 'sundhed', title: 'Akut', kind: 'anlæg', amounts: 1 },
      ],
    };
    const { problems } = loadDefinitions({ fileName: 'b.json', bytes: new TextEncoder().encode(JSON.stringify(file)) });
    const say = (code: MessageCode) => {
      const problem = problems.find((p) => p.code === code);
      if (problem === undefined) throw new Error(`no ${code}`);
      return [renderMessage(code, 'da', problem.params), renderMessage(code, 'en', problem.params)];
    };
    expect(say('unknownCommittee')).toEqual([
      'Udvalget »kultur« findes ikke i listen over udvalg (»sundhed«, »regional«).',
      'The committee “kultur” is not in the list of committees (“sundhed”, “regional”).',
    ]);
    expect(say('kindInvalid')).toEqual([
      'Arten skal være »operating« (drift) eller »capital« (anlæg), men er »anlæg«.',
      'The kind must be “operating” or “capital”, but is “anlæg”.',
    ]);
    // The parameters stay the same in both languages, for programs: names bare, values as JSON spells them.
    expect(problems.find((p) => p.code === 'unknownCommittee')?.params).toEqual({ committee: 'kultur', committees: 'sundhed, regional' });
    expect(problems.find((p) => p.code === 'kindInvalid')?.params).toEqual({ actual: '"anlæg"' });
  });

  test('[F10] a number, an object and a list cut short keep their form', () => {
    expect(renderMessage('formatVersionUnknown', 'da', { actual: '2' })).toBe('Filen er i formatversion 2, men programmet kender kun version 1. Resten af filen er ikke kontrolleret.');
    expect(renderMessage('expectedAmount', 'en', { actual: '{…}' })).toBe('Expected an amount – a number such as 5.5 or a range such as {"min": 5.5, "max": 6.9} – got {…}.');
    expect(renderMessage('unknownPool', 'da', { pool: 'x', pools: 'a, b, …' })).toBe('Puljen »x« findes ikke i listen over puljer (»a«, »b«, …).');
  });
});
