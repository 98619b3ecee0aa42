import { validateDefinitions } from '../../../../src/core/validate';
import { significantDigits } from '../../../../src/core/validate/semantic';
import { check, fileWith, initiative, linesPath, nestedLines, onlyMessage, summary, validFile } from './helpers';

describe('V1 empty texts', () => {
  test('[V1] rejects empty or blank titles and committee names', () => {
    const document = {
      ...validFile(),
      title: '',
      committees: [{ id: 'sundhed', name: '   ' }],
      initiatives: [initiative({ title: '', lines: [{ title: '\t', amounts: 1 }] })],
    };
    expect(check(document)).toEqual([
      'emptyText at title',
      'emptyText at committees[0].name',
      'emptyText at initiatives[0].title',
      'emptyText at initiatives[0].lines[0].title',
    ]);
  });

  test('[V1] allows an empty note, number or price level', () => {
    expect(check({ ...validFile(), priceLevel: '', initiatives: [initiative({ note: '', number: '' })] })).toEqual([]);
  });

  test('[V1] the message names the field', () => {
    expect(onlyMessage(validateDefinitions(fileWith(initiative({ title: ' ' }))))).toEqual({
      da: 'Feltet »title« må ikke være tomt.',
      en: 'The field “title” must not be empty.',
    });
  });
});

describe('V2 text length', () => {
  const tooLong = 'x'.repeat(32768);
  const longest = 'x'.repeat(32767);

  test('[V2] rejects texts longer than an Excel cell holds', () => {
    const document = {
      ...validFile(),
      title: tooLong,
      priceLevel: tooLong,
      committees: [{ id: 'sundhed', name: tooLong }],
      initiatives: [initiative({ title: tooLong, number: tooLong, note: tooLong, lines: [{ title: tooLong }] })],
    };
    expect(check(document)).toEqual([
      'textTooLong at title',
      'textTooLong at priceLevel',
      'textTooLong at committees[0].name',
      'textTooLong at initiatives[0].title',
      'textTooLong at initiatives[0].number',
      'textTooLong at initiatives[0].note',
      'textTooLong at initiatives[0].lines[0].title',
    ]);
  });

  test('[V2] accepts exactly 32,767 characters', () => {
    expect(check(fileWith(initiative({ note: longest })))).toEqual([]);
  });

  test('[V2] the message gives the length and the limit in each language', () => {
    expect(onlyMessage(validateDefinitions(fileWith(initiative({ note: tooLong }))))).toEqual({
      da: 'Teksten i »note« er 32768 tegn lang, men en celle i Excel kan højst rumme 32.767 tegn.',
      en: 'The text in “note” is 32768 characters long, but an Excel cell holds at most 32,767 characters.',
    });
  });
});

describe('V3 year syntax', () => {
  test('[V3] rejects years that are not four-digit whole numbers', () => {
    const result = validateDefinitions({ ...validFile(), years: [20, 2020.5, 10000, 2021], initiatives: [] });
    expect(summary(result.problems)).toEqual(['yearInvalid at years[0]', 'yearInvalid at years[1]', 'yearInvalid at years[2]']);
    expect(result.problems.map((p) => p.params.actual)).toEqual(['20', '2020.5', '10000']);
  });

  test('[V3] a year that is not a number is a type problem, not a year problem', () => {
    expect(check({ ...validFile(), years: ['2020', 2021], initiatives: [] })).toEqual(['expectedNumber at years[0]']);
  });
});

describe('V4 year order', () => {
  test('[V4] rejects years out of order and repeated years', () => {
    const result = validateDefinitions({ ...validFile(), years: [2020, 2022, 2021, 2022, 2023], initiatives: [] });
    expect(summary(result.problems)).toEqual(['yearsNotAscending at years[2]', 'yearDuplicate at years[3]']);
    expect(result.problems.map((p) => p.params)).toEqual([{ year: 2021, previous: 2022 }, { year: 2022 }]);
  });

  test('[V4] the messages name the years', () => {
    const result = validateDefinitions({ ...validFile(), years: [2021, 2020], initiatives: [] });
    expect(onlyMessage(result)).toEqual({
      da: 'Årene skal stå i stigende rækkefølge, men 2020 kommer efter 2021.',
      en: 'The years must be in ascending order, but 2020 comes after 2021.',
    });
  });
});

describe('V5 committee ids', () => {
  test('[V5] rejects a committee id used twice', () => {
    const document = {
      ...validFile(),
      committees: [
        { id: 'sundhed', name: 'Sundhedsudvalget' },
        { id: 'sundhed', name: 'Psykiatriudvalget' },
        { id: 'sundhed', name: 'Social' },
      ],
    };
    expect(check(document)).toEqual(['committeeIdDuplicate at committees[1].id', 'committeeIdDuplicate at committees[2].id']);
  });

  test('[V5] committee ids and initiative ids are separate', () => {
    expect(check(fileWith(initiative({ id: 'sundhed' })))).toEqual([]);
  });
});

describe('V6 initiative and line ids', () => {
  test('[V6] rejects an id used twice anywhere among initiatives and lines', () => {
    const document = {
      ...validFile(),
      initiatives: [
        initiative({ id: 'a', lines: [{ id: 'a1', title: 'x' }, { id: 'b', title: 'y' }] }),
        initiative({ id: 'b', committee: 'regional' }),
        initiative({ id: 'c', lines: [{ title: 'z', lines: [{ id: 'a1', title: 'w' }] }] }),
      ],
    };
    expect(check(document)).toEqual(['idDuplicate at initiatives[1].id', 'idDuplicate at initiatives[2].lines[0].lines[0].id']);
  });

  test('[V6] ids differing in case are different ids', () => {
    expect(check({ ...validFile(), initiatives: [initiative({ id: 'Akut' }), initiative({ id: 'akut' })] })).toEqual([]);
  });

  test('[V6] the message names the id', () => {
    const result = validateDefinitions({ ...validFile(), initiatives: [initiative({}), initiative({})] });
    expect(onlyMessage(result)).toEqual({
      da: 'Id\'et »akut« er allerede brugt; initiativer og linjer skal have forskellige id\'er i hele filen.',
      en: 'The id “akut” is already used; initiative and line ids must be unique in the whole file.',
    });
  });
});

describe('V7 amount years', () => {
  test('[V7] rejects an amount for a year not in years', () => {
    const result = validateDefinitions(fileWith(initiative({ amounts: { '2019': 1, '2020': 2, '2024': { min: 1, max: 2 } } })));
    expect(summary(result.problems)).toEqual([
      'yearNotInYears at initiatives[0].amounts.2019',
      'yearNotInYears at initiatives[0].amounts.2024',
    ]);
    expect(result.problems[0]?.params).toEqual({ year: '2019', years: '2020, 2021, 2022, 2023' });
  });

  test('[V7] applies to frames and nested lines', () => {
    const document = fileWith(initiative({ frame: { '2030': 5 }, lines: [{ title: 'a', amounts: { '2019': 1 } }] }));
    expect(check(document)).toEqual(['yearNotInYears at initiatives[0].frame.2030', 'yearNotInYears at initiatives[0].lines[0].amounts.2019']);
  });

  test('[V7] is judged even while years has a broken entry: one problem does not mask another', () => {
    const document = { ...validFile(), years: [2020, 'x', 2022.5], initiatives: [initiative({ amounts: { '2020': 1, '2021': 1 } })] };
    expect(check(document)).toEqual(['expectedNumber at years[1]', 'yearInvalid at years[2]', 'yearNotInYears at initiatives[0].amounts.2021']);
    expect(validateDefinitions(document).problems.find((p) => p.code === 'yearNotInYears')?.params).toEqual({ year: '2021', years: '2020' });
  });

  test('[V7] a year written as text in years is reported there, not again at its amounts', () => {
    const document = { ...validFile(), years: [2020, '2021'], initiatives: [initiative({ amounts: { '2020': 1, '2021': 1 } })] };
    expect(check(document)).toEqual(['expectedNumber at years[1]']);
  });

  test('[V7] the message names the year and the budget years', () => {
    expect(onlyMessage(validateDefinitions(fileWith(initiative({ amounts: { '2024': 1 } }))))).toEqual({
      da: 'Der er et beløb for 2024, men 2024 er ikke med i »years« (2020, 2021, 2022, 2023).',
      en: 'There is an amount for 2024, but 2024 is not one of the “years” (2020, 2021, 2022, 2023).',
    });
  });
});

describe('V8 committee references', () => {
  test('[V8] rejects an initiative of a committee that is not listed', () => {
    const result = validateDefinitions(fileWith(initiative({ committee: 'kultur' })));
    expect(summary(result.problems)).toEqual(['unknownCommittee at initiatives[0].committee']);
    expect(onlyMessage(result)).toEqual({
      da: 'Udvalget »kultur« findes ikke i listen over udvalg (»sundhed«, »regional«).',
      en: 'The committee “kultur” is not in the list of committees (“sundhed”, “regional”).',
    });
  });

  test('[V8] suggests the id for a typo, another case or the committee name', () => {
    const document = {
      ...validFile(),
      initiatives: [
        initiative({ id: 'a', committee: 'sundhd' }),
        initiative({ id: 'b', committee: 'Sundhed' }),
        initiative({ id: 'c', committee: 'Udvalget for regional udvikling' }),
      ],
    };
    const result = validateDefinitions(document);
    expect(summary(result.problems)).toEqual([
      'unknownCommitteeDidYouMean at initiatives[0].committee',
      'unknownCommitteeDidYouMean at initiatives[1].committee',
      'unknownCommitteeDidYouMean at initiatives[2].committee',
    ]);
    expect(result.problems.map((p) => p.params.suggestion)).toEqual(['sundhed', 'sundhed', 'regional']);
    expect(result.problems[0] && onlyMessage({ file: undefined, problems: [result.problems[0]] })).toEqual({
      da: 'Udvalget »sundhd« findes ikke i listen over udvalg. Mente du »sundhed«?',
      en: 'The committee “sundhd” is not in the list of committees. Did you mean “sundhed”?',
    });
  });

  test('[V8] is not judged while a committee has no id', () => {
    const document = { ...validFile(), committees: [{ name: 'Kultur' }], initiatives: [initiative({ committee: 'kultur' })] };
    expect(check(document)).toEqual(['missingField at committees[0].id']);
  });
});

describe('V9 numbers', () => {
  test('[V9] rejects numbers with more than 15 significant digits', () => {
    const result = validateDefinitions(
      fileWith(initiative({ amounts: { '2020': 0.30000000000000004, '2021': 123456789012.345, '2022': 1234567890.1234567 } })),
    );
    expect(summary(result.problems)).toEqual([
      'numberTooPrecise at initiatives[0].amounts.2020',
      'numberTooPrecise at initiatives[0].amounts.2022',
    ]);
    expect(onlyMessage({ file: undefined, problems: result.problems.slice(0, 1) })).toEqual({
      da: 'Tallet 0.30000000000000004 har 17 betydende cifre, men Excel regner kun med 15.',
      en: 'The number 0.30000000000000004 has 17 significant digits, but Excel calculates with only 15.',
    });
  });

  test('[V9] rejects numbers of 10^15 and more, plus or minus', () => {
    const document = fileWith(initiative({ lines: [{ title: 'a', amounts: -1e15 }, { title: 'b', amounts: { '2020': { min: 0, max: 1e20 } } }, { title: 'c', amounts: 999999999999999 }] }));
    expect(check(document)).toEqual(['numberTooLarge at initiatives[0].lines[0].amounts', 'numberTooLarge at initiatives[0].lines[1].amounts.2020.max']);
  });

  test('[V9] rejects infinite numbers and NaN', () => {
    const document = fileWith(initiative({ lines: [{ title: 'a', amounts: Infinity }, { title: 'b', amounts: { '2020': { min: Number.NaN, max: 1 } } }, { title: 'c', frame: -Infinity, lines: [] }] }));
    const result = validateDefinitions({ ...document, years: [2020, Infinity] });
    expect(summary(result.problems)).toEqual([
      'numberNotFinite at years[1]',
      'numberNotFinite at initiatives[0].lines[0].amounts',
      'numberNotFinite at initiatives[0].lines[1].amounts.2020.min',
      'numberNotFinite at initiatives[0].lines[2].frame',
    ]);
    expect(result.problems[1]?.params).toEqual({ actual: 'Infinity' });
  });

  test('[V9] counts significant digits in the shortest round-trip form', () => {
    expect([0, 5.5, -3, 450000, 1e20, 0.1, 123456789012345, 0.30000000000000004].map(significantDigits)).toEqual([1, 2, 1, 2, 1, 1, 15, 17]);
  });
});

describe('V10 ranges', () => {
  test('[V10] rejects a range with min above max', () => {
    const result = validateDefinitions(
      fileWith(initiative({ amounts: { '2021': { min: 6.9, max: 5.5 }, '2022': { min: 5.5, max: 5.5 }, '2023': { min: -6.9, max: -5.5 } } })),
    );
    expect(summary(result.problems)).toEqual(['rangeMinAboveMax at initiatives[0].amounts.2021']);
    expect(onlyMessage(result)).toEqual({
      da: 'I intervallet er »min« (6.9) større end »max« (5.5).',
      en: 'In the range, “min” (6.9) is greater than “max” (5.5).',
    });
  });

  test('[V10] applies to a range for every year and to frames', () => {
    const document = fileWith(initiative({ frame: { min: 70, max: 65.5 }, lines: [{ title: 'a', amounts: { min: 2, max: 1 } }] }));
    expect(check(document)).toEqual(['rangeMinAboveMax at initiatives[0].frame', 'rangeMinAboveMax at initiatives[0].lines[0].amounts']);
  });
});

describe('V11–V13 amounts, lines and frames', () => {
  test('[V11] rejects amounts beside lines', () => {
    const result = validateDefinitions(fileWith(initiative({ amounts: 5, lines: [{ title: 'a', amounts: 5 }] })));
    expect(summary(result.problems)).toEqual(['amountsWithLines at initiatives[0].amounts']);
    expect(onlyMessage(result).en).toBe(
      'An initiative or line cannot have both “amounts” and “lines”: with lines, the amount is the sum of the lines. Use “frame” for a frame or pool.',
    );
  });

  test('[V12] rejects a frame without lines', () => {
    const result = validateDefinitions(fileWith(initiative({ frame: 65.5 })));
    expect(summary(result.problems)).toEqual(['frameWithoutLines at initiatives[0].frame']);
    expect(onlyMessage(result).da).toBe(
      '»frame« (en ramme eller pulje) kan kun stå sammen med »lines«; brug »amounts« til et beløb uden linjer.',
    );
  });

  test('[V12] accepts a frame with lines, even with no lines yet', () => {
    expect(check(fileWith(initiative({ frame: 65.5, lines: [] })))).toEqual([]);
    expect(check(fileWith(initiative({ frame: 65.5, lines: [{ title: 'Kollektiv trafik', amounts: 20.4 }] })))).toEqual([]);
  });

  test('[V13] rejects amounts beside a frame', () => {
    expect(check(fileWith(initiative({ amounts: 5, frame: 65.5 })))).toEqual(['amountsWithFrame at initiatives[0].frame']);
    expect(check(fileWith(initiative({ amounts: 5, frame: 65.5, lines: [] })))).toEqual([
      'amountsWithLines at initiatives[0].amounts',
      'amountsWithFrame at initiatives[0].frame',
    ]);
  });

  test('[V11] [V12] [V13] apply to lines as well as initiatives', () => {
    const document = fileWith(
      initiative({ lines: [{ title: 'a', frame: 1 }, { title: 'b', amounts: 1, lines: [] }, { title: 'c', amounts: 1, frame: 1 }] }),
    );
    expect(check(document)).toEqual([
      'frameWithoutLines at initiatives[0].lines[0].frame',
      'amountsWithLines at initiatives[0].lines[1].amounts',
      'amountsWithFrame at initiatives[0].lines[2].frame',
    ]);
  });
});

describe('V14 depth', () => {
  test('[V14] accepts 8 levels of lines', () => {
    expect(check(fileWith(initiative({ lines: nestedLines(8) })))).toEqual([]);
  });

  test('[V14] rejects a ninth level once, at the lines that hold it', () => {
    const result = validateDefinitions(fileWith(initiative({ lines: nestedLines(12) })));
    expect(summary(result.problems)).toEqual([`linesTooDeep at ${linesPath(9)}`]);
    expect(onlyMessage(result)).toEqual({
      da: 'Linjerne er indlejret for dybt: højst 8 niveauer af »lines« under et initiativ er tilladt.',
      en: 'The lines are nested too deeply: at most 8 levels of “lines” below an initiative are allowed.',
    });
  });

  test('[V14] still reports other problems below the limit', () => {
    const lines = nestedLines(10);
    let deepest = lines[0] as Record<string, unknown>;
    while (Array.isArray(deepest.lines)) deepest = (deepest.lines as Record<string, unknown>[])[0] as Record<string, unknown>;
    deepest.ammounts = 1;
    expect(check(fileWith(initiative({ lines })))).toEqual([
      `linesTooDeep at ${linesPath(9)}`,
      `unknownFieldDidYouMean at ${linesPath(10)}[0].ammounts`,
    ]);
  });

  test('[V14] survives absurd nesting without examining all of it', () => {
    const result = validateDefinitions(fileWith(initiative({ lines: nestedLines(5000) })));
    expect(summary(result.problems)).toEqual([`linesTooDeep at ${linesPath(9)}`]);
    expect(result.file).toBeUndefined();
  });
});
