/**
 * The browser preview's host on the Excel double, as the pane drives it: write, watch the
 * tables while a person edits them, read back, check, repair, stop watching. The same calls
 * the add-in's Office.js host makes (both hand the same functions a RequestContext).
 */
import { createPreviewWorkbook, type PreviewWorkbook } from '../../../src/preview/previewWorkbook';
import { sampleFile } from './helpers';

// The preview loads the engine chunk by webpack's dynamic import, which names the emitted `.js`
// file; in node it is the TypeScript module itself. (The double is a package: jest maps its name.)
jest.mock('../../../src/taskpane/engine.js', () => jest.requireActual<typeof import('../../../src/taskpane/engine')>('../../../src/taskpane/engine'), { virtual: true });

const HOSP = 'Hospitalsudvalget';
const layout = { lang: 'da' as const, decimals: 1 };

async function written(): Promise<PreviewWorkbook> {
  const workbook = createPreviewWorkbook('da-DK');
  const result = await workbook.host.write({ definitions: sampleFile(), layout }, () => undefined);
  expect(result.status).toBe('written');
  return workbook;
}

/** Resolves at the next call of the watch's callback. */
function nextChange(): { onChange: () => void; changed: Promise<void> } {
  let resolve: () => void = () => undefined;
  const changed = new Promise<void>((r) => {
    resolve = r;
  });
  return { onChange: () => resolve(), changed };
}

test('a workbook without tables: nothing to read back, repair says so, and the watch has nothing to watch', async () => {
  const workbook = createPreviewWorkbook('da-DK');
  expect(await workbook.host.readBack()).toBeUndefined();
  expect(await workbook.host.repair(() => undefined)).toEqual({ status: 'noState' });
  const stop = await workbook.host.watch(() => {
    throw new Error('nothing to watch, nothing to call');
  });
  await stop();
});

// That the add-in's own writes are not reported is watchTables' rule, tested with a short
// debounce in tests/unit/adapters/officejs/readWorkbook.test.ts; here the pane's default applies.
test('a person’s edits are watched and read back with their cells', async () => {
  const workbook = await written();
  const { onChange, changed } = nextChange();
  let calls = 0;
  const stop = await workbook.host.watch(() => {
    calls++;
    onChange();
  });

  await workbook.type(HOSP, 'D11', 11);
  await workbook.insertRows(HOSP, 20);
  await workbook.type(HOSP, 'B20', 'Ny pulje til rekruttering');
  await workbook.type(HOSP, 'E20', 3);
  await changed;
  // Typing a row of cells is one notification (debounced).
  expect(calls).toBe(1);

  const read = await workbook.host.readBack();
  expect(read?.result.diff.map((d) => [d.kind, `${d.sheet}!${d.address}`, d.title])).toEqual([
    ['amount', 'Hospitalsudvalget!D11', 'Flash glukosemåler'],
    ['added', 'Hospitalsudvalget!B20', 'Ny pulje til rekruttering'],
  ]);
  expect(read?.findings).toEqual([]);
  expect(read?.layout).toEqual(layout);
  await stop();
});

test('once stopped, edits call nobody', async () => {
  const workbook = await written();
  let calls = 0;
  const stop = await workbook.host.watch(() => calls++);
  await stop();
  const { onChange, changed } = nextChange();
  // A second watch proves the edit was delivered, and only to it.
  const other = await workbook.host.watch(onChange);
  await workbook.type(HOSP, 'D11', 11);
  await changed;
  expect(calls).toBe(0);
  await other();
});

test('repair: the typed total gets its formula back, typed amounts stay, and the download follows the repaired tables', async () => {
  const workbook = await written();
  await workbook.type(HOSP, 'D11', 11);
  await workbook.type(HOSP, 'D20', 500);
  const check = await workbook.host.readBack();
  expect(check?.findings.map((f) => [f.code, f.address, f.current])).toEqual([['integrityFormulaOverwritten', 'D20', 500]]);

  const phases: string[] = [];
  const repaired = await workbook.host.repair((report) => phases.push(report.phase));
  expect(repaired.status).toBe('repaired');
  expect(phases).toContain('write');
  const after = await workbook.host.readBack();
  expect([after?.result.diff, after?.findings]).toEqual([[], []]);
  const sheet = (await workbook.read()).find((s) => s.name === HOSP);
  expect(sheet?.rows[10]?.[3]?.text).toBe('11.0');
  expect(sheet?.rows[19]?.[3]).toMatchObject({ text: '45.8', formula: expect.stringMatching(/^=SUMIFS\(/) as string });
  const plan = workbook.lastPlan();
  const flash = plan?.sheets.find((s) => s.name === HOSP)?.cells[10]?.[3];
  expect(flash).toMatchObject({ value: 11 });
});
