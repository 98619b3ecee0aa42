/**
 * Headless Debian Chromium through playwright-core, against the built pane. Every page
 * records what must never happen: console errors, uncaught exceptions, dialogs (an
 * `alert` from injected markup) and Content-Security-Policy violations.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { REPO } from '../../helpers/fixtures';
import { serveDirectory, type StaticServer } from './server';

export const DIST = join(REPO, 'dist');
export const ARTIFACTS = join(REPO, 'test-artifacts');
export const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors, dialogs and CSP violations, in order. */
  incidents: string[];
}

export async function openPage(browser: Browser, options: { width?: number; height?: number; locale?: string } = {}): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.locale ?? 'da-DK',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const incidents: string[] = [];
  page.on('console', (message) => {
    // A failed load is reported with its address by the response handler below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) incidents.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) incidents.push(`http ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => incidents.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('pageerror', (error) => incidents.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    incidents.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, context, incidents };
}

/** Saves the page into test-artifacts/; `show` is scrolled into view first (the pane scrolls on its own in the preview). */
export async function screenshot(page: Page, name: string, show?: Locator): Promise<void> {
  if (!existsSync(ARTIFACTS)) mkdirSync(ARTIFACTS, { recursive: true });
  if (show !== undefined) await show.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'entrypoints.json'))) throw new Error('dist/ is missing or stale: run `npm run build` before the e2e suite.');
}

/** The built dist/ served on localhost and one Chromium, for a whole test file. */
export interface ServedDist {
  readonly server: StaticServer;
  readonly browser: Browser;
}

export function useServedDist(): ServedDist {
  const served = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    assertBuilt();
    served.server = await serveDirectory(DIST);
    served.browser = await launchChromium();
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}

/** Pages a test opens itself (push them): each is checked for incidents and closed after the test. */
export function useOpenedPages(): Watched[] {
  const opened: Watched[] = [];
  afterEach(async () => {
    for (const watched of opened.splice(0)) {
      expect(watched.incidents).toEqual([]);
      await watched.context.close();
    }
  });
  return opened;
}

/**
 * A fresh watched page for every test, opened on `open` when given, and checked afterwards:
 * no console error, uncaught exception, dialog or CSP violation may have happened.
 */
export function useWatchedPage(served: ServedDist, options: { height: number; open?: string; waitForPane?: boolean; expectNoIncidents?: boolean }): { readonly watched: Watched } {
  const session = {} as { watched: Watched };
  beforeEach(async () => {
    session.watched = await openPage(served.browser, { height: options.height });
    if (options.open === undefined) return;
    await session.watched.page.goto(`${served.server.url}/${options.open}`);
    if (options.waitForPane === true) await session.watched.page.getByTestId('pane').waitFor();
  });
  afterEach(async () => {
    if (options.expectNoIncidents !== false) expect(session.watched.incidents).toEqual([]);
    await session.watched.context.close();
  });
  return session;
}
