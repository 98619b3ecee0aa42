/**
 * [D19] [D2] Rounds in the browser preview at the pane's narrowest width (320 px): the sample
 * written, a round saved under a name, an amount typed in the workbook beside the pane, and the
 * comparison: one change, its effect, the change per committee, and the net equal to the
 * difference of the two GrandTotals the pane shows beside it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openPage, screenshot, useOpenedPages, useServedDist } from './helpers/browser';
import { gridCells, parseShown, SAMPLE_PATH, sampleModel, showSheet, useSample, write, yearColumns } from './helpers/pane';

jest.setTimeout(120_000);

const served = useServedDist();
const opened = useOpenedPages();

/** The cells of a pane table's rows, header cell first. */
async function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page.locator(selector).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim())));
}

test('[D19] a round saved, an amount typed in the workbook, the comparison at 320 px', async () => {
  const watched = await openPage(served.browser, { width: 320, height: 900 });
  opened.push(watched);
  const { page } = watched;
  await page.goto(`${served.server.url}/preview.html`);
  await page.getByTestId('pane').waitFor();
  const model = sampleModel();
  const initiatives = (JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')) as { initiatives: unknown[] }).initiatives.length;
  const hosp = model.committees.find((c) => c.id === 'hosp');
  if (hosp === undefined) throw new Error('the sample has no committee hosp');
  await useSample(page);
  expect(await write(page)).toBe('written');

  // No round yet; the name field suggests one for today.
  await page.getByTestId('no-rounds').waitFor();
  expect(await page.getByTestId('round-name').inputValue()).toMatch(/^Seminar \d{1,2}\. [a-zæøå]+\.?$/);
  await page.getByTestId('round-name').fill('Udvalgenes forslag');
  await page.getByTestId('save-round').click();
  await page.getByTestId('round-saved').waitFor();
  expect(await page.getByTestId('round-saved').innerText()).toContain('Runden »Udvalgenes forslag« er gemt i projektmappen.');
  expect(await page.getByTestId('rounds-list').locator('li').allInnerTexts()).toEqual([
    expect.stringMatching(new RegExp(`^Udvalgenes forslag\\s+gemt .+ · ${initiatives} emner\\s+Sammenlign$`)),
  ]);

  await page.getByTestId('rounds-panel').screenshot({ path: 'test-artifacts/rounds-320-saved.png' });

  // A person changes the first amount of Flash glukosemåler in the workbook beside the pane.
  await showSheet(page, hosp.name);
  const cells = await gridCells(page);
  const [y2020] = yearColumns(cells, model.years).columns as [string];
  const before = parseShown(cells.get(`${y2020}11`) ?? '');
  await page.evaluate(([sheet, address]) => window.budgetTablesPreview?.type(sheet, address as string, 11), [hosp.name, `${y2020}11`] as const);
  await page.getByTestId('workbook-changed').waitFor();

  await page.getByRole('button', { name: 'Sammenlign »Udvalgenes forslag« med tabellerne nu' }).click();
  await page.getByTestId('round-comparison').waitFor();
  expect(await page.getByTestId('round-comparison-summary').innerText()).toBe('1 ændring.');
  const danish = (v: number): string => new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
  const effect = model.years.map((year, i) => danish(i === 0 ? 11 - before : 0));
  expect(await tableRows(page, '[data-testid=round-changes-changed] tbody tr')).toEqual([
    ['Flash glukosemåler · Hospitalsudvalget'],
    [expect.stringMatching(/^2020: [\d,.]+ → 11$/)],
    ['Ændring', ...effect],
  ]);
  const net = await tableRows(page, '[data-testid=round-net]');
  expect(net).toEqual([['Nettoændring', ...effect]]);
  const footer = await tableRows(page, '[data-testid=round-committees] tfoot tr');
  const row = (label: string): string[] => footer.find((cellsOf) => cellsOf[0]?.startsWith(label))?.slice(1) ?? [];
  // The net is the difference of I alt, nye midler now and in the round, year by year.
  expect(row('I alt, nye midler i »Udvalgenes forslag«')).toEqual(model.total.map(danish));
  expect(row('Forskel')).toEqual(effect);
  expect(row('I alt, nye midler nu').map((v, i) => parseShown(v) - parseShown(row('I alt, nye midler i')[i] ?? ''))).toEqual(model.years.map((_, i) => parseShown(effect[i] ?? '')));
  expect(await page.getByTestId('round-check').innerText()).toBe('Nettoændringen er forskellen mellem »I alt, nye midler« nu og i »Udvalgenes forslag«.');
  // Nothing sideways at 320 px: the pane does not scroll horizontally.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await screenshot(page, 'rounds-320-compared', page.getByTestId('round-comparison'));
  await page.getByTestId('round-comparison').screenshot({ path: 'test-artifacts/rounds-320-comparison-only.png' });
});
