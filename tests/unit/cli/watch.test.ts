/**
 * `build --watch` in a temporary folder: a build at the start and after each save, a save
 * that changes nothing builds nothing, an error waits for the next save, and a workbook held
 * by another program is reported and retried on the next save, never a crash.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, main } from '../../../src/cli/main';
import { capture } from '../../helpers/cli';
import { FIXTURES } from '../../helpers/fixtures';

/** Waits for a condition on the captured output; the test's own timeout bounds it. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

test('rebuilds on save; ignores a save without changes; reports errors and a locked workbook and goes on', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bt-watch-'));
  const input = join(dir, 'definitions.json');
  const out = join(dir, 'budget.xlsx');
  const original = await readFile(join(FIXTURES, 'valid-features', 'input.json'), 'utf8');
  await writeFile(input, original);
  const controller = new AbortController();
  const run = capture({ signal: controller.signal });
  const written = (): number => run.stdout().split(`Skrev ${out}`).length - 1;
  const finished = main(['build', input, '--out', out, '--watch'], run.io);

  await until(() => written() === 1);
  expect(run.stdout()).toMatch(/^Holder øje med .*definitions\.json\. Gem filen for at bygge igen; Ctrl\+C stopper\.\n/);
  expect(run.stdout()).toMatch(/^I alt\s+433,4/m);

  // A save with the same bytes (an editor's "save" without edits) builds nothing.
  await writeFile(input, original);
  // A real edit builds again, with the new totals.
  const edited = original.replace('"amounts": 2.0', '"amounts": 3.0');
  expect(edited).not.toBe(original);
  await writeFile(input, edited);
  await until(() => written() === 2);
  expect(run.stdout()).toMatch(/^I alt\s+434,4\s+39,7/m);
  expect(run.stdout().match(/Ændret – bygger igen/g)).toHaveLength(1);

  // A broken save: the errors, nothing written, and the watch goes on.
  await writeFile(input, '{ "formatVersion": 1, ');
  await until(() => run.stderr().includes('Intet er skrevet.'));
  expect(run.stderr()).toContain('Filen er ikke gyldig JSON');

  // The workbook open in LibreOffice: reported, not written, retried on the next save.
  const lockFile = join(dir, '.~lock.budget.xlsx#');
  await writeFile(lockFile, '');
  const before = (await stat(out)).mtimeMs;
  await writeFile(input, original);
  await until(() => run.stderr().includes('Prøver igen ved næste ændring af definitionerne.'));
  expect(run.stderr()).toContain('er åben i et andet program (låsefilen');
  expect((await stat(out)).mtimeMs).toBe(before);

  // Closed in LibreOffice: the same definitions saved again are built.
  await rm(lockFile);
  await writeFile(input, original);
  await until(() => written() === 3);
  expect(run.stdout()).toMatch(/^I alt\s+433,4/m);

  controller.abort();
  expect(await finished).toBe(EXIT.ok);
  expect(run.stdout()).toMatch(/Stoppet\.\n$/);
  // Each build after the first is announced with the time: the edit, the broken save, the locked and the retried one.
  expect(run.stdout().match(/\d\d:\d\d:\d\d Ændret – bygger igen/g)).toHaveLength(4);
});
