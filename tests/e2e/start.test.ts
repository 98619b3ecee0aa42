/**
 * `npm start` (scripts/start.js): on this machine (Linux, no Excel desktop) it says so and
 * serves the browser preview on localhost, printing its address; where Excel desktop exists
 * it explains how to sideload, since office-addin-debugging is not installed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO } from '../helpers/fixtures';
import { assertBuilt } from './helpers/browser';

jest.setTimeout(60_000);

interface StartScript {
  findExcelDesktop(platform: string, env: Record<string, string | undefined>, exists: (path: string) => boolean): string | undefined;
  sideloadAdvice(excel: string): string;
  parseArgs(argv: string[]): { static: boolean; port: number };
}

const start = createRequire(__filename)(join(REPO, 'scripts', 'start.js')) as StartScript;

test('Excel desktop is found where it is installed, and never on Linux', () => {
  const winExcel = 'C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE';
  expect(start.findExcelDesktop('win32', { ProgramFiles: 'C:\\Program Files' }, (p) => p === winExcel)).toBe(winExcel);
  expect(start.findExcelDesktop('darwin', { HOME: '/Users/a' }, (p) => p === '/Applications/Microsoft Excel.app')).toBe('/Applications/Microsoft Excel.app');
  expect(start.findExcelDesktop('win32', { ProgramFiles: 'C:\\Program Files' }, () => false)).toBeUndefined();
  expect(start.findExcelDesktop('linux', {}, () => true)).toBeUndefined();
  const advice = start.sideloadAdvice(winExcel);
  expect(advice).toContain('office-addin-debugging start manifest.xml');
  expect(advice).toContain('office-addin-dev-certs install');
  expect(() => start.parseArgs(['--bogus'])).toThrow('Unknown option --bogus');
  expect(start.parseArgs(['--static', '--port', '0'])).toEqual({ static: true, port: 0 });
});

describe('on this machine', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    // Only the process this test started, by its id.
    if (child?.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGTERM');
  });

  test('npm start serves the built preview on localhost and prints its address', async () => {
    assertBuilt();
    child = spawn(process.execPath, [join(REPO, 'scripts', 'start.js'), '--static', '--port', '0'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child?.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /(http:\/\/localhost:\d+\/preview\.html)/.exec(output);
        if (match?.[1] !== undefined) resolve(match[1]);
      });
      child?.once('exit', (code) => reject(new Error(`start.js exited with ${String(code)}: ${output}`)));
    });
    expect(output).toContain('No Excel desktop on this machine');
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<script defer src="?preview\.[0-9a-f]+\.js/);
    expect(html).not.toContain('appsforoffice');
  });
});
