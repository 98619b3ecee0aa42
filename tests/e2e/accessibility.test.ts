/**
 * The pane at the widths Excel gives it (320 and 500 px), in every main state: axe-core finds
 * no serious or critical violation, "Write to workbook" is in view without scrolling after a
 * load at 320 × 600, the verdict and the result are announced through the live regions, and
 * focus lands on the answer to each action. Screenshots of every state at both widths are kept
 * in test-artifacts/ (a11y-<width>-<state>.png) to be looked at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO } from '../helpers/fixtures';
import { openPage, screenshot, useOpenedPages, useServedDist } from './helpers/browser';
import { stubOffice, type OfficeStub } from './helpers/office';
import { pasteDefinitions, sampleModel, useSample, write } from './helpers/pane';

jest.setTimeout(180_000);

const AXE_SOURCE = readFileSync(join(REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const WIDTHS = [320, 500] as const;
const HEIGHT = 600;

const served = useServedDist();
const opened = useOpenedPages();

async function open(path: 'taskpane.html' | 'preview.html', width: number, stub?: OfficeStub): Promise<Page> {
  const watched = await openPage(served.browser, { width, height: HEIGHT });
  opened.push(watched);
  if (stub !== undefined) await stubOffice(watched.page, stub);
  await watched.page.goto(`${served.server.url}/${path}`);
  await watched.page.getByTestId('pane').waitFor();
  return watched.page;
}

interface Violation {
  id: string;
  impact: string;
  targets: string[];
}

/**
 * axe-core's serious and critical violations on the page as it is now. One known false
 * positive is left out, by rule and selector: Fluent's focus manager (Tabster) puts focusable
 * `aria-hidden` sentinels (`[data-tabster-dummy]`) at the edges of focus groups to keep Tab
 * order; they hand focus on at once and are never read.
 */
async function seriousViolations(page: Page): Promise<Violation[]> {
  // Judge the settled pane: mid-transition (a button fading from disabled to enabled) its
  // colours are neither state's, and axe would measure a contrast no one sees for long.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity));
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    const tabsterDummy = (target: string): boolean => document.querySelector(target)?.hasAttribute('data-tabster-dummy') === true;
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? '', targets: v.nodes.map((n) => n.target.join(' ')).filter((t) => !(v.id === 'aria-hidden-focus' && tabsterDummy(t))) }))
      .filter((v) => v.targets.length > 0);
  });
}

/** Checks the state with axe and keeps its screenshot: the whole pane, and what fits the first screen. */
async function checkState(page: Page, width: number, state: string): Promise<void> {
  expect({ state, width, violations: await seriousViolations(page) }).toEqual({ state, width, violations: [] });
  await page.screenshot({ path: join(REPO, 'test-artifacts', `a11y-${width}-${state}-view.png`) });
  await screenshot(page, `a11y-${width}-${state}`);
}

async function politeText(page: Page): Promise<string> {
  await page.waitForFunction(() => (document.querySelector('[data-testid=announcer-polite]')?.textContent ?? '') !== '');
  return (await page.getByTestId('announcer-polite').textContent()) ?? '';
}

async function focusedTestId(page: Page, testId: string): Promise<void> {
  await page.waitForFunction((id) => document.activeElement?.closest(`[data-testid="${id}"]`) !== null && document.activeElement !== document.body, testId);
}

/** Every table's box is a labelled tab stop exactly when it scrolls sideways; returns how many boxes there are. */
async function assertScrollBoxes(page: Page): Promise<number> {
  const boxes = await page.locator('[data-scrolls]').evaluateAll((elements) =>
    elements.map((e) => ({ scrolls: e.scrollWidth > e.clientWidth + 1, focusable: e.getAttribute('tabindex') === '0', region: e.getAttribute('role') === 'region' })),
  );
  for (const box of boxes) expect(box).toEqual({ scrolls: box.scrolls, focusable: box.scrolls, region: box.scrolls });
  return boxes.length;
}

/** The button is inside the viewport, and it is what is drawn at its centre (nothing covers it). */
async function inView(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight || box.left < 0 || box.right > window.innerWidth) return false;
    const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return atCentre !== null && element.contains(atCentre);
  });
}

describe.each(WIDTHS)('at %i px', (width) => {
  test('in Excel: start, the sample loaded, errors, a CSV asking for its title, a failed write', async () => {
    const page = await open('taskpane.html', width, { host: 'Excel', displayLanguage: 'da-DK', workbook: 'empty' });
    await page.locator('[data-testid=check-workbook][aria-disabled=true]').waitFor();
    await checkState(page, width, 'start');

    // The sample: the verdict first, spoken and focused; "Write" in view without scrolling.
    await useSample(page);
    await focusedTestId(page, 'report-summary');
    expect(await politeText(page)).toMatch(/^»budget-2020-seminar\.json« er indlæst\. Ingen fejl\. Emnerne kan skrives\. \d+ advarsler\.$/);
    expect(await inView(page, 'report-summary')).toBe(true);
    expect(await inView(page, 'write-button')).toBe(true);
    expect(await page.getByTestId('write-button').isDisabled()).toBe(false);
    await checkState(page, width, 'sample');
    // A table's box is a tab stop exactly when it scrolls sideways; at 320 px the four years fit.
    expect(await assertScrollBoxes(page)).toBeGreaterThan(1);
    expect(await page.getByTestId('totals-table').evaluate((table) => (table.parentElement?.scrollWidth ?? 0) > (table.parentElement?.clientWidth ?? 0) + 1)).toBe(false);

    // Scrolled to the very end and back: the bar stays in reach everywhere.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await inView(page, 'write-button')).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));

    // A JSON file with errors: the verdict names the count; the write bar says why it waits.
    await pasteDefinitions(page, '{"formatVersion": 1, "title": "", "unit": "mio. kr.", "years": [2020], "committees": [{"id": "s", "name": "Sundhed"}], "initiatives": [{"id": "a", "committee": "s", "title": "Beløb som tekst", "amounts": {"2020": "5,5"}}]}');
    await focusedTestId(page, 'report-summary');
    expect(await politeText(page)).toMatch(/^»indsat tekst« er indlæst\. \d fejl skal rettes, før der kan skrives\.$/);
    expect(await page.getByTestId('write-status').innerText()).toBe('Ret fejlene først. Der skrives intet, mens der er fejl.');
    expect(await inView(page, 'write-button')).toBe(true);
    await checkState(page, width, 'errors');

    // A CSV: its title is asked for, the file name only offered.
    await pasteDefinitions(page, ['Udvalg;Nr.;Emne;Type;2020;2021', 'Sundhedsudvalget;1;Akutlægebil;drift;5,5;6'].join('\r\n'));
    await page.getByTestId('csv-settings').waitFor();
    expect(await page.getByTestId('write-status').innerText()).toBe('Angiv en titel til CSV-filen først.');
    expect(await page.getByTestId('report-summary').innerText()).toBe('Ingen fejl. Angiv en titel til CSV-filen, så kan emnerne skrives.');
    expect(await page.getByTestId('budget-preview').innerText()).toContain('(titel mangler)');
    await checkState(page, width, 'csv-title');

    // The seminar's choices: the initiatives left out, Heraf valgt under each I alt, and the
    // overspent pool said in words beside its red figures (not by colour alone).
    await pasteDefinitions(page, readFileSync(join(REPO, 'tests', 'fixtures', 'valid-pools', 'input.json'), 'utf8'));
    expect(await page.getByTestId('preview-left-out').locator('li').allInnerTexts()).toEqual(['3 Flere jordemødre (Sundhed)', '1 Natbusser (Regional Udvikling)']);
    expect(await page.getByTestId('preview-pool').innerText()).toContain('Puljen er overskredet');
    expect(await page.getByTestId('grand-total-row-chosen').innerText()).toMatch(/^I alt, heraf valgt\s+14,0\s+16,0$/);
    await page.getByTestId('preview-pool').scrollIntoViewIfNeeded();
    await checkState(page, width, 'choices');
  });

  test('in Excel: a write that fails is announced at once and focused', async () => {
    const page = await open('taskpane.html', width, { host: 'Excel', displayLanguage: 'da-DK' });
    await useSample(page);
    await page.getByTestId('write-button').click();
    await page.getByTestId('write-failure').waitFor();
    await page.waitForFunction(() => (document.querySelector('[data-testid=announcer-assertive]')?.textContent ?? '').startsWith('Skrivningen stoppede under: læser projektmappen.'));
    await focusedTestId(page, 'write-failure');
    await checkState(page, width, 'write-failed');

    // Closing the message leaves focus on "Write", not on the page.
    await page.getByTestId('write-failure').getByRole('button', { name: 'Luk' }).click();
    await focusedTestId(page, 'write-bar');
  });

  test('in the browser preview: written, checked, and the English pane', async () => {
    const page = await open('preview.html', width);
    await useSample(page);
    expect(await write(page)).toBe('written');
    await focusedTestId(page, 'write-result');
    const sheets = ['Oversigt', ...sampleModel().committees.map((c) => c.name)];
    expect(await politeText(page)).toBe(`Tabellerne er skrevet. Disse ${sheets.length} ark er skrevet: ${sheets.join(', ')}.`);
    await checkState(page, width, 'written');

    await page.getByTestId('check-workbook').click();
    await page.getByTestId('check-ok').waitFor();
    await focusedTestId(page, 'workbook-outcome');
    expect(await politeText(page)).toBe('Kontrollen fandt intet: tabellerne er, som Budgettabeller byggede dem.');
    await checkState(page, width, 'checked');

    // A value typed over an amount: the next write stops at a conflict, said and focused.
    const hosp = sampleModel().committees[0]?.name ?? '';
    await page.evaluate((sheet) => window.budgetTablesPreview?.type(sheet, 'D11', 999), hosp);
    await page.getByTestId('workbook-changed').waitFor();
    expect(await write(page)).toBe('conflicts');
    await focusedTestId(page, 'write-conflicts');
    expect(await politeText(page)).toMatch(/^Du har ændret i tabellerne\. Siden sidste skrivning er 1 celle ændret i tabellerne\./);
    await checkState(page, width, 'conflicts');
    await assertScrollBoxes(page);

    await page.getByTestId('ui-language').selectOption('en');
    await page.getByRole('heading', { name: 'Load initiatives' }).waitFor();
    await checkState(page, width, 'english');
  });

  test('in the browser preview: a round saved and compared, each answer said and focused', async () => {
    const page = await open('preview.html', width);
    await useSample(page);
    expect(await write(page)).toBe('written');
    await page.getByTestId('round-name').fill('Udvalgenes forslag');
    await page.getByTestId('save-round').click();
    await focusedTestId(page, 'rounds-outcome');
    expect(await politeText(page)).toBe('Runden »Udvalgenes forslag« er gemt i projektmappen.');
    await checkState(page, width, 'round-saved');

    const hosp = sampleModel().committees[0]?.name ?? '';
    await page.evaluate((sheet) => window.budgetTablesPreview?.type(sheet, 'D11', 11), hosp);
    await page.getByTestId('workbook-changed').waitFor();
    await page.getByTestId('compare-round').click();
    await page.getByTestId('round-comparison').waitFor();
    await focusedTestId(page, 'rounds-outcome');
    expect(await politeText(page)).toMatch(/^Fra »Udvalgenes forslag« \(gemt .+\) til tabellerne nu\. 1 ændring\.$/);
    await checkState(page, width, 'round-compared');
    await assertScrollBoxes(page);
  });
});
