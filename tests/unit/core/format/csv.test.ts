/** The CSV form, rule by rule (docs/format-csv.md, C2-C15; C1 is in encoding.test.ts, C6-C8 in numbers.test.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { titleFromFileName } from '../../../../src/core/format/csv';
import { formatProblem } from '../../../../src/core/i18n/formatProblem';
import { csvMessages } from '../../../../src/core/i18n/messages/csv';
import { at, doc, err, parseText, rows, warn } from './helpers';

const HEADER = 'Udvalg;Nr.;Emne;Linje;Type;2020;2021;Bemærkning';

describe('[C2] delimiter and number style', () => {
  it('[C2] a semicolon file has Danish numbers', () => {
    const result = parseText(rows('Udvalg;Emne;2021', 'A;B;1.320,5'));
    expect(result.delimiter).toBe(';');
    expect(doc(result).initiatives[0]?.amounts).toEqual({ '2021': 1320.5 });
  });

  it('[C2] a comma file has English numbers, quoted when grouped', () => {
    const result = parseText(rows('Committee,Initiative,2021,2022', 'A,B,"1,320.5",5.5'));
    expect(result.delimiter).toBe(',');
    expect(result.problems).toEqual([]);
    expect(doc(result).initiatives[0]?.amounts).toEqual({ '2021': 1320.5, '2022': 5.5 });
  });

  it('[C2] a tab file has Danish numbers', () => {
    const result = parseText(rows('Udvalg\tEmne\t2021\t2022', 'A\tB\t1.320,5\t5,5'));
    expect(result.delimiter).toBe('\t');
    expect(doc(result).initiatives[0]?.amounts).toEqual({ '2021': 1320.5, '2022': 5.5 });
  });

  it('[C2] delimiters inside quotes on the header line do not count', () => {
    const result = parseText(rows('Udvalg;Emne;"Note, a, b, c";2021', 'A;B;x;2,5'));
    expect(result.delimiter).toBe(';');
    expect(result.problems).toEqual([warn('csvUnknownColumn', at(1, 'Note, a, b, c'), { column: 'Note, a, b, c' })]);
  });

  it('[C2] on a tie the semicolon wins', () => {
    expect(parseText(rows('Udvalg;Emne,2021', 'A;B,1')).delimiter).toBe(';');
  });

  it('[C2] a "sep=" line sets the delimiter and counts as a line', () => {
    const result = parseText(rows('sep=,', 'Udvalg;x,Emne,2021', 'A,B,1.32', 'A,C,1,32'));
    expect(result.delimiter).toBe(',');
    expect(result.problems).toEqual([
      warn('csvUnknownColumn', at(2, 'Udvalg;x'), { column: 'Udvalg;x' }),
      err('csvMissingColumn', at(2), { column: 'Udvalg', alt: 'Committee' }),
      err('csvTooManyCells', at(4), { cells: 4, expected: 3 }),
    ]);
  });
});

describe('[C3] records, quotes and lines', () => {
  it('[C3] a line break inside a quoted note moves later rows down a line', () => {
    const result = parseText(rows('Udvalg;Emne;2021;Bemærkning', 'A;B;1;"første linje', 'anden linje"', 'A;C;1.32;'));
    expect(doc(result).initiatives[0]?.note).toBe('første linje\nanden linje');
    expect(result.problems).toEqual([err('csvNumberUseComma', at(4, '2021'), { text: '1.32', example: '1,32' })]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
  ])('[C3] %s line endings count lines alike', (_name, eol) => {
    const text = ['Udvalg;Emne;2021;Bemærkning', 'A;B;1;"x', 'y"', 'A;C;abc;'].join(eol);
    const result = parseText(text);
    expect(doc(result).initiatives[0]?.note).toBe('x\ny');
    expect(result.problems).toEqual([err('csvNumberInvalid', at(4, '2021'), { text: 'abc', example: '1.320,5' })]);
  });

  it('[C3] mixed line endings count lines alike', () => {
    const result = parseText('Udvalg;Emne;2021\r\nA;B;1\nA;C;2\rA;D;x\r\n');
    expect(result.problems).toEqual([err('csvNumberInvalid', at(4, '2021'), { text: 'x', example: '1.320,5' })]);
  });

  it('[C3] a doubled quotation mark inside quotes is one, and the delimiter inside quotes is text', () => {
    const result = parseText(rows('Udvalg;Emne;2021', '"Udvalg; A";"Citat ""her""";"5,5"'));
    expect(result.problems).toEqual([]);
    expect(doc(result).committees).toEqual([{ id: 'udvalg_a', name: 'Udvalg; A' }]);
    expect(doc(result).initiatives[0]).toMatchObject({ title: 'Citat "her"', amounts: { '2021': 5.5 } });
  });

  it('[C3] blank rows, also rows of bare delimiters, are ignored wherever they are', () => {
    const result = parseText(rows('', ' ', 'Udvalg;Emne;2021', ';;', '', 'A;B;1', ' ; ; ', 'A;C;x'));
    expect(result.problems).toEqual([err('csvNumberInvalid', at(8, '2021'), { text: 'x', example: '1.320,5' })]);
    expect(doc(result).initiatives.map((i) => i.title)).toEqual(['B', 'C']);
  });

  it('[C3] a row with more filled cells than the header is reported and left out', () => {
    const result = parseText(rows('Udvalg;Emne;2021', 'A;B;1', 'A;Kræftpakker; fase 2;3;x', 'A;D;2'));
    expect(result.problems).toEqual([err('csvTooManyCells', at(3), { cells: 5, expected: 3 })]);
    expect(doc(result).initiatives.map((i) => i.title)).toEqual(['B', 'D']);
  });

  it('[C3] a row as wide as the header with blank cells is fine; one cell wider is not, even if blank', () => {
    const result = parseText(rows('Udvalg;Emne;2021;;', 'A;B;1;;', 'A;C;1;;;'));
    expect(result.problems).toEqual([err('csvTooManyCells', at(3), { cells: 6, expected: 5 })]);
    expect(doc(result).initiatives.map((i) => i.title)).toEqual(['B']);
  });

  it('[C3] an unterminated quote is reported at its line and column', () => {
    const result = parseText(rows('Udvalg;Emne;2021;Bemærkning', 'A;B;1;ok', 'A;C;2;"aldrig lukket', 'A;D;3;x'));
    expect(result.problems).toEqual([err('csvUnterminatedQuote', at(3, 'Bemærkning'))]);
    expect(doc(result).initiatives.map((i) => i.title)).toEqual(['B']);
  });

  it('[C3] a quoted cell with text after its closing quote is reported and the row left out', () => {
    const result = parseText(rows('Udvalg;Emne;2021', 'A;B;1', 'A;"C" og "D";1', 'A;E;2'));
    expect(result.problems).toEqual([err('csvMalformedQuote', at(3, 'Emne'))]);
    expect(doc(result).initiatives.map((i) => i.title)).toEqual(['B', 'E']);
  });

  it('[C3] a malformed quote that nothing later closes is reported as both, the cause first', () => {
    const result = parseText(rows('Udvalg;Emne;2021', 'A;B;1', 'A;"C" og D;1', 'A;E;2'));
    expect(result.problems).toEqual([err('csvMalformedQuote', at(3, 'Emne')), err('csvUnterminatedQuote', at(3, 'Emne'))]);
    expect(doc(result).initiatives.map((i) => i.title)).toEqual(['B']);
  });
});

describe('[C4] header and columns', () => {
  it('[C4] Danish and English names match in any case and spacing', () => {
    const result = parseText(rows('  COMMITTEE ; nr ;initiative;LINE;kind;2021;note;UNIT', 'A;1;B;L;Drift;1;n;t.kr.'));
    expect(result.problems).toEqual([]);
    expect(doc(result).initiatives[0]).toEqual({
      id: 'a_1',
      committee: 'a',
      title: 'B',
      number: '1',
      lines: [{ title: 'L', kind: 'operating', unit: 't.kr.', note: 'n', amounts: { '2021': 1 } }],
    });
  });

  it('[C4] "Number" and "Nr." name the number column', () => {
    expect(doc(parseText(rows('Udvalg;Number;Emne;2021', 'A;7;B;1'))).initiatives[0]?.number).toBe('7');
    expect(doc(parseText(rows('Udvalg;Nr.;Emne;2021', 'A;7;B;1'))).initiatives[0]?.number).toBe('7');
  });

  it('[C4] an empty file, or one of blank lines, is csvEmpty and nothing more', () => {
    for (const text of ['', '\r\n\r\n', ';;;\n ; \n']) {
      const result = parseText(text);
      expect(result.document).toBeUndefined();
      expect(result.problems).toEqual([err('csvEmpty', { kind: 'file' })]);
    }
  });

  it('[C4] missing required columns are reported at the header line; cells are still checked; no document', () => {
    const result = parseText(rows('Nr.;Linje;2021', '1;L;1.32'));
    expect(result.document).toBeUndefined();
    expect(result.problems).toEqual([
      err('csvMissingColumn', at(1), { column: 'Udvalg', alt: 'Committee' }),
      err('csvMissingColumn', at(1), { column: 'Emne', alt: 'Initiative' }),
      err('csvNumberUseComma', at(2, '2021'), { text: '1.32', example: '1,32' }),
    ]);
  });

  it('[C4] a column given twice is reported at the second and ignored', () => {
    const result = parseText(rows('Udvalg;Emne;Committee;2021', 'A;B;X;1'));
    expect(result.problems).toEqual([err('csvDuplicateColumn', at(1, 'Committee'), { column: 'Committee', first: 'Udvalg' })]);
    expect(doc(result).committees).toEqual([{ id: 'a', name: 'A' }]);
  });

  it('[C4] an unknown column is a warning and ignored', () => {
    const result = parseText(rows('Udvalg;Emne;I alt;2021', 'A;B;99;1'));
    expect(result.problems).toEqual([warn('csvUnknownColumn', at(1, 'I alt'), { column: 'I alt' })]);
    expect(doc(result).initiatives[0]?.amounts).toEqual({ '2021': 1 });
  });

  it('[C4] a column without a header is a warning only when it has data', () => {
    expect(parseText(rows('Udvalg;;Emne;2021;', 'A;;B;1;')).problems).toEqual([]);
    const result = parseText(rows('Udvalg;;Emne;2021;', 'A;;B;1;', 'A;x;C;1;y', 'A;x;D;1;'));
    expect(result.problems).toEqual([warn('csvUnnamedColumn', at(1), { index: 2 }), warn('csvUnnamedColumn', at(1), { index: 5 })]);
    expect(doc(result).initiatives).toHaveLength(3);
  });
});

describe('[C5] year columns', () => {
  it('[C5] a year, or words then a year, is a year column', () => {
    const result = parseText(rows('Udvalg;Emne;Beløb 2020;Amount 2021;2022;B. i 2023', 'A;B;1;2;3;4'));
    expect(result.problems).toEqual([]);
    expect(doc(result).years).toEqual([2020, 2021, 2022, 2023]);
    expect(doc(result).initiatives[0]?.amounts).toEqual({ '2020': 1, '2021': 2, '2022': 3, '2023': 4 });
  });

  it('[C5] years keep the order of the columns (the validator wants them ascending)', () => {
    expect(doc(parseText(rows('Udvalg;Emne;2022;2020', 'A;B;1;2'))).years).toEqual([2022, 2020]);
  });

  it('[C5] a year-like header that is not a four-digit year is reported', () => {
    const result = parseText(rows('Udvalg;Emne;Beløb 21;20211;0999;2021', 'A;B;1;2;3;4'));
    expect(result.problems).toEqual([
      err('csvBadYearColumn', at(1, 'Beløb 21'), { column: 'Beløb 21' }),
      err('csvBadYearColumn', at(1, '20211'), { column: '20211' }),
      err('csvBadYearColumn', at(1, '0999'), { column: '0999' }),
    ]);
    expect(doc(result).years).toEqual([2021]);
    expect(doc(result).initiatives[0]?.amounts).toEqual({ '2021': 4 });
  });

  it('[C5] a second column for a year is reported and ignored', () => {
    const result = parseText(rows('Udvalg;Emne;2021;Beløb 2021', 'A;B;1;x'));
    expect(result.problems).toEqual([err('csvDuplicateYearColumn', at(1, 'Beløb 2021'), { column: 'Beløb 2021', year: '2021', first: '2021' })]);
    expect(doc(result).initiatives[0]?.amounts).toEqual({ '2021': 1 });
  });

  it('[C5] no year column at all is reported, and the document has no years', () => {
    const result = parseText(rows('Udvalg;Emne', 'A;B'));
    expect(result.problems).toEqual([err('csvNoYearColumns', at(1))]);
    expect(doc(result).years).toEqual([]);
  });
});

describe('[C6] [C7] numbers and ranges in cells', () => {
  it('[C6] a malformed number names the cell, says what was expected, and leaves only that cell out', () => {
    const result = parseText(rows('Udvalg;Emne;2020;2021;2022;2023;2024;2025;2026', 'A;B;1.32;1.2.3,4;12,3,4;1e5;abc;1234567890123456;7'));
    expect(result.problems).toEqual([
      err('csvNumberUseComma', at(2, '2020'), { text: '1.32', example: '1,32' }),
      err('csvNumberGrouping', at(2, '2021'), { text: '1.2.3,4', separator: '.', example: '1.320,5' }),
      err('csvNumberDecimals', at(2, '2022'), { text: '12,3,4', separator: ',' }),
      err('csvNumberExponent', at(2, '2023'), { text: '1e5', example: '100.000' }),
      err('csvNumberInvalid', at(2, '2024'), { text: 'abc', example: '1.320,5' }),
      err('csvNumberTooPrecise', at(2, '2025'), { text: '1234567890123456', max: 15 }),
    ]);
    expect(doc(result).initiatives[0]?.amounts).toEqual({ '2026': 7 });
  });

  it('[C6] the message for "1.32" in a Danish file says to use a decimal comma', () => {
    const [problem] = parseText(rows('Udvalg;Emne;2021', 'A;B;1.32')).problems;
    expect(problem && formatProblem(problem, 'da')).toBe('Fejl: linje 2, kolonne 2021: »1.32« er ikke et gyldigt tal; brug komma som decimaltegn, f.eks. 1,32.');
  });

  it('[C6] a comma file that writes Danish numbers is told to use a decimal point', () => {
    const result = parseText(rows('Udvalg,Emne,2021', 'A,B,"1,32"', 'A,C,"1.320,5"'));
    expect(result.problems).toEqual([
      err('csvNumberUsePoint', at(2, '2021'), { text: '1,32', example: '1.32' }),
      err('csvNumberUsePoint', at(3, '2021'), { text: '1.320,5', example: '1,320.5' }),
    ]);
  });

  it('[C7] ranges become min and max; a bad range names the range or its bad end', () => {
    const result = parseText(rows('Udvalg;Emne;2020;2021;2022;2023', 'A;B;5,5-6,9;5,5 – 6,9;1-2-3;5,5-6.9'));
    expect(result.problems).toEqual([
      err('csvRangeForm', at(2, '2022'), { text: '1-2-3', example: '5,5-6,9' }),
      err('csvNumberUseComma', at(2, '2023'), { text: '6.9', example: '6,9' }),
    ]);
    expect(doc(result).initiatives[0]?.amounts).toEqual({ '2020': { min: 5.5, max: 6.9 }, '2021': { min: 5.5, max: 6.9 } });
  });

  it('[C8] a row with only empty year cells has no amounts', () => {
    expect(doc(parseText(rows('Udvalg;Emne;2020;2021', 'A;B;;'))).initiatives[0]).toEqual({ id: 'a_1', committee: 'a', title: 'B' });
  });
});

/** The one initiative a CSV with `word` in the column `header` gives. */
function wordIn(header: string, word: string): Record<string, unknown> {
  const initiative = doc(parseText(rows(`Udvalg;Emne;${header};2021`, `A;B;${word};1`))).initiatives[0];
  // Thrown, not undefined: "no funding stated" must not pass for "no initiative read".
  if (initiative === undefined) throw new Error(`no initiative read from ${header} ${JSON.stringify(word)}`);
  return initiative;
}

describe('[C9] kind', () => {
  it.each([
    ['drift', 'operating'],
    ['DRIFT', 'operating'],
    ['Operating', 'operating'],
    ['anlæg', 'capital'],
    ['Anlæg', 'capital'],
    ['ANLÆG', 'capital'],
    ['anlaeg', 'capital'],
    ['capital', 'capital'],
  ])('[C9] %j is %s', (word, kind) => {
    expect(wordIn('Type', word).kind).toBe(kind);
  });

  it('[C9] an unknown kind is reported and left out', () => {
    const result = parseText(rows('Udvalg;Emne;Type;2021', 'A;B;investering;1'));
    expect(result.problems).toEqual([err('csvUnknownKind', at(2, 'Type'), { text: 'investering' })]);
    expect(doc(result).initiatives[0]).toEqual({ id: 'a_1', committee: 'a', title: 'B', amounts: { '2021': 1 } });
  });
});

describe('[C15] funding', () => {
  it.each([
    ['Ny', undefined],
    ['', undefined],
    ['new', undefined],
    ['Eksisterende', 'existing'],
    ['EXISTING', 'existing'],
    ['Omprioritering', 'reprioritised'],
    ['reprioritised', 'reprioritised'],
  ])('[C15] %j is %s', (word, funding) => {
    expect(wordIn('Finansiering', word).funding).toBe(funding);
  });

  it('[C15] a line row states its initiative\'s funding; the English header works too', () => {
    const result = parseText(rows('Committee;Initiative;Line;Funding;2021', 'A;B;L1;Existing;1', 'A;B;L2;;2'));
    expect(result.problems).toEqual([]);
    expect(doc(result).initiatives[0]).toEqual({ id: 'a_1', committee: 'a', title: 'B', funding: 'existing', lines: [{ title: 'L1', amounts: { '2021': 1 } }, { title: 'L2', amounts: { '2021': 2 } }] });
  });

  it('[C15] an unknown word and two different kinds in one initiative are reported', () => {
    const unknown = parseText(rows('Udvalg;Emne;Finansiering;2021', 'A;B;gammel;1'));
    expect(unknown.problems).toEqual([err('csvUnknownFunding', at(2, 'Finansiering'), { text: 'gammel' })]);
    const conflict = parseText(rows('Udvalg;Emne;Linje;Finansiering;2021', 'A;B;;Omprioritering;', 'A;B;L1;Eksisterende;1'));
    expect(conflict.problems).toEqual([err('csvConflictingFunding', at(3, 'Finansiering'), { title: 'B', first: 'Omprioritering', line: 2 })]);
    expect(doc(conflict).initiatives[0]?.funding).toBe('reprioritised');
  });
});

describe('[C10] unit', () => {
  it.each([
    ['kr.', 'kr.'],
    ['kr', 'kr.'],
    ['t.kr.', 't.kr.'],
    ['tkr.', 't.kr.'],
    ['t. kr.', 't.kr.'],
    ['T.KR', 't.kr.'],
    ['mio. kr.', 'mio. kr.'],
    ['mio.kr.', 'mio. kr.'],
    ['mio kr', 'mio. kr.'],
    ['Mio. Kr.', 'mio. kr.'],
  ])('[C10] %j is %j', (word, unit) => {
    expect(wordIn('Enhed', word).unit).toBe(unit);
  });

  it('[C10] an unknown unit is reported and left out', () => {
    const result = parseText(rows('Udvalg;Emne;Enhed;2021', 'A;B;mia. kr.;1'));
    expect(result.problems).toEqual([err('csvUnknownUnit', at(2, 'Enhed'), { text: 'mia. kr.' })]);
    expect(doc(result).initiatives[0]?.unit).toBeUndefined();
  });
});

describe('[C11] initiatives and lines', () => {
  it('[C11] rows with the same committee and initiative are one initiative, also apart and in other case or spacing', () => {
    const result = parseText(rows(HEADER, 'A;;B;L1;;1;;', 'X;;Y;;;2;;', 'a ;;b;L2;;3;;', ' A;;  B ;L3;;4;;'));
    expect(result.problems).toEqual([]);
    expect(doc(result).committees).toEqual([
      { id: 'a', name: 'A' },
      { id: 'x', name: 'X' },
    ]);
    expect(doc(result).initiatives).toEqual([
      {
        id: 'a_1',
        committee: 'a',
        title: 'B',
        lines: [
          { title: 'L1', amounts: { '2020': 1 } },
          { title: 'L2', amounts: { '2020': 3 } },
          { title: 'L3', amounts: { '2020': 4 } },
        ],
      },
      { id: 'x_1', committee: 'x', title: 'Y', amounts: { '2020': 2 } },
    ]);
  });

  it('[C11] the row without a line carries the initiative own fields; line rows have their own kind, note and amounts', () => {
    const result = parseText(rows(HEADER, 'A;2;PM;;drift;;;Overslag', 'A;2;PM;Oprustning;drift;5,0;10,0;', 'A;2;PM;Husleje;anlæg;2,0;2,0;Fast'));
    expect(result.problems).toEqual([]);
    expect(doc(result).initiatives).toEqual([
      {
        id: 'a_1',
        committee: 'a',
        title: 'PM',
        number: '2',
        kind: 'operating',
        note: 'Overslag',
        lines: [
          { title: 'Oprustning', kind: 'operating', amounts: { '2020': 5, '2021': 10 } },
          { title: 'Husleje', kind: 'capital', note: 'Fast', amounts: { '2020': 2, '2021': 2 } },
        ],
      },
    ]);
  });

  it('[C11] amounts on the row without a line and lines too are kept both, and located at that row', () => {
    const result = parseText(rows(HEADER, 'A;1;B;L1;;1;;', 'A;1;B;;;9;;', 'A;1;B;L2;;2;;'));
    expect(result.problems).toEqual([]);
    expect(doc(result).initiatives[0]).toEqual({
      id: 'a_1',
      committee: 'a',
      title: 'B',
      number: '1',
      amounts: { '2020': 9 },
      lines: [
        { title: 'L1', amounts: { '2020': 1 } },
        { title: 'L2', amounts: { '2020': 2 } },
      ],
    });
    expect(result.locate(['initiatives', 0])).toEqual(at(3));
    expect(result.locate(['initiatives', 0, 'amounts'])).toEqual(at(3));
    expect(result.locate(['initiatives', 0, 'amounts', '2020'])).toEqual(at(3, '2020'));
    expect(result.locate(['initiatives', 0, 'lines'])).toEqual(at(2));
  });

  it('[C11] a second row without a line for an initiative is reported and left out', () => {
    const result = parseText(rows(HEADER, 'A;;B;;drift;1;;', 'A;;C;;;;;', 'A;;b;;anlæg;2;;'));
    expect(result.problems).toEqual([err('csvDuplicateInitiativeRow', at(4, 'Emne'), { title: 'B', first: 2, lineColumn: 'Linje' })]);
    expect(doc(result).initiatives[0]).toEqual({ id: 'a_1', committee: 'a', title: 'B', kind: 'operating', amounts: { '2020': 1 } });
  });

  it('[C11] the number all line rows repeat is the initiative number; differing numbers number the lines', () => {
    const repeated = parseText(rows(HEADER, 'A;5;B;L1;;1;;', 'A;5;B;L2;;2;;'));
    expect(doc(repeated).initiatives[0]).toMatchObject({ number: '5', lines: [{ title: 'L1' }, { title: 'L2' }] });
    expect(doc(repeated).initiatives[0]?.lines?.[0]).not.toHaveProperty('number');

    const own = parseText(rows(HEADER, 'A;2.1;B;L1;;1;;', 'A;2.2;B;L2;;2;;'));
    expect(doc(own).initiatives[0]).not.toHaveProperty('number');
    expect(doc(own).initiatives[0]?.lines).toEqual([
      { title: 'L1', number: '2.1', amounts: { '2020': 1 } },
      { title: 'L2', number: '2.2', amounts: { '2020': 2 } },
    ]);

    const mixed = parseText(rows(HEADER, 'A;2;B;;;;;', 'A;2;B;L1;;1;;', 'A;2.2;B;L2;;2;;'));
    expect(doc(mixed).initiatives[0]).toMatchObject({ number: '2', lines: [{ title: 'L1' }, { title: 'L2', number: '2.2' }] });
    expect(doc(mixed).initiatives[0]?.lines?.[0]).not.toHaveProperty('number');
  });

  it('[C11] a row with no committee or no initiative is reported and left out', () => {
    const result = parseText(rows(HEADER, ';1;B;;;1;;', 'A;1;;L;;1;;', 'A;2;C;;;1;;'));
    expect(result.problems).toEqual([
      err('csvMissingValue', at(2, 'Udvalg'), { column: 'Udvalg' }),
      err('csvMissingValue', at(3, 'Emne'), { column: 'Emne' }),
    ]);
    expect(doc(result).initiatives.map((i) => i.title)).toEqual(['C']);
  });
});

describe('[C12] ids', () => {
  it('[C12] committee ids are made from the names, unique', () => {
    const names = ['Udvalg for nære sundhedstilbud', 'Psykiatri- og socialudvalget', 'Régional Ûdvikling', '2. udvalg', 'Udvalg A', 'Udvalg-A', 'udvalg_a', '!!!', 'Aarhus & Århus'];
    const result = parseText(rows('Udvalg;Emne;2021', ...names.map((n) => `${n};B;1`)));
    expect(result.problems).toEqual([]);
    expect(doc(result).committees.map((c) => c.id)).toEqual([
      'udvalg_for_naere_sundhedstilbud',
      'psykiatri_og_socialudvalget',
      'regional_udvikling',
      'u_2_udvalg',
      'udvalg_a',
      'udvalg_a_2',
      'udvalg_a_3',
      'u',
      'aarhus_aarhus',
    ]);
  });

  it('[C12] initiative ids number the initiatives of each committee in order of first appearance', () => {
    const result = parseText(rows('Udvalg;Emne;2021', 'Hospitalsudvalget;A;1', 'Regional Udvikling;B;1', 'Hospitalsudvalget;C;1', 'Hospitalsudvalget;A;1'));
    expect(doc(result).initiatives.map((i) => [i.id, i.committee, i.title])).toEqual([
      ['hospitalsudvalget_1', 'hospitalsudvalget', 'A'],
      ['regional_udvikling_1', 'regional_udvikling', 'B'],
      ['hospitalsudvalget_2', 'hospitalsudvalget', 'C'],
    ]);
  });
});

describe('[C13] document fields', () => {
  it('[C13] title from the file name, unit mio. kr., no price level by default', () => {
    const result = parseText(rows('Udvalg;Emne;2021', 'A;B;1'), { fileName: 'C:\\budget\\Budget 2020.seminar.csv' });
    expect(result.document).toEqual({
      formatVersion: 1,
      title: 'Budget 2020.seminar',
      unit: 'mio. kr.',
      years: [2021],
      committees: [{ id: 'a', name: 'A' }],
      initiatives: [{ id: 'a_1', committee: 'a', title: 'B', amounts: { '2021': 1 } }],
    });
  });

  it('[C13] title, unit and price level from the options', () => {
    const result = parseText(rows('Udvalg;Emne;2021', 'A;B;1'), { title: 'Budget 2020', unit: 't.kr.', priceLevel: '2019 P/L' });
    expect(result.document).toMatchObject({ formatVersion: 1, title: 'Budget 2020', unit: 't.kr.', priceLevel: '2019 P/L' });
  });

  it.each([
    ['budget.csv', 'budget'],
    ['data/budget-2020.CSV', 'budget-2020'],
    ['noext', 'noext'],
    ['.csv', '.csv'],
  ])('[C13] the title for %j is %j', (fileName, title) => {
    expect(titleFromFileName(fileName)).toBe(title);
  });
});

describe('[C14] problems and locations', () => {
  const text = rows(
    'Udvalg;Nr.;Emne;Linje;Type;Beløb 2020;Beløb 2021;Bemærkning',
    'Hospitalsudvalget;2;Personlig medicin;;drift;;;"Overslag;',
    'med usikkerhed"',
    'Hospitalsudvalget;2;Personlig medicin;Oprustning;drift;5,0;10,0;',
    'Hospitalsudvalget;2;Personlig medicin;Husleje;anlæg;2,0;2,0-3,0;Fast',
    'Psykiatri- og socialudvalget;3;TUT;;drift;-1,4;;',
  );
  const result = parseText(text);

  it('[C14] the document is what the file says', () => {
    expect(result.problems).toEqual([]);
    expect(result.encoding).toBe('utf-8');
    expect(doc(result).initiatives).toHaveLength(2);
  });

  it.each<[Array<string | number>, ReturnType<typeof at> | { kind: 'file' }]>([
    [['initiatives', 0, 'lines', 1, 'amounts', '2021'], at(5, 'Beløb 2021')],
    [['initiatives', 0, 'lines', 1, 'amounts', 2021], at(5, 'Beløb 2021')],
    [['initiatives', 0, 'lines', 1, 'amounts', '2021', 'min'], at(5, 'Beløb 2021')],
    [['initiatives', 0, 'lines', 1, 'amounts', '2022'], at(5)],
    [['initiatives', 0, 'lines', 1, 'kind'], at(5, 'Type')],
    [['initiatives', 0, 'lines', 1, 'note'], at(5, 'Bemærkning')],
    [['initiatives', 0, 'lines', 1, 'title'], at(5, 'Linje')],
    [['initiatives', 0, 'lines', 1], at(5)],
    [['initiatives', 0, 'lines', 0, 'amounts', '2020'], at(4, 'Beløb 2020')],
    [['initiatives', 0, 'lines'], at(4)],
    [['initiatives', 0], at(2)],
    [['initiatives', 0, 'note'], at(2, 'Bemærkning')],
    [['initiatives', 0, 'number'], at(2, 'Nr.')],
    [['initiatives', 0, 'kind'], at(2, 'Type')],
    [['initiatives', 0, 'title'], at(2, 'Emne')],
    [['initiatives', 0, 'id'], at(2, 'Emne')],
    [['initiatives', 0, 'committee'], at(2, 'Udvalg')],
    [['initiatives', 1], at(6)],
    [['initiatives', 1, 'amounts', '2020'], at(6, 'Beløb 2020')],
    [['committees', 1], at(6, 'Udvalg')],
    [['committees', 1, 'id'], at(6, 'Udvalg')],
    [['years', 1], at(1, 'Beløb 2021')],
    [['years'], at(1)],
    [['title'], { kind: 'file' }],
    [['initiatives'], { kind: 'file' }],
    [[], { kind: 'file' }],
    [['initiatives', 7, 'title'], { kind: 'file' }],
  ])('[C14] locate(%j) is %j', (path, location) => {
    expect(result.locate(path)).toEqual(location);
  });

  it('[C14] locate returns a copy the caller may change', () => {
    const location = result.locate(['years', 0]);
    if (location.kind === 'csv') location.line = 99;
    expect(result.locate(['years', 0])).toEqual(at(1, 'Beløb 2020'));
  });

  it('[C14] every problem of a file is reported at once, in line order, and the document is still returned', () => {
    const messy = parseText(
      rows(
        'Udvalg;Emne;Linje;Type;Enhed;2021;2021;Ansvarlig',
        'A;B;;drift;mia;1.32;;x',
        'A;B;;forkert;kr;1;;',
        ';C;;;;;;',
        'A;D;L;;;5,5-;;',
        'A;E;L;;;;;;;ekstra',
      ),
    );
    expect(messy.problems).toEqual([
      err('csvDuplicateYearColumn', at(1, '2021'), { column: '2021', year: '2021', first: '2021' }),
      warn('csvUnknownColumn', at(1, 'Ansvarlig'), { column: 'Ansvarlig' }),
      err('csvUnknownUnit', at(2, 'Enhed'), { text: 'mia' }),
      err('csvNumberUseComma', at(2, '2021'), { text: '1.32', example: '1,32' }),
      err('csvUnknownKind', at(3, 'Type'), { text: 'forkert' }),
      err('csvDuplicateInitiativeRow', at(3, 'Emne'), { title: 'B', first: 2, lineColumn: 'Linje' }),
      err('csvMissingValue', at(4, 'Udvalg'), { column: 'Udvalg' }),
      err('csvRangeForm', at(5, '2021'), { text: '5,5-', example: '5,5-6,9' }),
      err('csvTooManyCells', at(6), { cells: 10, expected: 8 }),
    ]);
    expect(doc(messy).initiatives.map((i) => i.title)).toEqual(['B', 'D']);
  });

  it('[C14] the example in docs/format-csv.md', () => {
    const markdown = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'format-csv.md'), 'utf8');
    const block = /```csv\n([\s\S]*?)```/.exec(markdown)?.[1];
    expect(block).toBeDefined();
    const example = parseText(block ?? '', { fileName: 'budget-2020.csv', priceLevel: '2019 P/L' });
    expect(example.problems).toEqual([]);
    expect(example.document).toEqual({
      formatVersion: 1,
      title: 'budget-2020',
      unit: 'mio. kr.',
      priceLevel: '2019 P/L',
      years: [2020, 2021, 2022, 2023],
      committees: [
        { id: 'hospitalsudvalget', name: 'Hospitalsudvalget' },
        { id: 'psykiatri_og_socialudvalget', name: 'Psykiatri- og socialudvalget' },
        { id: 'udvalg_for_naere_sundhedstilbud', name: 'Udvalg for nære sundhedstilbud' },
      ],
      initiatives: [
        {
          id: 'hospitalsudvalget_1',
          committee: 'hospitalsudvalget',
          title: 'Personlig medicin',
          number: '2',
          note: 'Foreløbige overslag med store usikkerheder',
          lines: [
            { title: 'Påbegynde PM-oprustning', kind: 'operating', amounts: { '2020': 5, '2021': 10, '2022': 15, '2023': 20 } },
            { title: 'Huslejeudgifter (NGC-sekventeringscenter på AUH)', kind: 'operating', amounts: { '2020': 2, '2021': 2, '2022': 2, '2023': 2 } },
            { title: 'Ny PM-diagnostik/nye PM-behandlinger', kind: 'operating', amounts: { '2020': 10, '2021': 20, '2022': 40, '2023': 80 } },
          ],
        },
        {
          id: 'hospitalsudvalget_2',
          committee: 'hospitalsudvalget',
          title: 'Flash glukosemåler',
          number: '3',
          kind: 'operating',
          note: "RM's andel (21,4 %); 2021-2022 ikke oplyst",
          amounts: { '2020': 10.5, '2023': 12.5 },
        },
        {
          id: 'psykiatri_og_socialudvalget_1',
          committee: 'psykiatri_og_socialudvalget',
          title: 'Midler til tværfagligt udgående teams (TUT)',
          number: '3',
          kind: 'operating',
          amounts: { '2020': -1.4 },
        },
        {
          id: 'psykiatri_og_socialudvalget_2',
          committee: 'psykiatri_og_socialudvalget',
          title: 'Øget kapacitet og anlægsmidler',
          number: '8',
          lines: [
            { title: 'Vedligeholdelse af Søndersøparken', kind: 'capital', amounts: { '2020': 4, '2021': 4, '2022': 4, '2023': 4 } },
            { title: 'Nyt sengeafsnit på 12 senge', kind: 'capital', amounts: { '2020': 22 } },
          ],
        },
        {
          id: 'udvalg_for_naere_sundhedstilbud_1',
          committee: 'udvalg_for_naere_sundhedstilbud',
          title: 'Akutnummer 1-1-3',
          number: '4',
          kind: 'operating',
          note: 'Skøn med usikkerhed',
          amounts: { '2020': { min: 5.5, max: 6.9 } },
        },
      ],
    });
    expect(example.locate(['initiatives', 0, 'lines', 0, 'amounts', '2021'])).toEqual(at(3, '2021'));
  });
});

describe('[C14] messages', () => {
  const placeholders = (text: string): string[] => [...text.matchAll(/\{\w+(?::\w+)?\}/g)].map((m) => m[0]).sort();

  it.each(Object.entries(csvMessages))('[C14] %s has the same placeholders in Danish and English', (_code, message) => {
    expect(message.da.trim()).not.toBe('');
    expect(message.en.trim()).not.toBe('');
    expect(placeholders(message.da)).toEqual(placeholders(message.en));
  });
});

describe('C17 Med (Include)', () => {
  it.each([
    ['Ja', undefined],
    ['', undefined],
    ['yes', undefined],
    ['Nej', false],
    ['NO', false],
  ])('[C17] %j gives chosen %s', (word, chosen) => {
    expect(doc(parseText(rows('Udvalg;Emne;Med;2021', `A;B;${word};1`))).initiatives[0]?.chosen).toBe(chosen);
  });

  it('[C17] a line row saying Nej leaves the whole initiative out; an unknown word is reported', () => {
    const result = parseText(rows('Committee;Initiative;Line;Include;2021', 'A;B;L1;;1', 'A;B;L2;No;2'));
    expect(result.problems).toEqual([]);
    expect(doc(result).initiatives[0]).toMatchObject({ chosen: false, lines: [{ title: 'L1' }, { title: 'L2' }] });
    const unknown = parseText(rows('Udvalg;Emne;Med;2021', 'A;B;måske;1'));
    expect(unknown.problems).toEqual([err('csvUnknownChoice', at(2, 'Med'), { text: 'måske' })]);
  });
});
