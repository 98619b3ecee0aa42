/**
 * What the add-in ships, read from the built dist/: HyperFormula and the Excel double only in
 * the preview's files, never in the add-in's (taskpane, commands); office.js from Microsoft's
 * CDN in taskpane.html and not in the preview; a strict Content-Security-Policy on every page.
 * Records the task pane's gzip size for docs/benchmarks.md.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ARTIFACTS, assertBuilt, DIST } from './helpers/browser';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

beforeAll(() => assertBuilt());

const entrypoints = (): Record<string, string[]> => JSON.parse(readFileSync(join(DIST, 'entrypoints.json'), 'utf8')) as Record<string, string[]>;
const read = (file: string): string => readFileSync(join(DIST, file), 'utf8');
const mentionsHyperFormula = (file: string): boolean => /hyperformula/i.test(read(file));

test('the add-in entry files are the built taskpane*.js and its chunks', () => {
  const files = entrypoints();
  const taskpaneFiles = readdirSync(DIST).filter((f) => /^taskpane.*\.js$/.test(f));
  expect(taskpaneFiles.length).toBe(1);
  expect(files.taskpane).toContain(taskpaneFiles[0]);
});

test('HyperFormula and the Excel double are never in the add-in bundle, only in the preview', () => {
  const files = entrypoints();
  const addIn = [...(files.taskpane ?? []), ...(files.commands ?? []), ...readdirSync(DIST).filter((f) => /^(taskpane|commands).*\.js$/.test(f))];
  expect(addIn.length).toBeGreaterThan(1);
  for (const file of addIn) {
    const text = read(file);
    expect({ file, HyperFormula: text.includes('HyperFormula'), hyperformula: text.includes('hyperformula') }).toEqual({ file, HyperFormula: false, hyperformula: false });
    // The double's own marker strings (packages/excel-double/README.md) stay out too.
    expect({ file, double: /excel-double|#DOUBLE-UNSUPPORTED/.test(text) }).toEqual({ file, double: false });
  }
  // The check can fail: the preview does carry HyperFormula and the double (the package, resolved by name).
  expect((files.preview ?? []).some(mentionsHyperFormula)).toBe(true);
  expect((files.preview ?? []).some((file) => read(file).includes('#DOUBLE-UNSUPPORTED'))).toBe(true);
});

test('taskpane.html loads office.js from the CDN, the preview does not; strict CSP everywhere', () => {
  const csp = (html: string): string => /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html)?.[1] ?? '';
  const taskpane = read('taskpane.html');
  expect(taskpane).toMatch(new RegExp(`<script src="?${OFFICE_JS.replace(/[./]/g, '\\$&')}"?>`));
  expect(csp(taskpane)).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
  const preview = read('preview.html');
  expect(preview).not.toContain('appsforoffice');
  expect(csp(preview)).toContain("script-src 'self';");
  for (const page of ['taskpane.html', 'preview.html', 'commands.html', 'help.html']) {
    const html = read(page);
    const policy = csp(html);
    expect({ page, policy: policy !== '' }).toEqual({ page, policy: true });
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("default-src 'none'");
    expect(policy.match(/script-src[^;]*/)?.[0] ?? '').not.toContain('unsafe-inline');
    // No inline scripts: every <script> has a src.
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
  }
  expect(read('commands.html')).toContain(OFFICE_JS);
});

test('the task pane bundle size (gzip) is recorded and stays within its budget', () => {
  const files = entrypoints();
  const initial = readdirSync(DIST).filter((f) => /^taskpane.*\.js$/.test(f));
  const lazy = (files.taskpane ?? []).filter((f) => !initial.includes(f));
  const size = (list: string[]) => list.reduce((sum, f) => sum + readFileSync(join(DIST, f)).length, 0);
  const gzip = (list: string[]) => list.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
  const result = { initialFiles: initial, rawBytes: size(initial), gzipBytes: gzip(initial), lazyFiles: lazy, lazyGzipBytes: gzip(lazy) };
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'taskpane-bundle.json'), `${JSON.stringify(result, null, 2)}\n`);
  expect(result.gzipBytes).toBeGreaterThan(50_000);
  // Budget: React and Fluent UI; validation, engine and writer load after the first render (docs/benchmarks.md).
  expect(result.gzipBytes).toBeLessThan(200_000);
});
