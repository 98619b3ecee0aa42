/** Every way in (file, paste, sample, stored) becomes bytes and a name, and takes the same road through validation. */
import { loadDefinitions } from '../../../src/core/load';
import { checkFile, MAX_FILE_BYTES, sourceFromDefinitions, sourceFromFile, sourceFromText } from '../../../src/taskpane/state/sources';
import { formatAmount, formatBytes } from '../../../src/taskpane/state/format';
import { sampleFile } from './helpers';

test('only .json and .csv (and the text forms Excel saves) of a sane size are read', () => {
  expect(checkFile('emner.json', 100)).toBeUndefined();
  expect(checkFile('EMNER.CSV', 100)).toBeUndefined();
  expect(checkFile('emner.txt', 100)).toBeUndefined();
  expect(checkFile('budget.xlsx', 100)).toEqual({ kind: 'notAFileType', name: 'budget.xlsx' });
  expect(checkFile('emner.csv', MAX_FILE_BYTES + 1)).toEqual({ kind: 'tooLarge', name: 'emner.csv', limitBytes: MAX_FILE_BYTES });
});

test('pasted text is recognised by its content: JSON by its first character, anything else as CSV', () => {
  const json = sourceFromText('  {"formatVersion": 1}', 'indsat tekst');
  expect([json.fileName, json.origin]).toEqual(['indsat tekst', 'paste']);
  expect(loadDefinitions(json).format).toBe('json');
  expect(loadDefinitions(sourceFromText('Udvalg;Emne\nA;B', 'pasted.text')).format).toBe('csv');
  expect(sourceFromText('x', 'gemte definitioner.json').fileName).toBe('gemte definitioner');
});

test('the sample and stored definitions round-trip through validation unchanged', () => {
  const file = sampleFile();
  const source = sourceFromDefinitions(file, 'budget-2020-seminar.json', 'sample');
  const loaded = loadDefinitions(source);
  expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(loaded.file).toEqual(file);
});

test('a picked or dropped file is read as its bytes', async () => {
  const blob = Object.assign(new Blob([new Uint8Array([0xef, 0xbb, 0xbf, 0x41])]), { name: 'a.csv' });
  const source = await sourceFromFile(blob);
  expect(source).toEqual({ fileName: 'a.csv', bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), origin: 'file' });
});

test('amounts and sizes in the pane follow the language', () => {
  expect([formatAmount(1234.56, 'da', 1), formatAmount(1234.56, 'en', 1)]).toEqual(['1.234,6', '1,234.6']);
  expect([formatAmount(-0.01, 'da', 1), formatAmount(-2, 'en', 0), formatAmount(5, 'da', 3)]).toEqual(['0,0', '-2', '5,000']);
  expect([formatBytes(512, 'da'), formatBytes(2048, 'en'), formatBytes(3 * 1024 * 1024, 'da')]).toEqual(['512 byte', '2 kB', '3,0 MB']);
});
