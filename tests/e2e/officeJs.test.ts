/**
 * The pane against Microsoft's own office.js (the `@microsoft/office-js` package, a copy of what
 * the CDN serves), not the stand-in the other e2e tests use: its start-up and its "outside
 * Office" path run on Microsoft's code. Inside Office cannot be reproduced here (office.js
 * talks to its host through the host's own channel; docs/TESTING.md lists what a person checks).
 *
 * 1. The add-in as built, office.js answered at the CDN address from the package.
 * 2. The self-hosted build (`scripts/self-host-office-js.js`, for networks that block the CDN):
 *    every request stays on the add-in's own host.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { assertBuilt, DIST, launchChromium, openPage, screenshot, type Watched } from './helpers/browser';
import { serveDirectory, type StaticServer } from './helpers/server';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script, tested as it runs
const { OFFICE_JS_CDN, selfHostOfficeJs } = require('../../scripts/self-host-office-js.js') as { OFFICE_JS_CDN: string; selfHostOfficeJs: (dist: string) => void };

jest.setTimeout(120_000);

const PACKAGE_DIST = dirname(require.resolve('@microsoft/office-js/dist/office.js'));
const CDN_BASE = OFFICE_JS_CDN.slice(0, OFFICE_JS_CDN.lastIndexOf('/') + 1);
/**
 * Outside Office, office.js frames Microsoft's telemetry service; the pages' policy
 * (`default-src 'none'`) refuses it, so the add-in talks to nothing but Office. That refusal is
 * the one incident expected; any other console error, failed request or violation fails.
 */
const TELEMETRY_FRAME = /telemetryservice\.firstpartyapps\.oaspapps\.com/;

let browser: Browser;
beforeAll(async () => {
  assertBuilt();
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Every request the page makes, by address; requests leaving localhost and the CDN are refused and recorded. */
async function openRecorded(url: string, serveCdnFromPackage: boolean): Promise<{ watched: Watched; requested: string[] }> {
  const watched = await openPage(browser, { width: 400, height: 700 });
  const requested: string[] = [];
  await watched.page.route('**/*', async (route) => {
    const address = route.request().url();
    requested.push(address);
    if (new URL(address).hostname === '127.0.0.1' || new URL(address).hostname === 'localhost') return route.continue();
    if (serveCdnFromPackage && address.startsWith(CDN_BASE)) {
      const file = join(PACKAGE_DIST, address.slice(CDN_BASE.length).split('?')[0] ?? '');
      if (existsSync(file)) return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
    }
    return route.abort('blockedbyclient');
  });
  await watched.page.goto(url);
  return { watched, requested };
}

async function expectOutsideOffice(page: Page): Promise<void> {
  await page.getByTestId('not-in-excel').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('not-in-excel').innerText()).toContain('Panelet kører ikke i Excel');
  expect(await page.getByRole('link', { name: 'Åbn forhåndsvisningen' }).getAttribute('href')).toBe('preview.html');
  expect(await page.getByTestId('pane').count()).toBe(0);
}

function unexpectedIncidents(watched: Watched): string[] {
  return watched.incidents.filter((incident) => !TELEMETRY_FRAME.test(incident));
}

describe('Microsoft\'s office.js from the CDN address (served from @microsoft/office-js)', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDirectory(DIST);
  });
  afterAll(async () => server?.close());

  test('outside Office, Office.onReady reports no host and the pane says where to go instead', async () => {
    const { watched, requested } = await openRecorded(`${server.url}/taskpane.html`, true);
    try {
      await expectOutsideOffice(watched.page);
      const external = requested.filter((address) => !address.startsWith(server.url));
      expect(external[0]).toBe(OFFICE_JS_CDN);
      expect(external.every((address) => address.startsWith(CDN_BASE))).toBe(true);
      expect(unexpectedIncidents(watched)).toEqual([]);
      await screenshot(watched.page, 'office-js-outside-office');
    } finally {
      await watched.context.close();
    }
  });
});

describe('the self-hosted build (scripts/self-host-office-js.js)', () => {
  let server: StaticServer;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'bt-self-hosted-'));
    cpSync(DIST, root, { recursive: true });
    selfHostOfficeJs(root);
    server = await serveDirectory(root);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('the pages load office.js from their own host, and the policy allows no other script host', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = readFileSync(join(root, page), 'utf8');
      expect({ page, cdn: html.includes('appsforoffice') }).toEqual({ page, cdn: false });
      expect(html).toMatch(/<script src="?office-js\/office\.js"?>/);
      expect(/script-src[^;]*/.exec(html)?.[0]).toBe("script-src 'self'");
    }
    expect(existsSync(join(root, 'office-js', 'office.js'))).toBe(true);
    expect(existsSync(join(root, 'office-js', 'office.debug.js'))).toBe(false);
  });

  test('outside Office the pane starts on Microsoft\'s code with every request on its own host', async () => {
    const { watched, requested } = await openRecorded(`${server.url}/taskpane.html`, false);
    try {
      await expectOutsideOffice(watched.page);
      expect(requested).toContain(`${server.url}/office-js/office.js`);
      expect(requested.filter((address) => !address.startsWith(server.url))).toEqual([]);
      expect(unexpectedIncidents(watched)).toEqual([]);
    } finally {
      await watched.context.close();
    }
  });
});
