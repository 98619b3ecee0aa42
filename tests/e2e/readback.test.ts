/**
 * The tables after they are written, in the browser preview (docs/readback.md): a person
 * edits the workbook beside the pane (window.budgetTablesPreview, as the conflict test does);
 * the pane's totals follow live and the definitions are marked changed; read back shows
 * exactly the edits; applying and writing again keeps them; a number typed over a total is
 * found by the check and repaired. Expected totals come from the engine run in this process.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { loadDefinitions } from '../../src/core/load';
import type { InitiativeFile } from '../../src/core/format/types';
import { screenshot, useServedDist, useWatchedPage } from './helpers/browser';
import { engineModel, gridCells, pasteDefinitions, rounded, rowsOf, sampleModel, showSheet, useSample, write, yearColumns } from './helpers/pane';

jest.setTimeout(120_000);

const served = useServedDist();
const session = useWatchedPage(served, { height: 1400, open: 'preview.html', waitForPane: true });

const danish = (value: number, decimals = 1): string => new Intl.NumberFormat('da-DK', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);

/** What a person types into the preview's workbook. */
async function type(page: Page, sheet: string, address: string, input: string | number): Promise<void> {
  await page.evaluate(([s, a, i]) => window.budgetTablesPreview?.type(s, a, i), [sheet, address, input] as const);
}

async function insertRow(page: Page, sheet: string, before: number): Promise<void> {
  await page.evaluate(([s, b]) => window.budgetTablesPreview?.insertRows(s, b), [sheet, before] as const);
}

/** The row (1-based) whose title column shows `title`; for "I alt", the committee's total (directly above "Heraf drift"). */
function rowOf(cells: Map<string, string>, title: string): number {
  const rows = [...rowsOf(cells)];
  const found = rows.find(([row, line]) => line.get('B') === title && (title !== 'I alt' || rows.find(([r]) => r === row + 1)?.[1].get('B') === 'Heraf drift'));
  if (found === undefined) throw new Error(`no row "${title}" in the grid`);
  return found[0];
}

/** The cells of a pane table's body rows: [row header, other cells…]. */
async function tableRows(page: Page, testId: string): Promise<string[][]> {
  return page.locator(`[data-testid=${testId}] tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim())));
}

/** Waits until the live totals show `values` for the committee (the pane's Danish figures). */
async function waitForLiveTotals(page: Page, committee: string, values: string[]): Promise<void> {
  await page.waitForFunction(
    ([id, expected]) => {
      const row = document.querySelector(`[data-testid=live-totals] tr[data-committee="${id}"]`);
      const shown = row === null ? [] : [...row.querySelectorAll('td')].map((td) => td.textContent);
      return JSON.stringify(shown) === JSON.stringify(expected);
    },
    [committee, values] as const,
  );
}

test('edits in the workbook: the totals follow live, read back shows exactly them, apply and write keep them', async () => {
  const { page } = session.watched;
  const model = sampleModel();
  const hosp = model.committees.find((c) => c.id === 'hosp');
  if (hosp === undefined) throw new Error('the sample has no committee hosp');
  await useSample(page);
  expect(await write(page)).toBe('written');
  // Written just now: nothing read from the workbook yet, nothing changed.
  expect(await page.getByTestId('live-totals').count()).toBe(0);
  expect(await page.getByTestId('workbook-changed').count()).toBe(0);

  await showSheet(page, hosp.name);
  const before = await gridCells(page);
  const { columns } = yearColumns(before, model.years);
  const [y2020, y2021] = columns as [string, string];
  const flash = rowOf(before, 'Flash glukosemåler');
  const total = rowOf(before, 'I alt');
  expect([`${y2020}${flash}`, `B${total}`]).toEqual(['D11', 'B20']);

  // A person changes an amount and types a new line in directly above the committee's total.
  await type(page, hosp.name, `${y2020}${flash}`, 11);
  await insertRow(page, hosp.name, total);
  await type(page, hosp.name, `B${total}`, 'Ny pulje til rekruttering');
  await type(page, hosp.name, `${y2021}${total}`, 3);

  // Without pressing anything: the pane's totals are the workbook's now, and the definitions are marked changed.
  const delta = [0.5, 3, 0, 0];
  const hospNow = hosp.total.map((v, i) => v + (delta[i] ?? 0));
  const grandNow = model.total.map((v, i) => v + (delta[i] ?? 0));
  await waitForLiveTotals(page, 'hosp', hospNow.map((v) => danish(v)));
  await page.getByTestId('workbook-changed').waitFor();
  expect(await page.getByTestId('workbook-changed').innerText()).toBe('Ændret i projektmappen');
  // The loaded definitions carry the mark too.
  expect(await page.getByTestId('source-changed').innerText()).toBe('Ændret i projektmappen');
  expect(await page.locator('[data-testid=live-totals] tr[data-committee]').count()).toBe(model.committees.length);
  const grandRow = await page.getByTestId('live-grand-total').locator('td').allInnerTexts();
  expect(grandRow).toEqual(grandNow.map((v) => danish(v)));
  await screenshot(page, 'readback-1-live-totals', page.getByTestId('workbook-panel'));

  // Read back: exactly the two edits, each with its sheet and cell.
  await page.getByTestId('read-back').click();
  await page.getByTestId('read-back-result').waitFor();
  expect(await tableRows(page, 'diff-table')).toEqual([
    ['Hospitalsudvalget!D11', 'Beløb ændret: »Flash glukosemåler« 2020: 10,5 mio. kr. → 11 mio. kr.'],
    ['Hospitalsudvalget!B20', 'Tilføjet: »Ny pulje til rekruttering« i Hospitalsudvalget – 2021: 3 mio. kr.'],
  ]);
  expect(await page.getByTestId('notice-table').count()).toBe(0);
  expect(await page.getByTestId('read-back-problems').count()).toBe(0);
  // The sample has frames, which the CSV form cannot hold: the reasons instead of the download.
  expect(await page.getByTestId('export-csv').isDisabled()).toBe(true);
  expect(await page.getByTestId('csv-limits').innerText()).toContain('CSV-formen kan ikke udtrykke rammer: »20 mio. kr. til omprioritering inden for psykiatrien« (nr. 2) i Psykiatri- og socialudvalget; »Udviklingsaktiviteter«, »Projektpulje til regionale udviklingsaktiviteter«, »Kollektiv trafik« og »Planlægnings-, analyse- og udviklingsudgifter« i Regional Udvikling er rammer. Brug JSON-formen.');
  await screenshot(page, 'readback-2-diff', page.getByTestId('read-back-result'));

  // The JSON download is the read-back definitions: they load and give the workbook's totals.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  expect(download.suggestedFilename()).toBe('budgetdefinitioner.json');
  const exported = readFileSync(await download.path());
  const file = JSON.parse(exported.toString('utf8')) as InitiativeFile;
  expect(file.initiatives.find((i) => i.title === 'Ny pulje til rekruttering')).toMatchObject({ committee: 'hosp', amounts: { '2021': 3 } });
  const exportedModel = engineModel('budgetdefinitioner.json', exported);
  expect(exportedModel.total.map((v) => rounded(v, 6))).toEqual(grandNow.map((v) => rounded(v, 6)));

  // Apply: they are the pane's definitions now, and no longer "changed".
  await page.getByTestId('apply-read-back').click();
  await page.getByTestId('applied-note').waitFor();
  expect(await page.getByTestId('load-notice').innerText()).toContain('Ændringerne fra projektmappen er indlæst.');
  expect(await page.getByTestId('loaded-source').innerText()).toContain('ændringer fra projektmappen.json');
  expect(await page.getByTestId('workbook-changed').count()).toBe(0);
  expect(await page.getByTestId('source-changed').count()).toBe(0);
  await page.waitForFunction((text) => document.querySelector('[data-testid=grand-total-row]')?.textContent?.includes(text) === true, danish(grandNow[1] ?? 0));

  // Writing them again rewrites the tables without calling the user's own edits conflicts.
  expect(await write(page)).toBe('written');
  await showSheet(page, hosp.name);
  const after = await gridCells(page);
  expect(after.get(`${y2020}${flash}`)).toBe('11,0');
  expect([after.get(`B${total}`), after.get(`${y2021}${total}`)]).toEqual(['Ny pulje til rekruttering', '3,0']);
  const totalNow = rowOf(after, 'I alt');
  expect(totalNow).toBe(total + 1);
  expect(columns.map((c) => after.get(`${c}${totalNow}`))).toEqual(hospNow.map((v) => danish(v)));
  await screenshot(page, 'readback-3-written-again', page.getByTestId('write-result'));

  // The workbook is now exactly the build of those definitions.
  await page.getByTestId('read-back').click();
  await page.getByTestId('no-changes').waitFor();
  await page.getByTestId('check-workbook').click();
  await page.getByTestId('check-ok').waitFor();
});

test('a number typed over a total: the check finds it with its cell, repair brings the formula and the right total back', async () => {
  const { page } = session.watched;
  const model = sampleModel();
  const hosp = model.committees.find((c) => c.id === 'hosp');
  if (hosp === undefined) throw new Error('the sample has no committee hosp');

  // Before anything is written there are no tables to check: the tools say so, and wait.
  await page.locator('[data-testid=check-workbook][aria-disabled=true]').waitFor();
  expect(await page.getByTestId('workbook-tools-reason').innerText()).toBe('Projektmappen har endnu ingen tabeller fra Budgettabeller. Skriv tabellerne først.');

  await useSample(page);
  expect(await write(page)).toBe('written');
  await showSheet(page, hosp.name);
  const cells = await gridCells(page);
  const { columns } = yearColumns(cells, model.years);
  const address = `${columns[0]}${rowOf(cells, 'I alt')}`;
  const cell = page.locator(`[data-testid=grid] td[data-address="${address}"]`);
  const formula = await cell.getAttribute('title');
  expect(formula).toMatch(/^=SUMIFS\(/);

  await type(page, hosp.name, address, 500);
  await page.waitForFunction((a) => document.querySelector(`[data-testid=grid] td[data-address="${a}"]`)?.textContent === '500,0', address);
  expect(await cell.getAttribute('title')).toBeNull();
  // The live read-back follows the edit; a total is not a definition, so nothing is "changed".
  await waitForLiveTotals(page, 'hosp', hosp.total.map((v) => danish(v)));
  expect(await page.getByTestId('workbook-changed').count()).toBe(0);

  await page.getByTestId('check-workbook').click();
  await page.getByTestId('check-result').waitFor();
  expect(await page.getByTestId('check-result').innerText()).toContain('Kontrollen fandt 1 sted, hvor tabellerne ikke længere er, som de blev bygget.');
  expect(await tableRows(page, 'finding-table')).toEqual([
    [`Hospitalsudvalget!${address}`, `Formlen er erstattet af en indtastet værdi (500); den var ${formula}. Reparér genskaber formlen og bevarer de indtastede beløb.`],
  ]);
  await screenshot(page, 'readback-4-check-finding', page.getByTestId('check-result'));

  await page.getByTestId('repair-workbook').click();
  await page.getByTestId('repair-result').waitFor();
  expect(await tableRows(page, 'restored-table')).toEqual([[`Hospitalsudvalget!${address}`, expect.stringContaining('Formlen er erstattet af en indtastet værdi (500)')]]);
  // Checked again once repaired: nothing left.
  expect(await page.getByTestId('repair-check-ok').innerText()).toBe('Kontrollen fandt intet: tabellerne er, som Budgettabeller byggede dem.');
  // Nothing the user typed was a definition: nothing to apply.
  expect(await page.getByTestId('apply-read-back').count()).toBe(0);

  // The formula is back in the grid, and the total is the engine's again.
  await page.waitForFunction(([a, f]) => document.querySelector(`[data-testid=grid] td[data-address="${a}"]`)?.getAttribute('title') === f, [address, formula] as const);
  expect(await cell.innerText()).toBe(danish(hosp.total[0] ?? 0));
  await waitForLiveTotals(page, 'hosp', hosp.total.map((v) => danish(v)));
  await screenshot(page, 'readback-5-repaired', page.getByTestId('repair-result'));
});

test('in English: a line deleted and a note edited read back, and definitions without frames download as Danish CSV', async () => {
  const { page } = session.watched;
  await page.getByTestId('ui-language').selectOption('en');
  await page.getByRole('heading', { name: 'Load initiatives' }).waitFor();
  const definitions: InitiativeFile = {
    formatVersion: 1,
    title: 'Budget 2021',
    unit: 'mio. kr.',
    years: [2021, 2022],
    committees: [{ id: 'hosp', name: 'Hospitalsudvalget' }],
    initiatives: [
      { id: 'a', committee: 'hosp', number: '1', title: 'Akutmodtagelse', amounts: { '2021': 1.5, '2022': 2 } },
      { id: 'b', committee: 'hosp', number: '2', title: 'Kræftpakker', note: 'Skøn', amounts: { '2021': 3 } },
    ],
  };
  await pasteDefinitions(page, JSON.stringify(definitions), 'Load the pasted text');
  expect(await write(page)).toBe('written');
  await showSheet(page, 'Hospitalsudvalget');
  const cells = await gridCells(page);
  const first = rowOf(cells, 'Akutmodtagelse');
  const noteColumn = [...(rowsOf(cells).get(first - 1) ?? new Map<string, string>())].find(([, text]) => text === 'Note')?.[0];
  expect(noteColumn).toBeDefined();
  await type(page, 'Hospitalsudvalget', `${noteColumn}${first + 1}`, 'Skøn fra maj');
  await page.evaluate((row) => window.budgetTablesPreview?.userEdit((user) => user.deleteRows('Hospitalsudvalget', row, 1)), first);
  await waitForLiveTotals(page, 'hosp', ['3.0', '0.0']);
  expect(await page.getByTestId('workbook-changed').innerText()).toBe('Changed in the workbook');

  await page.getByTestId('read-back').click();
  await page.getByTestId('read-back-result').waitFor();
  expect(await tableRows(page, 'diff-table')).toEqual([
    [`Hospitalsudvalget!B${first}`, 'Removed: “Akutmodtagelse” (no. 1) in Hospitalsudvalget'],
    [`Hospitalsudvalget!${noteColumn}${first}`, 'Note changed for “Kræftpakker”: “Skøn” → “Skøn fra maj”'],
  ]);
  expect(await page.getByTestId('csv-limits').count()).toBe(0);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(download.suggestedFilename()).toBe('budget-definitions.csv');
  const csv = readFileSync(await download.path());
  // Excel's way to recognise UTF-8: a byte order mark.
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8').slice(1).split('\r\n')).toEqual(['Udvalg;Nr.;Emne;Linje;Type;Finansiering;2021;2022;Bemærkning;Enhed', 'Hospitalsudvalget;2;Kræftpakker;;;;3;;Skøn fra maj;', '']);
  // The CSV loads again as the definitions it came from (the title and unit come from the import).
  const reloaded = loadDefinitions({ fileName: 'budget-definitions.csv', bytes: csv }, { unit: 'mio. kr.', title: 'Budget 2021' });
  expect(reloaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(reloaded.model?.total).toEqual([3, 0]);
  await screenshot(page, 'readback-6-english-csv', page.getByTestId('read-back-result'));
});
