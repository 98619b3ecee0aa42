import type { MessageSection } from './types';

/** Text and byte rules of an input file (docs/format.md, rules T1–T6). */
export const inputMessages = {
  // T5
  notUtf8: {
    da: 'Filen er ikke gyldig UTF-8: byte {offset} (linje {line}) kan ikke læses. Gem filen som UTF-8 (f.eks. i Notesblok: Gem som, Kodning: UTF-8), eller brug CSV, som også læses i Windows-1252.',
    en: 'The file is not valid UTF-8: byte {offset} (line {line}) cannot be read. Save the file as UTF-8 (e.g. in Notepad: Save as, Encoding: UTF-8), or use CSV, which is also read in Windows-1252.',
  },
  // F1
  inputIsWorkbook: {
    da: '{file} er en Excel-projektmappe eller et zip-arkiv, ikke definitioner i JSON eller CSV. En projektmappe fra Budgettabeller læses med budget-tables read; et regneark med emner gemmes som CSV (semikolonsepareret) først.',
    en: '{file} is an Excel workbook or a zip archive, not definitions in JSON or CSV. Read a workbook from Budget Tables with budget-tables read; save a spreadsheet of initiatives as CSV (semicolon-separated) first.',
  },
  // T1
  textForbiddenCharacter: {
    da: 'Teksten i »{field}« indeholder tegnet {character} (tegn nr. {position}), som en Excel-fil ikke kan rumme. Fjern det.',
    en: 'The text in “{field}” holds the character {character} (character {position}), which an Excel file cannot hold. Remove it.',
  },
  // T4
  reservedKey: {
    da: 'Nøglen »{key}« er ikke tilladt i filen (den har en særlig betydning i programmet).',
    en: 'The key “{key}” is not allowed in the file (it has a special meaning in the program).',
  },
  // T3
  committeeIdCaseClash: {
    da: 'Udvalgs-id\'et »{id}« adskiller sig kun i store og små bogstaver fra »{other}«; Excel skelner ikke, så navnene i projektmappen ville falde sammen.',
    en: 'The committee id “{id}” differs from “{other}” only in upper and lower case; Excel does not tell them apart, so the workbook\'s names would clash.',
  },
  committeeIdReserved: {
    da: 'Udvalgs-id\'et »{id}« er forbeholdt programmets egne navne i projektmappen (f.eks. Table_Overview). Vælg et andet id.',
    en: 'The committee id “{id}” is reserved for the program\'s own names in the workbook (e.g. Table_Overview). Choose another id.',
  },
  committeeIdTooLong: {
    da: 'Udvalgs-id\'et er {length} tegn; højst {max} tegn, så navnene i projektmappen holder sig inden for Excels 255 tegn.',
    en: 'The committee id is {length} characters; at most {max}, so the workbook\'s names stay within Excel\'s 255 characters.',
  },
  // T6
  inputTooLarge: {
    da: 'Filen fylder {actual:value} byte; grænsen er {limit} byte (docs/format.md, T6). Del filen op, f.eks. ét udvalg pr. fil.',
    en: 'The file is {actual:value} bytes; the limit is {limit} bytes (docs/format.md, T6). Split the file, e.g. one committee per file.',
  },
  inputTooManyRows: {
    da: 'Filen har mere end {limit} linjer (docs/format.md, T6). Del filen op, f.eks. ét udvalg pr. fil.',
    en: 'The file has more than {limit} lines (docs/format.md, T6). Split the file, e.g. one committee per file.',
  },
  inputTooManyNodes: {
    da: 'Filen har mere end {limit} emner og linjer tilsammen (docs/format.md, T6). Del filen op, f.eks. ét udvalg pr. fil.',
    en: 'The file has more than {limit} initiatives and lines together (docs/format.md, T6). Split the file, e.g. one committee per file.',
  },
} as const satisfies MessageSection;
