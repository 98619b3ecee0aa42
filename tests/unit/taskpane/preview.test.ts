/** The preview before writing: per committee counts and totals, the grand total of the chosen ones, frames and ranges. */
import { combineTotals } from '../../../src/core/model/buildModel';
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
  });
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
