/**
 * [D15] [D17] The pane's rounds (state, words) and, beneath them, the host's, through the browser preview's host on the Excel double: the
 * same functions the add-in's Office.js host runs (both hand them a RequestContext). A round
 * is the tables as they are now, the user's edits included; a comparison is against them too.
 */
import type { InitiativeFile } from '../../../src/core/format/types';
import { createPreviewWorkbook, type PreviewWorkbook } from '../../../src/preview/previewWorkbook';
import type { CompareRoundResult } from '../../../src/taskpane/host/types';
import { roundsAnnouncement } from '../../../src/taskpane/components/RoundsPanel/useRoundsPanel';
import { da } from '../../../src/taskpane/i18n/da';
import { en } from '../../../src/taskpane/i18n/en';
import { describeFailure } from '../../../src/taskpane/state/failure';
import { initialRoundsState, isRoundsBusy, roundsReducer, suggestRoundName } from '../../../src/taskpane/state/roundsState';
import { comparisonView, refusalWords, roundsView } from '../../../src/taskpane/state/roundsView';
import { readTrustedFixture } from '../../helpers/fixtures';

jest.mock('../../../src/taskpane/engine.js', () => jest.requireActual<typeof import('../../../src/taskpane/engine')>('../../../src/taskpane/engine'), { virtual: true });

const SUND = 'Sundhed';

async function builtPools(): Promise<PreviewWorkbook> {
  const workbook = createPreviewWorkbook('da-DK');
  const definitions: InitiativeFile = readTrustedFixture('valid-pools');
  const result = await workbook.host.write({ definitions, layout: { lang: 'da', decimals: 1 } }, () => undefined);
  expect(result.status).toBe('written');
  return workbook;
}

function compared(result: CompareRoundResult): Extract<CompareRoundResult, { kind: 'compared' }> {
  if (result.kind !== 'compared') throw new Error(`not compared: ${result.kind}`);
  return result;
}

test('[D17] without tables there is nothing to save or compare, and no round is kept', async () => {
  const workbook = createPreviewWorkbook('da-DK');
  expect(await workbook.host.listSnapshots()).toEqual({ kind: 'listed', snapshots: [] });
  expect(await workbook.host.saveSnapshot('Runde 1')).toEqual({ kind: 'noTables' });
  expect(await workbook.host.compareSnapshot('Runde 1')).toEqual({ kind: 'noTables' });
});

test('[D15] two rounds saved, an amount and a Med edited: the change list against each, its net the change in GrandTotal', async () => {
  const workbook = await builtPools();
  const first = await workbook.host.saveSnapshot('  Udvalgenes forslag ');
  expect(first).toMatchObject({ kind: 'saved', name: 'Udvalgenes forslag', replaced: false });
  await workbook.type(SUND, 'D6', 10); // Akutlægebil 2020: 4 → 10
  expect(await workbook.host.saveSnapshot('Seminar 2. dec.')).toMatchObject({ kind: 'saved', replaced: false });
  await workbook.type(SUND, 'E6', 8); // Akutlægebil 2021: 6 → 8
  await workbook.type(SUND, 'H7', 'Nej'); // Personlig medicin out

  const listed = await workbook.host.listSnapshots();
  if (listed.kind !== 'listed') throw new Error('the store was refused');
  expect(listed.snapshots.map((s) => [s.name, s.definitions.initiatives.length, s.definitions.initiatives[0]?.amounts])).toEqual([
    ['Udvalgenes forslag', 6, { 2020: 4, 2021: 6 }],
    ['Seminar 2. dec.', 6, { 2020: 10, 2021: 6 }],
  ]);
  expect(listed.snapshots.every((s) => !Number.isNaN(Date.parse(s.savedAt)))).toBe(true);

  // Names are matched as D15 says: case and surrounding spaces do not matter.
  const fromFirst = compared(await workbook.host.compareSnapshot('udvalgenes FORSLAG'));
  expect([fromFirst.name, fromFirst.decimals, fromFirst.diff.unit, fromFirst.diff.years]).toEqual(['Udvalgenes forslag', 1, 'mio. kr.', [2020, 2021]]);
  expect(fromFirst.diff.changes.map((c) => [c.section, c.id, c.effect, c.chosenEffect, c.fields, c.amounts])).toEqual([
    ['dropped', 'a2', [0, 0], [-5, -5], [{ field: 'chosen', old: 'true', new: 'false' }], []],
    ['changed', 'a1', [6, 2], [6, 2], [], [{ line: [], what: 'amount', old: [4, 6], new: [10, 8] }]],
  ]);
  expect(fromFirst.diff.committees.map((c) => [c.id, c.delta])).toEqual([
    ['sund', [6, 2]],
    ['ru', [0, 0]],
  ]);
  expect(fromFirst.diff.grandTotal).toEqual({ old: [23, 25], new: [29, 27], delta: [6, 2] });
  expect(fromFirst.diff.net).toEqual([6, 2]);
  expect(fromFirst.diff.chosenTotal.delta).toEqual([1, -3]);

  const fromSecond = compared(await workbook.host.compareSnapshot('Seminar 2. dec.'));
  expect(fromSecond.diff.changes.map((c) => [c.section, c.id, c.effect])).toEqual([
    ['dropped', 'a2', [0, 0]],
    ['changed', 'a1', [0, 2]],
  ]);
  expect(fromSecond.diff.net).toEqual(fromSecond.diff.grandTotal.delta);
  expect(fromSecond.diff.grandTotal).toEqual({ old: [29, 25], new: [29, 27], delta: [0, 2] });
  expect(await workbook.host.compareSnapshot('Budgetforlig')).toEqual({ kind: 'notFound', name: 'Budgetforlig' });
});

test('[D17] a blank or too long name is refused; the same name replaces its round', async () => {
  const workbook = await builtPools();
  await workbook.host.saveSnapshot('Runde 1');
  expect(await workbook.host.saveSnapshot('   ')).toEqual({ kind: 'refused', reason: 'snapshotNameInvalid', limit: 80 });
  expect(await workbook.host.saveSnapshot('x'.repeat(81))).toEqual({ kind: 'refused', reason: 'snapshotNameInvalid', limit: 80 });
  await workbook.type(SUND, 'D6', 10);
  expect(await workbook.host.saveSnapshot('RUNDE 1')).toMatchObject({ kind: 'saved', name: 'RUNDE 1', replaced: true });
  const listed = await workbook.host.listSnapshots();
  expect(listed.kind === 'listed' && listed.snapshots.map((s) => [s.name, s.definitions.initiatives[0]?.amounts])).toEqual([['RUNDE 1', { 2020: 10, 2021: 6 }]]);
});

// The pane's state and words for the rounds: what the user reads after a save or a comparison.

const UTC = { timeZone: 'UTC' };
const at = '2026-12-02T09:30:00.000Z';

async function comparedAfterEdits(): Promise<Extract<CompareRoundResult, { kind: 'compared' }>> {
  const workbook = await builtPools();
  await workbook.host.saveSnapshot('Udvalgenes forslag');
  await workbook.type(SUND, 'D6', 10);
  await workbook.type(SUND, 'E6', 8);
  await workbook.type(SUND, 'H7', 'Nej');
  const result = compared(await workbook.host.compareSnapshot('Udvalgenes forslag'));
  return { ...result, savedAt: at };
}

test('[D19] [D2] the comparison in Danish: each section, the initiatives’ effects, the change per committee, the net beside both GrandTotals', async () => {
  const result = await comparedAfterEdits();
  const state = roundsReducer(roundsReducer(initialRoundsState(), { type: 'taskStarted', action: 'compare', name: 'Udvalgenes forslag' }), { type: 'compareFinished', result });
  const view = roundsView(state, da, 'da', UTC);
  if (view.outcome.kind !== 'compared') throw new Error('not compared');
  const c = view.outcome.comparison;
  expect([c.heading, c.summary, c.note]).toEqual([
    'Fra »Udvalgenes forslag« (gemt 2. dec. 2026, 09.30) til tabellerne nu',
    '2 ændringer.',
    'Beløb i mio. kr.: hvad hver ændring lægger til eller trækker fra »I alt, nye midler« pr. år.',
  ]);
  expect(c.sections.map((s) => [s.caption, s.rows])).toEqual([
    ['Valgt fra (1)', [{ key: 'dropped:a2', title: 'Personlig medicin', committee: 'Sundhed', effect: ['0,0', '0,0'], chosenEffect: ['-5,0', '-5,0'], detail: 'med Ja → Nej' }]],
    ['Ændret (1)', [{ key: 'changed:a1', title: 'Akutlægebil', committee: 'Sundhed', effect: ['6,0', '2,0'], detail: '2020: 4 → 10, 2021: 6 → 8' }]],
  ]);
  expect(c.committees).toEqual([
    { id: 'sund', name: 'Sundhed', delta: ['6,0', '2,0'] },
    { id: 'ru', name: 'Regional Udvikling', delta: ['0,0', '0,0'] },
  ]);
  // The net and the difference of the two GrandTotals, shown side by side for the reader to check.
  expect([c.net, c.grandOld, c.grandNew, c.grandDelta, c.chosenDelta]).toEqual([
    ['6,0', '2,0'],
    ['23,0', '25,0'],
    ['29,0', '27,0'],
    ['6,0', '2,0'],
    ['1,0', '-3,0'],
  ]);
  expect(c.check).toBe('Nettoændringen er forskellen mellem »I alt, nye midler« nu og i »Udvalgenes forslag«.');
  expect(roundsAnnouncement(view.outcome)).toEqual({ text: 'Fra »Udvalgenes forslag« (gemt 2. dec. 2026, 09.30) til tabellerne nu. 2 ændringer.', urgent: false });

  const english = comparisonView({ ...result, decimals: 2 }, en, 'en', UTC);
  expect([english.heading, english.sections.map((s) => s.caption), english.net, english.check]).toEqual([
    'From “Udvalgenes forslag” (saved 2 Dec 2026, 09:30) to the tables now',
    ['Dropped (1)', 'Changed (1)'],
    ['6.00', '2.00'],
    'The net change is the difference between “Total, new money” now and in “Udvalgenes forslag”.',
  ]);
});

test('[D19] saved rounds are listed with when and how many initiatives; a save names its round, and the next name is suggested afresh', async () => {
  const workbook = await builtPools();
  const saved = await workbook.host.saveSnapshot('Udvalgenes forslag');
  if (saved.kind !== 'saved') throw new Error('not saved');
  const dated = { ...saved, snapshots: saved.snapshots.map((s) => ({ ...s, savedAt: at })) };
  let state = roundsReducer(initialRoundsState(), { type: 'taskStarted', action: 'save', name: 'Udvalgenes forslag' });
  expect(isRoundsBusy(state)).toBe(true);
  expect(roundsView(state, da, 'da').outcome).toEqual({ kind: 'working', label: 'Gemmer runden …' });
  state = roundsReducer(state, { type: 'saveFinished', result: dated });
  expect([isRoundsBusy(state), state.saves]).toEqual([false, 1]);
  const view = roundsView(state, da, 'da', UTC);
  expect(view.rounds).toEqual([{ name: 'Udvalgenes forslag', details: 'gemt 2. dec. 2026, 09.30 · 6 emner' }]);
  expect(view.outcome).toEqual({ kind: 'saved', text: 'Runden »Udvalgenes forslag« er gemt i projektmappen.' });
  expect(roundsView(roundsReducer(state, { type: 'saveFinished', result: { ...dated, replaced: true } }), en, 'en', UTC).outcome).toEqual({
    kind: 'saved',
    text: 'The round “Udvalgenes forslag” is saved and replaces the earlier round of the same name.',
  });
  expect(roundsView(roundsReducer(state, { type: 'taskDismissed' }), en, 'en', UTC).rounds).toEqual([{ name: 'Udvalgenes forslag', details: 'saved 2 Dec 2026, 09:30 · 6 initiatives' }]);

  const today = new Date('2026-12-02T09:30:00Z');
  expect(suggestRoundName([], 'da', today)).toBe('Seminar 2. dec.');
  expect(suggestRoundName(['seminar 2. DEC.', 'Seminar 2. dec., runde 2'], 'da', today)).toBe('Seminar 2. dec., runde 3');
  expect(suggestRoundName(['Seminar 2 Dec'], 'en', today)).toBe('Seminar 2 Dec, round 2');
});

test('[D19] [D17] [D18] refusals in Danish and English: the reason, and what to do', () => {
  const refused = (result: Parameters<typeof refusalWords>[0], lang: 'da' | 'en'): string[] => refusalWords(result, lang === 'da' ? da : en, lang).lines;
  expect(refused({ kind: 'noTables' }, 'da')).toEqual(['Projektmappen har endnu ingen tabeller fra Budgettabeller. Skriv tabellerne først.']);
  expect(refused({ kind: 'noTables' }, 'en')).toEqual(['The workbook has no Budget Tables tables yet. Write the tables first.']);
  expect(refused({ kind: 'refused', reason: 'snapshotNameInvalid', limit: 80 }, 'da')).toEqual(['Skriv et navn på 1 til 80 tegn.']);
  expect(refused({ kind: 'refused', reason: 'snapshotNameInvalid', limit: 80 }, 'en')).toEqual(['Enter a name of 1 to 80 characters.']);
  expect(refused({ kind: 'refused', reason: 'snapshotsTooMany', limit: 50 }, 'da')).toEqual([
    'Projektmappen har allerede 50 gemte runder, det højeste antal. Gem under navnet på en ældre runde for at erstatte den.',
  ]);
  expect(refused({ kind: 'refused', reason: 'snapshotsTooMany', limit: 50 }, 'en')).toEqual(['The workbook already keeps 50 rounds, the most it can. Save under the name of an older round to replace it.']);
  expect(refused({ kind: 'full', size: 1_100_000, limit: 1_048_576 }, 'da')).toEqual([
    'De gemte runder ville fylde 1,0 MB; der er plads til 1,0 MB (Office gemmer højst 2 MB indstillinger pr. projektmappe). Gem under navnet på en ældre runde for at erstatte den.',
  ]);
  expect(refused({ kind: 'full', size: 1_100_000, limit: 1_048_576 }, 'en')[0]).toMatch(/^The saved rounds would take 1\.0 MB; there is room for 1\.0 MB/);
  expect(refused({ kind: 'notFound', name: 'Budgetforlig' }, 'da')).toEqual(['Projektmappen har ikke længere en runde ved navn »Budgetforlig«.']);
  expect(refused({ kind: 'interrupted' }, 'en')).toEqual(['The last write was interrupted, so the tables are not whole. Write again, or repair, then try again.']);
  const damaged = refusalWords({ kind: 'damaged', problems: [{ severity: 'error', code: 'storedStateValue', location: { kind: 'json', path: ['snapshots', 0, 'name'] }, params: {} }] }, da, 'da');
  expect(damaged.lines).toEqual(['De gemte runder i projektmappen er beskadigede eller ændret uden for Budgettabeller. Intet er læst eller gemt.']);
  expect(damaged.problems.map((p) => [p.location, p.message])).toEqual([['snapshots[0].name', 'Den gemte værdi her er ikke, som Budgettabeller skriver den.']]);

  // In the state: the title says what did not happen, spoken at once; the list stays.
  const state = roundsReducer(initialRoundsState(), { type: 'saveFinished', result: { kind: 'refused', reason: 'snapshotNameInvalid', limit: 80 } });
  const view = roundsView(state, en, 'en');
  expect(view.outcome).toEqual({ kind: 'refused', title: 'The round was not saved.', lines: ['Enter a name of 1 to 80 characters.'], problems: [], detail: undefined });
  expect(roundsAnnouncement(view.outcome)).toEqual({ text: 'The round was not saved. Enter a name of 1 to 80 characters.', urgent: true });
  const failed = roundsView(roundsReducer(state, { type: 'taskFailed', action: 'compare', failure: describeFailure(new Error('GeneralException')) }), da, 'da');
  expect(failed.outcome).toEqual({ kind: 'refused', title: 'Sammenligningen kunne ikke laves.', lines: ['Der opstod en fejl: GeneralException'], problems: [], detail: undefined });
});

test('[D15] tables whose edits have errors are neither saved nor compared; the errors come back located', async () => {
  const workbook = await builtPools();
  await workbook.host.saveSnapshot('Runde 1');
  await workbook.type(SUND, 'D6', '12345678901234567'); // more digits than a number holds exactly
  const saved = await workbook.host.saveSnapshot('Runde 2');
  if (saved.kind !== 'invalid') throw new Error(`not refused: ${saved.kind}`);
  const words = refusalWords(saved, da, 'da');
  expect(words.lines).toEqual(['Tabellerne i projektmappen har 1 fejl. Ret den i projektmappen, og prøv igen.']);
  expect(words.problems.map((p) => p.path)).toEqual(['initiatives[0].amounts.2020']);
  expect((await workbook.host.compareSnapshot('Runde 1')).kind).toBe('invalid');
  const listed = await workbook.host.listSnapshots();
  expect(listed.kind === 'listed' && listed.snapshots.map((s) => s.name)).toEqual(['Runde 1']);
});
