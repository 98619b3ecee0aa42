/**
 * The seminar sample printed as a committee gets it (docs/layout.md, L9 and L13): the
 * CLI's workbook printed to PDF by LibreOffice must be A4 landscape, readable (no body
 * text under 8 pt), in one font family, with the title in the header and "Side X af Y"
 * in the footer. The pages are rendered to test-artifacts/print/ for a person to look at.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { REPO } from '../helpers/fixtures';
import { pdfFonts, pdfPageSizes, pdfWords, printToPdf, renderPages, type PdfWord } from '../helpers/pdf';

jest.setTimeout(240_000);

/**
 * A word box is the font's ascent plus descent: 1.164 of the size in DejaVu Sans, the face
 * LibreOffice draws in Calibri's place here (Carlito, Calibri's metric twin, measures 1.22).
 * Dividing by the larger of the two ratios never overstates a size.
 */
const BOX_PER_POINT = 1.22;
const MIN_POINTS = 8;

const quietIo = { stdout: () => undefined, stderr: () => undefined, now: () => new Date('2026-12-01T10:00:00Z') };

let pdf = '';
let words: PdfWord[] = [];

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bt-print-'));
  const xlsx = join(dir, 'budget-2020-seminar.xlsx');
  expect(await main(['build', join(REPO, 'data', 'budget-2020-seminar.json'), '--out', xlsx], quietIo)).toBe(0);
  pdf = await printToPdf(xlsx, dir);
  words = await pdfWords(pdf);
  await renderPages(pdf, join(REPO, 'test-artifacts', 'print'), 'seminar');
});

test('[L13] every page is A4 landscape', async () => {
  const sizes = await pdfPageSizes(pdf);
  expect(sizes.length).toBeGreaterThanOrEqual(5);
  for (const size of sizes) expect({ width: Math.round(size.width), height: Math.round(size.height) }).toEqual({ width: 842, height: 595 });
});

test('[L13] no text on any page is under 8 pt', () => {
  expect(words.length).toBeGreaterThan(500);
  const smallest = Math.min(...words.map((w) => w.height)) / BOX_PER_POINT;
  const tooSmall = words.filter((w) => w.height / BOX_PER_POINT < MIN_POINTS).map((w) => `${w.page}: ${w.text}`);
  expect(tooSmall).toEqual([]);
  expect(smallest).toBeGreaterThanOrEqual(MIN_POINTS);
});

test('[L13] the title heads every page; the footer says the unit, "Side X af Y" and the build date', () => {
  const pages = Math.max(...words.map((w) => w.page));
  for (let page = 1; page <= pages; page++) {
    const text = words.filter((w) => w.page === page).map((w) => w.text).join(' ');
    expect(text.startsWith('Budget 2020 – emner til budgetseminaret 22. maj 2019')).toBe(true);
    expect(text).toContain(`Side ${page} af ${pages}`);
    expect(text).toContain('Beløb i mio. kr., 2019 P/L');
    expect(text).toContain('Dannet 2026-12-01');
  }
});

test('[L9] one font family throughout, bold and italic included', async () => {
  const families = new Set((await pdfFonts(pdf)).map((name) => name.split('-')[0]));
  expect([...families]).toHaveLength(1);
});

test('[L12] the overview pages: new money apart from existing and reprioritised money', () => {
  expect(pageText(1)).toContain('I alt, nye midler');
  // Existing and reprioritised money follow on the overview's second page, each block whole (L13).
  const blocks = pageText(2);
  expect(blocks).toContain('Eksisterende budget');
  expect(blocks).toContain('I alt, eksisterende budget');
  expect(blocks).toContain('Omprioritering (budgetneutral)');
});

test('[L7] LibreOffice draws the overview chart, whole, on the page after the overview table', () => {
  const page = pageText;
  // The overview with its blocks of chosen, existing and reprioritised money takes two pages.
  expect(page(1)).not.toContain('Nye midler pr. udvalg og år');
  expect(page(2)).not.toContain('Nye midler pr. udvalg og år');
  const chart = page(3);
  expect(chart).toContain('Nye midler pr. udvalg og år');
  // The legend names every committee; the category axis the years.
  for (const name of ['Hospitalsudvalget', 'Psykiatri- og socialudvalget', 'Udvalg for nære sundhedstilbud', 'Regional Udvikling']) expect(chart).toContain(name);
  for (const year of ['2020', '2021', '2022', '2023']) expect(chart).toContain(year);
});

/** A page's words in reading order, joined by spaces. */
function pageText(page: number): string {
  return words.filter((w) => w.page === page).map((w) => w.text).join(' ');
}

/** The printed lines of a page, top to bottom: words whose tops are within a point of each other. */
function pageLines(page: number): string[] {
  const lines: { y: number; words: PdfWord[] }[] = [];
  for (const word of words.filter((w) => w.page === page)) {
    const line = lines.find((l) => Math.abs(l.y - word.y) < 1);
    if (line === undefined) lines.push({ y: word.y, words: [word] });
    else line.words.push(word);
  }
  return lines.sort((a, b) => a.y - b.y).map((l) => l.words.sort((a, b) => a.x - b.x).map((w) => w.text).join(' '));
}

/**
 * A table row's first printed line: the rows are top-aligned, so the line that holds the
 * row's amounts (one decimal, e.g. 45.3) or its Med (Ja, Nej) is its first; a wrapped title
 * or note continues on lines without them.
 */
function isTableRow(line: string): boolean {
  return line.split(' ').some((word) => /^-?[\d,]*\d\.\d$/.test(word) || word === 'Ja' || word === 'Nej');
}

/** Pages that open a sheet: the document title in the page header and again in the sheet's title block. */
function opensSheet(page: number): boolean {
  return pageText(page).split('Budget 2020 – emner til budgetseminaret 22. maj 2019').length - 1 === 2;
}

describe('[L13] the printed pages keep blocks together', () => {
  const pageCount = (): number => Math.max(...words.map((w) => w.page));
  const pagesWith = (text: string): number[] => Array.from({ length: pageCount() }, (_, i) => i + 1).filter((p) => pageText(p).includes(text));

  test('I alt, omprioritering prints on the page of its heading Omprioritering (budgetneutral)', () => {
    // The overview's block and the Psykiatri- og socialudvalget's.
    expect(pagesWith('Omprioritering (budgetneutral)')).toHaveLength(2);
    expect(pagesWith('I alt, omprioritering')).toEqual(pagesWith('Omprioritering (budgetneutral)'));
  });

  test("every committee sheet's Heraf valgt prints on a page with at least one initiative row", () => {
    const chosenPages = Array.from({ length: pageCount() }, (_, i) => i + 1).filter((p) => pageLines(p).some((line) => /^Heraf valgt [-\d]/.test(line)));
    expect(chosenPages).toHaveLength(4);
    for (const page of chosenPages) {
      // An initiative's row (and each of its lines) ends in its Med: Ja or Nej.
      const initiativeRows = pageLines(page).filter((line) => / (Ja|Nej)$/.test(line)).length;
      expect({ page, withInitiative: initiativeRows > 0 }).toEqual({ page, withInitiative: true });
    }
  });

  test('the pool Projektpulje til regionale udviklingsaktiviteter prints on one page with its lines and what is left of it', () => {
    const pool = 'Projektpulje til regionale udviklingsaktiviteter';
    const lines = ['Mobilitet og yderområder', 'Internationale aktiviteter', 'Sundhedsinnovation', 'Bæredygtighed og Grøn omstilling', 'Klima', 'Digitalisering', 'Udvikling af arbejdskraftressourcer'];
    const pages = pagesWith(pool);
    expect(pages).toHaveLength(1);
    const page = pageLines(pages[0] ?? 0);
    const at = (title: string): number => page.findIndex((line) => line.includes(title));
    for (const title of lines) expect({ title, after: at(title) > at(pool) }).toEqual({ title, after: true });
    // Its Ikke udmøntet follows its last line on the same page.
    expect(page.findIndex((line, i) => i > at('Udvikling af arbejdskraftressourcer') && line.startsWith('Ikke udmøntet'))).toBeGreaterThan(0);
  });

  test("no page but a sheet's last holds fewer than three table rows", () => {
    const pages = pageCount();
    const rowsOnPage = Array.from({ length: pages }, (_, i) => ({ page: i + 1, rows: pageLines(i + 1).filter(isTableRow).length }));
    const notLast = rowsOnPage.filter(({ page }) => page < pages && !opensSheet(page + 1));
    expect(notLast.length).toBeGreaterThanOrEqual(4);
    for (const page of notLast) expect(page.rows).toBeGreaterThanOrEqual(3);
  });
});
