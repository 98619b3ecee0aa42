/**
 * [S3] [S5] A stored state the add-in refuses, as the pane words it: the writer stops before
 * writing anything, and the pane says so in the user's language with each problem and what
 * to do, never an English exception text.
 */
import { writeTables } from '../../../src/taskpane/host/writeTables';
import { decodeState, encodeState, STATE_KEY } from '../../../src/adapters/state/state';
import type { StoredState } from '../../../src/core/state/types';
import { createExcelDouble } from '@budget-tables/excel-double';
import { da } from '../../../src/taskpane/i18n/da';
import { en } from '../../../src/taskpane/i18n/en';
import { failureWords, noticeWords } from '../../../src/taskpane/i18n/words';
import { describeFailure, refusedStoredState } from '../../../src/taskpane/state/failure';
import { readStoredDefinitions } from '../../../src/taskpane/host/storedDefinitions';
import { readTrustedFixture } from '../../helpers/fixtures';

const funding = readTrustedFixture('valid-funding');
const request = { definitions: funding, layout: { lang: 'da' as const, decimals: 1 } };

/** A workbook built once, whose stored state then claims a version from a newer program. */
async function workbookFromNewerVersion() {
  const double = createExcelDouble();
  expect((await double.run((context) => writeTables(context, request))).status).toBe('written');
  const stored = await double.run(async (context) => {
    const setting = context.workbook.settings.getItem(STATE_KEY);
    setting.load('value');
    await context.sync();
    return setting.value as string;
  });
  const state = (await decodeState(stored)) as StoredState;
  const newer = await encodeState({ ...state, version: 2 } as unknown as StoredState);
  await double.run(async (context) => {
    context.workbook.settings.add(STATE_KEY, newer);
    await context.sync();
  });
  return double;
}

test('[S3] a rebuild over a newer version\'s state stops before writing, worded in Danish and English with what to do', async () => {
  const double = await workbookFromNewerVersion();
  const before = double.inspect.sheet('Oversigt').formulas;
  const failure = await double.run((context) => writeTables(context, request)).then(
    () => undefined,
    (error: unknown) => describeFailure(error),
  );
  expect(failure).toEqual({
    kind: 'storedState',
    messages: {
      da: ['De gemte definitioner har version 2; programmet læser version 1. Brug en nyere udgave af Budgettabeller.'],
      en: ['The stored definitions have version 2; this program reads version 1. Use a newer Budget Tables.'],
    },
  });
  if (failure === undefined) throw new Error('the build did not stop');
  expect(failureWords(failure, da).lines).toEqual([
    'De definitioner, Budgettabeller har gemt i projektmappen, er beskadigede eller ændret uden for Budgettabeller, så tabellerne kan ikke bygges om sikkert. Intet er skrevet; projektmappen er uændret.',
    'De gemte definitioner har version 2; programmet læser version 1. Brug en nyere udgave af Budgettabeller.',
    'Åbn en tidligere version af projektmappen (Filer → Oplysninger → Versionshistorik), eller brug den nyere udgave af Budgettabeller, som projektmappen blev gemt med.',
  ]);
  expect(failureWords(failure, en).lines[1]).toBe('The stored definitions have version 2; this program reads version 1. Use a newer Budget Tables.');
  expect(double.inspect.sheet('Oversigt').formulas).toEqual(before);
});

test('[S5] opening the stored definitions of such a workbook says why, in the pane\'s language', async () => {
  const double = await workbookFromNewerVersion();
  const refused = await double.run((context) => readStoredDefinitions(context)).then(
    () => undefined,
    (error: unknown) => refusedStoredState(error),
  );
  expect(refused?.da).toEqual(['De gemte definitioner har version 2; programmet læser version 1. Brug en nyere udgave af Budgettabeller.']);
  const notice = { kind: 'storedFailed' as const, detail: 'StoredStateError', ...(refused === undefined ? {} : { refused }) };
  expect(noticeWords(notice, en, 'en')).toEqual({
    intent: 'error',
    text: 'The stored definitions could not be read: The stored definitions have version 2; this program reads version 1. Use a newer Budget Tables.',
  });
});
