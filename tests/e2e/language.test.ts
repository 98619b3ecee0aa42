/**
 * Danish by default, English on request: the pane's own labels follow the language switch,
 * and the workbook labels follow the pane until the user picks them separately.
 */
import { screenshot, useServedDist, useWatchedPage } from './helpers/browser';
import { gridCells, openLoadWays, showSheet, useSample, write } from './helpers/pane';

jest.setTimeout(90_000);

const served = useServedDist();
const session = useWatchedPage(served, { height: 1600 });

test('switching the pane between Danish and English changes every label, and the workbook labels with it', async () => {
  const { page } = session.watched;
  await page.goto(`${served.server.url}/preview.html`);
  await page.getByTestId('pane').waitFor();
  const pane = page.getByTestId('pane');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
  await openLoadWays(page);
  for (const label of ['Indlæs emner', 'Brug eksemplet', 'Åbn definitionerne gemt i denne projektmappe', 'Skriv til projektmappen']) {
    expect(await pane.getByText(label, { exact: true }).count()).toBeGreaterThan(0);
  }
  expect(await page.getByTestId('workbook').getByRole('heading', { name: 'Projektmappe' }).count()).toBe(1);
  await useSample(page);
  expect(await page.getByTestId('budget-preview').innerText()).toContain('Forhåndsvisning');
  await screenshot(page, 'language-1-danish');

  await page.getByTestId('ui-language').selectOption('en');
  await pane.getByRole('heading', { name: 'Load initiatives' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await openLoadWays(page);
  for (const label of ['Use the sample', 'Open the definitions stored in this workbook', 'Write to workbook']) {
    expect(await pane.getByText(label, { exact: true }).count()).toBeGreaterThan(0);
  }
  const preview = await page.getByTestId('budget-preview').innerText();
  expect(preview).toContain('Preview');
  expect(preview).toContain('Amounts in DKK million, 2019 P/L');
  expect(preview).not.toContain('Forhåndsvisning');
  expect(await page.getByTestId('workbook').getByRole('heading', { name: 'Workbook' }).count()).toBe(1);
  expect(await page.getByTestId('label-language').getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
  await screenshot(page, 'language-2-english', page.getByTestId('budget-preview'));

  // The workbook labels followed the pane into English.
  expect(await write(page)).toBe('written');
  await showSheet(page, 'Overview');
  let cells = [...(await gridCells(page)).values()];
  expect(cells).toContain('Total, new money');
  expect(cells).toContain('Of which operating');
  expect(cells).not.toContain('I alt');
  await screenshot(page, 'language-3-english-workbook', page.getByTestId('write-result'));

  // Chosen apart from the pane: Danish labels in the workbook while the pane stays English.
  await page.getByTestId('label-language').getByRole('radio', { name: 'Dansk' }).check();
  expect(await write(page)).toBe('written');
  await showSheet(page, 'Oversigt');
  cells = [...(await gridCells(page)).values()];
  expect(cells).toContain('I alt, nye midler');
  expect(cells).toContain('Heraf drift');
  expect(await pane.getByRole('heading', { name: 'Load initiatives' }).count()).toBe(1);

  await page.getByTestId('ui-language').selectOption('da');
  await pane.getByRole('heading', { name: 'Indlæs emner' }).waitFor();
  expect(await page.getByTestId('write-result').innerText()).toContain('Tabellerne er skrevet');
  await screenshot(page, 'language-4-back-to-danish');
});
