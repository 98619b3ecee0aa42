import type { MessageSection } from './types';

/**
 * Read-back and the integrity check (docs/readback.md): the changes read from a workbook
 * (R rules), what could not be read (notices), and where the tables no longer are what
 * was built (I rules). Values arrive already formatted for the language.
 */
export const integrityMessages = {
  // Changes read back (DiffEntry kinds).
  diffAmount: {
    da: 'Beløb ændret: »{title}« {year}: {old} → {new}',
    en: 'Amount changed: “{title}” {year}: {old} → {new}',
  },
  diffFrame: {
    da: 'Ramme ændret: »{title}« {year}: {old} → {new}',
    en: 'Frame changed: “{title}” {year}: {old} → {new}',
  },
  // {what} is the node (»Titel« (nr. 4)), {place} where it is (i Udvalg, under »Emne« i Udvalg).
  diffAdded: {
    da: 'Tilføjet: {what} {place}{amounts}',
    en: 'Added: {what} {place}{amounts}',
  },
  diffRemoved: {
    da: 'Slettet: {what} {place}',
    en: 'Removed: {what} {place}',
  },
  diffMoved: {
    da: 'Flyttet: {what} fra {from} til {to}',
    en: 'Moved: {what} from {from} to {to}',
  },
  diffMovedWithin: {
    da: 'Flyttet: {what} inden for {from}',
    en: 'Moved: {what} within {from}',
  },
  diffTitle: {
    da: 'Titel ændret: {old} → {new}',
    en: 'Title changed: {old} → {new}',
  },
  diffNumber: {
    da: 'Nr. ændret for »{title}«: {old} → {new}',
    en: 'Number changed for “{title}”: {old} → {new}',
  },
  diffNote: {
    da: 'Bemærkning ændret for »{title}«: {old} → {new}',
    en: 'Note changed for “{title}”: {old} → {new}',
  },
  diffKind: {
    da: 'Type ændret for »{title}«: {old} → {new}',
    en: 'Kind changed for “{title}”: {old} → {new}',
  },
  diffFunding: {
    da: 'Finansiering ændret for »{title}«: {old} → {new}',
    en: 'Funding changed for “{title}”: {old} → {new}',
  },
  diffChosen: {
    da: 'Med ændret for »{title}«: {old} → {new}',
    en: 'Include changed for “{title}”: {old} → {new}',
  },
  readbackNotStated: {
    da: '(ikke angivet)',
    en: '(not stated)',
  },

  // What read-back could not turn into definitions (Notice codes).
  readbackRowIgnored: {
    da: 'Rækken »{text}« har en markering i den skjulte rollekolonne og læses ikke som en linje.',
    en: 'The row “{text}” has a marker in the hidden role column and is not read as a line.',
  },
  readbackRowWithoutTitle: {
    da: 'En indsat række uden titel læses ikke tilbage; giv den en titel i kolonnen Emne.',
    en: 'An inserted row without a title is not read back; give it a title in the Initiative column.',
  },
  readbackRowAfterTotals: {
    da: 'Rækken »{text}« står under tabellens totaler og læses ikke tilbage.',
    en: 'The row “{text}” is below the table\'s totals and is not read back.',
  },
  readbackTitleBlank: {
    da: 'Titlen »{text}« er slettet; en titel må ikke være tom, så den gamle beholdes.',
    en: 'The title “{text}” was deleted; a title cannot be empty, so the old one is kept.',
  },
  readbackKindUnknown: {
    da: 'Typen »{text}« kendes ikke (Drift eller Anlæg); rækken læses som drift, som arkets totaler også tæller den.',
    en: 'The kind “{text}” is not known (Operating or Capital); the row is read as operating, as the sheet\'s totals count it.',
  },
  readbackNodeRowDeleted: {
    da: 'Overskriftsrækken for »{text}« er slettet; emnet beholdes for de linjer, der står tilbage.',
    en: 'The heading row of “{text}” was deleted; the item is kept for the lines that remain.',
  },
  readbackSheetNotRead: {
    da: 'Arket »{text}« kunne ikke læses tilbage (det er slettet, eller tabellens kolonner er ændret); dets emner er uændrede.',
    en: 'The sheet “{text}” could not be read back (it was deleted, or the table\'s columns were changed); its items are unchanged.',
  },

  // The integrity check (Finding codes, I1–I10).
  integrityFormulaOverwritten: {
    da: 'Formlen er erstattet af en indtastet værdi ({current}); den var {written}. Reparér genskaber formlen og bevarer de indtastede beløb.',
    en: 'The formula was replaced by a typed value ({current}); it was {written}. Repair restores the formula and keeps the typed amounts.',
  },
  integrityFormulaChanged: {
    da: 'Formlen er ændret til {current}; den var {written}.',
    en: 'The formula was changed to {current}; it was {written}.',
  },
  integrityAmountText: {
    da: 'Beløbscellen indeholder tekst ({current}); den tælles ikke med i totalerne og læses ikke tilbage.',
    en: 'The amount cell holds text ({current}); it is not counted in the totals and is not read back.',
  },
  integrityTotalMismatch: {
    da: 'Totalen viser {current}, men rækkerne over den giver {written}.',
    en: 'The total shows {current}, but the rows above it add up to {written}.',
  },
  integrityRowMoved: {
    da: 'Rækken »{current}« er flyttet; den stod i {written}.',
    en: 'The row “{current}” was moved; it was at {written}.',
  },
  integrityNameMissing: {
    da: 'Navnet {name} er slettet; det skulle henvise til {written}.',
    en: 'The name {name} was deleted; it should refer to {written}.',
  },
  integrityNameMoved: {
    da: 'Navnet {name} henviser til {current}, men tabellen står i {written}.',
    en: 'The name {name} refers to {current}, but the table is at {written}.',
  },
  integrityRowMissing: {
    da: 'Rækken »{written}« med formler er slettet.',
    en: 'The row “{written}” with formulas was deleted.',
  },
  integritySheetMissing: {
    da: 'Arket »{written}« er slettet.',
    en: 'The sheet “{written}” was deleted.',
  },
  integrityLayoutChanged: {
    da: 'Tabellens kolonner er flyttet eller ændret; arket kan ikke læses eller kontrolleres.',
    en: 'The table\'s columns were moved or changed; the sheet cannot be read or checked.',
  },

  // The command line's read command and the CSV export.
  readbackNoState: {
    da: '{file}: projektmappen har ingen gemte Budgettabeller-definitioner (arket {sheet} mangler); den er ikke bygget af Budgettabeller.',
    en: '{file}: the workbook holds no stored Budget Tables definitions (the sheet {sheet} is missing); it was not built by Budget Tables.',
  },
  readbackHeadingChanges: {
    da: 'Ændringer siden sidste opbygning:',
    en: 'Changes since the last build:',
  },
  readbackNoChanges: {
    da: 'Ingen ændringer siden sidste opbygning.',
    en: 'No changes since the last build.',
  },
  readbackHeadingNotices: {
    da: 'Ikke læst tilbage:',
    en: 'Not read back:',
  },
  readbackHeadingFindings: {
    da: 'Kontrol af tabellerne:',
    en: 'Check of the tables:',
  },
  readbackWritten: {
    da: '{file}: definitionerne er skrevet.',
    en: '{file}: the definitions were written.',
  },
  // {places}: the initiatives and lines concerned, by committee (»A« og »B« i Udvalg).
  exportCsvNestedLines: {
    da: 'CSV-formen har kun ét niveau af linjer: {places} er en linje med linjer under sig. Brug JSON-formen.',
    en: 'The CSV form has one level of lines only: {places} is a line with lines below it. Use the JSON form.',
  },
  exportCsvNestedLinesSeveral: {
    da: 'CSV-formen har kun ét niveau af linjer: {places} er linjer med linjer under sig. Brug JSON-formen.',
    en: 'The CSV form has one level of lines only: {places} are lines with lines below them. Use the JSON form.',
  },
  exportCsvFrame: {
    da: 'CSV-formen kan ikke udtrykke rammer: {places} er en ramme. Brug JSON-formen.',
    en: 'The CSV form cannot express frames: {places} is a frame. Use the JSON form.',
  },
  exportCsvFrameSeveral: {
    da: 'CSV-formen kan ikke udtrykke rammer: {places} er rammer. Brug JSON-formen.',
    en: 'The CSV form cannot express frames: {places} are frames. Use the JSON form.',
  },
} satisfies MessageSection;
