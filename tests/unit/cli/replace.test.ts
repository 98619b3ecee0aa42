/**
 * `build --out` onto a file that is already there (docs/cli.md, O1–O4): the user's edits, their
 * own sheets and a file Budget Tables did not build are never replaced without --overwrite,
 * and the rounds saved in the workbook carry over into the new one.
 */
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { SNAPSHOTS_SHEET_NAME } from '../../../src/adapters/state/snapshots';
import { EXIT, main } from '../../../src/cli/main';
import { capture, schemaErrors } from '../../helpers/cli';
import { REPO } from '../../helpers/fixtures';

const SEMINAR = join(REPO, 'data', 'budget-2020-seminar.json');
let built: string;

beforeAll(async () => {
  built = join(await mkdtemp(join(tmpdir(), 'bt-replace-')), 'seminar.xlsx');
  expect(await main(['build', SEMINAR, '--out', built, '--quiet'], capture().io)).toBe(EXIT.ok);
});

async function workbookCopy(): Promise<{ dir: string; path: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'bt-replace-'));
  const path = join(dir, 'seminar.xlsx');
  await copyFile(built, path);
  return { dir, path };
}

async function edit(path: string, change: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  change(workbook);
  await workbook.xlsx.writeFile(path);
}

/** Flash glukosemåler's 2020 amount on the Hospitalsudvalget sheet, 10,5 as built. */
async function flashIn2020(path: string): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.getWorksheet('Hospitalsudvalget')?.getCell('D11').value;
}

async function typeOverFlash(path: string): Promise<void> {
  await edit(path, (workbook) => {
    const cell = workbook.getWorksheet('Hospitalsudvalget')?.getCell('D11');
    if (cell?.value !== 10.5) throw new Error('D11 holds Flash glukosemåler 2020 (10,5)');
    cell.value = 11;
  });
}

async function withTitle(dir: string, title: string): Promise<string> {
  const document = JSON.parse(await readFile(SEMINAR, 'utf8')) as { title: string };
  const input = join(dir, 'changed.json');
  await writeFile(input, JSON.stringify({ ...document, title }));
  return input;
}

describe('[O1] a build replaces a workbook that holds nothing it would lose', () => {
  test('its own output, unedited, is rebuilt from changed definitions', async () => {
    const { dir, path } = await workbookCopy();
    const run = capture();
    expect(await main(['build', await withTitle(dir, 'Budget 2020, 2. udgave'), '--out', path], run.io)).toBe(EXIT.ok);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.getWorksheet('Oversigt')?.getCell('A1').value).toBe('Budget 2020, 2. udgave');
  });
});

describe('[O2] edits in the tables that the definitions lack stop the build', () => {
  test('refused with the edit named, nothing written; built again from the definitions read back; or replaced with --overwrite', async () => {
    const { dir, path } = await workbookCopy();
    await typeOverFlash(path);
    const edited = await readFile(path);

    const run = capture();
    expect(await main(['build', SEMINAR, '--out', path], run.io)).toBe(EXIT.invalidInput);
    expect(run.stderr()).toContain(
      `${path} har ændringer i tabellerne, som definitionerne ikke har (Hospitalsudvalget!D11: Beløb ændret: »Flash glukosemåler« 2020: 10,5 mio. kr. → 11 mio. kr.). Intet er skrevet: læs ændringerne tilbage med »budget-tables read ${path} --out …« og byg fra dem, eller byg med --overwrite for at erstatte dem.`,
    );
    expect(await readFile(path)).toEqual(edited);

    const json = capture();
    expect(await main(['build', SEMINAR, '--out', path, '--json', '--lang', 'en'], json.io)).toBe(EXIT.invalidInput);
    const report = JSON.parse(json.stdout()) as { problems: { code: string; params: Record<string, unknown> }[] };
    expect(schemaErrors(report)).toEqual([]);
    expect(report.problems.filter((p) => p.code.startsWith('output'))).toEqual([
      { code: 'outputHasEdits', severity: 'error', location: { kind: 'file', text: path }, message: expect.stringContaining('holds edits in its tables') as unknown, params: { file: path, count: 1, changes: expect.stringContaining('Hospitalsudvalget!D11') as unknown } },
    ]);

    // The way out the message names: read the edits back, build from them.
    const readBackJson = join(dir, 'read.json');
    expect(await main(['read', path, '--out', readBackJson, '--quiet'], capture().io)).toBe(EXIT.ok);
    expect(await main(['build', readBackJson, '--out', path, '--quiet'], capture().io)).toBe(EXIT.ok);
    expect(await flashIn2020(path)).toBe(11);

    // Or replace them on purpose.
    await copyFile(built, path);
    await typeOverFlash(path);
    expect(await main(['build', SEMINAR, '--out', path, '--overwrite', '--quiet'], capture().io)).toBe(EXIT.ok);
    expect(await flashIn2020(path)).toBe(10.5);
  });
});

describe('[O3] a workbook with sheets of its own, or a file Budget Tables did not build, is not replaced', () => {
  test('a sheet the user added is named; --overwrite replaces the workbook', async () => {
    const { path } = await workbookCopy();
    await edit(path, (workbook) => void (workbook.addWorksheet('Mine noter').getCell('A1').value = 'Spørg om Flash'));
    const run = capture();
    expect(await main(['build', SEMINAR, '--out', path], run.io)).toBe(EXIT.invalidInput);
    expect(run.stderr()).toContain(`${path} har ark, som Budgettabeller ikke har bygget (Mine noter), og en ny bygning har dem ikke. Intet er skrevet`);
    expect(await main(['build', SEMINAR, '--out', path, '--overwrite', '--quiet'], capture().io)).toBe(EXIT.ok);
  });

  test('another file: refused, untouched; --overwrite replaces it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bt-replace-'));
    const path = join(dir, 'budget.xlsx');
    await writeFile(path, 'not a workbook at all');
    const run = capture();
    expect(await main(['build', SEMINAR, '--out', path], run.io)).toBe(EXIT.invalidInput);
    expect(run.stderr()).toContain(`${path} findes og er ikke en projektmappe, som Budgettabeller har bygget, eller den kan ikke læses. Intet er skrevet`);
    expect(await readFile(path, 'utf8')).toBe('not a workbook at all');
    expect(await main(['build', SEMINAR, '--out', path, '--overwrite', '--quiet'], capture().io)).toBe(EXIT.ok);
    expect(await flashIn2020(path)).toBe(10.5);
  });
});

describe('[O4] the rounds saved in the workbook go into the new one', () => {
  test('a rebuild keeps them, with or without --overwrite', async () => {
    const { dir, path } = await workbookCopy();
    expect(await main(['snapshot', path, '--name', 'Udvalgenes forslag', '--quiet'], capture().io)).toBe(EXIT.ok);
    expect(await main(['build', await withTitle(dir, 'Budget 2020, 2. udgave'), '--out', path, '--quiet'], capture().io)).toBe(EXIT.ok);
    const list = capture();
    expect(await main(['snapshot', path], list.io)).toBe(EXIT.ok);
    expect(list.stdout()).toBe(`Gemte runder i ${path} (1):\n  Udvalgenes forslag  gemt 2026-01-01 00:00, 30 emner\n`);
    await typeOverFlash(path);
    expect(await main(['build', SEMINAR, '--out', path, '--overwrite', '--quiet'], capture().io)).toBe(EXIT.ok);
    const again = capture();
    expect(await main(['snapshot', path], again.io)).toBe(EXIT.ok);
    expect(again.stdout()).toContain('Udvalgenes forslag  gemt 2026-01-01 00:00, 30 emner');
  });

  test('damaged rounds cannot be carried: refused, unless --overwrite, which drops them', async () => {
    const { path } = await workbookCopy();
    expect(await main(['snapshot', path, '--name', 'A', '--quiet'], capture().io)).toBe(EXIT.ok);
    await edit(path, (workbook) => {
      const sheet = workbook.getWorksheet(SNAPSHOTS_SHEET_NAME);
      if (sheet === undefined) throw new Error('no snapshots sheet');
      sheet.getCell('A1').value = '{"encoding":"gzip-base64","data":"AAAA"}';
    });
    const run = capture();
    expect(await main(['build', SEMINAR, '--out', path], run.io)).toBe(EXIT.invalidInput);
    expect(run.stderr()).toContain(`${path}: de gemte runder er beskadigede og kan ikke tages med over i den nye projektmappe. Intet er skrevet`);
    expect(await main(['build', SEMINAR, '--out', path, '--overwrite', '--quiet'], capture().io)).toBe(EXIT.ok);
    const list = capture();
    expect(await main(['snapshot', path], list.io)).toBe(EXIT.ok);
    expect(list.stdout()).toBe(`${path} har ingen gemte runder.\n`);
  });
});
