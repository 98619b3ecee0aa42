import type { Funding, Kind } from './types';

/**
 * The words for a kind in either language, as users type them in a CSV file or in the
 * workbook's Type column: one table, so the CSV reader and read-back agree.
 */
const KIND_WORDS: Readonly<Record<string, Kind>> = {
  drift: 'operating',
  operating: 'operating',
  anlæg: 'capital',
  anlaeg: 'capital',
  capital: 'capital',
};

/** The kind a word names (any case, surrounding spaces ignored), or undefined. */
export function kindFromWord(word: string): Kind | undefined {
  return KIND_WORDS[word.trim().toLowerCase()];
}

/** The words for a kind of money in either language (CSV `Finansiering`/`Funding`, docs/format-csv.md C15). */
const FUNDING_WORDS: Readonly<Record<string, Funding>> = {
  ny: 'new',
  new: 'new',
  eksisterende: 'existing',
  existing: 'existing',
  omprioritering: 'reprioritised',
  reprioritised: 'reprioritised',
  reprioritized: 'reprioritised',
};

/** The kind of money a word names (any case, surrounding spaces ignored), or undefined. */
export function fundingFromWord(word: string): Funding | undefined {
  return FUNDING_WORDS[word.trim().toLowerCase()];
}

/** The words for the seminar's choice (CSV `Med`/`Include`, the workbook's Med column; docs/format-csv.md C17). */
const CHOICE_WORDS: Readonly<Record<string, boolean>> = { ja: true, yes: true, nej: false, no: false };

/** Whether a word says chosen (any case, spaces ignored); undefined for a word that is not a choice. Blank is chosen. */
export function chosenFromWord(word: string): boolean | undefined {
  const key = word.trim().toLowerCase();
  return key === '' ? true : CHOICE_WORDS[key];
}
