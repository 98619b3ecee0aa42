/**
 * Every sentence the command line itself says (help, usage errors, headings, progress),
 * in Danish and English. Sentences about the user's input live in the core's catalogue
 * (src/core/i18n); these are about the tool.
 */
import type { Lang } from '../core/i18n/lang';
import { quote } from '../core/i18n/quotes';

/** User text in a Danish or an English sentence: »…« and “…”, as in every other message. */
const inDanish = (text: string): string => quote(text, 'da');
const inEnglish = (text: string): string => quote(text, 'en');

export interface CliText {
  usageTitle: string;
  commandsTitle: string;
  optionsTitle: string;
  exampleTitle: string;
  exitCodesTitle: string;
  environmentTitle: string;
  moreHelp: string;
  commandSummary: Record<'build' | 'check' | 'read' | 'diff' | 'snapshot' | 'help', string>;
  commandDetail: Record<'build' | 'check' | 'read' | 'diff' | 'snapshot', string>;
  optionHelp: Record<string, string>;
  exitCodes: [number, string][];
  environment: [string, string][];
  unknownCommand: (command: string, suggestion: string | undefined) => string;
  unknownOption: (option: string, command: string, suggestion: string | undefined) => string;
  missingValue: (option: string) => string;
  noValueAllowed: (option: string) => string;
  missingInput: (command: string, what: string) => string;
  unexpectedArgument: (argument: string) => string;
  missingOption: (command: string, option: string) => string;
  invalidLang: (value: string) => string;
  invalidUnit: (value: string, units: readonly string[]) => string;
  invalidDecimals: (value: string) => string;
  conflictingOptions: (a: string, b: string) => string;
  watchNeedsBuild: string;
  noCommand: string;
  placeholders: { definitions: string; workbook: string; definitionsJson: string; csv: string; value: string; oldRound: string; newRound: string; changes: string };
  invalidDiffOut: (value: string) => string;
  seeHelp: (command: string | undefined) => string;
  unexpectedFailure: (detail: string) => string;
  fileNotFound: (path: string) => string;
  fileNotReadable: (path: string, reason: string) => string;
  errors: (count: number) => string;
  warnings: (count: number) => string;
  andMore: (count: number) => string;
  nothingWritten: string;
  noProblems: string;
  written: (path: string) => string;
  sheets: (count: number, names: string) => string;
  workbookLocked: (path: string, by: string) => string;
  lockedByLockFile: (lockFile: string) => string;
  lockedByOs: (code: string) => string;
  watching: (path: string) => string;
  watchRebuilding: (time: string) => string;
  watchRetry: string;
  watchStopped: string;
  phase: Record<ProgressPhase, string>;
  count: (count: number, what: 'initiatives' | 'sheets') => string;
}

export type ProgressPhase = 'reading' | 'checking' | 'computing' | 'laying-out' | 'writing' | 'reading-workbook';

const da: CliText = {
  usageTitle: 'Brug',
  commandsTitle: 'Kommandoer',
  optionsTitle: 'Tilvalg',
  exampleTitle: 'Eksempel',
  exitCodesTitle: 'Slutkoder',
  environmentTitle: 'Miljøvariabler',
  moreHelp: 'Hjælp til en kommando: budget-tables <kommando> --help',
  commandSummary: {
    build: 'byg budgettabellerne som en .xlsx-projektmappe',
    check: 'kontrollér definitionerne og vis totalerne, uden at skrive noget',
    read: 'læs en redigeret projektmappe tilbage til definitioner',
    diff: 'sammenlign to runder og skriv et ændringsark',
    snapshot: 'gem tabellerne som en navngiven runde i projektmappen, eller vis de gemte',
    help: 'vis hjælpen til en kommando',
  },
  commandDetail: {
    build:
      'Kontrollerer definitionerne (JSON eller CSV fra dansk Excel) og skriver en projektmappe med en oversigt\n' +
      'og et ark pr. udvalg, med formler til alle totaler. Intet skrives, så længe der er fejl.',
    check: 'Kontrollerer definitionerne og viser udvalgenes totaler og den samlede total pr. år. Skriver intet.',
    read:
      'Læser en projektmappe, som budget-tables build har lavet og nogen siden har redigeret, viser hvad der er\n' +
      'ændret, og skriver de opdaterede definitioner, så build → ret → read → build bevarer rettelsen.',
    diff:
      'Sammenligner to runder (hver en JSON, en CSV eller en projektmappe fra budget-tables build) og viser, hvad der\n' +
      'er tilføjet, fjernet, valgt til, valgt fra og ændret, med ændringen pr. udvalg og i I alt pr. år. Med --out\n' +
      'skrives et ændringsark (.xlsx, med formler) eller en dansk CSV. Intet skrives, så længe en af runderne har fejl.\n' +
      'En gemt runde i en projektmappe angives som projektmappe.xlsx#navn.',
    snapshot:
      'Gemmer tabellerne, som de står nu (med rettelser), som en navngiven runde i projektmappen, fx »Seminar 22. maj«,\n' +
      'så diff kan sammenligne med den senere (projektmappe.xlsx#Seminar 22. maj). Uden --name vises de gemte runder.',
  },
  optionHelp: {
    out: 'filen der skrives',
    csv: 'skriv også definitionerne som dansk CSV',
    name: 'rundens navn, fx »Seminar 22. maj« (samme navn erstatter)',
    lang: 'sprog: da (standard) eller en',
    decimals: 'antal decimaler i projektmappen og totaltabellen (0–6, standard 1)',
    title: 'budgettets titel (CSV; ellers filnavnet)',
    unit: 'beløbenes enhed (CSV): »mio. kr.«, »t.kr.« eller »kr.«',
    'price-level': 'prisniveau (CSV), f.eks. »2020 P/L«',
    watch: 'byg igen, hver gang definitionsfilen gemmes (Ctrl+C stopper)',
    overwrite: 'erstat projektmappen, også når den har ændringer, egne ark eller ikke er bygget af Budgettabeller (gemte runder beholdes)',
    json: 'skriv resultatet som JSON på stdout (docs/cli-output.schema.json)',
    quiet: 'kun fejl; ingen tabel, ingen advarsler',
    verbose: 'vis også hvert problems JSON-sti og hver advarsel for sig',
    help: 'vis denne hjælp',
    version: 'vis versionen',
  },
  exitCodes: [
    [0, 'udført (advarsler kan forekomme)'],
    [1, 'problemer i input (også en fil der mangler) eller en låst projektmappe; intet skrevet'],
    [2, 'forkert brug af kommandolinjen'],
    [3, 'uventet fejl i programmet eller på maskinen'],
  ],
  environment: [
    ['NO_COLOR', 'ingen farver, når den er sat (farver bruges kun i en terminal)'],
  ],
  unknownCommand: (command, suggestion) => `Ukendt kommando: ${command}.${suggestion === undefined ? '' : ` Mente du ${suggestion}?`}`,
  unknownOption: (option, command, suggestion) =>
    `Ukendt tilvalg ${option} til ${command}.${suggestion === undefined ? '' : ` Mente du ${suggestion}?`}`,
  missingValue: (option) => `${option} skal have en værdi, f.eks. ${option} <værdi>.`,
  noValueAllowed: (option) => `${option} tager ingen værdi.`,
  missingInput: (command, what) => `${command} mangler ${what}.`,
  unexpectedArgument: (argument) => `Uventet argument: ${argument}. En fil, hvis navn begynder med -, skrives efter --.`,
  missingOption: (command, option) => `${command} skal have ${option}.`,
  invalidLang: (value) => `--lang skal være da eller en, ikke ${inDanish(value)}.`,
  invalidUnit: (value, units) => `--unit skal være en af ${units.map(inDanish).join(', ')}, ikke ${inDanish(value)}.`,
  invalidDecimals: (value) => `--decimals skal være et helt tal fra 0 til 6, ikke ${inDanish(value)}.`,
  conflictingOptions: (a, b) => `${a} og ${b} kan ikke bruges sammen.`,
  watchNeedsBuild: '--watch findes kun til build.',
  noCommand: 'Skriv en kommando: build, check, read, diff eller snapshot.',
  placeholders: { definitions: '<definitioner.json|.csv>', workbook: '<projektmappe.xlsx>', definitionsJson: '<definitioner.json>', csv: '<fil.csv>', value: '<værdi>', oldRound: '<forrige>', newRound: '<ny>', changes: '<ændringer.xlsx|.csv>' },
  invalidDiffOut: (value) => `--out til diff skal ende på .xlsx eller .csv, ikke ${inDanish(value)}.`,
  seeHelp: (command) => `Se budget-tables ${command === undefined ? '' : `${command} `}--help.`,
  unexpectedFailure: (detail) => `Uventet fejl: ${detail}`,
  fileNotFound: (path) => `Filen findes ikke: ${path}`,
  fileNotReadable: (path, reason) => `Filen kan ikke læses: ${path} (${reason})`,
  errors: (count) => `${count} ${count === 1 ? 'fejl' : 'fejl'}`,
  warnings: (count) => `${count} ${count === 1 ? 'advarsel' : 'advarsler'}`,
  andMore: (count) => `og ${count} mere`,
  nothingWritten: 'Intet er skrevet.',
  noProblems: 'Ingen problemer.',
  written: (path) => `Skrev ${path}`,
  sheets: (count, names) => `${count} ark: ${names}`,
  workbookLocked: (path, by) =>
    `Projektmappen ${path} er åben i et andet program (${by}), så den ikke er skrevet. Luk den der, og byg igen.`,
  lockedByLockFile: (lockFile) => `låsefilen ${lockFile} findes`,
  lockedByOs: (code) => `styresystemet afviste skrivningen: ${code}`,
  watching: (path) => `Holder øje med ${path}. Gem filen for at bygge igen; Ctrl+C stopper.`,
  watchRebuilding: (time) => `${time} Ændret – bygger igen`,
  watchRetry: 'Prøver igen ved næste ændring af definitionerne.',
  watchStopped: 'Stoppet.',
  phase: {
    reading: 'Læser',
    checking: 'Kontrollerer',
    computing: 'Beregner totaler',
    'laying-out': 'Lægger ark ud',
    writing: 'Skriver projektmappen',
    'reading-workbook': 'Læser projektmappen',
  },
  count: (count, what) => `${count.toLocaleString('da-DK')} ${what === 'initiatives' ? 'emner' : 'ark'}`,
};

const en: CliText = {
  usageTitle: 'Usage',
  commandsTitle: 'Commands',
  optionsTitle: 'Options',
  exampleTitle: 'Example',
  exitCodesTitle: 'Exit codes',
  environmentTitle: 'Environment',
  moreHelp: 'Help on a command: budget-tables <command> --help',
  commandSummary: {
    build: 'build the budget tables as an .xlsx workbook',
    check: 'check the definitions and show the totals, writing nothing',
    read: 'read an edited workbook back into definitions',
    diff: 'compare two rounds and write a change sheet',
    snapshot: 'save the tables as a named snapshot in the workbook, or list the snapshots',
    help: 'show the help on a command',
  },
  commandDetail: {
    build:
      'Checks the definitions (JSON, or CSV as Danish Excel saves it) and writes a workbook with an overview\n' +
      'and one sheet per committee, every total a formula. Nothing is written while any error stands.',
    check: "Checks the definitions and shows the committees' totals and the grand total per year. Writes nothing.",
    read:
      'Reads a workbook built by budget-tables build and edited since, shows what changed, and writes the\n' +
      'updated definitions, so build → edit → read → build keeps the edit.',
    diff:
      'Compares two rounds (each a JSON, a CSV or a workbook built by budget-tables build) and shows what was\n' +
      'added, removed, chosen, dropped and changed, with the change per committee and in the total per year. With\n' +
      '--out it writes a change sheet (.xlsx, with formulas) or a Danish CSV. Nothing is written while either round has errors.\n' +
      'A snapshot kept in a workbook is given as workbook.xlsx#name.',
    snapshot:
      'Saves the tables as they are now (edits included) as a named snapshot in the workbook, e.g. “Seminar 22. maj”,\n' +
      'so diff can compare with it later (workbook.xlsx#Seminar 22. maj). Without --name it lists the snapshots.',
  },
  optionHelp: {
    out: 'the file to write',
    csv: 'also write the definitions as Danish CSV',
    name: 'the snapshot\'s name, e.g. “Seminar 22. maj” (the same name replaces it)',
    lang: 'language: da (default) or en',
    decimals: 'decimals in the workbook and the totals table (0–6, default 1)',
    title: "the budget's title (CSV; otherwise the file name)",
    unit: 'the unit of the amounts (CSV): “mio. kr.”, “t.kr.” or “kr.”',
    'price-level': 'price level (CSV), e.g. “2020 P/L”',
    watch: 'build again each time the definitions file is saved (Ctrl+C stops)',
    overwrite: 'replace the workbook even when it holds edits, sheets of its own or was not built by Budget Tables (saved rounds are kept)',
    json: 'write the result as JSON on stdout (docs/cli-output.schema.json)',
    quiet: 'errors only; no table, no warnings',
    verbose: "also show each problem's JSON path and every warning on its own",
    help: 'show this help',
    version: 'show the version',
  },
  exitCodes: [
    [0, 'done (there may be warnings)'],
    [1, 'problems in the input (a missing file too), or a locked workbook; nothing written'],
    [2, 'the command line was used wrongly'],
    [3, 'an unexpected failure of the program or the machine'],
  ],
  environment: [['NO_COLOR', 'no colours when set (colours are only used in a terminal)']],
  unknownCommand: (command, suggestion) => `Unknown command: ${command}.${suggestion === undefined ? '' : ` Did you mean ${suggestion}?`}`,
  unknownOption: (option, command, suggestion) =>
    `Unknown option ${option} for ${command}.${suggestion === undefined ? '' : ` Did you mean ${suggestion}?`}`,
  missingValue: (option) => `${option} needs a value, e.g. ${option} <value>.`,
  noValueAllowed: (option) => `${option} takes no value.`,
  missingInput: (command, what) => `${command} needs ${what}.`,
  unexpectedArgument: (argument) => `Unexpected argument: ${argument}. A file whose name starts with - goes after --.`,
  missingOption: (command, option) => `${command} needs ${option}.`,
  invalidLang: (value) => `--lang must be da or en, not ${inEnglish(value)}.`,
  invalidUnit: (value, units) => `--unit must be one of ${units.map(inEnglish).join(', ')}, not ${inEnglish(value)}.`,
  invalidDecimals: (value) => `--decimals must be a whole number from 0 to 6, not ${inEnglish(value)}.`,
  conflictingOptions: (a, b) => `${a} and ${b} cannot be used together.`,
  watchNeedsBuild: '--watch is only for build.',
  noCommand: 'Give a command: build, check, read, diff or snapshot.',
  placeholders: { definitions: '<definitions.json|.csv>', workbook: '<workbook.xlsx>', definitionsJson: '<definitions.json>', csv: '<file.csv>', value: '<value>', oldRound: '<old>', newRound: '<new>', changes: '<changes.xlsx|.csv>' },
  invalidDiffOut: (value) => `--out for diff must end in .xlsx or .csv, not ${inEnglish(value)}.`,
  seeHelp: (command) => `See budget-tables ${command === undefined ? '' : `${command} `}--help.`,
  unexpectedFailure: (detail) => `Unexpected failure: ${detail}`,
  fileNotFound: (path) => `No such file: ${path}`,
  fileNotReadable: (path, reason) => `The file cannot be read: ${path} (${reason})`,
  errors: (count) => `${count} ${count === 1 ? 'error' : 'errors'}`,
  warnings: (count) => `${count} ${count === 1 ? 'warning' : 'warnings'}`,
  andMore: (count) => `and ${count} more`,
  nothingWritten: 'Nothing was written.',
  noProblems: 'No problems.',
  written: (path) => `Wrote ${path}`,
  sheets: (count, names) => `${count} ${count === 1 ? 'sheet' : 'sheets'}: ${names}`,
  workbookLocked: (path, by) => `The workbook ${path} is open in another program (${by}), so it was not written. Close it there and build again.`,
  lockedByLockFile: (lockFile) => `the lock file ${lockFile} exists`,
  lockedByOs: (code) => `the operating system refused the write: ${code}`,
  watching: (path) => `Watching ${path}. Save the file to build again; Ctrl+C stops.`,
  watchRebuilding: (time) => `${time} Changed – building again`,
  watchRetry: 'Trying again on the next change to the definitions.',
  watchStopped: 'Stopped.',
  phase: {
    reading: 'Reading',
    checking: 'Checking',
    computing: 'Computing totals',
    'laying-out': 'Laying out sheets',
    writing: 'Writing the workbook',
    'reading-workbook': 'Reading the workbook',
  },
  count: (count, what) => `${count.toLocaleString('en-GB')} ${what === 'initiatives' ? 'initiatives' : 'sheets'}`,
};

export function cliText(lang: Lang): CliText {
  return lang === 'da' ? da : en;
}
