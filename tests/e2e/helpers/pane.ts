/** Driving the pane and reading the preview's grid, the way a user sees them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadDefinitions } from '../../../src/core/load';
import type { BudgetModel } from '../../../src/core/model/types';
import { REPO } from '../../helpers/fixtures';

export const SAMPLE_PATH = join(REPO, 'data', 'budget-2020-seminar.json');

/** The engine's model of a file, computed in the test process (never read from the page). */
export function engineModel(fileName: string, bytes: Uint8Array): BudgetModel {
  const result = loadDefinitions({ fileName, bytes });
  if (result.model === undefined) throw new Error(`${fileName} does not load: ${result.problems.map((p) => p.code).join(', ')}`);
  return result.model;
}

export function sampleModel(): BudgetModel {
  return engineModel('budget-2020-seminar.json', readFileSync(SAMPLE_PATH));
}

/**
 * Shows the secondary ways to load (sample, stored definitions, paste box), as a user does:
 * "Load other initiatives" when something is loaded, then "More ways to load".
 */
export async function openLoadWays(page: Page): Promise<void> {
  const other = page.getByTestId('load-other');
  if ((await other.count()) > 0) await other.click();
  const more = page.getByTestId('more-load-ways');
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
}

export async function useSample(page: Page, label = 'Brug eksemplet'): Promise<void> {
  await openLoadWays(page);
  await page.getByRole('button', { name: label }).click();
  await page.getByTestId('budget-preview').waitFor();
}

export async function openStored(page: Page, label = 'Åbn definitionerne gemt i denne projektmappe'): Promise<void> {
  await openLoadWays(page);
  await page.getByRole('button', { name: label }).click();
}

export async function pasteDefinitions(page: Page, text: string, button = 'Indlæs den indsatte tekst'): Promise<void> {
  await openLoadWays(page);
  await page.getByTestId('paste-text').fill(text);
  await page.getByRole('button', { name: button }).click();
  await page.getByTestId('validation-report').waitFor();
}

/** Clicks "Write to workbook" and waits for the outcome: the result, the conflicts, or a failure. */
export async function write(page: Page): Promise<'written' | 'conflicts' | 'failed'> {
  await page.getByTestId('write-button').click();
  return waitForOutcome(page);
}

export async function waitForOutcome(page: Page): Promise<'written' | 'conflicts' | 'failed'> {
  const outcome = page.locator('[data-testid=write-result], [data-testid=write-conflicts], [data-testid=write-failure]');
  await outcome.first().waitFor();
  const id = await outcome.first().getAttribute('data-testid');
  return id === 'write-result' ? 'written' : id === 'write-conflicts' ? 'conflicts' : 'failed';
}

export async function showSheet(page: Page, name: string): Promise<void> {
  await page.getByTestId('sheet-tabs').getByRole('tab', { name, exact: true }).click();
  await page.locator(`[data-testid=grid][data-sheet="${name.replace(/"/g, '\\"')}"]`).waitFor();
}

/** The shown sheet as a map from A1 address to the text the grid displays. */
export async function gridCells(page: Page): Promise<Map<string, string>> {
  const cells = await page.locator('[data-testid=grid] td[data-address]').evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-address') ?? '', td.textContent ?? ''] as [string, string]));
  return new Map(cells);
}

/** The grid's rows as [address-less] text arrays keyed by row number, for finding labels. */
export function rowsOf(cells: Map<string, string>): Map<number, Map<string, string>> {
  const rows = new Map<number, Map<string, string>>();
  for (const [address, text] of cells) {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (match === null) continue;
    const row = Number(match[2]);
    if (!rows.has(row)) rows.set(row, new Map());
    rows.get(row)?.set(match[1] as string, text);
  }
  return rows;
}

/** Column letters of the year headings ("2020", …) in the header row of the shown table. */
export function yearColumns(cells: Map<string, string>, years: readonly number[]): { headerRow: number; columns: string[] } {
  for (const [row, line] of rowsOf(cells)) {
    const columns = years.map((year) => [...line].find(([, text]) => text === String(year))?.[0]);
    if (columns.every((c) => c !== undefined)) return { headerRow: row, columns: columns };
  }
  throw new Error(`No header row with the years ${years.join(', ')}`);
}

/** The grid shows numbers in the pane's language: Danish by default (`1.365,8`), English `1,365.8`. */
export function parseShown(text: string, lang: 'da' | 'en' = 'da'): number {
  return lang === 'da' ? Number(text.replace(/\./g, '').replace(',', '.')) : Number(text.replace(/,/g, ''));
}

export function rounded(value: number, decimals = 1): number {
  return Math.round(value * 10 ** decimals) / 10 ** decimals;
}
