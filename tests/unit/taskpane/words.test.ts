/** Notices, host failures and problems, worded for the user in either language. */
import { BuildError, NameClashError } from '../../../src/adapters/officejs/applyPlan';
import { renderMessage } from '../../../src/core/i18n/catalog';
import { loadDefinitions } from '../../../src/core/load';
import { problemLines } from '../../../src/taskpane/i18n/problems';
import { da } from '../../../src/taskpane/i18n/da';
import { en } from '../../../src/taskpane/i18n/en';
import { checkVerdict, failureWords, noticeWords } from '../../../src/taskpane/i18n/words';
import { describeFailure, errorText } from '../../../src/taskpane/state/failure';
import type { Notice } from '../../../src/taskpane/state/paneState';
import { sampleAnalysis } from './helpers';

test('every notice has an intent and a text; faults are errors', () => {
  const notices: Notice[] = [
    { kind: 'storedLoaded' },
    { kind: 'readBackApplied' },
    { kind: 'noStored' },
    { kind: 'readFailed', name: 'a.csv', detail: 'NotReadableError' },
    { kind: 'storedFailed', detail: 'GeneralException' },
    { kind: 'sampleFailed', detail: 'ChunkLoadError' },
    { kind: 'tooLarge', name: 'big.csv', limitBytes: 20 * 1024 * 1024 },
    { kind: 'notAFileType', name: 'budget.xlsx' },
    { kind: 'oneFileOnly' },
    { kind: 'pasteEmpty' },
  ];
  const worded = notices.map((n) => noticeWords(n, da, 'da'));
  expect(worded.map((w) => w.intent)).toEqual(['success', 'success', 'info', 'error', 'error', 'error', 'error', 'error', 'error', 'warning']);
  expect(worded[1]?.text).toBe('Ændringerne fra projektmappen er indlæst.');
  expect(worded[3]?.text).toBe('Filen »a.csv« kunne ikke læses: NotReadableError');
  expect(worded[6]?.text).toBe('Filen »big.csv« er for stor. Den største fil, der kan indlæses, er 20,0 MB.');
  expect(noticeWords({ kind: 'tooLarge', name: 'big.csv', limitBytes: 20 * 1024 * 1024 }, en, 'en').text).toContain('is 20.0 MB');
});

test('a half-finished build says what was written, what was not, and to write again', () => {
  const failure = describeFailure(new BuildError('write', ['Oversigt'], ['Hospitalsudvalget', 'Regional Udvikling'], Object.assign(new Error('The request is too large'), { code: 'RequestPayloadSizeLimitExceeded' })));
  expect(failureWords(failure, da)).toEqual({
    lines: ['Skrivningen stoppede under: skriver tabellerne.', 'Skrevet: Oversigt.', 'Ikke skrevet: Hospitalsudvalget, Regional Udvikling.', 'Skriv igen for at gøre arbejdet færdigt.'],
    detail: 'RequestPayloadSizeLimitExceeded: The request is too large',
  });
  const early = describeFailure(new BuildError('read', [], ['everything'], 'no workbook'));
  // Stopped before any sheet: no "Not written: everything", but plainly that nothing changed.
  expect(failureWords(early, en).lines).toEqual(['Writing stopped while: reading the workbook.', 'Nothing was written; the workbook is unchanged.', 'Write again to finish the job.']);
  expect(failureWords(early, da).lines[1]).toBe('Intet er skrevet; projektmappen er uændret.');
});

test('a clash with the user’s own names, and any other fault, are worded with their details', () => {
  expect(failureWords(describeFailure(new NameClashError(['GrandTotal', 'Total_hosp'])), da).lines).toEqual([
    'Projektmappen har allerede sine egne navne GrandTotal, Total_hosp. Budgettabeller erstatter dem ikke. Omdøb dem, og skriv igen.',
  ]);
  expect(failureWords(describeFailure(new TypeError('x is undefined')), en).lines).toEqual(['An error occurred: x is undefined']);
  // Look-alikes without the fields are not mistaken for the writer's errors.
  const fake = Object.assign(new Error('boom'), { name: 'BuildError' });
  expect(describeFailure(fake)).toEqual({ kind: 'other', detail: 'boom' });
});

test('error text: Office codes first, strings as they are, objects as JSON, cycles without crashing', () => {
  expect(errorText(Object.assign(new Error('Access denied'), { code: 'AccessDenied' }))).toBe('AccessDenied: Access denied');
  expect(errorText(Object.assign(new Error('AccessDenied: no'), { code: 'AccessDenied' }))).toBe('AccessDenied: no');
  expect(errorText('plain')).toBe('plain');
  expect(errorText({ a: 1 })).toBe('{"a":1}');
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  expect(errorText(cyclic)).toBe('[object Object]');
});

test('problems are listed as location and message in the chosen language', () => {
  const warnings = sampleAnalysis().warnings;
  const first = warnings[0];
  if (first === undefined) throw new Error('the sample has warnings');
  const [line] = problemLines([first], 'en');
  expect(line?.message).toBe(renderMessage(first.code, 'en', first.params));
  // Without the document, the initiative is named by its number; the path stays for the technical reader.
  expect(line?.location).toMatch(/^Initiative \d+/);
  expect(line?.path).toMatch(/^initiatives\[\d+\]/);
  expect(problemLines(warnings, 'da').map((l) => l.key)).toEqual(warnings.map((p, i) => `${i}:${p.code}`));
});

test('a JSON problem reads like a CSV one: the initiative’s number and title and the year, with the path apart', () => {
  const document = {
    formatVersion: 1,
    title: 'Budget',
    unit: 'mio. kr.',
    years: [2020],
    committees: [{ id: 's', name: 'Sundhed' }],
    initiatives: [
      { id: 'a', committee: 's', title: 'Akut', amounts: 1 },
      { id: 'b', committee: 's', title: 'Scanner', amounts: 1 },
      { id: 'c', committee: 's', title: 'Beløb som tekst', amounts: { '2020': '5,5' } },
    ],
  };
  const problems = loadDefinitions({ fileName: 'x.json', bytes: new TextEncoder().encode(JSON.stringify(document)) }).problems;
  const [line] = problemLines(problems, 'da', document);
  expect(line?.location).toBe('Emne 3 »Beløb som tekst«, 2020');
  expect(line?.path).toBe('initiatives[2].amounts.2020');
  expect(problemLines(problems, 'en', document)[0]?.location).toBe('Initiative 3 “Beløb som tekst”, 2020');
});

test('the check’s verdict: errors first, a CSV still needing its title, then warnings', () => {
  expect(checkVerdict(2, 1, true, da)).toEqual({ intent: 'error', text: '2 fejl skal rettes, før der kan skrives. 1 advarsel.' });
  expect(checkVerdict(0, 0, true, da)).toEqual({ intent: 'warning', text: 'Ingen fejl. Angiv en titel til CSV-filen, så kan emnerne skrives.' });
  expect(checkVerdict(0, 20, false, da)).toEqual({ intent: 'warning', text: 'Ingen fejl. Emnerne kan skrives. 20 advarsler.' });
  expect(checkVerdict(0, 0, false, en)).toEqual({ intent: 'success', text: 'No errors. The initiatives can be written.' });
});
