/**
 * Text is text: titles that look like markup or formulas are shown literally in the pane and
 * in the workbook grid, never run, never calculated, and no dialog opens.
 */
import type { InitiativeFile } from '../../src/core/format/types';
import { screenshot, useServedDist, useWatchedPage } from './helpers/browser';
import { gridCells, pasteDefinitions, showSheet, write } from './helpers/pane';

jest.setTimeout(90_000);

const IMG = '<img src=x onerror=alert(1)>';
const FORMULA = '=1+1';
const UNCOSTED = '<img src=y onerror=alert(2)>';
const COMMITTEE = '<svg onload=alert(3)> udvalg';
const NOTE = '<script>alert(4)</script>';

/** Ranges make the first two titles appear in the pane's preview; the uncosted one appears in a warning. */
const definitions: InitiativeFile = {
  formatVersion: 1,
  title: '<b>Budget</b> 2021',
  unit: 'mio. kr.',
  years: [2021, 2022],
  committees: [{ id: 'x', name: COMMITTEE }],
  initiatives: [
    { id: 'img', committee: 'x', title: IMG, note: NOTE, amounts: { '2021': { min: 1, max: 2 } } },
    { id: 'formula', committee: 'x', title: FORMULA, amounts: { '2021': { min: 3, max: 4 }, '2022': 5 } },
    { id: 'uncosted', committee: 'x', title: UNCOSTED },
  ],
};

const served = useServedDist();
const session = useWatchedPage(served, { height: 1600, open: 'preview.html', expectNoIncidents: false });

test('markup and formula titles are shown as text in the pane and in the grid, and nothing runs', async () => {
  const { page, incidents } = session.watched;
  await pasteDefinitions(page, JSON.stringify(definitions));
  await page.getByTestId('budget-preview').waitFor();

  const preview = await page.getByTestId('budget-preview').innerText();
  expect(preview).toContain(IMG);
  expect(preview).toContain(FORMULA);
  expect(preview).toContain(COMMITTEE);
  expect(preview).toContain('<b>Budget</b> 2021');
  expect(await page.getByTestId('warning-list').innerText()).toContain(UNCOSTED);
  await screenshot(page, 'injection-1-pane', page.getByTestId('budget-preview'));

  expect(await write(page)).toBe('written');
  await showSheet(page, COMMITTEE);
  const cells = [...(await gridCells(page)).values()];
  expect(cells).toContain(IMG);
  expect(cells).toContain(FORMULA);
  expect(cells).toContain(UNCOSTED);
  // The note cell also carries the range's span, so it starts with the note.
  expect(cells.some((text) => text.startsWith(NOTE))).toBe(true);
  // "=1+1" is the title, not a formula that shows 2.
  expect(await page.locator('[data-testid=grid] td', { hasText: FORMULA }).first().getAttribute('title')).toBeNull();
  await screenshot(page, 'injection-2-grid');

  // No element was made from the markup, and no script ran (no dialog, no error).
  expect(await page.locator('img[src="x"], img[src="y"], svg[onload]').count()).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
  expect(incidents).toEqual([]);
});
