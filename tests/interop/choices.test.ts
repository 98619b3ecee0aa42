/**
 * [L14] [L15] The seminar's choice made in another program: a workbook built by the CLI,
 * edited with ExcelJS (a row's Med set to Nej, no cached results left), recalculated by
 * LibreOffice. The chosen totals and the pool's remainder follow; Total_<id> and GrandTotal stay.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { FIXTURES } from '../helpers/fixtures';
import { readValues, recalculateWithLibreOffice, withoutCachedResults } from '../helpers/libreoffice';

jest.setTimeout(240_000);

const quietIo = { stdout: () => undefined, stderr: (text: string) => process.stderr.write(text), now: () => new Date('2026-01-01T00:00:00Z') };

test('[L14] [L15] a row switched to Nej in a file edited by ExcelJS: LibreOffice recalculates the chosen totals and the pool; the totals stay', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bt-choices-'));
  const built = join(dir, 'built.xlsx');
  expect(await main(['build', join(FIXTURES, 'valid-pools', 'input.json'), '--out', built], quietIo)).toBe(0);
  const edited = join(dir, 'edited.xlsx');
  await withoutCachedResults(built, edited, (workbook) => {
    const sheet = workbook.getWorksheet('Sundhed');
    if (sheet === undefined) throw new Error('no sheet');
    expect(sheet.getCell('H6').value).toBe('Ja');
    expect(sheet.getCell('H6').dataValidation).toMatchObject({ type: 'list', formulae: ['"Ja,Nej"'] });
    sheet.getCell('H6').value = 'Nej'; // Akutlægebil: 4 and 6 from the pool
  });
  const values = await readValues(await recalculateWithLibreOffice(edited));
  const sund = values.get('Sundhed');
  const overview = values.get('Oversigt');
  // Chosen_sund, ChosenTotal, the pool's chosen and PoolLeft_prio follow the choice.
  expect([sund?.get('D15'), sund?.get('E15')]).toEqual([5, 5]);
  expect([overview?.get('C17'), overview?.get('D17')]).toEqual([10, 10]);
  expect([overview?.get('C20'), overview?.get('D20')]).toEqual([10, 10]);
  expect([overview?.get('C21'), overview?.get('D21')]).toEqual([5, 2]);
  // Total_sund and GrandTotal count every proposal, chosen or not.
  expect([sund?.get('D12'), sund?.get('E12')]).toEqual([16, 18]);
  expect([overview?.get('C11'), overview?.get('D11')]).toEqual([23, 25]);
});
