/**
 * [R13] [R14] Read-back keeps what it wrote: CR in texts, leading characters, −0, ranges and
 * their midpoints, after an unedited round trip and after LibreOffice or openpyxl opened and
 * saved the workbook (docs/readback.md). openpyxl is Debian's python3-openpyxl, which
 * scripts/test.sh installs.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../src/cli/main';
import { FIXTURES } from '../helpers/fixtures';
import { recalculateWithLibreOffice } from '../helpers/libreoffice';

jest.setTimeout(240_000);

const run = promisify(execFile);
const INPUT = join(FIXTURES, 'readback-fidelity', 'input.json');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), now: () => new Date('2026-01-01T00:00:00Z') }, out, err };
}

/** The definitions as JSON holds them (JSON has no −0). */
async function expected(): Promise<unknown> {
  return JSON.parse(JSON.stringify(JSON.parse(await readFile(INPUT, 'utf8'))));
}

async function readBack(xlsx: string, dir: string): Promise<{ definitions: unknown; stdout: string }> {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  const { io, out: stdout, err } = capture();
  expect(await main(['read', xlsx, '--out', out], io)).toBe(0);
  expect(err.join('')).toBe('');
  return { definitions: JSON.parse(await readFile(out, 'utf8')), stdout: stdout.join('') };
}

let dir: string;
let built: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bt-fidelity-'));
  built = join(dir, 'built.xlsx');
  expect(await main(['build', INPUT, '--out', built], capture().io)).toBe(0);
});

test('[R13] [R14] an unedited workbook reads back to the same definitions, with no change reported', async () => {
  const { definitions, stdout } = await readBack(built, dir);
  expect(definitions).toEqual(await expected());
  expect(stdout).toContain('Ingen ændringer');
});

test('[R13] [R14] a workbook opened and saved by LibreOffice reads back to the same definitions', async () => {
  const saved = await recalculateWithLibreOffice(built);
  const { definitions, stdout } = await readBack(saved, dir);
  expect(definitions).toEqual(await expected());
  expect(stdout).toContain('Ingen ændringer');
});

test('[R13] [R14] a workbook opened and saved by openpyxl reads back to the same definitions', async () => {
  const saved = join(dir, 'openpyxl.xlsx');
  await run('/usr/bin/python3', ['-c', 'import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])', built, saved]);
  const { definitions, stdout } = await readBack(saved, dir);
  expect(definitions).toEqual(await expected());
  expect(stdout).toContain('Ingen ændringer');
});
