/** The preview before writing: per committee counts and totals, the grand total of the chosen ones, frames and ranges. */
import { buildModel, combineTotals } from '../../../src/core/model/buildModel';
import { readTrustedFixture } from '../../helpers/fixtures';
import { analyse } from '../../../src/taskpane/state/analysis';
import { previewOf } from '../../../src/taskpane/state/preview';
import { DEFAULT_CSV_SETTINGS } from '../../../src/taskpane/state/types';
import { fixtureSource, sampleAnalysis } from './helpers';

const sample = () => {
  const model = sampleAnalysis().model;
  if (model === undefined) throw new Error('the sample must load');
  return model;
};

test('every committee with its number of initiatives and the engine’s totals', () => {
  const model = sample();
  const view = previewOf(model, model.committees.map((c) => c.id));
  expect(view.committees.map((c) => [c.id, c.initiatives, c.total])).toEqual(model.committees.map((c) => [c.id, c.initiatives.length, c.total]));
  expect(view.initiativeCount).toBe(model.committees.reduce((n, c) => n + c.initiatives.length, 0));
  expect(view.grand).toEqual({
    total: model.total,
    span: { low: model.totalLow, high: model.totalHigh },
    selectedOnly: false,
    other: [
      { funding: 'existing', total: [513.4, 0, 0, 0] },
      { funding: 'reprioritised', total: [20, 0, 0, 0] },
    ],
    chosen: model.chosen,
  });
  // The sample leaves nothing out and has no pools: the pane shows nothing of choices.
  expect(view.choices).toEqual({ shown: false, leftOut: [], pools: [] });
});

test('the grand total covers only the committees that will be written', () => {
  const model = sample();
  const view = previewOf(model, ['hosp', 'ru']);
  const chosen = model.committees.filter((c) => c.id === 'hosp' || c.id === 'ru');
  expect(view.grand.total).toEqual(combineTotals(chosen, model.years.length).total);
  expect(view.grand.selectedOnly).toBe(true);
  // Only RU's existing money: psyk's reprioritisation is not written.
  expect(view.grand.other).toEqual([{ funding: 'existing', total: [513.4, 0, 0, 0] }]);
  expect(view.committees.filter((c) => c.selected).map((c) => c.id)).toEqual(['hosp', 'ru']);
});

test('frames with their unallocated remainders, over-allocation flagged; ranges with their span per year', () => {
  const model = analyse(fixtureSource('valid-features'), DEFAULT_CSV_SETTINGS, 'file').model;
  if (model === undefined) throw new Error('valid-features must load');
  const view = previewOf(model, model.committees.map((c) => c.id));
  const frames = Object.fromEntries(view.frames.map((f) => [f.title, f]));
  expect(frames['Udviklingsaktiviteter']?.frame[0]).toBeCloseTo(65.5, 9);
  expect(frames['Udviklingsaktiviteter']?.unallocated[0]).toBeCloseTo(0, 9);
  expect(frames['Projektpulje']?.unallocated[0]).toBeCloseTo(29 - 12, 9);
  expect(frames['Kollektiv trafik']?.overAllocated).toBe(false);
  expect(view.frames.every((f) => f.overAllocated === f.unallocated.some((v) => v < 0))).toBe(true);
  const akut = view.ranges.find((r) => r.title === 'Akutnummer 1-1-3');
  expect(akut).toEqual({ committee: 'Hospitalsudvalget', title: 'Akutnummer 1-1-3', number: '3', spans: [{ year: 2020, low: 5.5, high: 6.9 }] });
  expect(view.committees.find((c) => c.id === 'hosp')?.span?.low[0]).toBeCloseTo((model.committees[0]?.total[0] ?? 0) - 1.4, 9);
});

describe('[L14] [L15] the seminar\'s choices in the preview', () => {
  const pools = buildModel(readTrustedFixture('valid-pools'));

  test('the initiatives left out, each committee\'s Heraf valgt, and the chosen total of the committees written', () => {
    const view = previewOf(pools, ['sund']);
    expect(view.choices.leftOut).toEqual([
      { committee: 'Sundhed', number: '3', title: 'Flere jordemødre' },
      { committee: 'Regional Udvikling', number: '1', title: 'Natbusser' },
    ]);
    expect(view.committees.map((c) => [c.id, c.total, c.chosen])).toEqual([
      ['sund', [16, 18], [9, 11]],
      ['ru', [7, 7], [5, 5]],
    ]);
    expect(view.grand.chosen).toEqual([9, 11]);
  });

  test('each pool with the chosen initiatives\' money from it and what is left; overspent when a year is below zero', () => {
    const view = previewOf(pools, ['sund', 'ru']);
    expect(view.choices).toMatchObject({ shown: true });
    expect(view.choices.pools).toEqual([{ id: 'prio', name: 'Pulje til politisk prioritering', amounts: [15, 12], chosen: [14, 16], left: [1, -4], overspent: true }]);
  });
});
