import type { MessageSection } from './types';

/** Excel limits the layout plan would pass ([X1]–[X4]); nothing is written while one stands. */
export const limitMessages = {
  planTooManyArguments: {
    da: 'Formlen i {sheet}!{cell} ville få en funktion med {count} argumenter; Excel tillader højst {max}. Brug færre udvalg.',
    en: 'The formula in {sheet}!{cell} would have a function with {count} arguments; Excel allows at most {max}. Use fewer committees.',
  },
  planFormulaTooLong: {
    da: 'Formlen i {sheet}!{cell} ville blive {length} tegn lang; Excel tillader højst {max}. Kortere udvalgsnavne eller færre udvalg hjælper.',
    en: 'The formula in {sheet}!{cell} would be {length} characters long; Excel allows at most {max}. Shorter committee names or fewer committees help.',
  },
  planCellTextTooLong: {
    da: 'Teksten i {sheet}!{cell} ville blive {length} tegn lang; en celle i Excel rummer højst {max}. Gør teksten kortere.',
    en: 'The text in {sheet}!{cell} would be {length} characters long; an Excel cell holds at most {max}. Shorten the text.',
  },
  planSheetNameInvalid: {
    da: 'Arknavnet »{sheet}« kan ikke bruges i Excel ({reason}). Giv udvalget et andet navn.',
    en: 'The sheet name “{sheet}” cannot be used in Excel ({reason}). Give the committee another name.',
  },
} satisfies MessageSection;
