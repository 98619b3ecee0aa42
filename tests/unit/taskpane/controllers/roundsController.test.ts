/**
 * The rounds' controller against a host answered by hand: when the list is read, one save
 * or comparison at a time, and every host failure ending in the state with its description.
 */
import { diffDefinitions } from '../../../../src/core/diff/diff';
import type { Snapshot } from '../../../../src/core/state/snapshots';
import { RoundsController } from '../../../../src/taskpane/controllers/roundsController';
import { editedSample, sampleFile } from '../helpers';
import { fakeHost, settle } from './fakeHost';

const round = (name: string): Snapshot => ({ name, savedAt: '2019-09-02T08:00:00.000Z', definitions: sampleFile() });

describe('the list of rounds', () => {
  test('read when the workbook has tables, again after each write, never twice for the same', async () => {
    const host = fakeHost();
    const controller = new RoundsController(host.host);
    controller.follow('unknown', 0);
    controller.follow('none', 0);
    expect(host.listSnapshots.calls).toHaveLength(0);
    controller.follow('present', 0);
    controller.follow('present', 0);
    expect(host.listSnapshots.calls).toHaveLength(1);
    host.listSnapshots.at(0).resolve({ kind: 'listed', snapshots: [round('Seminar 2. sep.')] });
    await settle();
    expect(controller.getState().list).toEqual({ status: 'listed', rounds: [{ name: 'Seminar 2. sep.', savedAt: '2019-09-02T08:00:00.000Z', initiatives: sampleFile().initiatives.length }] });
    controller.follow('present', 1);
    expect(host.listSnapshots.calls).toHaveLength(2);
  });

  test('only the latest reading counts: an older answer coming last is dropped', async () => {
    const host = fakeHost();
    const controller = new RoundsController(host.host);
    controller.follow('present', 0);
    controller.follow('present', 1);
    host.listSnapshots.at(1).resolve({ kind: 'listed', snapshots: [round('Ny')] });
    host.listSnapshots.at(0).resolve({ kind: 'listed', snapshots: [] });
    await settle();
    expect(controller.getState().list).toMatchObject({ status: 'listed', rounds: [{ name: 'Ny' }] });
  });

  test('a list that cannot be read says why', async () => {
    const host = fakeHost();
    const controller = new RoundsController(host.host);
    controller.follow('present', 0);
    host.listSnapshots.at(0).reject(new Error('GeneralException: settings'));
    await settle();
    expect(controller.getState().list).toEqual({ status: 'failed', failure: { kind: 'other', detail: 'GeneralException: settings' } });
  });
});

describe('save and compare', () => {
  test('one at a time: a second save or a comparison while a save runs starts nothing', async () => {
    const host = fakeHost();
    const controller = new RoundsController(host.host);
    controller.save('Seminar 2. sep.');
    controller.save('Seminar 2. sep.');
    controller.compare('Seminar 1. sep.');
    expect(host.saveSnapshot.calls.map((c) => c.args)).toEqual([['Seminar 2. sep.']]);
    expect(host.compareSnapshot.calls).toHaveLength(0);
    expect(controller.getState().task).toEqual({ status: 'working', action: 'save', name: 'Seminar 2. sep.' });
    host.saveSnapshot.at(0).resolve({ kind: 'saved', name: 'Seminar 2. sep.', replaced: false, snapshots: [round('Seminar 2. sep.')] });
    await settle();
    expect(controller.getState()).toMatchObject({ task: { status: 'saved', name: 'Seminar 2. sep.', replaced: false }, saves: 1, list: { status: 'listed', rounds: [{ name: 'Seminar 2. sep.' }] } });
    controller.compare('Seminar 2. sep.');
    expect(host.compareSnapshot.calls.map((c) => c.args)).toEqual([['Seminar 2. sep.']]);
  });

  test('the pane’s guard holds them too', () => {
    const host = fakeHost();
    const controller = new RoundsController(host.host, { busy: () => true });
    controller.save('x');
    controller.compare('x');
    expect(host.saveSnapshot.calls).toHaveLength(0);
    expect(host.compareSnapshot.calls).toHaveLength(0);
    expect(controller.getState().task).toEqual({ status: 'idle' });
  });

  test('a save or comparison that fails ends in the state with its description', async () => {
    const host = fakeHost();
    const controller = new RoundsController(host.host);
    controller.save('A');
    host.saveSnapshot.at(0).reject(new Error('GeneralException: settings.saveAsync'));
    await settle();
    expect(controller.getState().task).toEqual({ status: 'failed', action: 'save', failure: { kind: 'other', detail: 'GeneralException: settings.saveAsync' } });
    controller.compare('A');
    host.compareSnapshot.at(0).reject('timed out');
    await settle();
    expect(controller.getState().task).toEqual({ status: 'failed', action: 'compare', failure: { kind: 'other', detail: 'timed out' } });
  });

  test('a comparison answered shows its change list; dismiss clears it', async () => {
    const host = fakeHost();
    const controller = new RoundsController(host.host);
    controller.compare('A');
    const compared = { kind: 'compared' as const, name: 'A', savedAt: '2019-09-02T08:00:00.000Z', diff: diffDefinitions(sampleFile(), editedSample(12)), decimals: 1 };
    host.compareSnapshot.at(0).resolve(compared);
    await settle();
    expect(controller.getState().task).toEqual({ status: 'compared', result: compared });
    controller.dismiss();
    expect(controller.getState().task).toEqual({ status: 'idle' });
  });

  test('answers after dispose change nothing, and nothing starts', async () => {
    const host = fakeHost();
    const controller = new RoundsController(host.host);
    controller.follow('present', 0);
    controller.save('A');
    controller.dispose();
    const before = controller.getState();
    host.listSnapshots.at(0).resolve({ kind: 'listed', snapshots: [round('A')] });
    host.saveSnapshot.at(0).resolve({ kind: 'noTables' });
    controller.follow('present', 1);
    await settle();
    expect(controller.getState()).toBe(before);
    expect(host.listSnapshots.calls).toHaveLength(1);
  });
});
