/**
 * Files with errors in the built pane: every error is listed with its location, in the UI
 * language, warnings apart; nothing can be written, and the workbook stays untouched.
 * Loaded through each door: the file picker, drag and drop (a Danish CSV), and paste.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { renderMessage } from '../../src/core/i18n/catalog';
import { describeLocation } from '../../src/core/i18n/formatProblem';
import type { Lang } from '../../src/core/i18n/lang';
import { loadDefinitions } from '../../src/core/load';
import { FIXTURES } from '../helpers/fixtures';
import { screenshot, useServedDist, useWatchedPage } from './helpers/browser';
import { pasteDefinitions } from './helpers/pane';

jest.setTimeout(90_000);

const served = useServedDist();
const session = useWatchedPage(served, { height: 1200 });

/** What the pane must list: each problem as "location: message" in the user's words, computed by the core in this process. */
function expectedLines(fileName: string, bytes: Uint8Array, lang: Lang) {
  const { problems, document } = loadDefinitions({ fileName, bytes });
  const line = (p: (typeof problems)[number]) => `${describeLocation(p.location, lang, document)}: ${renderMessage(p.code, lang, p.params)}`;
  return { errors: problems.filter((p) => p.severity === 'error').map(line), warnings: problems.filter((p) => p.severity === 'warning').map(line) };
}

async function listed(page: Page, testId: string): Promise<string[]> {
  const list = page.getByTestId(testId);
  if ((await list.count()) === 0) return [];
  return list.locator('li').allInnerTexts();
}

/** The in-browser workbook as the grid reads it: sheet names and whether each has any cell. */
async function workbookSheets(page: Page): Promise<{ name: string; rows: number }[]> {
  return page.evaluate(async () => {
    const sheets = (await window.budgetTablesPreview?.read()) ?? [];
    return sheets.map((s) => ({ name: s.name, rows: s.rows.length }));
  });
}

test('a JSON file with errors, chosen with the file picker: every error listed, nothing written', async () => {
  const { page } = session.watched;
  await page.goto(`${served.server.url}/preview.html`);
  const path = join(FIXTURES, 'invalid-references', 'input.json');
  const bytes = readFileSync(path);
  const expected = expectedLines('input.json', bytes, 'da');
  expect(expected.errors.length).toBeGreaterThan(3);

  await page.getByTestId('file-input').setInputFiles(path);
  await page.getByTestId('error-list').waitFor();
  await screenshot(page, 'errors-1-json', page.getByTestId('report-summary'));

  expect(await listed(page, 'error-list')).toEqual(expected.errors);
  expect(await listed(page, 'warning-list')).toEqual(expected.warnings);
  // Named in the user's words; the JSON path on request, for the reader who edits the file by hand.
  expect(expected.errors.some((line) => line.startsWith('Emne '))).toBe(true);
  expect(await page.getByTestId('problem-path').count()).toBe(0);
  await page.getByTestId('show-paths').check();
  expect((await page.getByTestId('problem-path').allInnerTexts()).some((text) => /^Sti: initiatives\[\d+\]/.test(text))).toBe(true);
  expect(await page.getByTestId('report-summary').innerText()).toContain(`${expected.errors.length} fejl`);
  expect(await page.getByTestId('write-button').isDisabled()).toBe(true);
  expect(await page.getByTestId('write-status').innerText()).toContain('Der skrives intet, mens der er fejl');
  // No preview or options while an error stands, and the workbook has only its blank sheet.
  expect(await page.getByTestId('budget-preview').count()).toBe(0);
  expect(await workbookSheets(page)).toEqual([{ name: 'Sheet1', rows: 0 }]);
});

test('a Danish CSV with errors, dropped on the pane: errors at CSV lines and columns, in English when asked', async () => {
  const { page } = session.watched;
  await page.goto(`${served.server.url}/preview.html?lang=en`);
  const path = join(FIXTURES, 'invalid-csv-danish-numbers', 'input.csv');
  const bytes = readFileSync(path);
  const expected = expectedLines('input.csv', bytes, 'en');
  expect(expected.errors.length).toBeGreaterThan(0);

  const transfer = await page.evaluateHandle((content: number[]) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(content)], 'input.csv', { type: 'text/csv' }));
    return data;
  }, [...bytes]);
  await page.getByTestId('drop-zone').dispatchEvent('dragenter', { dataTransfer: transfer });
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await page.getByTestId('error-list').waitFor();
  await screenshot(page, 'errors-2-csv-dropped', page.getByTestId('report-summary'));

  expect(await listed(page, 'error-list')).toEqual(expected.errors);
  expect(expected.errors.some((line) => line.startsWith('line '))).toBe(true);
  expect(await page.getByTestId('loaded-source').innerText()).toContain('input.csv (CSV)');
  expect(await page.getByTestId('csv-settings').count()).toBe(1);
  expect(await page.getByTestId('write-button').isDisabled()).toBe(true);
  expect(await workbookSheets(page)).toEqual([{ name: 'Sheet1', rows: 0 }]);
});

test('pasted text that is not JSON: one error for the whole file; a file of the wrong type is refused', async () => {
  const { page } = session.watched;
  await page.goto(`${served.server.url}/preview.html`);
  await pasteDefinitions(page, '{ "formatVersion": 1, ');
  await page.getByTestId('error-list').waitFor();
  const errors = await listed(page, 'error-list');
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^filen: /);

  // Something is loaded: the load controls are one line; "Indlæs andre emner" brings the picker back.
  await page.getByTestId('load-other').click();
  await page.getByTestId('file-input').setInputFiles({ name: 'budget.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') });
  expect(await page.getByTestId('load-notice').innerText()).toContain('»budget.xlsx« er hverken en .json- eller en .csv-fil');
  expect(await page.getByTestId('write-button').isDisabled()).toBe(true);
});

test('a valid CSV: the title, unit and price level set in the pane reach the preview', async () => {
  const { page } = session.watched;
  await page.goto(`${served.server.url}/preview.html`);
  const csv = ['Udvalg;Nr.;Emne;Type;2020;2021', 'Sundhedsudvalget;1;Akutlægebil;drift;5,5;6', 'Sundhedsudvalget;2;Ny scanner;anlæg;12;0'].join('\r\n');
  await page.getByTestId('file-input').setInputFiles({ name: 'emner.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByTestId('budget-preview').waitFor();
  expect(await page.getByTestId('budget-preview').innerText()).toContain('1 udvalg, 2 emner');
  // A CSV has no title: the pane asks for one, offering the file name, and writes nothing until it has one.
  expect(await page.getByTestId('write-button').isDisabled()).toBe(true);
  expect(await page.getByTestId('write-status').innerText()).toBe('Angiv en titel til CSV-filen først.');
  const settings = page.getByTestId('csv-settings');
  expect(await settings.getByLabel('Titel').inputValue()).toBe('');
  await settings.getByTestId('csv-title-suggestion').click();
  expect(await settings.getByLabel('Titel').inputValue()).toBe('emner');
  expect(await page.getByTestId('write-button').isDisabled()).toBe(false);

  await settings.getByLabel('Titel').fill('Budget 2021 – CSV');
  await settings.getByLabel('Prisniveau').fill('2020 P/L');
  await settings.getByLabel('Enhed').selectOption('t.kr.');
  await page.getByTestId('budget-preview').getByText('Budget 2021 – CSV').waitFor();
  expect(await page.getByTestId('budget-preview').innerText()).toContain('Beløb i t.kr., 2020 P/L');
  await screenshot(page, 'errors-3-csv-settings', page.getByTestId('budget-preview'));
  expect(await page.getByTestId('write-button').isDisabled()).toBe(false);
});
