import { describeContainer, describeLocation, describeNode, describePlace, formatProblem, placeOf } from '../../../../src/core/i18n/formatProblem';
import { loadDefinitions } from '../../../../src/core/load';
import { error, type PathSegment } from '../../../../src/core/problems';

const document = {
  formatVersion: 1,
  title: 'Budget 2020',
  years: [2020, 'x'],
  committees: [{ id: 'sund', name: 'Sundhed' }, { id: 'ru' }],
  initiatives: [
    { id: 'a', committee: 'sund', title: 'Akutberedskab', amounts: { 2020: 1 } },
    { id: 'b', committee: 'sund', title: 'Beløb som tekst', amounts: { 2020: 'mange' } },
    { id: 'n', committee: 'sund', number: '7', title: 'Med eget nummer', lines: [{ number: '7.2', title: 'Delpost', amounts: 'x' }] },
    {
      id: 'c',
      committee: 'ru',
      title: 'Kollektiv trafik',
      lines: [{ title: 'Busser', lines: [{ title: 'Natbusser', amounts: { 2021: { min: 3, max: 1 } } }] }],
      frame: { 2020: 10 },
    },
    { id: 'd', committee: 'ru', title: `En meget lang titel der ${'bliver ved '.repeat(8)}` },
  ],
};

const at = (path: PathSegment[], lang: 'da' | 'en' = 'da') => describeLocation({ kind: 'json', path }, lang, document);

describe('describeLocation: JSON locations in the user\'s words', () => {
  it('names the initiative by number and title, and the year', () => {
    expect(at(['initiatives', 1, 'amounts', '2020'])).toBe('Emne 2 »Beløb som tekst«, 2020');
    expect(at(['initiatives', 1, 'amounts', '2020'], 'en')).toBe('Initiative 2 “Beløb som tekst”, 2020');
  });

  it('follows nested lines and names the end of a range', () => {
    expect(at(['initiatives', 3, 'lines', 0, 'lines', 0, 'amounts', '2021', 'min'])).toBe('Emne 4 »Kollektiv trafik«, linje 1.1 »Natbusser«, 2021, fra');
    expect(at(['initiatives', 3, 'lines', 0, 'lines', 0, 'amounts', '2021', 'max'], 'en')).toBe('Initiative 4 “Kollektiv trafik”, line 1.1 “Natbusser”, 2021, to');
  });

  it('uses the number the user gave, as the workbook shows it, before the position', () => {
    expect(at(['initiatives', 2, 'title'])).toBe('Emne 7 »Med eget nummer«, titel');
    expect(at(['initiatives', 2, 'lines', 0, 'amounts'])).toBe('Emne 7 »Med eget nummer«, linje 7.2 »Delpost«, beløb');
  });

  it('names fields, frames and committees', () => {
    expect(at(['initiatives', 3, 'frame', '2020'])).toBe('Emne 4 »Kollektiv trafik«, ramme 2020');
    expect(at(['initiatives', 0, 'committee'])).toBe('Emne 1 »Akutberedskab«, udvalg');
    expect(at(['committees', 0, 'name'])).toBe('Udvalg 1 »Sundhed«, navn');
    expect(at(['committees', 1, 'name'], 'en')).toBe('Committee 2 “ru”, name');
    expect(at(['years', 1])).toBe('År, år nr. 2');
    expect(at(['title'], 'en')).toBe('Document title');
    expect(at([])).toBe('filen');
  });

  it('cuts a long title to one short line', () => {
    const text = at(['initiatives', 4, 'title']);
    expect(text).toBe('Emne 5 »En meget lang titel der bliver ved…«, titel');
  });

  it('falls back to the path where the document does not explain it, without trusting the document', () => {
    expect(at(['initiatives', 9, 'amounts', '2020'])).toBe('Emne 10, 2020');
    expect(at(['initiatives', 0, 'surprise', 'deeper'])).toBe('Emne 1 »Akutberedskab«, surprise.deeper');
    expect(at(['unknownTop', 2])).toBe('unknownTop[2]');
    expect(describeLocation({ kind: 'json', path: ['initiatives', 0, 'title'] }, 'da', { initiatives: 'not a list' })).toBe('Emne 1, titel');
    expect(describeLocation({ kind: 'json', path: ['initiatives', 0, 'title'] }, 'da', JSON.parse('{"initiatives":[{"__proto__":{"title":"x"}}]}'))).toBe('Emne 1, titel');
  });

  it('leaves CSV and whole-file locations as they were', () => {
    expect(describeLocation({ kind: 'csv', line: 3, column: '2021' }, 'da', document)).toBe('linje 3, kolonne 2021');
    expect(describeLocation({ kind: 'file' }, 'en', document)).toBe('the file');
  });

  it('is used by formatProblem when the document is given', () => {
    const problem = error('expectedNumber', { kind: 'json', path: ['initiatives', 1, 'amounts', '2020'] });
    expect(formatProblem(problem, 'da', document)).toMatch(/^Fejl: Emne 2 »Beløb som tekst«, 2020: /);
    expect(formatProblem(problem, 'da')).toMatch(/^Fejl: initiatives\[1\]\.amounts\.2020: /);
  });
});

describe('loadDefinitions: warnings located the way the input is', () => {
  it('places the engine\'s warnings on CSV lines, not JSON paths', () => {
    const csv = 'Udvalg;Emne;2020;2021\nSundhed;Akutberedskab;1,5;2\nSundhed;Emne uden beløb;;\n';
    const result = loadDefinitions({ fileName: 'forslag.csv', bytes: new TextEncoder().encode(csv) }, { title: 'Budget' });
    const warnings = result.problems.filter((p) => p.severity === 'warning');
    expect(warnings.map((w) => w.location)).toEqual([{ kind: 'csv', line: 3 }]);
    expect(result.document).toBeDefined();
  });
});

describe('[R17] places of initiatives and lines, for the messages that name them', () => {
  it('finds the committee by name, and the initiative and lines a node sits in, outermost first', () => {
    expect(placeOf(document, ['initiatives', 2, 'lines', 0])).toEqual({ node: { number: '7.2', title: 'Delpost' }, committee: 'Sundhed', parents: [{ number: '7', title: 'Med eget nummer' }] });
    // A committee without a name is named by its id.
    expect(placeOf(document, ['initiatives', 3, 'lines', 0, 'lines', 0])).toEqual({ node: { title: 'Natbusser' }, committee: 'ru', parents: [{ title: 'Kollektiv trafik' }, { title: 'Busser' }] });
    expect([placeOf(document, ['initiatives', 9]), placeOf(document, ['initiatives', 0, 'amounts']), placeOf(document, ['committees', 0])]).toEqual([undefined, undefined, undefined]);
  });

  it('words a place in Danish and English: the node on one line, the lines it is under, the committee', () => {
    const place = placeOf(document, ['initiatives', 3, 'lines', 0, 'lines', 0]);
    if (place === undefined) throw new Error('no place');
    expect([describeNode({ title: 'Ny\n  linje', number: '4' }, 'da'), describeNode({ title: 'Ny linje' }, 'en')]).toEqual(['»Ny linje« (nr. 4)', '“Ny linje”']);
    expect(describePlace(place, 'da')).toBe('under »Busser« under »Kollektiv trafik« i ru');
    expect(describePlace(place, 'en')).toBe('under “Busser” under “Kollektiv trafik” in ru');
    expect(describePlace({ ...place, parents: [] }, 'da')).toBe('i ru');
    expect(describeContainer({ ...place, parents: [] }, 'en')).toBe('ru');
  });
});
