import { formatJsonPath, type Location, type PathSegment, type Problem } from '../problems';
import { renderMessage } from './catalog';
import type { Lang } from './lang';
import { quote } from './quotes';

/** The words a location and a severity are told in; one table per language. */
interface Words {
  file: string;
  line: string;
  column: string;
  error: string;
  warning: string;
  initiative: string;
  committee: string;
  yearNumber: string;
  from: string;
  to: string;
  /** A node's place: `i Hospitalsudvalget`, `under »Kræftpakker«`, `(nr. 4)`. */
  in: string;
  under: string;
  numbered: string;
  lang: Lang;
  /** A node's fields by their JSON name. */
  fields: Readonly<Partial<Record<string, string>>>;
  /** The document's top-level fields by their JSON name. */
  top: Readonly<Partial<Record<string, string>>>;
}

const WORDS: Readonly<Record<Lang, Words>> = {
  da: {
    file: 'filen', line: 'linje', column: 'kolonne', error: 'Fejl', warning: 'Advarsel',
    initiative: 'Emne', committee: 'Udvalg', yearNumber: 'år nr.', from: 'fra', to: 'til',
    in: 'i', under: 'under', numbered: 'nr.', lang: 'da',
    fields: {
      title: 'titel', kind: 'type', note: 'bemærkning', unit: 'enhed', amounts: 'beløb', frame: 'ramme', committee: 'udvalg',
      id: 'id', number: 'nummer', lines: 'linjer', name: 'navn',
    },
    top: {
      formatVersion: 'Formatversion', title: 'Dokumentets titel', unit: 'Dokumentets enhed', priceLevel: 'Prisniveau',
      years: 'År', rangePolicy: 'Regel for spænd', committees: 'Udvalgslisten', initiatives: 'Emnelisten',
    },
  },
  en: {
    file: 'the file', line: 'line', column: 'column', error: 'Error', warning: 'Warning',
    initiative: 'Initiative', committee: 'Committee', yearNumber: 'year no.', from: 'from', to: 'to',
    in: 'in', under: 'under', numbered: 'no.', lang: 'en',
    fields: {
      title: 'title', kind: 'type', note: 'note', unit: 'unit', amounts: 'amounts', frame: 'frame', committee: 'committee',
      id: 'id', number: 'number', lines: 'lines', name: 'name',
    },
    top: {
      formatVersion: 'Format version', title: 'Document title', unit: 'Document unit', priceLevel: 'Price level',
      years: 'Years', rangePolicy: 'Range policy', committees: 'List of committees', initiatives: 'List of initiatives',
    },
  },
};


/** Where a problem is, as the user should read it: `initiatives[3].amounts.2021` or `linje 7, kolonne 2021`. */
export function formatLocation(location: Location, lang: Lang): string {
  const words = WORDS[lang];
  switch (location.kind) {
    case 'json':
      return formatJsonPath(location.path);
    case 'csv':
      return location.column === undefined
        ? `${words.line} ${location.line}`
        : `${words.line} ${location.line}, ${words.column} ${location.column}`;
    case 'file':
      return words.file;
  }
}

/**
 * One line for a terminal or a list: `Fejl: initiatives[3].amounts.2021: ...`, or, given
 * the parsed document, `Fejl: Emne 4 »Titel«, 2021: ...` (see describeLocation).
 */
export function formatProblem(problem: Problem, lang: Lang, document?: unknown): string {
  const severity = WORDS[lang][problem.severity];
  const where = document === undefined ? formatLocation(problem.location, lang) : describeLocation(problem.location, lang, document);
  return `${severity}: ${where}: ${renderMessage(problem.code, lang, problem.params)}`;
}

/** Titles are quoted in full up to this length, then cut, so one location stays one line. */
const MAX_QUOTED_TITLE = 40;

/**
 * Where a problem is, in the user's words rather than as a developer's path:
 * `Emne 3 »Beløb som tekst«, 2020` for `initiatives[2].amounts.2020`, given the
 * parsed (not yet validated, so untrusted) document the path points into. CSV and
 * whole-file locations read as `formatLocation` gives them; a JSON path whose parts
 * the document does not explain falls back to the path itself, so nothing is lost.
 */
export function describeLocation(location: Location, lang: Lang, document?: unknown): string {
  if (location.kind !== 'json') return formatLocation(location, lang);
  const places = WORDS[lang];
  const [head, index, ...rest] = location.path;
  if (head === undefined) return places.file;
  if (typeof head === 'number') return formatJsonPath(location.path);
  const list = field(document, head);
  if ((head === 'initiatives' || head === 'committees') && typeof index === 'number') {
    const entry = Array.isArray(list) ? (list as unknown[])[index] : undefined;
    const label = head === 'initiatives' ? places.initiative : places.committee;
    const named = quoted(textOf(entry, head === 'initiatives' ? 'title' : 'name') ?? textOf(entry, 'id'), places);
    return [`${label} ${displayNumber(entry, index)}${named}`, ...describeInside(entry, rest, places)].join(', ');
  }
  const top = places.top[head];
  if (top === undefined) return formatJsonPath(location.path);
  if (head === 'years' && typeof index === 'number') return `${top}, ${places.yearNumber} ${index + 1}`;
  return [top, ...describeInside(list, index === undefined ? [] : [index, ...rest], places)].join(', ');
}

/** The parts of a path below an initiative or a committee: nested lines, then a field and a year. */
function describeInside(node: unknown, path: readonly PathSegment[], places: Words): string[] {
  const parts: string[] = [];
  const { nodes, positions, end: i } = linesAlong(node, path);
  const current = nodes[nodes.length - 1];
  if (positions.length > 0) {
    const number = textOf(current, 'number') ?? positions.join('.');
    parts.push(`${places.line} ${number}${quoted(textOf(current, 'title'), places)}`);
  }
  const [name, year, end] = path.slice(i);
  if (name === undefined) return parts;
  const fieldName = typeof name === 'string' ? places.fields[name] : undefined;
  if (name === 'amounts' && year !== undefined) parts.push(String(year));
  else if (fieldName !== undefined) parts.push(year === undefined ? fieldName : `${fieldName} ${String(year)}`);
  else return [...parts, formatJsonPath(path.slice(i))];
  if (end === 'min') parts.push(places.from);
  else if (end === 'max') parts.push(places.to);
  else if (end !== undefined) parts.push(formatJsonPath(path.slice(i + 2)));
  return parts;
}

/**
 * The lines a path steps through below `node` (`lines[2].lines[0]…`), their 1-based
 * positions, and where the path goes on after them.
 */
function linesAlong(node: unknown, path: readonly PathSegment[]): { nodes: unknown[]; positions: number[]; end: number } {
  const nodes: unknown[] = [];
  const positions: number[] = [];
  let current = node;
  let i = 0;
  while (path[i] === 'lines' && typeof path[i + 1] === 'number') {
    const index = path[i + 1] as number;
    positions.push(index + 1);
    const lines = field(current, 'lines');
    current = Array.isArray(lines) ? (lines as unknown[])[index] : undefined;
    nodes.push(current);
    i += 2;
  }
  return { nodes, positions, end: i };
}

/** A definition node as a message names it: its title, and the number the user gave it. */
export interface NamedNode {
  title: string;
  number?: string;
}

/**
 * Where an initiative or a line is, in the terms a finance officer knows (its committee,
 * and the initiative and lines it sits in) rather than its JSON path. Language-neutral,
 * so it travels with read-back's results and is worded only when shown.
 */
export interface NodePlace {
  node: NamedNode;
  /** The committee's name (its id when the document names none). */
  committee: string;
  /** The initiative and the lines the node sits in, outermost first. */
  parents: NamedNode[];
}

/**
 * The place of the initiative or line at `path` (`initiatives[3].lines[1]`) in a document,
 * found the way describeLocation finds it; undefined when the path points at anything else.
 */
export function placeOf(document: unknown, path: readonly PathSegment[]): NodePlace | undefined {
  const [head, index, ...rest] = path;
  if (head !== 'initiatives' || typeof index !== 'number') return undefined;
  const initiatives = field(document, 'initiatives');
  const initiative: unknown = Array.isArray(initiatives) ? (initiatives as unknown[])[index] : undefined;
  const { nodes, end } = linesAlong(initiative, rest);
  if (initiative === undefined || end !== rest.length) return undefined;
  const [node, ...outward] = [initiative, ...nodes].map(namedNode).reverse();
  if (node === undefined) return undefined;
  return { node, committee: committeeName(document, textOf(initiative, 'committee')), parents: outward.reverse() };
}

function namedNode(value: unknown): NamedNode {
  const number = textOf(value, 'number');
  return { title: textOf(value, 'title') ?? '', ...(number === undefined ? {} : { number }) };
}

function committeeName(document: unknown, id: string | undefined): string {
  const committees = field(document, 'committees');
  const entry: unknown = Array.isArray(committees) ? (committees as unknown[]).find((c) => textOf(c, 'id') === id) : undefined;
  return textOf(entry, 'name') ?? id ?? '';
}

/** `»Kræftpakker« (nr. 4)`: a node by its full title on one line, and its number when it has one. */
export function describeNode(node: NamedNode, lang: Lang): string {
  return `${quote(oneLine(node.title), lang)}${numberOf(node, WORDS[lang])}`;
}

/** What a node sits in: `Hospitalsudvalget`, or `»Kræftpakker« (nr. 4) i Hospitalsudvalget` for a line. */
export function describeContainer(place: NodePlace, lang: Lang): string {
  const words = WORDS[lang];
  const parents = [...place.parents].reverse().map((parent) => `${quoted(parent.title, words).trimStart()}${numberOf(parent, words)}`);
  return parents.length === 0 ? place.committee : describeInCommittee(parents.join(` ${words.under} `), place.committee, lang);
}

/** Where a node is, after its name: `i Hospitalsudvalget`, or `under »Kræftpakker« i Hospitalsudvalget` for a line. */
export function describePlace(place: NodePlace, lang: Lang): string {
  const words = WORDS[lang];
  return `${place.parents.length === 0 ? words.in : words.under} ${describeContainer(place, lang)}`;
}

/** `»A« og »B« i Regional Udvikling`: what is named, then the committee it is in. */
export function describeInCommittee(named: string, committee: string, lang: Lang): string {
  return committee === '' ? named : `${named} ${WORDS[lang].in} ${committee}`;
}

function numberOf(node: NamedNode, places: Words): string {
  return node.number === undefined ? '' : ` (${places.numbered} ${node.number})`;
}

/**
 * The number the user gave (the workbook's Nr. column) where there is one, else the
 * 1-based position in the list: what the user can find in the file or the workbook.
 */
function displayNumber(entry: unknown, index: number): string {
  return textOf(entry, 'number') ?? String(index + 1);
}

/** An own property of an untrusted value, never one inherited from Object.prototype. */
function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function textOf(value: unknown, key: string): string | undefined {
  const text = field(value, key);
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

/** ` »Title«`, on one line and cut to fit; nothing for a node without a title. */
function quoted(text: string | undefined, places: Words): string {
  if (text === undefined || text.trim() === '') return '';
  return ` ${quote(shorten(oneLine(text)), places.lang)}`;
}

/** A title's line breaks and runs of spaces as single spaces, so a message stays one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts at the last word that fits, or mid-word when the first word alone is too long. */
function shorten(text: string): string {
  if (text.length <= MAX_QUOTED_TITLE) return text;
  const head = text.slice(0, MAX_QUOTED_TITLE - 1);
  const lastSpace = head.lastIndexOf(' ');
  return `${(lastSpace > MAX_QUOTED_TITLE / 2 ? head.slice(0, lastSpace) : head).trimEnd()}…`;
}
