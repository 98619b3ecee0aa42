import type { MessageSection } from './types';

/**
 * Problems specific to reading CSV files (owned by src/core/format/csv; rules in
 * docs/format-csv.md). Column names are given in both languages because the
 * file may use either.
 */
export const csvMessages = {
  csvNotText: {
    da: 'Filen kunne ikke læses som tekst (hverken UTF-8 eller Windows-1252).',
    en: 'The file could not be read as text (neither UTF-8 nor Windows-1252).',
  },
  csvEmpty: {
    da: 'Filen er tom; den skal begynde med en overskriftslinje, f.eks. »Udvalg;Nr.;Emne;Linje;Type;2021;2022«.',
    en: 'The file is empty; it must start with a header row, e.g. “Committee,Number,Initiative,Line,Kind,2021,2022”.',
  },
  csvMissingColumn: {
    da: 'Overskriftslinjen mangler kolonnen »{column}« (eller »{alt}«).',
    en: 'The header row has no “{alt}” column (or “{column}”).',
  },
  csvDuplicateColumn: {
    da: 'Kolonnen »{column}« står to gange i overskriftslinjen (også som »{first}«); den sidste ignoreres.',
    en: 'The column “{column}” appears twice in the header row (also as “{first}”); the second is ignored.',
  },
  csvUnknownColumn: {
    da: 'Kolonnen »{column}« kendes ikke og ignoreres.',
    en: 'The column “{column}” is not recognised and is ignored.',
  },
  csvUnnamedColumn: {
    da: 'Kolonne nr. {index} har ingen overskrift; dens indhold ignoreres.',
    en: 'Column {index} has no header; its contents are ignored.',
  },
  csvBadYearColumn: {
    da: 'Kolonnen »{column}« ligner et år, men et år skal have fire cifre, f.eks. »2021« eller »Beløb 2021«.',
    en: 'The column “{column}” looks like a year, but a year has four digits, e.g. “2021” or “Amount 2021”.',
  },
  csvDuplicateYearColumn: {
    da: 'Året {year} har allerede en kolonne (»{first}«); kolonnen »{column}« ignoreres.',
    en: 'The year {year} already has a column (“{first}”); the column “{column}” is ignored.',
  },
  csvNoYearColumns: {
    da: 'Overskriftslinjen har ingen årskolonner; skriv et år som overskrift, f.eks. »2021« eller »Beløb 2021«.',
    en: 'The header row has no year columns; use a year as a header, e.g. “2021” or “Amount 2021”.',
  },
  csvNumberUseComma: {
    da: '»{text}« er ikke et gyldigt tal; brug komma som decimaltegn, f.eks. {example}.',
    en: '“{text}” is not a valid number; this file is separated by semicolons, so use a comma as the decimal mark, e.g. {example}.',
  },
  csvNumberUsePoint: {
    da: '»{text}« er ikke et gyldigt tal; filen er kommasepareret, så brug punktum som decimaltegn, f.eks. {example}.',
    en: '“{text}” is not a valid number; use a point as the decimal mark, e.g. {example}.',
  },
  csvNumberGrouping: {
    da: '»{text}« er ikke et gyldigt tal; tusindtalsseparatoren »{separator}« skal efterfølges af præcis tre cifre, f.eks. {example}.',
    en: '“{text}” is not a valid number; the thousands separator “{separator}” must be followed by exactly three digits, e.g. {example}.',
  },
  csvNumberDecimals: {
    da: '»{text}« er ikke et gyldigt tal; det har mere end ét decimaltegn »{separator}«.',
    en: '“{text}” is not a valid number; it has more than one decimal mark “{separator}”.',
  },
  csvNumberExponent: {
    da: '»{text}« er skrevet med eksponent; skriv tallet helt ud, f.eks. {example}.',
    en: '“{text}” is written with an exponent; write the number out in full, e.g. {example}.',
  },
  csvNumberTooPrecise: {
    da: '»{text}« har mere end {max} betydende cifre og kan ikke gemmes præcist.',
    en: '“{text}” has more than {max} significant digits and cannot be stored exactly.',
  },
  csvNumberTooLarge: {
    da: '»{text}« er for stort et tal.',
    en: '“{text}” is too large a number.',
  },
  csvNumberInvalid: {
    da: '»{text}« er ikke et tal; forventet f.eks. {example}.',
    en: '“{text}” is not a number; expected e.g. {example}.',
  },
  csvRangeForm: {
    da: '»{text}« er ikke et gyldigt interval; skriv laveste og højeste beløb med en bindestreg imellem, f.eks. {example}.',
    en: '“{text}” is not a valid range; write the lowest and highest amount with a dash between them, e.g. {example}.',
  },
  csvUnknownKind: {
    da: 'Typen »{text}« kendes ikke; brug »drift« eller »anlæg«.',
    en: 'The kind “{text}” is not recognised; use “operating” or “capital”.',
  },
  csvUnknownFunding: {
    da: 'Finansieringen »{text}« kendes ikke; brug »Ny«, »Eksisterende« eller »Omprioritering« (tom betyder ny).',
    en: 'The funding “{text}” is not recognised; use “New”, “Existing” or “Reprioritised” (blank means new).',
  },
  csvUnknownChoice: {
    da: 'Med: »{text}« kendes ikke; skriv »Ja« eller »Nej« (tom betyder ja).',
    en: 'Include: “{text}” is not recognised; write “Yes” or “No” (blank means yes).',
  },
  csvConflictingFunding: {
    da: 'Emnet »{title}« har allerede finansieringen »{first}« (linje {line}); et emne og dets linjer har én finansiering.',
    en: 'The initiative “{title}” already has the funding “{first}” (line {line}); an initiative and its lines have one funding.',
  },
  csvUnknownUnit: {
    da: 'Enheden »{text}« kendes ikke; brug »kr.«, »t.kr.« eller »mio. kr.«.',
    en: 'The unit “{text}” is not recognised; use “kr.”, “t.kr.” or “mio. kr.”.',
  },
  csvTooManyCells: {
    da: 'Rækken har {cells} celler, men overskriftslinjen kun {expected}; rækken springes over. Står der et komma eller semikolon i en tekst uden anførselstegn?',
    en: 'The row has {cells} cells but the header row only {expected}; the row is skipped. Is there a comma or semicolon in a text without quotes?',
  },
  csvUnterminatedQuote: {
    da: 'Et anførselstegn (") bliver aldrig afsluttet; resten af filen kan ikke læses.',
    en: 'A quotation mark (") is never closed; the rest of the file cannot be read.',
  },
  csvMalformedQuote: {
    da: 'En celle i anførselstegn (") fortsætter efter det afsluttende anførselstegn; skriv "" for et anførselstegn inde i teksten. Rækken springes over.',
    en: 'A quoted cell continues after its closing quotation mark ("); write "" for a quotation mark inside the text. The row is skipped.',
  },
  csvMissingValue: {
    da: 'Cellen »{column}« er tom; hver række skal have udvalg og emne. Rækken springes over.',
    en: 'The cell “{column}” is empty; every row needs a committee and an initiative. The row is skipped.',
  },
  csvDuplicateInitiativeRow: {
    da: 'Emnet »{title}« har allerede en række uden linje (linje {first}); giv hver række en linje i kolonnen »{lineColumn}«. Rækken springes over.',
    en: 'The initiative “{title}” already has a row without a line (line {first}); give each row a line in the column “{lineColumn}”. The row is skipped.',
  },
} satisfies MessageSection;
