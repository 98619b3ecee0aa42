/** From loaded bytes to what the pane shows: errors apart from warnings, CSV details, and the range policy override. */
import { loadDefinitions } from '../../../src/core/load';
import { analyse, csvLoadOptions } from '../../../src/taskpane/state/analysis';
import { DEFAULT_CSV_SETTINGS, type Source } from '../../../src/taskpane/state/types';
import { fixtureSource, sampleAnalysis, sampleSource } from './helpers';

const csv = (text: string, fileName = 'emner.csv'): Source => ({ fileName, bytes: new TextEncoder().encode(text), origin: 'file' });
const CSV = ['Udvalg;Nr.;Emne;Type;2020;2021', 'Sundhedsudvalget;1;Akutlægebil;drift;5,5-6,9;6', 'Sundhedsudvalget;2;Ny scanner;anlæg;12;'].join('\r\n');

test('the sample loads without errors; its warnings are listed apart', () => {
  const analysis = sampleAnalysis();
  expect(analysis.format).toBe('json');
  expect(analysis.errors).toEqual([]);
  expect(analysis.warnings.length).toBeGreaterThan(0);
  expect(analysis.warnings.every((p) => p.severity === 'warning')).toBe(true);
  expect(analysis.model?.committees.map((c) => c.id)).toEqual(['hosp', 'psyk', 'naere', 'ru']);
  expect(analysis.filePolicy).toBe('high');
});

test('a file with errors gives every error and no model, so nothing can be written', () => {
  const source = fixtureSource('invalid-references');
  const analysis = analyse(source, DEFAULT_CSV_SETTINGS, 'file');
  const direct = loadDefinitions(source);
  expect(analysis.errors).toEqual(direct.problems.filter((p) => p.severity === 'error'));
  expect(analysis.errors.length).toBeGreaterThan(3);
  expect([analysis.file, analysis.model]).toEqual([undefined, undefined]);
});

test('overriding the range policy re-runs the model and is carried in the definitions', () => {
  const high = sampleAnalysis();
  const low = analyse(sampleSource(), DEFAULT_CSV_SETTINGS, 'low');
  expect(low.file?.rangePolicy).toBe('low');
  expect(low.model?.rangePolicy).toBe('low');
  expect(low.filePolicy).toBe('high');
  expect(low.model?.total).toEqual(high.model?.totalLow);
  expect(low.model?.total).not.toEqual(high.model?.total);
  // The input's warnings are the same; only the engine's are recomputed.
  expect(low.warnings.map((p) => p.code).sort()).toEqual(high.warnings.map((p) => p.code).sort());
  // Choosing the file's own policy is the same as keeping it.
  expect(analyse(sampleSource(), DEFAULT_CSV_SETTINGS, 'high')).toEqual(high);
});

test('a CSV takes its title, unit and price level from the pane; blanks fall back to the defaults', () => {
  expect(csvLoadOptions({ title: '  ', unit: 'kr.', priceLevel: '' })).toEqual({ unit: 'kr.' });
  expect(csvLoadOptions({ title: ' Budget ', unit: 't.kr.', priceLevel: ' 2020 P/L ' })).toEqual({ unit: 't.kr.', title: 'Budget', priceLevel: '2020 P/L' });
  const plain = analyse(csv(CSV), DEFAULT_CSV_SETTINGS, 'file');
  expect(plain.format).toBe('csv');
  expect(plain.errors).toEqual([]);
  expect([plain.model?.title, plain.model?.unit, plain.model?.priceLevel]).toEqual(['emner', 'mio. kr.', undefined]);
  const set = analyse(csv(CSV), { title: 'Budget 2021', unit: 't.kr.', priceLevel: '2020 P/L' }, 'mid');
  expect([set.model?.title, set.model?.unit, set.model?.priceLevel, set.model?.rangePolicy]).toEqual(['Budget 2021', 't.kr.', '2020 P/L', 'mid']);
  expect(set.model?.total[0]).toBeCloseTo(6.2 + 12, 9);
});
