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

test('[L12] the overview page: new money apart from existing and reprioritised money', () => {
  const overview = words.filter((w) => w.page === 1).map((w) => w.text).join(' ');
  expect(overview).toContain('I alt, nye midler');
  expect(overview).toContain('Eksisterende budget');
  expect(overview).toContain('I alt, eksisterende budget');
  expect(overview).toContain('Omprioritering (budgetneutral)');
});

test('[L7] LibreOffice draws the overview chart, whole, on the page after the overview table', () => {
  const page = (n: number): string => words.filter((w) => w.page === n).map((w) => w.text).join(' ');
  // The overview with its blocks of chosen, existing and reprioritised money takes two pages.
  expect(page(1)).not.toContain('Nye midler pr. udvalg og år');
  expect(page(2)).not.toContain('Nye midler pr. udvalg og år');
  const chart = page(3);
  expect(chart).toContain('Nye midler pr. udvalg og år');
  // The legend names every committee; the category axis the years.
  for (const name of ['Hospitalsudvalget', 'Psykiatri- og socialudvalget', 'Udvalg for nære sundhedstilbud', 'Regional Udvikling']) expect(chart).toContain(name);
  for (const year of ['2020', '2021', '2022', '2023']) expect(chart).toContain(year);
});
