import type { MessageSection } from './types';

/**
 * Problems found when reading and validating an initiative file (owned by
 * src/core/format/json.ts and src/core/validate). The rule each message belongs
 * to is in docs/format.md. Parameters named `actual` are values the way the file
 * spells them in JSON (`"abc"`, `12`, `{…}`), so they keep JSON's quotes; `field`,
 * `id`, `committee` and `suggestion` are bare and quoted here, »…« and “…” (see
 * ../quotes.ts), and a `{name:list}` placeholder quotes each name of a list.
 */
export const validationMessages = {
  // F1
  notJson: {
    da: 'Filen er ikke gyldig JSON: fejl i linje {line}, kolonne {column} ({detail}).',
    en: 'The file is not valid JSON: error at line {line}, column {column} ({detail}).',
  },

  // F2
  formatVersionUnknown: {
    da: 'Filen er i formatversion {actual:value}, men programmet kender kun version 1. Resten af filen er ikke kontrolleret.',
    en: 'The file is in format version {actual:value}, but the program only knows version 1. The rest of the file was not checked.',
  },
  formatVersionInvalid: {
    da: '»formatVersion« skal være tallet 1 (uden anførselstegn), men er {actual:value}.',
    en: '“formatVersion” must be the number 1 (without quotes), but is {actual:value}.',
  },

  // F3
  missingField: {
    da: 'Feltet »{field}« mangler.',
    en: 'The field “{field}” is missing.',
  },

  // F4
  expectedText: {
    da: 'Forventede en tekst i anførselstegn, men fik {actual:value}.',
    en: 'Expected a text in quotes, got {actual:value}.',
  },
  expectedNumber: {
    da: 'Forventede et tal, men fik {actual:value}. I en JSON-fil skrives tal uden anførselstegn og med punktum som decimaltegn, f.eks. 5.5.',
    en: 'Expected a number, got {actual:value}. In a JSON file, numbers are written without quotes and with a decimal point, e.g. 5.5.',
  },
  expectedBoolean: {
    da: 'Forventede true eller false (uden anførselstegn), men fik {actual:value}.',
    en: 'Expected true or false (without quotes), got {actual:value}.',
  },
  expectedList: {
    da: 'Forventede en liste i [ ], men fik {actual:value}.',
    en: 'Expected a list in [ ], got {actual:value}.',
  },
  expectedObject: {
    da: 'Forventede et objekt i { }, men fik {actual:value}.',
    en: 'Expected an object in { }, got {actual:value}.',
  },
  expectedAmount: {
    da: 'Forventede et beløb – et tal som 5.5 eller et interval som {"min": 5.5, "max": 6.9} – men fik {actual:value}.',
    en: 'Expected an amount – a number such as 5.5 or a range such as {"min": 5.5, "max": 6.9} – got {actual:value}.',
  },
  expectedAmounts: {
    da: 'Forventede beløb: et tal (samme beløb hvert år), et interval som {"min": 5.5, "max": 6.9} eller beløb pr. år som {"2020": 5.0, "2021": 10.0}, men fik {actual:value}.',
    en: 'Expected amounts: a number (the same every year), a range such as {"min": 5.5, "max": 6.9} or amounts by year such as {"2020": 5.0, "2021": 10.0}, got {actual:value}.',
  },
  invalidValue: {
    da: 'Værdien {actual:value} er ikke tilladt her.',
    en: 'The value {actual:value} is not allowed here.',
  },

  // F5
  unknownField: {
    da: 'Feltet »{field}« kendes ikke her. Tilladte felter: {allowed:list}.',
    en: 'Unknown field “{field}”. Allowed fields: {allowed:list}.',
  },
  unknownFieldDidYouMean: {
    da: 'Feltet »{field}« kendes ikke. Mente du »{suggestion}«?',
    en: 'Unknown field “{field}”. Did you mean “{suggestion}”?',
  },

  // F6
  unitInvalid: {
    da: 'Enheden skal være »kr.«, »t.kr.« eller »mio. kr.«, men er {actual:value}.',
    en: 'The unit must be “kr.”, “t.kr.” or “mio. kr.”, but is {actual:value}.',
  },
  kindInvalid: {
    da: 'Arten skal være »operating« (drift) eller »capital« (anlæg), men er {actual:value}.',
    en: 'The kind must be “operating” or “capital”, but is {actual:value}.',
  },
  fundingInvalid: {
    da: 'Finansieringen skal være »new« (nye midler), »existing« (eksisterende budget) eller »reprioritised« (omprioritering, budgetneutral), men er {actual:value}.',
    en: 'The funding must be “new”, “existing” or “reprioritised”, but is {actual:value}.',
  },
  rangePolicyInvalid: {
    da: '»rangePolicy« skal være »low« (laveste), »mid« (midten) eller »high« (højeste), men er {actual:value}.',
    en: '“rangePolicy” must be “low”, “mid” or “high”, but is {actual:value}.',
  },

  // F7
  idInvalid: {
    da: 'Id\'et {actual:value} er ugyldigt: et id består af bogstaver, cifre og _ og begynder med et bogstav, f.eks. »sundhed_1«.',
    en: 'The id {actual:value} is not valid: an id consists of letters, digits and _ and starts with a letter, e.g. “health_1”.',
  },

  // F8
  yearKeyInvalid: {
    da: '{actual:value} er ikke et årstal; beløb pr. år angives med firecifrede år som »2021«.',
    en: '{actual:value} is not a year; amounts by year are given with four-digit years such as “2021”.',
  },

  // F9
  committeesEmpty: {
    da: 'Der skal være mindst ét udvalg i »committees«.',
    en: 'There must be at least one committee in “committees”.',
  },
  yearsEmpty: {
    da: 'Der skal være mindst ét år i »years«.',
    en: 'There must be at least one year in “years”.',
  },

  // V1
  emptyText: {
    da: 'Feltet »{field}« må ikke være tomt.',
    en: 'The field “{field}” must not be empty.',
  },

  // V2
  textTooLong: {
    da: 'Teksten i »{field}« er {length} tegn lang, men en celle i Excel kan højst rumme 32.767 tegn.',
    en: 'The text in “{field}” is {length} characters long, but an Excel cell holds at most 32,767 characters.',
  },

  // V3
  yearInvalid: {
    da: 'Årstallet {actual:value} er ikke et firecifret helt tal som 2021.',
    en: 'The year {actual:value} is not a four-digit whole number such as 2021.',
  },

  // V4
  yearsNotAscending: {
    da: 'Årene skal stå i stigende rækkefølge, men {year} kommer efter {previous}.',
    en: 'The years must be in ascending order, but {year} comes after {previous}.',
  },
  yearDuplicate: {
    da: 'Året {year} står mere end én gang i »years«.',
    en: 'The year {year} appears more than once in “years”.',
  },

  // V5
  committeeIdDuplicate: {
    da: 'Der er allerede et udvalg med id\'et »{id}«; udvalgenes id\'er skal være forskellige.',
    en: 'There is already a committee with the id “{id}”; committee ids must be unique.',
  },

  // V6
  idDuplicate: {
    da: 'Id\'et »{id}« er allerede brugt; initiativer og linjer skal have forskellige id\'er i hele filen.',
    en: 'The id “{id}” is already used; initiative and line ids must be unique in the whole file.',
  },

  // V7
  yearNotInYears: {
    da: 'Der er et beløb for {year}, men {year} er ikke med i »years« ({years}).',
    en: 'There is an amount for {year}, but {year} is not one of the “years” ({years}).',
  },

  // V8
  unknownCommittee: {
    da: 'Udvalget »{committee}« findes ikke i listen over udvalg ({committees:list}).',
    en: 'The committee “{committee}” is not in the list of committees ({committees:list}).',
  },
  unknownCommitteeDidYouMean: {
    da: 'Udvalget »{committee}« findes ikke i listen over udvalg. Mente du »{suggestion}«?',
    en: 'The committee “{committee}” is not in the list of committees. Did you mean “{suggestion}”?',
  },

  // V9
  numberNotFinite: {
    da: 'Tallet {actual:value} kan ikke regnes med: det er uendeligt eller ikke et tal.',
    en: 'The number {actual:value} cannot be calculated with: it is infinite or not a number.',
  },
  numberTooLarge: {
    da: 'Tallet {actual:value} er urimeligt stort; et beløb skal være mindre end 1.000.000.000.000.000 (10^15), plus eller minus.',
    en: 'The number {actual:value} is unreasonably large; an amount must be less than 1,000,000,000,000,000 (10^15), plus or minus.',
  },
  numberTooPrecise: {
    da: 'Tallet {actual:value} har {digits} betydende cifre, men Excel regner kun med 15.',
    en: 'The number {actual:value} has {digits} significant digits, but Excel calculates with only 15.',
  },

  // V10
  rangeMinAboveMax: {
    da: 'I intervallet er »min« ({min}) større end »max« ({max}).',
    en: 'In the range, “min” ({min}) is greater than “max” ({max}).',
  },

  // V11
  amountsWithLines: {
    da: 'Et initiativ eller en linje kan ikke have både »amounts« og »lines«: med linjer er beløbet summen af linjerne. Brug »frame« til en ramme eller pulje.',
    en: 'An initiative or line cannot have both “amounts” and “lines”: with lines, the amount is the sum of the lines. Use “frame” for a frame or pool.',
  },

  // V12
  frameWithoutLines: {
    da: '»frame« (en ramme eller pulje) kan kun stå sammen med »lines«; brug »amounts« til et beløb uden linjer.',
    en: '“frame” (a frame or pool) is only allowed beside “lines”; use “amounts” for an amount without lines.',
  },

  // V13
  amountsWithFrame: {
    da: 'Et initiativ eller en linje kan ikke have både »amounts« og »frame«; en ramme angives med »frame« og linjer i »lines«.',
    en: 'An initiative or line cannot have both “amounts” and “frame”; a frame is stated with “frame” and lines in “lines”.',
  },

  // V14
  linesTooDeep: {
    da: 'Linjerne er indlejret for dybt: højst {max} niveauer af »lines« under et initiativ er tilladt.',
    en: 'The lines are nested too deeply: at most {max} levels of “lines” below an initiative are allowed.',
  },

  // V15
  poolIdDuplicate: {
    da: 'Puljen »{id}« er nævnt to gange; puljernes id skal være forskellige.',
    en: 'The pool “{id}” is listed twice; pool ids must be unique.',
  },

  // V16
  unknownPool: {
    da: 'Puljen »{pool}« findes ikke i listen over puljer ({pools:list}).',
    en: 'The pool “{pool}” is not in the list of pools ({pools:list}).',
  },
  unknownPoolDidYouMean: {
    da: 'Puljen »{pool}« findes ikke i listen over puljer. Mente du »{suggestion}«?',
    en: 'The pool “{pool}” is not in the list of pools. Did you mean “{suggestion}”?',
  },

  // V17
  poolWithoutYears: {
    da: 'Puljen »{pool}« har ikke et beløb for nogen af budgetårene; angiv »amounts« som ét beløb for alle år eller pr. år.',
    en: 'The pool “{pool}” has no amount for any of the budget years; state “amounts” as one amount for every year or per year.',
  },

  // V18
  poolOnLine: {
    da: '»pool« kan kun stå på et initiativ, ikke på en linje: en pulje betaler for hele initiativet.',
    en: '“pool” is only allowed on an initiative, not on a line: a pool pays for the initiative as a whole.',
  },
} satisfies MessageSection;
