#!/usr/bin/env node
/**
 * For networks that block Microsoft's CDN: after `npm run build`, makes the built pages load
 * office.js from the add-in's own host. It copies office.js from the `@microsoft/office-js`
 * package into dist/office-js/ (office.js loads its host and locale files relative to itself),
 * points taskpane.html and commands.html at that copy and narrows their Content-Security-Policy
 * to scripts from the add-in's own host. `npm run build:self-hosted` runs both steps.
 *
 * The CDN stays the default: the Office Store requires it, and it always carries the newest
 * office.js; a self-hosted copy is as new as the package (docs/deploy.md).
 */
const { cpSync, existsSync, readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const SELF_HOSTED_DIR = 'office-js';
const PAGES = ['taskpane.html', 'commands.html'];

/** A built page with office.js from its own host; refuses a page it cannot fully rewrite. */
function useSelfHostedOfficeJs(html, page) {
  if (!html.includes(OFFICE_JS_CDN)) throw new Error(`${page} does not load office.js from the CDN; was it built by npm run build?`);
  const rewritten = html
    .split(OFFICE_JS_CDN).join(`${SELF_HOSTED_DIR}/office.js`)
    .replace(`script-src 'self' ${CDN_ORIGIN}`, "script-src 'self'");
  if (rewritten.includes(CDN_ORIGIN)) throw new Error(`${page} still names ${CDN_ORIGIN} after the rewrite`);
  return rewritten;
}

function selfHostOfficeJs(dist) {
  const source = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
  // The debug builds and the type definitions are half the package and never loaded.
  cpSync(source, path.join(dist, SELF_HOSTED_DIR), { recursive: true, filter: (file) => !/\.debug\.js$|\.d\.ts$/.test(file) });
  for (const page of PAGES) {
    const file = path.join(dist, page);
    writeFileSync(file, useSelfHostedOfficeJs(readFileSync(file, 'utf8'), page));
  }
}

if (require.main === module) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  if (!existsSync(path.join(dist, 'taskpane.html'))) {
    process.stderr.write(`${dist} has no taskpane.html: run npm run build first.\n`);
    process.exit(1);
  }
  selfHostOfficeJs(dist);
  process.stdout.write(`office.js is now served from ${path.join(dist, SELF_HOSTED_DIR)}; deploy the whole folder.\n`);
}

module.exports = { OFFICE_JS_CDN, SELF_HOSTED_DIR, selfHostOfficeJs, useSelfHostedOfficeJs };
