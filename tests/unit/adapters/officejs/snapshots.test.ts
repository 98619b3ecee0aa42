/** [D16] [D17] [D18] The add-in's snapshots in the workbook setting, against the Excel double. */
import { readWorkbookSnapshots, saveWorkbookSnapshot } from '../../../../src/adapters/officejs/snapshots';
import { SNAPSHOTS_KEY } from '../../../../src/adapters/state/snapshots';
import { encodeDocument } from '../../../../src/adapters/state/state';
import type { InitiativeFile } from '../../../../src/core/format/types';
import { createExcelDouble } from '@budget-tables/excel-double';
import { readTrustedFixture } from '../../../helpers/fixtures';

const definitions: InitiativeFile = readTrustedFixture('valid-features');
const at = '2026-05-22T14:00:00.000Z';

test('[D17] saved in the setting, read back, replaced by name; a blank name writes nothing', async () => {
  const double = createExcelDouble();
  expect(await double.run((context) => readWorkbookSnapshots(context))).toEqual({ store: { version: 1, snapshots: [] } });
  expect(await double.run((context) => saveWorkbookSnapshot(context, { name: 'Udvalgenes forslag', savedAt: at, definitions }))).toMatchObject({ kind: 'saved', replaced: false });
  const edited = { ...definitions, title: 'Budgetforlig' };
  expect(await double.run((context) => saveWorkbookSnapshot(context, { name: 'UDVALGENES forslag', savedAt: at, definitions: edited }))).toMatchObject({ kind: 'saved', replaced: true });
  const read = await double.run((context) => readWorkbookSnapshots(context));
  expect('store' in read && read.store.snapshots.map((s) => [s.name, s.definitions.title])).toEqual([['UDVALGENES forslag', 'Budgetforlig']]);
  const setting = double.inspect.settings()[SNAPSHOTS_KEY];
  expect(await double.run((context) => saveWorkbookSnapshot(context, { name: ' ', savedAt: at, definitions }))).toEqual({ kind: 'refused', reason: 'snapshotNameInvalid' });
  expect(double.inspect.settings()[SNAPSHOTS_KEY]).toBe(setting);
});

test('[D16] a setting changed outside Budget Tables is refused with its problems, and a save writes nothing', async () => {
  const double = createExcelDouble();
  const forged = await encodeDocument({ version: 1, snapshots: [{ name: 'A', savedAt: at, definitions: { ...definitions, years: 'alle' } }] });
  await double.run(async (context) => {
    context.workbook.settings.add(SNAPSHOTS_KEY, forged);
    await context.sync();
  });
  const read = await double.run((context) => readWorkbookSnapshots(context));
  expect('problems' in read && read.problems.map((p) => p.location)).toEqual([{ kind: 'json', path: ['snapshots', 0, 'definitions', 'years'] }]);
  expect(await double.run((context) => saveWorkbookSnapshot(context, { name: 'B', savedAt: at, definitions }))).toMatchObject({ kind: 'damaged' });
  expect(double.inspect.settings()[SNAPSHOTS_KEY]).toBe(forged);
});
