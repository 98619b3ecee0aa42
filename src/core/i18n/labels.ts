/** Every text the engine writes into a workbook, in Danish and English. */
import type { Funding, Kind, Unit } from '../format/types';
import type { Lang } from './lang';

export interface WorkbookLabels {
  overviewSheet: string;
  number: string;
  title: string;
  committee: string;
  kind: string;
  note: string;
  role: string;
  kinds: Record<Kind, string>;
  units: Record<Unit, string>;
  total: string;
  /** A group's subtotal, e.g. "I alt, Samarbejde med civilsamfundet": never just "I alt", the committee's. */
  subtotalOf: (title: string) => string;
  /** The heading of each kind of money's block (new money is the table itself). */
  fundingBlocks: Record<Exclude<Funding, 'new'>, { heading: string; total: string; note: string }>;
  /** The words for each kind of money in CSV and read-back (`Finansiering` column). */
  fundings: Record<Funding, string>;
  fundingColumn: string;
  /** The overview's heading over the committees' new money. */
  newMoney: string;
  /** The total of new money where other kinds of money stand beside it. */
  totalNew: string;
  /** The overview chart's title. */
  chartTitle: string;
  /** The overview's total-over-all-years column, e.g. "I alt 2020–2023". */
  allYears: (first: number, last: number) => string;
  /** The header and footer of printed pages. */
  pageFooter: { page: string; of: string; built: string };
  operating: string;
  capital: string;
  unallocated: string;
  spanLow: string;
  spanHigh: string;
  frame: string;
  span: string;
  /** The note on a range's amount cell: its span and the value that counts. */
  rangeCellNote: (span: string, counted: string) => string;
  /** "Beløb i {unit}" or "Beløb i {unit}, {priceLevel}". */
  amountsIn: (unit: string, priceLevel: string | undefined) => string;
  /** The committee sheets' Med column and its two choices (the drop-down's list). */
  chosenColumn: string;
  yes: string;
  no: string;
  /** The chosen new money beside I alt, and the overview's total of it. */
  chosenTotal: string;
  chosenTotalAll: string;
  /** The committee sheets' pool column, and the overview's block of pools. */
  poolColumn: string;
  pools: string;
  poolChosen: string;
  poolLeft: string;
}

const da: WorkbookLabels = {
  overviewSheet: 'Oversigt',
  number: 'Nr.',
  title: 'Emne',
  committee: 'Udvalg',
  kind: 'Type',
  note: 'Bemærkning',
  role: 'Rolle',
  kinds: { operating: 'Drift', capital: 'Anlæg' },
  units: { 'kr.': 'kr.', 't.kr.': 't.kr.', 'mio. kr.': 'mio. kr.' },
  total: 'I alt',
  subtotalOf: (title) => `I alt, ${title}`,
  fundingBlocks: {
    existing: {
      heading: 'Eksisterende budget',
      total: 'I alt, eksisterende budget',
      note: 'Midler, der allerede er i budgettet; indgår ikke i »I alt, nye midler«.',
    },
    reprioritised: {
      heading: 'Omprioritering (budgetneutral)',
      total: 'I alt, omprioritering',
      note: 'Budgetneutral: midlerne findes inden for udvalgets eksisterende budget; indgår ikke i »I alt, nye midler«.',
    },
  },
  fundings: { new: 'Ny', existing: 'Eksisterende', reprioritised: 'Omprioritering' },
  fundingColumn: 'Finansiering',
  newMoney: 'Nye midler',
  totalNew: 'I alt, nye midler',
  chartTitle: 'Nye midler pr. udvalg og år',
  allYears: (first, last) => `I alt ${first}–${last}`,
  pageFooter: { page: 'Side', of: 'af', built: 'Dannet' },
  operating: 'Heraf drift',
  capital: 'Heraf anlæg',
  unallocated: 'Ikke udmøntet',
  spanLow: 'I alt, laveste skøn',
  spanHigh: 'I alt, højeste skøn',
  frame: 'Ramme',
  span: 'Spænd',
  rangeCellNote: (span, counted) => `Spænd ${span}; tæller med ${counted} (valgt ende af spændet)`,
  amountsIn: (unit, priceLevel) => `Beløb i ${unit}${priceLevel === undefined ? '' : `, ${priceLevel}`}`,
  chosenColumn: 'Med',
  yes: 'Ja',
  no: 'Nej',
  chosenTotal: 'Heraf valgt',
  chosenTotalAll: 'I alt, heraf valgt',
  poolColumn: 'Pulje',
  pools: 'Puljer',
  poolChosen: 'Heraf valgt i puljen',
  poolLeft: 'Tilbage i puljen',
};

const en: WorkbookLabels = {
  overviewSheet: 'Overview',
  number: 'No.',
  title: 'Initiative',
  committee: 'Committee',
  kind: 'Kind',
  note: 'Note',
  role: 'Role',
  kinds: { operating: 'Operating', capital: 'Capital' },
  units: { 'kr.': 'DKK', 't.kr.': 'DKK thousand', 'mio. kr.': 'DKK million' },
  total: 'Total',
  subtotalOf: (title) => `Total, ${title}`,
  fundingBlocks: {
    existing: {
      heading: 'Existing budget',
      total: 'Total, existing budget',
      note: 'Money already in the budget; not in »Total, new money«.',
    },
    reprioritised: {
      heading: 'Reprioritised (budget-neutral)',
      total: 'Total, reprioritised',
      note: "Budget-neutral: the money is found within the committee's existing budget; not in »Total, new money«.",
    },
  },
  fundings: { new: 'New', existing: 'Existing', reprioritised: 'Reprioritised' },
  fundingColumn: 'Funding',
  newMoney: 'New money',
  totalNew: 'Total, new money',
  chartTitle: 'New money by committee and year',
  allYears: (first, last) => `Total ${first}–${last}`,
  pageFooter: { page: 'Page', of: 'of', built: 'Built' },
  operating: 'Of which operating',
  capital: 'Of which capital',
  unallocated: 'Not yet allocated',
  spanLow: 'Total, low estimate',
  spanHigh: 'Total, high estimate',
  frame: 'Frame',
  span: 'Range',
  rangeCellNote: (span, counted) => `Range ${span}; counts as ${counted} (the chosen end of the range)`,
  amountsIn: (unit, priceLevel) => `Amounts in ${unit}${priceLevel === undefined ? '' : `, ${priceLevel}`}`,
  chosenColumn: 'Include',
  yes: 'Yes',
  no: 'No',
  chosenTotal: 'Of which chosen',
  chosenTotalAll: 'Total, of which chosen',
  poolColumn: 'Pool',
  pools: 'Pools',
  poolChosen: 'Of which chosen from the pool',
  poolLeft: 'Left in the pool',
};

export function workbookLabels(lang: Lang): WorkbookLabels {
  return lang === 'da' ? da : en;
}
