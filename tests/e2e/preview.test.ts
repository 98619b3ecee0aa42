/**
 * The built pane in headless Chromium, in the served.browser preview (the pane beside the in-browser
 * workbook): the sample written end to end, totals in the grid checked against the engine run
 * in this process, the .xlsx download, the stored definitions, and the conflict choice.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { screenshot, useServedDist, useWatchedPage } from './helpers/browser';
import { gridCells, openStored, parseShown, pasteDefinitions, rounded, rowsOf, sampleModel, showSheet, useSample, waitForOutcome, write, yearColumns } from './helpers/pane';

jest.setTimeout(90_000);

const served = useServedDist();
const session = useWatchedPage(served, { height: 1200, open: 'preview.html', waitForPane: true });

test('the sample, written: the grid shows the engine’s grand total and committee totals', async () => {
  const { page } = session.watched;
  const model = sampleModel();
  await useSample(page);
  await screenshot(page, 'preview-1-sample-loaded', page.getByTestId('report-summary'));
  expect(await page.getByTestId('report-summary').innerText()).toContain('Ingen fejl');

  expect(await write(page)).toBe('written');
  await page.locator('[data-testid=grid][data-sheet="Oversigt"]').waitFor();
  await screenshot(page, 'preview-2-sample-written', page.getByTestId('write-result'));

  // The overview's "I alt" row, year by year, against the engine's grand total.
  const overview = await gridCells(page);
  const { columns } = yearColumns(overview, model.years);
  const totalRow = [...rowsOf(overview)].find(([, line]) => [...line.values()].includes('I alt, nye midler'))?.[0];
  expect(totalRow).toBeDefined();
  const shownGrand = columns.map((c) => parseShown(overview.get(`${c}${totalRow}`) ?? ''));
  expect(shownGrand).toEqual(model.total.map((v) => rounded(v)));
  expect(shownGrand[0]).toBeGreaterThan(0);

  // A committee's own sheet: its "I alt" directly above "Heraf drift" is the committee total.
  const hosp = model.committees.find((c) => c.id === 'hosp');
  if (hosp === undefined) throw new Error('the sample has no committee hosp');
  await showSheet(page, hosp.name);
  const sheet = await gridCells(page);
  const rows = rowsOf(sheet);
  const operatingRow = [...rows].find(([, line]) => [...line.values()].includes('Heraf drift'))?.[0] ?? -1;
  expect([...(rows.get(operatingRow - 1)?.values() ?? [])]).toContain('I alt');
  const { columns: hospColumns } = yearColumns(sheet, model.years);
  expect(hospColumns.map((c) => parseShown(sheet.get(`${c}${operatingRow - 1}`) ?? ''))).toEqual(hosp.total.map((v) => rounded(v)));
  await screenshot(page, 'preview-3-committee-sheet');

  // The result names every sheet written and the grand total per year in the pane's number
  // style; the workbook names are behind "Tekniske oplysninger".
  expect(await page.getByTestId('written-sheets').locator('li').allInnerTexts()).toEqual(['Oversigt', ...model.committees.map((c) => c.name)]);
  const danish = (v: number): string => new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
  expect(await page.getByTestId('written-grand-total').locator('td').allInnerTexts()).toEqual(model.total.map(danish));
  expect(await page.getByTestId('written-names').isVisible()).toBe(false);
  await page.getByTestId('written-details').getByText('Tekniske oplysninger').click();
  expect(await page.getByTestId('written-names').innerText()).toContain('GrandTotal');
});

test('"Download .xlsx" gives the last plan as a workbook with the same sheets and names', async () => {
  const { page } = session.watched;
  await useSample(page);
  expect(await write(page)).toBe('written');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  expect(download.suggestedFilename()).toBe('budgettabeller.xlsx');
  const path = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const model = sampleModel();
  // The sheets a user sees; the file adapter may keep its own data in a hidden sheet.
  expect(workbook.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['Oversigt', ...model.committees.map((c) => c.name)]);
  expect(workbook.definedNames.getRanges('GrandTotal').ranges.length).toBe(1);
});

test('the definitions stored in the workbook open again', async () => {
  const { page } = session.watched;
  await openStored(page);
  expect(await page.getByTestId('load-notice').innerText()).toContain('ingen gemte definitioner');

  await useSample(page);
  expect(await write(page)).toBe('written');
  // Load something else, then the stored definitions: the sample comes back.
  await pasteDefinitions(page, '{"formatVersion": 1}');
  await page.getByTestId('error-list').waitFor();
  await openStored(page);
  await page.getByTestId('budget-preview').waitFor();
  expect(await page.getByTestId('load-notice').innerText()).toContain('er indlæst');
  expect(await page.getByTestId('loaded-source').innerText()).toContain('gemte definitioner.json');
  expect(await page.getByTestId('budget-preview').innerText()).toContain(sampleModel().title);
});

test('a value the user changed is a conflict: keep it (nothing written) or overwrite it', async () => {
  const { page } = session.watched;
  const model = sampleModel();
  const hosp = model.committees[0];
  if (hosp === undefined) throw new Error('the sample has no committees');
  await useSample(page);
  expect(await write(page)).toBe('written');
  await showSheet(page, hosp.name);
  const { headerRow, columns } = yearColumns(await gridCells(page), model.years);
  const address = `${columns[0]}${headerRow + 2}`;
  const before = (await gridCells(page)).get(address);

  // A person types 999 into an amount cell of the committee's table.
  await page.evaluate(
    ([sheet, cell]) => window.budgetTablesPreview?.userEdit((user) => user.type(sheet as string, cell as string, 999)),
    [hosp.name, address],
  );
  await page.waitForFunction((cell) => document.querySelector(`[data-testid=grid] td[data-address="${cell}"]`)?.textContent === '999,0', address);
  // The pane follows the edit on its own: the definitions are marked changed in the workbook.
  await page.getByTestId('workbook-changed').waitFor();

  expect(await write(page)).toBe('conflicts');
  // Nothing was written: the edit and the mark stay.
  expect(await page.getByTestId('workbook-changed').count()).toBe(1);
  const conflicts = page.getByTestId('write-conflicts');
  expect(await conflicts.innerText()).toContain(`${hosp.name}!${address}`);
  await screenshot(page, 'preview-4-conflicts', conflicts);

  await page.getByTestId('keep-values').click();
  await page.getByTestId('write-kept').waitFor();
  expect((await gridCells(page)).get(address)).toBe('999,0');

  await page.getByTestId('write-button').click();
  expect(await waitForOutcome(page)).toBe('conflicts');
  await page.getByTestId('overwrite').click();
  expect(await waitForOutcome(page)).toBe('written');
  await page.waitForFunction(([cell, text]) => document.querySelector(`[data-testid=grid] td[data-address="${cell}"]`)?.textContent === text, [address, before ?? '']);
  // Overwritten: the tables are what was written again, and nothing is marked changed.
  expect(await page.getByTestId('workbook-changed').count()).toBe(0);
  await screenshot(page, 'preview-5-overwritten', page.getByTestId('write-result'));
});
