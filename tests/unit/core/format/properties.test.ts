/**
 * Property-based tests of the whole CSV reader (docs/format-csv.md): generated
 * tables written the way Excel and people write them read back as the expected
 * document, and no input at all makes the reader throw.
 */
import fc from 'fast-check';
import { parseCsvDefinitions } from '../../../../src/core/format/csv';
import type { Amount, Kind } from '../../../../src/core/format/types';
import { catalog } from '../../../../src/core/i18n/catalog';
import { formatProblem } from '../../../../src/core/i18n/formatProblem';
import type { Location, PathSegment } from '../../../../src/core/problems';

const COMMITTEES: ReadonlyArray<readonly [string, string]> = [
  ['Hospitalsudvalget', 'hospitalsudvalget'],
  ['Psykiatri- og socialudvalget', 'psykiatri_og_socialudvalget'],
  ['Udvalg for nære sundhedstilbud', 'udvalg_for_naere_sundhedstilbud'],
  ['Regional Udvikling', 'regional_udvikling'],
  ['Udvalg for trafik & miljø', 'udvalg_for_trafik_miljoe'],
  ['2. Forretningsudvalg', 'u_2_forretningsudvalg'],
];
const TITLES = [
  'Personlig medicin',
  'Flash glukosemåler',
  'Kræftpakker',
  'Akutnummer 1-1-3',
  'Indvandrermedicinsk klinik',
  'Midler til TUT; drift',
  'Øget kapacitet "anlæg"',
];
const LINE_TITLES = ['Påbegynde PM-oprustning', 'Huslejeudgifter (NGC)', 'Søndersøparken; vedligehold', 'Nyt sengeafsnit "12 senge"', 'Buffersenge\nog personale', ' 2.1 Video '];
const NOTES = ['Foreløbige overslag', "RM's andel (21,4 %); 2021-2022 ikke oplyst", 'Skøn: "omkring 5 mio. kr."', 'Linje et\nLinje to', 'Beløb i 2019 P/L, årligt'];
const YEARS = [2020, 2021, 2022, 2023];

interface LineModel {
  title: string;
  kind?: Kind | undefined;
  note?: string | undefined;
  amounts: Array<Amount | undefined>;
  repeatNumber: boolean;
}

interface InitiativeModel {
  title: string;
  number?: string | undefined;
  kind?: Kind | undefined;
  note?: string | undefined;
  carrier: 'none' | 'first' | 'last';
  amounts: Array<Amount | undefined>;
  lines: LineModel[];
}

interface CommitteeModel {
  name: string;
  id: string;
  initiatives: InitiativeModel[];
}

const money = fc.integer({ min: -(10 ** 12), max: 10 ** 12 }).map((n) => n / 100);
const amount: fc.Arbitrary<Amount> = fc.oneof(money, fc.tuple(money, money).map(([min, max]) => ({ min, max })));
const amounts = fc.array(fc.option(amount, { nil: undefined }), { minLength: YEARS.length, maxLength: YEARS.length });
const kind = fc.option(fc.constantFrom<Kind>('operating', 'capital'), { nil: undefined });
const note = fc.option(fc.constantFrom(...NOTES), { nil: undefined });

const lineModel: fc.Arbitrary<LineModel> = fc.record({
  title: fc.constantFrom(...LINE_TITLES).map((t) => t.trim()),
  kind,
  note,
  amounts,
  repeatNumber: fc.boolean(),
});

const initiativeModel: fc.Arbitrary<InitiativeModel> = fc
  .record({
    title: fc.constantFrom(...TITLES),
    number: fc.option(fc.constantFrom('1', '2', '10', '2.1'), { nil: undefined }),
    kind,
    note,
    carrier: fc.constantFrom<InitiativeModel['carrier']>('none', 'first', 'last'),
    amounts,
    lines: fc.array(lineModel, { maxLength: 3 }),
  })
  .map((i) => {
    // Without its own row an initiative has nothing to carry kind, note or amounts,
    // and without lines either it would not be in the file at all.
    if (i.lines.length === 0 && i.carrier === 'none') return { ...i, carrier: 'first' as const };
    if (i.carrier !== 'none') return i;
    return { title: i.title, number: i.number, carrier: i.carrier, amounts: YEARS.map(() => undefined), lines: i.lines.map((l) => ({ ...l, repeatNumber: true })) };
  });

const table: fc.Arbitrary<CommitteeModel[]> = fc.uniqueArray(
  fc.record({
    committee: fc.constantFrom(...COMMITTEES),
    initiatives: fc.uniqueArray(initiativeModel, { selector: (i) => i.title, minLength: 1, maxLength: 3 }),
  }),
  { selector: (c) => c.committee[0], minLength: 1, maxLength: 3 },
).map((list) => list.map(({ committee: [name, id], initiatives }) => ({ name, id, initiatives })));

type Column = 'committee' | 'number' | 'title' | 'line' | 'kind' | 'note' | 0 | 1 | 2 | 3;

/** How a file writes things: generated independently of the code under test. */
interface Style {
  columns: Column[];
  headers: Record<string, string>;
  eol: '\r\n' | '\n';
  finalEol: boolean;
  quoteAll: boolean[];
  grouping: boolean;
  minus: string;
  dash: string;
  trimZeros: boolean;
  kindWords: { operating: string; capital: string };
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
}

const style: fc.Arbitrary<Style> = fc.record({
  columns: fc.shuffledSubarray<Column>(['committee', 'number', 'title', 'line', 'kind', 'note', 0, 1, 2, 3], { minLength: 10, maxLength: 10 }),
  headers: fc.record({
    committee: fc.constantFrom('Udvalg', 'Committee', 'UDVALG'),
    number: fc.constantFrom('Nr.', 'Nr', 'Number'),
    title: fc.constantFrom('Emne', 'Initiative', ' emne '),
    line: fc.constantFrom('Linje', 'Line'),
    kind: fc.constantFrom('Type', 'Kind'),
    note: fc.constantFrom('Bemærkning', 'Note'),
    year: fc.constantFrom('', 'Beløb ', 'Amount '),
  }),
  eol: fc.constantFrom<Style['eol']>('\r\n', '\n'),
  finalEol: fc.boolean(),
  quoteAll: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
  grouping: fc.boolean(),
  minus: fc.constantFrom('-', '\u2212'),
  dash: fc.constantFrom('-', ' - ', '\u2013', ' \u2013 '),
  trimZeros: fc.boolean(),
  kindWords: fc.record({ operating: fc.constantFrom('drift', 'Drift', 'operating'), capital: fc.constantFrom('anlæg', 'Anlæg', 'ANLÆG', 'capital') }),
  encoding: fc.constantFrom<Style['encoding']>('utf-8', 'utf-8-bom', 'windows-1252'),
});

/** A Danish number written by hand: toFixed, then comma and optional dot grouping. */
function danish(value: number, s: Style): string {
  let [integer = '', fraction = ''] = Math.abs(value).toFixed(2).split('.');
  if (s.trimZeros) fraction = fraction.replace(/0+$/, '');
  if (s.grouping) integer = integer.replace(/\B(?=(\d{3})+$)/g, '.');
  const sign = value < 0 ? s.minus : '';
  return `${sign}${integer}${fraction === '' ? '' : `,${fraction}`}`;
}

function amountText(a: Amount | undefined, s: Style): string {
  if (a === undefined) return '';
  return typeof a === 'number' ? danish(a, s) : danish(a.min, s) + s.dash + danish(a.max, s);
}

let quoteCounter = 0;
function cell(text: string, s: Style): string {
  const must = /[;"\n\r]/.test(text) || text !== text.trim();
  quoteCounter = (quoteCounter + 1) % s.quoteAll.length;
  return must || s.quoteAll[quoteCounter] === true ? `"${text.replace(/"/g, '""')}"` : text;
}

const CP1252_EXTRA: Readonly<Record<string, number>> = { '\u20ac': 0x80, '\u2013': 0x96, '\u2014': 0x97 };

function encode(text: string, encoding: Style['encoding']): Uint8Array {
  if (encoding === 'windows-1252') {
    const bytes: number[] = [];
    for (const c of text) {
      const code = c.charCodeAt(0);
      const byte = CP1252_EXTRA[c] ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : undefined);
      // U+2212 and friends have no Windows-1252 byte; such a file is saved as UTF-8.
      if (byte === undefined) return encode(text, 'utf-8');
      bytes.push(byte);
    }
    return new Uint8Array(bytes);
  }
  const utf8 = new TextEncoder().encode(text);
  return encoding === 'utf-8' ? utf8 : new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
}

interface Written {
  bytes: Uint8Array;
  /** Expected location of each amount cell, by JSON path. */
  amountCells: Array<{ path: PathSegment[]; location: Location }>;
  rowLines: Map<string, number>;
  yearHeader: (year: number) => string;
}

function write(committees: CommitteeModel[], s: Style): Written {
  const yearHeader = (year: number): string => `${s.headers.year}${year}`.trim();
  const headerOf = (c: Column): string => (typeof c === 'number' ? yearHeader(YEARS[c] ?? 0) : (s.headers[c] ?? ''));
  const lines: string[] = [s.columns.map((c) => cell(headerOf(c), s)).join(';')];
  const amountCells: Written['amountCells'] = [];
  const rowLines = new Map<string, number>();
  // The header is line 1 (header names hold no line breaks).
  let physical = 2;
  const emit = (values: Partial<Record<Column, string>>, path: PathSegment[], rowAmounts: Array<Amount | undefined>): void => {
    const text = s.columns.map((c) => cell(values[c] ?? '', s)).join(';');
    rowLines.set(JSON.stringify(path), physical);
    rowAmounts.forEach((a, i) => {
      if (a !== undefined) amountCells.push({ path: [...path, 'amounts', String(YEARS[i])], location: { kind: 'csv', line: physical, column: yearHeader(YEARS[i] ?? 0) } });
    });
    lines.push(text);
    physical += text.split('\n').length;
  };
  const kindWord = (k: Kind | undefined): string => (k === undefined ? '' : s.kindWords[k]);
  const yearCells = (list: Array<Amount | undefined>): Partial<Record<Column, string>> => ({ 0: amountText(list[0], s), 1: amountText(list[1], s), 2: amountText(list[2], s), 3: amountText(list[3], s) });
  let index = 0;
  for (const committee of committees) {
    for (const initiative of committee.initiatives) {
      const base = { committee: committee.name, title: initiative.title };
      const own = (): void =>
        emit(
          { ...base, number: initiative.number ?? '', kind: kindWord(initiative.kind), note: initiative.note ?? '', ...yearCells(initiative.amounts) },
          ['initiatives', index],
          initiative.amounts,
        );
      if (initiative.carrier === 'first') own();
      initiative.lines.forEach((line, j) =>
        emit(
          { ...base, number: line.repeatNumber ? (initiative.number ?? '') : '', line: line.title, kind: kindWord(line.kind), note: line.note ?? '', ...yearCells(line.amounts) },
          ['initiatives', index, 'lines', j],
          line.amounts,
        ),
      );
      if (initiative.carrier === 'last') own();
      index += 1;
    }
  }
  const text = lines.join(s.eol) + (s.finalEol ? s.eol : '');
  return { bytes: encode(text, s.encoding), amountCells, rowLines, yearHeader };
}

function stated(list: Array<Amount | undefined>): Record<string, Amount> | undefined {
  const out: Record<string, Amount> = {};
  list.forEach((a, i) => {
    if (a !== undefined) out[String(YEARS[i])] = a;
  });
  return Object.keys(out).length === 0 ? undefined : out;
}

function withDefined(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}

function expectedDocument(committees: CommitteeModel[], s: Style): unknown {
  return {
    formatVersion: 1,
    title: 'budget',
    unit: 'mio. kr.',
    years: s.columns.filter((c): c is 0 | 1 | 2 | 3 => typeof c === 'number').map((c) => YEARS[c]),
    committees: committees.map(({ id, name }) => ({ id, name })),
    initiatives: committees.flatMap((committee) =>
      committee.initiatives.map((initiative, k) =>
        withDefined({
          id: `${committee.id}_${k + 1}`,
          committee: committee.id,
          title: initiative.title,
          number: initiative.number,
          kind: initiative.kind,
          note: initiative.note,
          amounts: initiative.carrier === 'none' ? undefined : stated(initiative.amounts),
          lines:
            initiative.lines.length === 0
              ? undefined
              : initiative.lines.map((line) => withDefined({ title: line.title, kind: line.kind, note: line.note, amounts: stated(line.amounts) })),
        }),
      ),
    ),
  };
}

describe('CSV reader properties', () => {
  it('[C14] a generated table written as a semicolon CSV reads back as the expected document, located cell by cell', () => {
    fc.assert(
      fc.property(table, style, (committees, s) => {
        const written = write(committees, s);
        const result = parseCsvDefinitions(written.bytes, { fileName: 'budget.csv' });
        expect(result.problems).toEqual([]);
        expect(result.delimiter).toBe(';');
        expect(result.document).toEqual(expectedDocument(committees, s));
        for (const { path, location } of written.amountCells) expect(result.locate(path)).toEqual(location);
        // An initiative with its own row is located at that row, wherever its lines are; a line at its row.
        for (const [path, line] of written.rowLines) expect(result.locate(JSON.parse(path) as PathSegment[])).toEqual({ kind: 'csv', line });
      }),
      { numRuns: 300 },
    );
  });

  const codes = new Set(Object.keys(catalog));

  function checkInvariants(bytes: Uint8Array): void {
    const result = parseCsvDefinitions(bytes, { fileName: 'fuzz.csv' });
    const text = new TextDecoder('utf-8').decode(bytes);
    const maxLine = text.split(/\r\n|\r|\n/).length;
    for (const problem of result.problems) {
      expect(codes.has(problem.code)).toBe(true);
      if (problem.location.kind === 'csv') {
        expect(problem.location.line).toBeGreaterThanOrEqual(1);
        expect(problem.location.line).toBeLessThanOrEqual(maxLine);
      }
      for (const lang of ['da', 'en'] as const) expect(formatProblem(problem, lang)).not.toMatch(/\{\w+\}/);
    }
    if (result.document === undefined) expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
    else expect(JSON.parse(JSON.stringify(result.document))).toStrictEqual(result.document);
    for (const path of [['initiatives', 0, 'amounts', '2021'], ['committees', 0], ['years', 0], ['x']]) {
      expect(['csv', 'file']).toContain(result.locate(path).kind);
    }
  }

  it('[C14] arbitrary bytes never make the reader throw', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), checkInvariants), { numRuns: 500 });
  });

  it('[C14] arbitrary CSV-like text never makes the reader throw, and its problems are well formed', () => {
    const token = fc.constantFrom(
      ';', ';', ',', '\t', '"', '""', '\n', '\r\n', '\r', ' ', '1', '5,5', '1.32', '-', '\u2013', '\u2212', 'e5', 'a', 'æ',
      'Udvalg', 'Emne', 'Linje', 'Type', 'Enhed', 'Nr.', 'Beløb ', '2021', '2022', '20211', 'drift', 'anlæg', 'kr.', 'sep=', '\uFEFF',
    );
    const header = fc.constantFrom('', 'Udvalg;Emne;Linje;Type;Enhed;2021;2022\n', 'Committee,Initiative,Line,2021\r\n', 'sep=;\n');
    fc.assert(
      fc.property(header, fc.array(token, { maxLength: 300 }), fc.boolean(), (start, tokens, latin) => {
        const text = start + tokens.join('');
        const bytes = latin ? new Uint8Array([...text].map((c) => c.charCodeAt(0) & 0xff)) : new TextEncoder().encode(text);
        checkInvariants(bytes);
      }),
      { numRuns: 1000 },
    );
  });
});
