/**
 * The CSV export (docs/readback.md, "Exports"): what it writes, that the CSV reader
 * (docs/format-csv.md) reads it back to the same document wherever the CSV form can say
 * it, and that it refuses what it cannot say.
 */
import fc from 'fast-check';
import { parseCsvDefinitions } from '../../../../src/core/format/csv';
import { UNITS, type Amount, type AmountsSpec, type InitiativeDef, type InitiativeFile, type Kind, type LineDef, type Unit } from '../../../../src/core/format/types';
import { buildModel } from '../../../../src/core/model/buildModel';
import { CsvExportError, csvExportLimits, describeCsvLimits, exportDanishCsv, exportJson } from '../../../../src/core/readback';
import { validateDefinitions } from '../../../../src/core/validate/validate';
import { features, sample } from './helpers';

const YEARS = [2020, 2021, 2022, 2023];
/** Committee names with the ids the CSV reader makes of them (C12). */
const COMMITTEES: ReadonlyArray<readonly [string, string]> = [
  ['Hospitalsudvalget', 'hospitalsudvalget'],
  ['Psykiatri- og socialudvalget', 'psykiatri_og_socialudvalget'],
  ['Udvalg for nære sundhedstilbud', 'udvalg_for_naere_sundhedstilbud'],
  ['Udvalg for trafik & miljø', 'udvalg_for_trafik_miljoe'],
];
const TITLES = ['Personlig medicin', 'Midler til TUT; drift', 'Øget kapacitet "anlæg"', 'Buffersenge\nog personale', '=SUM(A1)', '2.1 Video', 'Kræft-pakker'];
const NOTES = ['Foreløbige overslag', "RM's andel (21,4 %); 2021-2022 ikke oplyst", 'Skøn: "omkring 5 mio. kr."', 'Linje et\nLinje to'];

function parse(csv: string, file: InitiativeFile) {
  return parseCsvDefinitions(new TextEncoder().encode(csv), {
    fileName: 'export.csv',
    title: file.title,
    unit: file.unit,
    ...(file.priceLevel === undefined ? {} : { priceLevel: file.priceLevel }),
  });
}

test('the Danish CSV form: semicolons, Danish numbers, ranges, quotes, a row per initiative and line', () => {
  const file: InitiativeFile = {
    formatVersion: 1,
    title: 'Budget 2020',
    unit: 'mio. kr.',
    years: [2020, 2021],
    committees: [{ id: 'hospitalsudvalget', name: 'Hospitalsudvalget' }],
    initiatives: [
      {
        id: 'hospitalsudvalget_1',
        committee: 'hospitalsudvalget',
        number: '2',
        title: 'Personlig medicin',
        note: 'Overslag; usikre',
        lines: [
          { title: 'Oprustning', amounts: { '2020': 1320.5, '2021': -2 } },
          { number: '2.2', title: 'Udstyr "NGC"', kind: 'capital', unit: 't.kr.', amounts: { '2021': 450 } },
        ],
      },
      { id: 'hospitalsudvalget_2', committee: 'hospitalsudvalget', funding: 'existing', title: 'Akutnummer', amounts: { '2020': { min: 5.5, max: 6.9 } } },
    ],
  };
  expect(exportDanishCsv(file)).toBe(
    '\uFEFFUdvalg;Nr.;Emne;Linje;Type;Finansiering;2020;2021;Bemærkning;Enhed\r\n' +
      'Hospitalsudvalget;2;Personlig medicin;;;;;;"Overslag; usikre";\r\n' +
      'Hospitalsudvalget;;Personlig medicin;Oprustning;;;1.320,5;-2;;\r\n' +
      'Hospitalsudvalget;2.2;Personlig medicin;"Udstyr ""NGC""";anlæg;;;450;;t.kr.\r\n' +
      'Hospitalsudvalget;;Akutnummer;;;Eksisterende;5,5-6,9;;;\r\n',
  );
  const read = parse(exportDanishCsv(file), file);
  expect(read.problems).toEqual([]);
  expect(read.document).toEqual(file);
});

test('frames and lines below lines cannot be said in CSV: refused, every place listed', () => {
  const RU = 'Regional Udvikling';
  const projectPool = { node: { title: 'Projektpulje' }, committee: RU, parents: [{ number: '1', title: 'Udviklingsaktiviteter' }] };
  expect(csvExportLimits(features)).toEqual([
    { code: 'exportCsvFrame', path: 'initiatives[6]', place: { node: { number: '1', title: 'Udviklingsaktiviteter' }, committee: RU, parents: [] } },
    { code: 'exportCsvFrame', path: 'initiatives[6].lines[3]', place: projectPool },
    { code: 'exportCsvNestedLines', path: 'initiatives[6].lines[3]', place: projectPool },
    { code: 'exportCsvFrame', path: 'initiatives[7]', place: { node: { number: '2', title: 'Kollektiv trafik' }, committee: RU, parents: [] } },
    { code: 'exportCsvFrame', path: 'initiatives[8]', place: { node: { number: '3', title: 'Overdisponeret pulje' }, committee: RU, parents: [] } },
  ]);
  expect(() => exportDanishCsv(features)).toThrow(CsvExportError);
});

describe('[R17] why the CSV form cannot hold a file: one sentence per kind, naming the places', () => {
  test('several frames in one committee, and one line with lines', () => {
    expect(describeCsvLimits(csvExportLimits(features), 'da')).toEqual([
      {
        code: 'exportCsvFrame',
        message: 'CSV-formen kan ikke udtrykke rammer: »Udviklingsaktiviteter« (nr. 1), »Projektpulje«, »Kollektiv trafik« (nr. 2) og »Overdisponeret pulje« (nr. 3) i Regional Udvikling er rammer. Brug JSON-formen.',
        paths: ['initiatives[6]', 'initiatives[6].lines[3]', 'initiatives[7]', 'initiatives[8]'],
      },
      {
        code: 'exportCsvNestedLines',
        message: 'CSV-formen har kun ét niveau af linjer: »Projektpulje« i Regional Udvikling er en linje med linjer under sig. Brug JSON-formen.',
        paths: ['initiatives[6].lines[3]'],
      },
    ]);
    expect(describeCsvLimits(csvExportLimits(features), 'en').map((limit) => limit.message)).toEqual([
      'The CSV form cannot express frames: “Udviklingsaktiviteter” (no. 1), “Projektpulje”, “Kollektiv trafik” (no. 2) and “Overdisponeret pulje” (no. 3) in Regional Udvikling are frames. Use the JSON form.',
      'The CSV form has one level of lines only: “Projektpulje” in Regional Udvikling is a line with lines below it. Use the JSON form.',
    ]);
  });

  test('frames in two committees are listed committee by committee; one frame is "en ramme"', () => {
    expect(describeCsvLimits(csvExportLimits(sample), 'da').map((limit) => limit.message)[0]).toBe(
      'CSV-formen kan ikke udtrykke rammer: »20 mio. kr. til omprioritering inden for psykiatrien« (nr. 2) i Psykiatri- og socialudvalget; »Udviklingsaktiviteter«, »Projektpulje til regionale udviklingsaktiviteter«, »Kollektiv trafik« og »Planlægnings-, analyse- og udviklingsudgifter« i Regional Udvikling er rammer. Brug JSON-formen.',
    );
    const one = { ...features, initiatives: features.initiatives.filter((i) => i.id === 'trafik') };
    expect(describeCsvLimits(csvExportLimits(one), 'da').map((limit) => limit.message)).toEqual(['CSV-formen kan ikke udtrykke rammer: »Kollektiv trafik« (nr. 2) i Regional Udvikling er en ramme. Brug JSON-formen.']);
    expect(describeCsvLimits(csvExportLimits(one), 'en').map((limit) => limit.message)).toEqual(['The CSV form cannot express frames: “Kollektiv trafik” (no. 2) in Regional Udvikling is a frame. Use the JSON form.']);
  });
});

test('the JSON form is the file, indented', () => {
  expect(exportJson(features)).toBe(`${JSON.stringify(features, null, 2)}\n`);
  expect(JSON.parse(exportJson(features))).toEqual(features);
});

const money = fc.integer({ min: -(10 ** 12), max: 10 ** 12 }).map((n) => n / 100);
const amount: fc.Arbitrary<Amount> = fc.oneof(money, fc.tuple(money, money).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })));
const byYear: fc.Arbitrary<AmountsSpec> = fc
  .array(fc.option(amount, { nil: undefined }), { minLength: YEARS.length, maxLength: YEARS.length })
  .filter((values) => values.some((v) => v !== undefined))
  .map((values) => Object.fromEntries(values.flatMap((v, i) => (v === undefined ? [] : [[String(YEARS[i]), v]]))));
const kind = fc.option(fc.constantFrom<Kind>('operating', 'capital'), { nil: undefined });
const unit = fc.option(fc.constantFrom<Unit>(...UNITS), { nil: undefined });
const note = fc.option(fc.constantFrom(...NOTES), { nil: undefined });

interface Shape {
  committee: number;
  number?: string | undefined;
  kind?: Kind | undefined;
  note?: string | undefined;
  unit?: Unit | undefined;
  amounts?: AmountsSpec | undefined;
  lines?: { kind?: Kind | undefined; note?: string | undefined; unit?: Unit | undefined; amounts?: AmountsSpec | undefined; numbered: boolean }[] | undefined;
}

const lineShape = fc.record({ kind, note, unit, amounts: fc.option(byYear, { nil: undefined }), numbered: fc.boolean() });
const initiativeShape: fc.Arbitrary<Shape> = fc.record({
  committee: fc.nat({ max: COMMITTEES.length - 1 }),
  number: fc.option(fc.constantFrom('1', '2', '2.10', '7a'), { nil: undefined }),
  kind,
  note,
  unit,
  amounts: fc.option(byYear, { nil: undefined }),
  lines: fc.option(fc.array(lineShape, { minLength: 1, maxLength: 3 }), { nil: undefined }),
});

/** The value without its undefined fields: the definitions' optional fields are absent, never undefined. */
const clean = <Defined>(value: object): Defined => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Defined;

/**
 * A file in the form the CSV reader produces: committee ids from the names, initiative ids
 * numbered per committee, committees in order of first appearance, amounts by year, one level
 * of lines, line numbers only under a numbered initiative, titles distinct within a committee.
 */
function canonicalFile(shapes: Shape[], fileUnit: Unit, priceLevel: string | undefined): InitiativeFile {
  const order: number[] = [];
  const counts = new Map<number, number>();
  const initiatives: InitiativeDef[] = shapes.map((shape, i) => {
    if (!order.includes(shape.committee)) order.push(shape.committee);
    const n = (counts.get(shape.committee) ?? 0) + 1;
    counts.set(shape.committee, n);
    const [, committeeId = ''] = COMMITTEES[shape.committee] ?? [];
    const lines = shape.lines?.map((line, j): LineDef =>
      clean<LineDef>({ number: shape.number !== undefined && line.numbered ? `${shape.number}.${j + 1}` : undefined, title: `Linje ${j + 1}`, kind: line.kind, note: line.note, unit: line.unit, amounts: line.amounts }),
    );
    return clean<InitiativeDef>({
      id: `${committeeId}_${n}`,
      committee: committeeId,
      title: `${TITLES[i % TITLES.length]} ${i + 1}`,
      number: shape.number,
      kind: shape.kind,
      note: shape.note,
      unit: shape.unit,
      amounts: lines === undefined ? shape.amounts : undefined,
      lines,
    });
  });
  return clean<InitiativeFile>({
    formatVersion: 1 as const,
    title: 'Budget 2021',
    unit: fileUnit,
    priceLevel,
    years: YEARS,
    committees: order.map((c) => ({ id: COMMITTEES[c]?.[1] ?? '', name: COMMITTEES[c]?.[0] ?? '' })),
    initiatives,
  });
}

test('a file in the CSV form\'s canonical shape reads back from its CSV as the same document', () => {
  fc.assert(
    fc.property(fc.array(initiativeShape, { minLength: 1, maxLength: 12 }), fc.constantFrom<Unit>(...UNITS), fc.option(fc.constantFrom('2019 P/L', '2020-priser'), { nil: undefined }), (shapes, fileUnit, priceLevel) => {
      const file = canonicalFile(shapes, fileUnit, priceLevel);
      expect(validateDefinitions(file).problems).toEqual([]);
      const read = parse(exportDanishCsv(file), file);
      expect(read.problems).toEqual([]);
      expect(read.document).toEqual(file);
    }),
    { numRuns: 150 },
  );
});

test('any one-level file without frames reads back from its CSV to the same totals (ids and amount forms aside)', () => {
  const spec: fc.Arbitrary<AmountsSpec> = fc.oneof(amount, byYear);
  fc.assert(
    fc.property(fc.array(initiativeShape, { minLength: 1, maxLength: 10 }), fc.array(spec, { minLength: 10, maxLength: 10 }), (shapes, scalars) => {
      const canonical = canonicalFile(shapes, 'mio. kr.', undefined);
      // Amounts stated once for every year, and ids of the file's own choosing: not canonical, but expressible.
      const file: InitiativeFile = {
        ...canonical,
        initiatives: canonical.initiatives.map((initiative, i) => ({
          ...initiative,
          id: `emne_${i}`,
          ...(initiative.lines === undefined ? { amounts: scalars[i] ?? 1 } : { lines: initiative.lines.map((line, j) => ({ ...line, id: `linje_${i}_${j}` })) }),
        })),
      };
      const read = parse(exportDanishCsv(file), file);
      const back = validateDefinitions(read.document);
      expect(back.problems).toEqual([]);
      if (back.file === undefined) throw new Error('not valid');
      const totals = (f: InitiativeFile) => buildModel(f).committees.map((c) => ({ total: c.total, low: c.totalLow, high: c.totalHigh, capital: c.capital }));
      expect(totals(back.file)).toEqual(totals(file));
    }),
    { numRuns: 100 },
  );
});

describe('[C16] formula-like text is neutralised in the CSV and restored when it is read', () => {
  const payloads = ["=cmd|' /C calc'!A0", '+1+2', '-2+3', '@SUM(1)', '\t=1', '\r=1+3', "'=already quoted", "'plain apostrophe"];
  const fileWith = (texts: readonly string[]): InitiativeFile => ({
    formatVersion: 1,
    title: 'T',
    unit: 'mio. kr.',
    years: [2020],
    committees: [{ id: 'hospitalsudvalget', name: 'Hospitalsudvalget' }],
    initiatives: texts.map((text, i) => ({ id: `hospitalsudvalget_${i + 1}`, committee: 'hospitalsudvalget', number: '-1', title: text, note: text, amounts: { '2020': -1.5 } })),
  });

  test('every text cell that a spreadsheet would run starts with an apostrophe; amounts stay numbers', () => {
    const csv = exportDanishCsv(fileWith(["=cmd|' /C calc'!A0"]));
    expect(csv.split('\r\n')[1]).toBe("Hospitalsudvalget;'-1;'=cmd|' /C calc'!A0;;;;-1,5;'=cmd|' /C calc'!A0;");
    for (const line of csv.split('\r\n').slice(1)) for (const cell of line.split(';')) expect(cell).not.toMatch(/^[=+@]/);
  });

  test('the known payloads read back from the CSV as the same definitions', () => {
    const file = fileWith(payloads);
    const read = parse(exportDanishCsv(file), file);
    expect(read.problems).toEqual([]);
    // The CSV form keeps line breaks as LF (C3), so a CR comes back as LF; nothing else changes.
    expect(read.document).toEqual(fileWith(payloads.map((p) => p.replace('\r', '\n'))));
  });

  test('any text after a trigger character reads back as itself', () => {
    const trigger = fc.constantFrom('=', '+', '-', '@', "'", "''");
    const rest = fc.string({ maxLength: 12 }).filter((s) => s.trim() === s && !/[\r\n\t"]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.tuple(trigger, rest).map(([t, r]) => `${t}${r}`), { minLength: 1, maxLength: 5 }), (texts) => {
        // Rows with one title are one initiative in the CSV form, so each title is made unique.
        const file = fileWith(texts.map((t, i) => `${t} ${i}`));
        const read = parse(exportDanishCsv(file), file);
        expect(read.document).toEqual(file);
      }),
      { numRuns: 200 },
    );
  });
});

test('[C17] an initiative left out exports Nej in a Med column, which reads back as chosen: false; without choices there is no Med column', () => {
  const file: InitiativeFile = {
    formatVersion: 1,
    title: 'Valg',
    unit: 'mio. kr.',
    years: [2020],
    committees: [{ id: 'hospitalsudvalget', name: 'Hospitalsudvalget' }],
    initiatives: [
      { id: 'a', committee: 'hospitalsudvalget', title: 'Med', amounts: 1 },
      { id: 'b', committee: 'hospitalsudvalget', title: 'Uden', chosen: false, lines: [{ title: 'L', amounts: 2 }] },
    ],
  };
  const csv = exportDanishCsv(file);
  expect(csv.split('\r\n').slice(0, 4)).toEqual([
    '\uFEFFUdvalg;Nr.;Emne;Linje;Type;Finansiering;Med;2020;Bemærkning;Enhed',
    'Hospitalsudvalget;;Med;;;;;1;;',
    'Hospitalsudvalget;;Uden;;;;Nej;;;',
    'Hospitalsudvalget;;Uden;L;;;;2;;',
  ]);
  const document = parse(csv, file).document as InitiativeFile;
  expect(document.initiatives.map((i) => i.chosen)).toEqual([undefined, false]);
  expect(exportDanishCsv({ ...file, initiatives: [file.initiatives[0]!] }).split('\r\n')[0]).toBe('\uFEFFUdvalg;Nr.;Emne;Linje;Type;Finansiering;2020;Bemærkning;Enhed');
});
