import { validateDefinitions } from '../../../../src/core/validate';
import { check, fileWith, initiative, onlyMessage, summary, validFile } from './helpers';

test('the helper file is valid, so every other test breaks exactly one thing', () => {
  const result = validateDefinitions(validFile());
  expect(result.problems).toEqual([]);
  expect(result.file).toEqual(validFile());
});

describe('F2 format version', () => {
  test('[F2] reports only the unknown version when formatVersion is another number', () => {
    const document = { ...validFile(), formatVersion: 2, ammounts: 1, title: '' };
    const result = validateDefinitions(document);
    expect(check(document)).toEqual(['formatVersionUnknown at formatVersion']);
    expect(result.file).toBeUndefined();
    expect(onlyMessage(result)).toEqual({
      da: 'Filen er i formatversion 2, men programmet kender kun version 1. Resten af filen er ikke kontrolleret.',
      en: 'The file is in format version 2, but the program only knows version 1. The rest of the file was not checked.',
    });
  });

  test('[F2] reports a formatVersion that is not a number and checks the rest', () => {
    const document = { ...validFile(), formatVersion: '1', title: '' };
    expect(check(document)).toEqual(['formatVersionInvalid at formatVersion', 'emptyText at title']);
    const [problem] = validateDefinitions({ ...validFile(), formatVersion: '1' }).problems;
    expect(problem?.params).toEqual({ actual: '"1"' });
  });

  test('[F2] a missing formatVersion is a missing field', () => {
    const { formatVersion: _omitted, ...document } = validFile();
    expect(check(document)).toEqual(['missingField at formatVersion']);
  });
});

describe('F3 required fields', () => {
  test('[F3] reports every missing required field at its own path', () => {
    const document = {
      formatVersion: 1,
      years: [2020],
      committees: [{ id: 'sundhed' }],
      initiatives: [{ committee: 'sundhed' }, { id: 'b', committee: 'sundhed', title: 'B', lines: [{ amounts: 1 }] }],
    };
    // Missing fields come first in their object, in the order the format lists them.
    expect(check(document)).toEqual([
      'missingField at title',
      'missingField at unit',
      'missingField at committees[0].name',
      'missingField at initiatives[0].id',
      'missingField at initiatives[0].title',
      'missingField at initiatives[1].lines[0].title',
    ]);
  });

  test('[F3] a range needs both min and max', () => {
    expect(check(fileWith(initiative({ amounts: { '2021': { min: 5.5 } } })))).toEqual([
      'missingField at initiatives[0].amounts.2021.max',
    ]);
  });

  test('[F3] the message names the field', () => {
    const { title: _omitted, ...document } = validFile();
    expect(onlyMessage(validateDefinitions(document))).toEqual({
      da: 'Feltet »title« mangler.',
      en: 'The field “title” is missing.',
    });
  });
});

describe('F4 types', () => {
  test('[F4] names the expected type and shows the value', () => {
    const document = {
      ...validFile(),
      title: 7,
      years: '2020',
      committees: { id: 'sundhed' },
      initiatives: [initiative({ number: 2, note: null, lines: 'none' })],
    };
    expect(check(document)).toEqual([
      'expectedText at title',
      'expectedList at years',
      'expectedList at committees',
      'expectedText at initiatives[0].number',
      'expectedText at initiatives[0].note',
      'expectedList at initiatives[0].lines',
    ]);
  });

  test('[F4] a number written as Danish text gets the decimal-point hint', () => {
    const result = validateDefinitions(fileWith(initiative({ amounts: { '2021': { min: '5,5', max: 6.9 } } })));
    expect(summary(result.problems)).toEqual(['expectedNumber at initiatives[0].amounts.2021.min']);
    expect(onlyMessage(result)).toEqual({
      da: 'Forventede et tal, men fik »5,5«. I en JSON-fil skrives tal uden anførselstegn og med punktum som decimaltegn, f.eks. 5.5.',
      en: 'Expected a number, got “5,5”. In a JSON file, numbers are written without quotes and with a decimal point, e.g. 5.5.',
    });
  });

  test('[F4] amounts that are none of number, range or years', () => {
    const document = fileWith(
      initiative({
        lines: [
          { title: 'a', amounts: 'fem' },
          { title: 'b', amounts: [5] },
          { title: 'c', amounts: { '2020': true, '2021': { '2022': 1 } } },
        ],
      }),
    );
    expect(check(document)).toEqual([
      'expectedAmounts at initiatives[0].lines[0].amounts',
      'expectedAmounts at initiatives[0].lines[1].amounts',
      'expectedAmount at initiatives[0].lines[2].amounts.2020',
      'expectedAmount at initiatives[0].lines[2].amounts.2021',
    ]);
    const [first] = validateDefinitions(document).problems;
    expect(first?.params).toEqual({ actual: '"fem"' });
  });

  test('[F4] objects and lists are shown by shape, long texts shortened', () => {
    const document = { ...validFile(), committees: [['sundhed']], title: 'x', priceLevel: { year: 2019 } };
    const result = validateDefinitions(document);
    expect(summary(result.problems)).toEqual(['expectedText at priceLevel', 'expectedObject at committees[0]']);
    expect(result.problems.map((p) => p.params.actual)).toEqual(['{…}', '[…]']);
    const long = validateDefinitions({ ...validFile(), unit: 'x'.repeat(100) }).problems[0];
    expect(long?.params.actual).toBe(`"${'x'.repeat(39)}…"`);
  });
});

describe('F5 unknown fields', () => {
  test('[F5] rejects a misspelt field and suggests the right one', () => {
    const result = validateDefinitions(fileWith(initiative({ ammounts: { '2020': 5.0 } })));
    expect(summary(result.problems)).toEqual(['unknownFieldDidYouMean at initiatives[0].ammounts']);
    expect(onlyMessage(result)).toEqual({
      da: 'Feltet »ammounts« kendes ikke. Mente du »amounts«?',
      en: 'Unknown field “ammounts”. Did you mean “amounts”?',
    });
  });

  test('[F5] suggests the English name for a Danish one and the right case', () => {
    const { title: _title, ...rest } = validFile();
    const document = {
      Title: 'Budget',
      ...rest,
      committees: [{ id: 'sundhed', navn: 'Sundhedsudvalget', name: 'Sundhedsudvalget' }],
      initiatives: [initiative({ beløb: 5, linjer: [] })],
    };
    const result = validateDefinitions(document);
    expect(summary(result.problems)).toEqual([
      'missingField at title',
      'unknownFieldDidYouMean at Title',
      'unknownFieldDidYouMean at committees[0].navn',
      'unknownFieldDidYouMean at initiatives[0].beløb',
      'unknownFieldDidYouMean at initiatives[0].linjer',
    ]);
    expect(result.problems.map((p) => p.params.suggestion)).toEqual([undefined, 'title', 'name', 'amounts', 'lines']);
  });

  test('[F5] lists the allowed fields when nothing is close, per kind of object', () => {
    const document = fileWith(
      initiative({ lines: [{ title: 'a', budget: 1 }], frame: { min: 1, max: 2, estimate: 3 } }),
    );
    const result = validateDefinitions(document);
    expect(summary(result.problems)).toEqual([
      'unknownField at initiatives[0].lines[0].budget',
      'unknownField at initiatives[0].frame.estimate',
    ]);
    expect(result.problems[0]?.params.allowed).toBe('id, title, number, kind, note, unit, amounts, frame, lines');
    expect(result.problems[1]?.params.allowed).toBe('min, max');
    const message = validateDefinitions({ ...validFile(), author: 'x' }).problems[0];
    expect(message?.params.allowed).toBe(
      'formatVersion, title, unit, priceLevel, years, rangePolicy, committees, pools, initiatives',
    );
  });

  test('[F5] an initiative field is unknown on a line', () => {
    const document = fileWith(initiative({ lines: [{ title: 'a', committee: 'sundhed', amounts: 1 }] }));
    expect(check(document)).toEqual(['unknownField at initiatives[0].lines[0].committee']);
  });
});

describe('F6 allowed values', () => {
  test('[F6] rejects a unit, kind or range policy outside the allowed values', () => {
    const document = {
      ...validFile(),
      unit: 'mio.kr.',
      rangePolicy: 'max',
      initiatives: [initiative({ kind: 'drift', unit: 'DKK', amounts: 1 })],
    };
    const result = validateDefinitions(document);
    expect(summary(result.problems)).toEqual([
      'unitInvalid at unit',
      'kindInvalid at initiatives[0].kind',
      'unitInvalid at initiatives[0].unit',
      'rangePolicyInvalid at rangePolicy',
    ]);
    expect(result.problems.map((p) => p.params.actual)).toEqual(['"mio.kr."', '"drift"', '"DKK"', '"max"']);
  });

  test('[F6] rejects a funding outside new, existing and reprioritised, and funding on a line', () => {
    const document = fileWith(initiative({ funding: 'eksisterende', lines: [{ title: 'Linje', funding: 'new', amounts: 1 }] }));
    const result = validateDefinitions(document);
    expect(summary(result.problems)).toEqual(['fundingInvalid at initiatives[0].funding', 'unknownField at initiatives[0].lines[0].funding']);
    expect(result.problems[0]?.params.actual).toBe('"eksisterende"');
  });

  test('[F6] accepts each kind of money on an initiative', () => {
    for (const funding of ['new', 'existing', 'reprioritised']) {
      expect(validateDefinitions(fileWith(initiative({ funding, amounts: 1 }))).problems).toEqual([]);
    }
  });

  test('[F6] the kind message explains the Danish terms', () => {
    const result = validateDefinitions(fileWith(initiative({ kind: 'anlæg' })));
    expect(onlyMessage(result)).toEqual({
      da: 'Arten skal være »operating« (drift) eller »capital« (anlæg), men er »anlæg«.',
      en: 'The kind must be “operating” or “capital”, but is “anlæg”.',
    });
  });
});

describe('F7 id syntax', () => {
  test('[F7] rejects ids that do not start with a letter or contain other characters', () => {
    const document = {
      ...validFile(),
      committees: [
        { id: 'sundhed', name: 'Sundhedsudvalget' },
        { id: 'regional udvikling', name: 'Regional udvikling' },
      ],
      initiatives: [
        initiative({ id: '2a' }),
        initiative({ id: 'b', lines: [{ id: 'b-1', title: 'x' }, { id: '', title: 'y' }, { id: '_c', title: 'z' }] }),
      ],
    };
    expect(check(document)).toEqual([
      'idInvalid at committees[1].id',
      'idInvalid at initiatives[0].id',
      'idInvalid at initiatives[1].lines[0].id',
      'idInvalid at initiatives[1].lines[1].id',
      'idInvalid at initiatives[1].lines[2].id',
    ]);
  });

  test('[F7] accepts letters of any alphabet, digits and _', () => {
    const document = fileWith(initiative({ id: 'børn_2020', lines: [{ id: 'Æble_1', title: 'x' }, { id: 'x9', title: 'y' }] }));
    expect(check(document)).toEqual([]);
  });

  test('[F7] the message shows the id and the rule', () => {
    expect(onlyMessage(validateDefinitions(fileWith(initiative({ id: '2a' }))))).toEqual({
      da: 'Id\'et »2a« er ugyldigt: et id består af bogstaver, cifre og _ og begynder med et bogstav, f.eks. »sundhed_1«.',
      en: 'The id “2a” is not valid: an id consists of letters, digits and _ and starts with a letter, e.g. “health_1”.',
    });
  });
});

describe('F8 year keys', () => {
  test('[F8] rejects keys of an amounts object that are not four-digit years', () => {
    const document = fileWith(initiative({ lines: [{ title: 'a', amounts: { '2020': 1, '21': 2, år2022: 3 } }] }));
    const result = validateDefinitions(document);
    expect(summary(result.problems)).toEqual([
      'yearKeyInvalid at initiatives[0].lines[0].amounts.21',
      'yearKeyInvalid at initiatives[0].lines[0].amounts.år2022',
    ]);
    expect(result.problems[0]?.params).toEqual({ actual: '"21"' });
  });

  test('[F8] applies to frames too', () => {
    const document = fileWith(initiative({ frame: { '0999': 65.5 }, lines: [] }));
    expect(check(document)).toEqual(['yearKeyInvalid at initiatives[0].frame.0999']);
  });
});

describe('F9 non-empty lists', () => {
  test('[F9] rejects a file with no committees and no years', () => {
    const result = validateDefinitions({ ...validFile(), years: [], committees: [], initiatives: [] });
    expect(summary(result.problems)).toEqual(['yearsEmpty at years', 'committeesEmpty at committees']);
    expect(result.problems.map((p) => p.code)).toEqual(['yearsEmpty', 'committeesEmpty']);
  });

  test('[F9] accepts a file with no initiatives yet', () => {
    expect(check({ ...validFile(), initiatives: [] })).toEqual([]);
  });
});
