/** Every text the engine writes into a workbook, in Danish and English. */
import type { Kind, Unit } from '../format/types';
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
  operating: string;
  capital: string;
  unallocated: string;
  spanLow: string;
  spanHigh: string;
  frame: string;
  span: string;
  /** "Beløb i {unit}" or "Beløb i {unit}, {priceLevel}". */
  amountsIn: (unit: string, priceLevel: string | undefined) => string;
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
  operating: 'Heraf drift',
  capital: 'Heraf anlæg',
  unallocated: 'Ikke udmøntet',
  spanLow: 'I alt, laveste skøn',
  spanHigh: 'I alt, højeste skøn',
  frame: 'Ramme',
  span: 'Spænd',
  amountsIn: (unit, priceLevel) => `Beløb i ${unit}${priceLevel === undefined ? '' : `, ${priceLevel}`}`,
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
  operating: 'Of which operating',
  capital: 'Of which capital',
  unallocated: 'Not yet allocated',
  spanLow: 'Total, low estimate',
  spanHigh: 'Total, high estimate',
  frame: 'Frame',
  span: 'Range',
  amountsIn: (unit, priceLevel) => `Amounts in ${unit}${priceLevel === undefined ? '' : `, ${priceLevel}`}`,
};

export function workbookLabels(lang: Lang): WorkbookLabels {
  return lang === 'da' ? da : en;
}
