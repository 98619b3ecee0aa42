/**
 * Kinds of problems, for grouping: "20 emner uden beløb endnu: Udbrede videobehandling, …"
 * reads at a glance where twenty lines do not. A kind gathers the codes a reader sees as
 * one sort of problem (every way a Danish number can be mistyped is "a number written wrongly").
 * A code without a kind here forms its own group, headed by its message with the details elided.
 */
import { catalog, type MessageCode } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import type { MessageParams } from '../core/problems';

interface Kind {
  codes: readonly MessageCode[];
  label: Record<Lang, (count: number) => string>;
  /**
   * For kinds whose message says nothing beyond one parameter (a title, a column), the
   * group lists that parameter, comma-separated, instead of one line per problem.
   */
  listBy?: string;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

const KINDS: Record<string, Kind> = {
  uncosted: {
    codes: ['uncostedTopic'],
    label: { da: (n) => `${plural(n, 'emne', 'emner')} uden beløb endnu (vises uden tal)`, en: (n) => `${plural(n, 'topic', 'topics')} without amounts yet (shown without figures)` },
    listBy: 'title',
  },
  overAllocated: {
    codes: ['frameOverAllocated'],
    label: { da: (n) => `${plural(n, 'overdisponeret ramme', 'overdisponerede rammer')}`, en: (n) => `${plural(n, 'over-allocated frame', 'over-allocated frames')}` },
  },
  unknownColumn: {
    codes: ['csvUnknownColumn'],
    label: { da: (n) => `${plural(n, 'ukendt kolonne', 'ukendte kolonner')} (læses ikke)`, en: (n) => `${plural(n, 'unknown column', 'unknown columns')} (not read)` },
    listBy: 'column',
  },
  unnamedColumn: {
    codes: ['csvUnnamedColumn'],
    label: { da: (n) => `${plural(n, 'kolonne', 'kolonner')} med tal men uden overskrift (læses ikke)`, en: (n) => `${plural(n, 'column', 'columns')} with data but no heading (not read)` },
  },
  numberForm: {
    codes: ['csvNumberUseComma', 'csvNumberUsePoint', 'csvNumberGrouping', 'csvNumberDecimals', 'csvNumberExponent', 'csvNumberInvalid', 'csvRangeForm', 'expectedNumber', 'expectedAmount', 'expectedAmounts'],
    label: { da: (n) => `${plural(n, 'beløb', 'beløb')} skrevet, så det ikke kan læses som tal`, en: (n) => `${plural(n, 'amount', 'amounts')} written in a form that cannot be read as a number` },
  },
  numberSize: {
    codes: ['numberNotFinite', 'numberTooLarge', 'numberTooPrecise', 'csvNumberTooPrecise', 'csvNumberTooLarge'],
    label: { da: (n) => `${plural(n, 'tal', 'tal')} for store eller med for mange cifre`, en: (n) => `${plural(n, 'number', 'numbers')} too large or with too many digits` },
  },
  missingField: {
    codes: ['missingField', 'csvMissingValue', 'csvMissingColumn'],
    label: { da: (n) => `${plural(n, 'manglende felt', 'manglende felter')}`, en: (n) => `${plural(n, 'missing field', 'missing fields')}` },
  },
  unknownField: {
    codes: ['unknownField', 'unknownFieldDidYouMean'],
    label: { da: (n) => `${plural(n, 'ukendt felt', 'ukendte felter')}`, en: (n) => `${plural(n, 'unknown field', 'unknown fields')}` },
  },
  unknownCommittee: {
    codes: ['unknownCommittee', 'unknownCommitteeDidYouMean'],
    label: { da: (n) => `${plural(n, 'henvisning', 'henvisninger')} til et udvalg, der ikke findes`, en: (n) => `${plural(n, 'reference', 'references')} to a committee that does not exist` },
  },
  wrongType: {
    codes: ['expectedText', 'expectedList', 'expectedObject', 'invalidValue', 'unitInvalid', 'kindInvalid', 'rangePolicyInvalid', 'csvUnknownKind', 'csvUnknownUnit'],
    label: { da: (n) => `${plural(n, 'værdi', 'værdier')} af en slags, der ikke hører til her`, en: (n) => `${plural(n, 'value', 'values')} of a kind that does not belong there` },
  },
  duplicate: {
    codes: ['idDuplicate', 'committeeIdDuplicate', 'yearDuplicate', 'csvDuplicateColumn', 'csvDuplicateYearColumn', 'csvDuplicateInitiativeRow'],
    label: { da: (n) => `${plural(n, 'dublet', 'dubletter')}`, en: (n) => `${plural(n, 'duplicate', 'duplicates')}` },
  },
  year: {
    codes: ['yearNotInYears', 'yearKeyInvalid', 'yearInvalid', 'yearsNotAscending', 'csvBadYearColumn'],
    label: { da: (n) => `${plural(n, 'problem', 'problemer')} med budgetårene`, en: (n) => `${plural(n, 'problem', 'problems')} with the budget years` },
  },
  text: {
    codes: ['emptyText', 'textTooLong'],
    label: { da: (n) => `${plural(n, 'tekst', 'tekster')}, der er tomme eller for lange`, en: (n) => `${plural(n, 'text', 'texts')} empty or too long` },
  },
  structure: {
    codes: ['amountsWithLines', 'frameWithoutLines', 'amountsWithFrame', 'linesTooDeep'],
    label: { da: (n) => `${plural(n, 'emne', 'emner')} bygget forkert op (beløb, linjer og rammer)`, en: (n) => `${plural(n, 'topic', 'topics')} built up wrongly (amounts, lines and frames)` },
  },
};

export interface ProblemKind {
  key: string;
  label: (count: number) => string;
  listBy?: string;
}

const KIND_OF_CODE = new Map<string, string>(Object.entries(KINDS).flatMap(([key, kind]) => kind.codes.map((code) => [code, key] as [string, string])));

export function kindOf(code: string, lang: Lang): ProblemKind {
  const key = KIND_OF_CODE.get(code);
  const kind = key === undefined ? undefined : KINDS[key];
  if (key === undefined || kind === undefined) return { key: code, label: (count) => `${count} × ${elided(code, lang)}` };
  return { key, label: kind.label[lang], ...(kind.listBy === undefined ? {} : { listBy: kind.listBy }) };
}

/**
 * A message with its details left out, to head a group of them: `Feltet "…" mangler.`
 * The CLI's own codes (fileNotFound, workbookLocked) are not in the catalogue: their code heads the group.
 */
function elided(code: string, lang: Lang): string {
  const message = isCatalogued(code) ? catalog[code][lang] : code;
  return message.replace(/\{\w+\}/g, '…');
}

function isCatalogued(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(catalog, code);
}

/** The parameter a listing kind shows for one problem. */
export function listItem(params: MessageParams, listBy: string): string {
  return String(params[listBy] ?? '');
}
