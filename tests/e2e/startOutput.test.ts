/**
 * `npm start` prints the address to open first, and that address (and "/") answers with the
 * preview, in both modes: the static server over dist/ and webpack-dev-server, whose own
 * "Project is running at …" line (an address that answered "Cannot GET /") is not printed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from '../helpers/fixtures';
import { assertBuilt } from './helpers/browser';

// The dev-server case compiles the whole add-in in development mode: minutes on a shared CI machine.
jest.setTimeout(240_000);

let child: ChildProcess | undefined;
afterEach(() => {
  // Only the process this test started, by its id.
  if (child?.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGTERM');
});

/** Starts scripts/start.js and resolves with its stdout once it has printed "Press Ctrl+C to stop." */
function start(args: string[]): Promise<{ stdout: () => string; stderr: () => string }> {
  let stdout = '';
  let stderr = '';
  child = spawn(process.execPath, [join(REPO, 'scripts', 'start.js'), ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child?.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('Press Ctrl+C to stop.')) resolve({ stdout: () => stdout, stderr: () => stderr });
    });
    child?.once('exit', (code) => reject(new Error(`start.js exited with ${String(code)}: ${stdout}${stderr}`)));
  });
}

async function expectPreview(url: string): Promise<void> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(await response.text()).toMatch(/<script defer src="?preview\.[0-9a-f]*\.?js/);
}

test('--static: the first line is the address; the address and "/" serve the preview', async () => {
  assertBuilt();
  const run = await start(['--static', '--port', '0']);
  const [first] = run.stdout().split('\n');
  expect(first).toMatch(/^Budget Tables preview: http:\/\/localhost:\d+\/preview\.html$/);
  const url = first?.replace('Budget Tables preview: ', '') ?? '';
  await expectPreview(url);
  await expectPreview(url.replace('preview.html', ''));
  expect(run.stdout().match(/http:\/\//g)).toHaveLength(1);
});

test('the dev server: the first line is the address, the only address printed; "/" serves the preview', async () => {
  const run = await start(['--port', '0']);
  const [first] = run.stdout().split('\n');
  expect(first).toMatch(/^Budget Tables preview: http:\/\/localhost:\d+\/preview\.html$/);
  const url = first?.replace('Budget Tables preview: ', '') ?? '';
  // The dev server holds the request until the first compilation is done.
  await expectPreview(url.replace('preview.html', ''));
  await expectPreview(url);
  const all = run.stdout() + run.stderr();
  expect(all).not.toContain('Project is running');
  expect(all.match(/http:\/\//g)).toHaveLength(1);
});
