/**
 * The add-in's own page (dist/taskpane.html) with office.js stood in for (./helpers/office.ts):
 * it waits for Office.onReady, follows Office's display language, works by keyboard and at
 * pane widths from 320 to 500 px, and shows host faults to the user. Also measures the time
 * to first render (the pane's performance mark) for docs/benchmarks.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, openPage, screenshot, useOpenedPages, useServedDist } from './helpers/browser';
import { stubOffice, type OfficeStub } from './helpers/office';
import { openLoadWays, openStored, useSample } from './helpers/pane';

jest.setTimeout(120_000);

const FIRST_RENDER_MARK = 'budget-tables:first-render';

const served = useServedDist();
const opened = useOpenedPages();

async function openTaskpane(stub: OfficeStub, size: { width?: number; height?: number } = {}): Promise<Page> {
  const watched = await openPage(served.browser, { width: size.width ?? 400, height: size.height ?? 900 });
  opened.push(watched);
  await stubOffice(watched.page, stub);
  await watched.page.goto(`${served.server.url}/taskpane.html`);
  return watched.page;
}

async function firstRenderMs(page: Page): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_RENDER_MARK);
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN, FIRST_RENDER_MARK);
}

/** True when the page scrolls sideways: the pane must fit the width Excel gives it. */
async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

test('outside Office the page says where to go instead of showing a pane that cannot write', async () => {
  const page = await openTaskpane({ host: null, displayLanguage: 'da-DK' });
  await page.getByTestId('not-in-excel').waitFor();
  expect(await page.getByTestId('not-in-excel').innerText()).toContain('Panelet kører ikke i Excel');
  expect(await page.getByRole('link', { name: 'Åbn forhåndsvisningen' }).getAttribute('href')).toBe('preview.html');
  expect(await page.getByTestId('pane').count()).toBe(0);
});

test.each([
  ['da-DK', 'da', 'Indlæs emner', 'Brug eksemplet'],
  ['en-US', 'en', 'Load initiatives', 'Use the sample'],
  ['nb-NO', 'da', 'Indlæs emner', 'Brug eksemplet'],
  ['de-DE', 'en', 'Load initiatives', 'Use the sample'],
])('Office display language %s: the pane speaks %s', async (displayLanguage, lang, heading, sample) => {
  const page = await openTaskpane({ host: 'Excel', displayLanguage });
  await page.getByTestId('pane').waitFor();
  expect(await page.getByRole('heading', { name: heading }).count()).toBe(1);
  await openLoadWays(page);
  expect(await page.getByRole('button', { name: sample }).count()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
});

test.each([320, 500])('at %i px the pane fits without sideways scrolling, before and after loading the sample', async (width) => {
  const page = await openTaskpane({ host: 'Excel', displayLanguage: 'da-DK' }, { width, height: 2400 });
  await page.getByTestId('pane').waitFor();
  expect(await overflowsSideways(page)).toBe(false);
  await useSample(page);
  await page.getByTestId('options').waitFor();
  expect(await overflowsSideways(page)).toBe(false);
  await screenshot(page, `taskpane-${width}px-sample`);
});

test('by keyboard alone: load the sample, choose options, reach the write button', async () => {
  const page = await openTaskpane({ host: 'Excel', displayLanguage: 'da-DK' });
  await page.getByTestId('pane').waitFor();
  const focused = () => page.evaluate(() => (document.activeElement?.textContent ?? '').replace(/^[▸▾]\s*/, '').trim() || (document.activeElement?.getAttribute('aria-label') ?? ''));
  const tabTo = async (name: string): Promise<void> => {
    for (let i = 0; i < 20 && (await focused()) !== name; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe(name);
  };
  // Tab from the top of the page to "Flere måder at indlæse", open it, then on to "Brug eksemplet".
  await tabTo('Flere måder at indlæse');
  await page.keyboard.press('Enter');
  await tabTo('Brug eksemplet');
  await page.keyboard.press('Enter');
  await page.getByTestId('budget-preview').waitFor();
  // Focus went to the check's verdict, not to the page.
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'report-summary');

  // The first committee's check box, by keyboard: focus it and press Space.
  const committee = page.getByTestId('committee-choice').getByRole('checkbox', { name: 'Hospitalsudvalget' });
  await committee.focus();
  await page.keyboard.press('Space');
  expect(await committee.isChecked()).toBe(false);
  expect(await page.getByTestId('grand-total-row').innerText()).toContain('I alt, valgte udvalg');

  // Every control has an accessible name.
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('button, input:not([type=file]), select, textarea')].filter((el) => {
      const labelled = el.getAttribute('aria-label') ?? el.getAttribute('aria-labelledby') ?? '';
      const label = el.id === '' ? null : document.querySelector(`label[for="${el.id}"]`);
      const wrapped = el.closest('label');
      return labelled === '' && label === null && wrapped === null && (el.textContent ?? '').trim() === '';
    }).length,
  );
  expect(unnamed).toBe(0);
  await screenshot(page, 'taskpane-keyboard');
});

test('host faults are shown to the user: a failed write says what was and was not written', async () => {
  const page = await openTaskpane({ host: 'Excel', displayLanguage: 'da-DK' }, { height: 2400 });
  await page.getByTestId('pane').waitFor();
  await openStored(page);
  expect(await page.getByTestId('load-notice').innerText()).toContain('Projektmappen har ingen gemte definitioner');

  await useSample(page);
  await page.getByTestId('write-button').click();
  const failure = page.getByTestId('write-failure');
  await failure.waitFor();
  const text = await failure.innerText();
  expect(text).toContain('Skrivningen stoppede under: læser projektmappen.');
  expect(text).toContain('Intet er skrevet; projektmappen er uændret.');
  expect(text).not.toContain('everything');
  expect(text).toContain('Teknisk besked');
  await screenshot(page, 'taskpane-write-failed');
  // Heard at once, and focused.
  await page.waitForFunction(() => document.querySelector('[data-testid=announcer-assertive]')?.textContent?.includes('Skrivningen stoppede under') === true);
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'write-failure');
});

test('in Excel, a workbook without Budget Tables tables: check, read back and repair are disabled with the reason, and nothing is watched', async () => {
  const page = await openTaskpane({ host: 'Excel', displayLanguage: 'da-DK', workbook: 'empty' }, { height: 1600 });
  await page.getByTestId('pane').waitFor();
  for (const button of ['Kontrollér projektmappen', 'Læs ændringer fra projektmappen', 'Reparér']) {
    const tool = page.getByRole('button', { name: button, exact: true });
    await page.locator(`[data-testid=workbook-panel] button[aria-disabled=true]:text-is("${button}")`).waitFor();
    // Still reachable by keyboard, and it says why it waits.
    const described = await tool.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described ?? ''}"]`).innerText()).toBe('Projektmappen har endnu ingen tabeller fra Budgettabeller. Skriv tabellerne først.');
  }
  // The pane's watch started on its own RequestContext without a fault.
  await page.locator('[data-testid=workbook-panel][data-watch=watching]').waitFor();
  expect(await page.getByTestId('watch-failed').count()).toBe(0);
  expect(await page.getByTestId('workbook-fault').count()).toBe(0);
  await screenshot(page, 'taskpane-no-tables');
});

test('time to first render in headless Chromium (recorded in docs/benchmarks.md)', async () => {
  const runs = 7;
  const measure = async (open: () => Promise<Page>): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await firstRenderMs(await open()));
    return times;
  };
  const taskpane = await measure(() => openTaskpane({ host: 'Excel', displayLanguage: 'da-DK' }));
  const preview = await measure(async () => {
    const watched = await openPage(served.browser);
    opened.push(watched);
    await watched.page.goto(`${served.server.url}/preview.html`);
    return watched.page;
  });
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  const result = { runs, taskpaneMs: Math.round(median(taskpane)), previewMs: Math.round(median(preview)), taskpaneAll: taskpane.map(Math.round), previewAll: preview.map(Math.round) };
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'first-render.json'), `${JSON.stringify(result, null, 2)}\n`);
  // A budget, not a benchmark: a pane that takes seconds to appear is a regression.
  expect(result.taskpaneMs).toBeGreaterThan(0);
  expect(result.taskpaneMs).toBeLessThan(2000);
  expect(result.previewMs).toBeLessThan(3000);
});
