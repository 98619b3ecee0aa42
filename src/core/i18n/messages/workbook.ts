import type { MessageSection } from './types';

/**
 * A workbook file or a stored state refused before anything is read from it
 * (docs/readback.md, rules W1–W4 and S1–S5). `{file}` is the file's name as given.
 */
export const workbookMessages = {
  // W1
  workbookNotZip: {
    da: '{file} er ikke en Excel-projektmappe (.xlsx): filen er tom, afkortet eller ikke et zip-arkiv. Angiv den .xlsx-fil, som budget-tables build skrev.',
    en: '{file} is not an Excel workbook (.xlsx): the file is empty, truncated or not a zip archive. Give the .xlsx file that budget-tables build wrote.',
  },
  workbookNotXlsx: {
    da: '{file} er et zip-arkiv, men ikke en Excel-projektmappe (delen {part} mangler).',
    en: '{file} is a zip archive but not an Excel workbook (the part {part} is missing).',
  },
  // W2
  workbookTooManyEntries: {
    da: '{file} har {actual:value} dele i sit zip-arkiv; en projektmappe fra Budgettabeller har højst {limit}. Filen er ikke læst.',
    en: '{file} has {actual:value} entries in its zip archive; a workbook from Budget Tables has at most {limit}. The file was not read.',
  },
  workbookFileTooLarge: {
    da: '{file} fylder {actual:value} byte; en projektmappe fra Budgettabeller må højst fylde {limit} byte. Filen er ikke læst.',
    en: '{file} is {actual:value} bytes; a workbook from Budget Tables is at most {limit} bytes. The file was not read.',
  },
  workbookTooLarge: {
    da: '{file} fylder udpakket mindst {actual:value} byte ({part}); grænsen er {limit} byte. Filen er ikke læst (en såkaldt zip-bombe standses her).',
    en: '{file} inflates to at least {actual:value} bytes ({part}); the limit is {limit} bytes. The file was not read (this is where a zip bomb stops).',
  },
  workbookUnsupportedZip: {
    da: '{file}: delen {part} er gemt på en måde, Excel ikke bruger ({detail}). Filen er ikke læst.',
    en: '{file}: the part {part} is stored in a way Excel does not use ({detail}). The file was not read.',
  },
  // W3
  workbookDamaged: {
    da: '{file} er en beskadiget projektmappe: {part} kan ikke læses ({detail}). Åbn den i Excel, gem den igen, og prøv igen.',
    en: '{file} is a damaged workbook: {part} cannot be read ({detail}). Open it in Excel, save it again and try again.',
  },
  // S1–S5: the stored definitions (the add-in's setting, or the very hidden sheet of a file).
  storedStateRejected: {
    da: '{file}: de gemte Budgettabeller-definitioner ({where}) er beskadigede eller ændret uden for Budgettabeller. Intet er læst eller skrevet.',
    en: "{file}: the stored Budget Tables definitions ({where}) are damaged or were changed outside Budget Tables. Nothing was read or written.",
  },
  storedStateDamaged: {
    da: 'De gemte definitioner kan ikke afkodes ({detail}).',
    en: 'The stored definitions cannot be decoded ({detail}).',
  },
  storedStateEncoding: {
    da: 'De gemte definitioner har en ukendt kodning {actual:value}; programmet kender kun »gzip-base64«.',
    en: 'The stored definitions have an unknown encoding {actual:value}; the program only knows “gzip-base64”.',
  },
  storedStateTooLarge: {
    da: 'De gemte definitioner fylder mindst {actual:value} (tegn eller byte); grænsen er {limit}. De er ikke læst videre.',
    en: 'The stored definitions take at least {actual:value} (characters or bytes); the limit is {limit}. They were not read further.',
  },
  storedStateVersion: {
    da: 'De gemte definitioner har version {actual:value}; programmet læser version 1. Brug en nyere udgave af Budgettabeller.',
    en: 'The stored definitions have version {actual:value}; this program reads version 1. Use a newer Budget Tables.',
  },
  storedStateValue: {
    da: 'Den gemte værdi her er ikke, som Budgettabeller skriver den.',
    en: 'The stored value here is not what Budget Tables writes.',
  },
  // docs/cli.md, O2–O4: what `build` would lose by replacing an existing file.
  outputHasEdits: {
    da: '{file} har ændringer i tabellerne, som definitionerne ikke har ({changes}). Intet er skrevet: læs ændringerne tilbage med »budget-tables read {file} --out …« og byg fra dem, eller byg med --overwrite for at erstatte dem.',
    en: '{file} holds edits in its tables that the definitions do not have ({changes}). Nothing was written: read them back with “budget-tables read {file} --out …” and build from that, or build with --overwrite to replace them.',
  },
  outputHasOwnSheets: {
    da: '{file} har ark, som Budgettabeller ikke har bygget ({sheets}), og en ny bygning har dem ikke. Intet er skrevet: byg til en anden fil, eller byg med --overwrite for at erstatte projektmappen.',
    en: '{file} has sheets Budget Tables did not build ({sheets}), and a new build would not have them. Nothing was written: build to another file, or build with --overwrite to replace the workbook.',
  },
  outputNotBudgetTables: {
    da: '{file} findes og er ikke en projektmappe, som Budgettabeller har bygget, eller den kan ikke læses. Intet er skrevet: byg til en anden fil, eller byg med --overwrite for at erstatte den.',
    en: '{file} exists and is not a workbook Budget Tables built, or it cannot be read. Nothing was written: build to another file, or build with --overwrite to replace it.',
  },
  outputRoundsDamaged: {
    da: '{file}: de gemte runder er beskadigede og kan ikke tages med over i den nye projektmappe. Intet er skrevet: byg med --overwrite for at erstatte projektmappen uden dem.',
    en: '{file}: the saved rounds are damaged and cannot be carried into the new workbook. Nothing was written: build with --overwrite to replace the workbook without them.',
  },
} as const satisfies MessageSection;
