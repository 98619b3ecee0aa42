/**
 * A workbook built by `budget-tables build` and opened in Excel is the add-in's own
 * (docs/readback.md, S6–S7; docs/rounds.md, D16): the command line's own .xlsx, loaded into the
 * Excel double, is read, checked, rebuilt and given rounds by the add-in, which keeps the file's
 * hidden sheets in step with its settings.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { BuildError } from '../../../../src/adapters/officejs/applyPlan';
import { queueHiddenText } from '../../../../src/adapters/officejs/hiddenSheet';
import { readBackTables, readWorkbookTables } from '../../../../src/adapters/officejs/readWorkbook';
import { repairWorkbook } from '../../../../src/adapters/officejs/repair';
import { watchTables, type TableChange } from '../../../../src/adapters/officejs/watch';
import { StoredStateError } from '../../../../src/adapters/officejs/state';
import { encodeSnapshots, readSnapshots, SNAPSHOTS_KEY, SNAPSHOTS_SHEET_NAME } from '../../../../src/adapters/state/snapshots';
import { decodeState, encodeDocument, STATE_KEY, STATE_SHEET_NAME, type StoredState } from '../../../../src/adapters/state/state';
import { EXIT, main } from '../../../../src/cli/main';
import { listRounds, saveRound } from '../../../../src/taskpane/host/rounds';
import { readStoredDefinitions } from '../../../../src/taskpane/host/storedDefinitions';
import { writeTables } from '../../../../src/taskpane/host/writeTables';
import { createExcelDouble, type ExcelDouble } from '@budget-tables/excel-double';
import { capture } from '../../../helpers/cli';
import { cliBuild, openInDouble, saveFromDouble } from '../../../helpers/cliWorkbook';
import { FIXTURES } from '../../../helpers/fixtures';
import { copy, features } from '../../core/readback/helpers';

const input = join(FIXTURES, 'valid-features', 'input.json');
const layout = { lang: 'da', decimals: 1 } as const;
const hosp = 'Hospitalsudvalget';

/** The text a hidden sheet holds in column A, top to bottom (as `budget-tables read` takes it). */
function hiddenText(double: ExcelDouble, sheet: string): string {
  const column = double.inspect.sheet(sheet).values.map((row) => row[0]);
  const end = column.findIndex((cell) => typeof cell !== 'string' || cell === '');
  return (end === -1 ? column : column.slice(0, end)).join('');
}

async function stateInSheet(double: ExcelDouble): Promise<StoredState | undefined> {
  return decodeState(hiddenText(double, STATE_SHEET_NAME));
}

function sheetIds(double: ExcelDouble): Record<string, string> {
  return Object.fromEntries(double.inspect.sheets().map((name) => [name, double.inspect.sheet(name).id]));
}

async function syncsOf<T>(double: ExcelDouble, action: () => Promise<T>): Promise<{ syncs: number; result: T }> {
  double.resetStats();
  const result = await action();
  return { syncs: double.stats.syncs, result };
}

/** The file's hidden state replaced by `text`, as someone editing the file might. */
async function forgeHiddenState(double: ExcelDouble, text: string): Promise<void> {
  await double.run(async (context) => {
    queueHiddenText(context, STATE_SHEET_NAME, text);
    await context.sync();
  });
}

describe('[S6] the command line\'s workbook in Excel', () => {
  test('[S6] is recognised: the state from its hidden sheet, its sheets found by name, live totals read back, nothing to find', async () => {
    const double = await openInDouble(await cliBuild(input));
    expect(double.inspect.sheet(STATE_SHEET_NAME).visibility).toBe('VeryHidden');
    expect(double.inspect.settings()).toEqual({});
    const ids = sheetIds(double);
    // One sync more than from the setting (the sheet's cells), only because there is no setting.
    const { syncs, result: tables } = await syncsOf(double, () => double.run((context) => readWorkbookTables(context)));
    expect(syncs).toBe(3);
    expect(tables.state?.definitions).toEqual(features);
    expect(tables.state?.sheets).toEqual([
      { key: 'overview', id: ids['Oversigt'], name: 'Oversigt' },
      { key: 'committee:hosp', id: ids[hosp], name: hosp },
      { key: 'committee:ru', id: ids['Regional Udvikling'], name: 'Regional Udvikling' },
      { key: 'committee:tom', id: ids['Udvalg- uden emner - test-'], name: 'Udvalg- uden emner - test-' },
    ]);
    if (tables.state === undefined) return;
    const { result, findings } = readBackTables(tables);
    expect([result.diff, result.notices, result.problems, findings]).toEqual([[], [], [], []]);
    expect(await double.run((context) => readStoredDefinitions(context))).toEqual(features);
  });

  test('[S6] the pane hears the user\'s edits of the command line\'s sheets, not of the others', async () => {
    const double = await openInDouble(await cliBuild(input));
    const calls: TableChange[][] = [];
    const stop = await watchTables(double.context as unknown as Excel.RequestContext, (changes) => void calls.push(changes), { debounceMs: 20 });
    double.user.addSheet('Noter');
    double.user.type('Noter', 'A1', 'ikke en tabel');
    double.user.type(hosp, 'D7', 6);
    await double.settle();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(calls).toEqual([[{ worksheetId: sheetIds(double)[hosp], address: 'D7', changeType: 'RangeEdited' }]]);
    await stop();
  });

  test('[S6] an edited amount is read back, and a number typed over a total is found by the integrity check', async () => {
    const double = await openInDouble(await cliBuild(input));
    double.user.type(hosp, 'D7', 6.25);
    double.user.type(hosp, 'E16', 1000);
    const tables = await double.run((context) => readWorkbookTables(context));
    if (tables.state === undefined) throw new Error('the workbook was not recognised');
    const { result, findings } = readBackTables(tables);
    expect(result.diff).toEqual([
      { kind: 'amount', committee: 'hosp', path: 'initiatives[0].lines[0]', title: 'Påbegynde PM-oprustning', year: 2020, old: 5, new: 6.25, unit: 'mio. kr.', sheet: hosp, address: 'D7' },
    ]);
    expect(findings).toEqual([
      { code: 'integrityFormulaOverwritten', sheet: hosp, address: 'E16', written: '=SUMIFS(E$5:INDEX(E:E,ROW()-1),$I$5:INDEX($I:$I,ROW()-1),"")', current: 1000 },
    ]);
  });

  test('[S6] a sheet renamed since the build is missing, and stays the user\'s', async () => {
    const double = await openInDouble(await cliBuild(input));
    double.user.renameSheet('Regional Udvikling', 'RU kopi');
    const tables = await double.run((context) => readWorkbookTables(context));
    expect(tables.state?.sheets.find((s) => s.key === 'committee:ru')?.id).toBe('');
    if (tables.state === undefined) return;
    expect(readBackTables(tables).findings).toContainEqual(expect.objectContaining({ code: 'integritySheetMissing', sheet: 'Regional Udvikling' }));
    const copyBefore = double.inspect.sheet('RU kopi').formulas;
    const written = await double.run((context) => writeTables(context, { definitions: features, layout, overwriteConflicts: true }));
    expect(written.status).toBe('written');
    expect(double.inspect.sheet('RU kopi').formulas).toEqual(copyBefore);
    expect(double.inspect.sheets()).toContain('Regional Udvikling');
  });

  test('[S6] a damaged hidden state is refused with its problems (S1–S5), and nothing is written', async () => {
    const double = await openInDouble(await cliBuild(input));
    const forged = (await stateInSheet(double)) as StoredState;
    await forgeHiddenState(double, await encodeDocument({ ...forged, definitions: { ...forged.definitions, years: 'alle' } }));
    const before = { sheets: double.inspect.sheets(), hosp: double.inspect.sheet(hosp).formulas, state: hiddenText(double, STATE_SHEET_NAME) };
    const failure = (await double.run((context) => writeTables(context, { definitions: features, layout })).catch((e: unknown) => e)) as BuildError;
    expect([failure, failure.phase]).toEqual([expect.any(BuildError), 'read']);
    const refusal = failure.cause as StoredStateError;
    expect(refusal).toBeInstanceOf(StoredStateError);
    expect(refusal.problems.map((p) => [p.code, p.location])).toEqual([['expectedList', { kind: 'json', path: ['definitions', 'years'] }]]);
    await expect(double.run((context) => readWorkbookTables(context))).rejects.toBeInstanceOf(StoredStateError);
    await forgeHiddenState(double, 'not a state');
    const damaged = (await double.run((context) => readWorkbookTables(context)).catch((e: unknown) => e)) as StoredStateError;
    expect(damaged.problems.map((p) => p.code)).toEqual(['storedStateDamaged']);
    await forgeHiddenState(double, before.state);
    expect({ sheets: double.inspect.sheets(), hosp: double.inspect.sheet(hosp).formulas, state: hiddenText(double, STATE_SHEET_NAME) }).toEqual(before);
    expect(double.inspect.settings()).toEqual({});
  });
});

describe('[S7] the add-in keeps the command line\'s hidden state in step', () => {
  test('[S7] a rebuild: one sync more than from the setting, then the setting and the same state in the hidden sheet', async () => {
    const double = await openInDouble(await cliBuild(input));
    const retitled = { ...copy(features), title: 'Budget 2020 – efter seminaret' };
    // Read (and the hidden sheet's cells), compare, write.
    const first = await syncsOf(double, () => double.run((context) => writeTables(context, { definitions: retitled, layout })));
    expect([first.result.status, first.syncs]).toEqual(['written', 4]);
    // The state travels twice in the write (setting and sheet), and the writer's estimate counts it so (Q1).
    const [estimated] = first.result.writeRequestBytes ?? [];
    const measured = double.stats.requests.at(-1)?.bytes ?? 1;
    expect(Math.abs((estimated ?? 0) / measured - 1)).toBeLessThan(0.1);
    const setting = await decodeState(double.inspect.settings()[STATE_KEY]);
    expect(setting?.definitions).toEqual(retitled);
    expect(setting?.sheets.map((s) => s.id)).toEqual(['Oversigt', hosp, 'Regional Udvikling', 'Udvalg- uden emner - test-'].map((name) => sheetIds(double)[name]));
    expect(await stateInSheet(double)).toEqual(setting);
    expect(double.inspect.sheet(STATE_SHEET_NAME).visibility).toBe('VeryHidden');
    // From now on the setting is read, in a rebuild's usual three syncs, and the sheet still follows.
    const second = await syncsOf(double, () => double.run((context) => writeTables(context, { definitions: features, layout })));
    expect([second.result.status, second.syncs]).toEqual(['written', 3]);
    expect((await stateInSheet(double))?.definitions).toEqual(features);
    expect(await stateInSheet(double)).toEqual(await decodeState(double.inspect.settings()[STATE_KEY]));
  });

  test('[S7] the first rebuild interrupted at each of its syncs (before, midway, answer lost) and retried ends as a build from scratch', async () => {
    // The tables grow (an initiative more) and the title changes, so every sheet is rewritten.
    const grown = copy(features);
    grown.title = 'Budget 2020 – efter seminaret';
    grown.initiatives.push({ id: 'ny_pulje', committee: 'hosp', number: '12', title: 'Ny pulje', amounts: { '2021': 3 } });
    const scratch = createExcelDouble();
    expect((await scratch.run((context) => writeTables(context, { definitions: grown, layout }))).status).toBe('written');
    const cli = await cliBuild(input);
    for (const sync of [1, 2, 3, 4]) {
      for (const [mode, options] of [['before', { afterCommands: 0 }], ['midway', { afterCommands: 5 }], ['lost', { loseResponse: true }]] as const) {
        const double = await openInDouble(cli);
        double.failOnSync(sync, 'GeneralException', options);
        const interrupted = await double.run((context) => writeTables(context, { definitions: grown, layout })).then(
          (result) => result.status,
          (error: unknown) => (error instanceof Error ? error.name : 'thrown'),
        );
        double.cancelFailures();
        const retried = await double.run((context) => writeTables(context, { definitions: grown, layout }));
        const where = { sync, mode, interrupted };
        expect({ ...where, status: retried.status }).toEqual({ ...where, status: 'written' });
        for (const sheet of retried.sheets) expect({ ...where, sheet, values: double.inspect.sheet(sheet).values }).toEqual({ ...where, sheet, values: scratch.inspect.sheet(sheet).values });
        const setting = await decodeState(double.inspect.settings()[STATE_KEY]);
        expect({ ...where, definitions: setting?.definitions, inProgress: setting?.inProgress }).toEqual({ ...where, definitions: grown, inProgress: false });
        expect({ ...where, same: await stateInSheet(double) }).toEqual({ ...where, same: setting });
      }
    }
  });

  test('[S7] the conflict check keeps the user\'s edit from a rebuild; applying the read-back keeps it and stores it in both places', async () => {
    const double = await openInDouble(await cliBuild(input));
    const cliState = hiddenText(double, STATE_SHEET_NAME);
    double.user.type(hosp, 'D7', 6.25);
    const conflicts = await double.run((context) => writeTables(context, { definitions: features, layout }));
    expect([conflicts.status, conflicts.conflicts]).toEqual(['conflicts', [{ sheet: hosp, address: 'D7', kind: 'changed', written: 5, current: 6.25 }]]);
    expect([hiddenText(double, STATE_SHEET_NAME), double.inspect.settings(), double.inspect.cell(hosp, 'D7').value]).toEqual([cliState, {}, 6.25]);

    const repaired = await double.run((context) => repairWorkbook(context));
    if (repaired.status !== 'repaired') throw new Error(`not repaired: ${repaired.status}`);
    expect(repaired.readBack.diff).toEqual([expect.objectContaining({ kind: 'amount', sheet: hosp, address: 'D7', old: 5, new: 6.25 })]);
    expect(double.inspect.cell(hosp, 'D7').value).toBe(6.25);
    const setting = await decodeState(double.inspect.settings()[STATE_KEY]);
    expect(setting?.definitions).toEqual(repaired.readBack.definitions);
    expect(await stateInSheet(double)).toEqual(setting);
  });

  test('[S7] column A is cleared below the new state, so no old chunk is ever joined to it', async () => {
    const double = await openInDouble(await cliBuild(input));
    double.user.type(STATE_SHEET_NAME, 'A3', 'an old chunk');
    const written = await double.run((context) => writeTables(context, { definitions: features, layout }));
    expect(written.status).toBe('written');
    const column = double.inspect.sheet(STATE_SHEET_NAME).values.map((row) => row[0]);
    expect(column.slice(1).filter((cell) => cell !== '' && cell !== undefined)).toEqual([]);
    expect(await stateInSheet(double)).toEqual(await decodeState(double.inspect.settings()[STATE_KEY]));
  });

  test('[S7] a workbook the add-in built itself gets no hidden sheets; a first build is three syncs', async () => {
    const double = createExcelDouble();
    const { syncs, result } = await syncsOf(double, () => double.run((context) => writeTables(context, { definitions: features, layout })));
    expect([result.status, syncs]).toEqual(['written', 3]);
    expect(double.inspect.sheets()).not.toContain(STATE_SHEET_NAME);
    expect(double.inspect.sheets()).not.toContain(SNAPSHOTS_SHEET_NAME);
  });

  test('[S7] a state sheet that is merely hidden (as LibreOffice saves it) is kept in step too, and stays hidden', async () => {
    const double = await openInDouble(await cliBuild(input));
    await double.run(async (context) => {
      context.workbook.worksheets.getItem(STATE_SHEET_NAME).visibility = 'Hidden';
      await context.sync();
    });
    const retitled = { ...copy(features), title: 'Efter LibreOffice' };
    expect((await double.run((context) => writeTables(context, { definitions: retitled, layout }))).status).toBe('written');
    expect((await stateInSheet(double))?.definitions).toEqual(retitled);
    expect(double.inspect.sheet(STATE_SHEET_NAME).visibility).toBe('Hidden');
  });

  test('[S7] a visible sheet of the state\'s name is the user\'s: read as the state, never written', async () => {
    const double = await openInDouble(await cliBuild(input));
    await double.run(async (context) => {
      context.workbook.worksheets.getItem(STATE_SHEET_NAME).visibility = 'Visible';
      await context.sync();
    });
    const cliState = hiddenText(double, STATE_SHEET_NAME);
    const written = await double.run((context) => writeTables(context, { definitions: features, layout }));
    expect(written.status).toBe('written');
    expect(hiddenText(double, STATE_SHEET_NAME)).toBe(cliState);
    expect(double.inspect.settings()[STATE_KEY]).toBeDefined();
  });
});

describe('[D16] rounds the command line saved', () => {
  test('[D16] are listed in the pane\'s rounds, and a round saved in Excel goes into the setting and the hidden sheet alike', async () => {
    const path = await cliBuild(input);
    expect(await main(['snapshot', path, '--name', 'Udvalgenes forslag'], capture().io)).toBe(EXIT.ok);
    const double = await openInDouble(path);
    const listed = await double.run((context) => listRounds(context));
    expect(listed.kind === 'listed' && listed.snapshots.map((s) => [s.name, s.definitions])).toEqual([['Udvalgenes forslag', features]]);

    const saved = await double.run((context) => saveRound(context, 'Seminar 22. maj', new Date('2026-05-22T14:00:00Z')));
    expect(saved.kind).toBe('saved');
    const setting = await readSnapshots(double.inspect.settings()[SNAPSHOTS_KEY]);
    const sheet = await readSnapshots(hiddenText(double, SNAPSHOTS_SHEET_NAME));
    expect(setting.kind === 'valid' && setting.store.snapshots.map((s) => s.name)).toEqual(['Udvalgenes forslag', 'Seminar 22. maj']);
    expect(sheet).toEqual(setting);
  });

  test('[D16] a round the command line adds to the sheet after the add-in saved one is listed, and the next save keeps it', async () => {
    const path = await cliBuild(input);
    expect(await main(['snapshot', path, '--name', 'Udvalgenes forslag'], capture().io)).toBe(EXIT.ok);
    const double = await openInDouble(path);
    expect((await double.run((context) => saveRound(context, 'Seminar 22. maj', new Date('2026-05-22T14:00:00Z')))).kind).toBe('saved');
    // `budget-tables snapshot` on the saved file patches only the sheet; the add-in's setting stays as it was.
    const setting = double.inspect.settings()[SNAPSHOTS_KEY];
    const store = await readSnapshots(setting);
    if (store.kind !== 'valid') throw new Error('the saved store does not read');
    const patched = await encodeSnapshots({ ...store.store, snapshots: [...store.store.snapshots, { name: 'Efter seminaret', savedAt: '2026-05-23T09:00:00.000Z', definitions: features }] });
    if (!('encoded' in patched)) throw new Error('the store is full');
    await double.run(async (context) => {
      queueHiddenText(context, SNAPSHOTS_SHEET_NAME, patched.encoded);
      await context.sync();
    });
    expect(double.inspect.settings()[SNAPSHOTS_KEY]).toBe(setting);
    const listed = await double.run((context) => listRounds(context));
    expect(listed.kind === 'listed' && listed.snapshots.map((s) => s.name)).toEqual(['Udvalgenes forslag', 'Seminar 22. maj', 'Efter seminaret']);
    expect((await double.run((context) => saveRound(context, 'Budgetforlig', new Date('2026-06-01T10:00:00Z')))).kind).toBe('saved');
    const names = async (text: unknown) => {
      const reading = await readSnapshots(text);
      return reading.kind === 'valid' ? reading.store.snapshots.map((s) => s.name) : reading.problems;
    };
    const all = ['Udvalgenes forslag', 'Seminar 22. maj', 'Efter seminaret', 'Budgetforlig'];
    expect([await names(hiddenText(double, SNAPSHOTS_SHEET_NAME)), await names(double.inspect.settings()[SNAPSHOTS_KEY])]).toEqual([all, all]);
  });
});

describe('[S7] budget-tables read on the file Excel saves', () => {
  test('[S7] reads the add-in\'s last build: command line build, the user\'s edit applied in Excel, the file saved, read with no change', async () => {
    const path = await cliBuild(input);
    const double = await openInDouble(path);
    double.user.type(hosp, 'D7', 6.25);
    const repaired = await double.run((context) => repairWorkbook(context));
    if (repaired.status !== 'repaired') throw new Error(`not repaired: ${repaired.status}`);
    const saved = join(dirname(path), 'saved.xlsx');
    await saveFromDouble(double, path, saved);

    const json = join(dirname(path), 'read.json');
    const run = capture();
    expect(await main(['read', saved, '--out', json], run.io)).toBe(EXIT.ok);
    // The stored state is the add-in's, so the edit is part of the last build, not a change.
    expect(JSON.parse(await readFile(json, 'utf8'))).toEqual(repaired.readBack.definitions);
    // Nothing changed since the last build and nothing for the integrity check (a stale state would show D7 as an edit).
    expect(run.stdout()).toBe(`Ingen ændringer siden sidste opbygning.\n${json}: definitionerne er skrevet.\n`);
  });
});
