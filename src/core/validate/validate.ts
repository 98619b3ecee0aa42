/**
 * The one way from untrusted input to an InitiativeFile. Reports every problem
 * at once: the structure through the zod schema (./schema.ts, F rules), the
 * rest through ./semantic.ts (V rules), all located through the caller's Locator.
 */
import { RESERVED_KEYS } from '../format/text';
import type { InitiativeFile } from '../format/types';
import { error, hasErrors, jsonLocator, type Locator, type PathSegment, type Problem } from '../problems';
import { isPlainObject } from './describe';
import { finding, type Finding } from './finding';
import { findingsFromIssues } from './issues';
import { inDocumentOrder } from './order';
import { FORMAT_VERSION, initiativeFileSchema, MAX_EXAMINED_DEPTH } from './schema';
import { semanticFindings } from './semantic';

export interface ValidateOptions {
  /** Where a JSON path is for the user; a CSV reader passes one that points at its lines. Default: the JSON path. */
  locate?: Locator;
}

export interface ValidationResult {
  /** The validated file, only when there is no error. */
  file: InitiativeFile | undefined;
  /** All problems, in document order. */
  problems: Problem[];
}

export function validateDefinitions(document: unknown, options: ValidateOptions = {}): ValidationResult {
  const locate = options.locate ?? jsonLocator;

  // Another version has other rules; judged by ours, every difference would look like an error.
  const version = isPlainObject(document) ? document.formatVersion : undefined;
  if (typeof version === 'number' && version !== FORMAT_VERSION) {
    return {
      file: undefined,
      problems: [error('formatVersionUnknown', locate(['formatVersion']), { actual: String(version) })],
    };
  }

  const parsed = initiativeFileSchema.safeParse(withoutDeepLines(document));
  const reserved = reservedKeyFindings(document);
  const findings = [
    ...reserved,
    // A reserved key is reported once, as itself, not again as an unknown field or a bad year.
    ...(parsed.success ? [] : findingsFromIssues(parsed.error.issues, document)).filter((f) => !reserved.some((r) => startsWith(f.path, r.path))),
    ...semanticFindings(document),
  ];
  const problems = inDocumentOrder(findings, document).map((f) => error(f.code, locate(f.path), f.params));
  // zod's inferred type allows `undefined` on optional keys, but its output leaves absent keys out, as InitiativeFile says.
  const file: InitiativeFile | undefined = parsed.success && !hasErrors(problems) ? (parsed.data as InitiativeFile) : undefined;
  return { file, problems };
}

/**
 * The document with lines below MAX_EXAMINED_DEPTH cut off, so zod's recursion
 * stays shallow. Such lines are already an error (too deep); the copy shares
 * everything it does not cut, and is the document itself when nothing is cut.
 */
function withoutDeepLines(document: unknown): unknown {
  if (!isPlainObject(document) || !Array.isArray(document.initiatives)) return document;
  const initiatives = document.initiatives.map((node: unknown) => pruneNode(node, 0));
  const changed = initiatives.some((node, index) => node !== (document.initiatives as unknown[])[index]);
  return changed ? { ...document, initiatives } : document;
}

function pruneNode(node: unknown, depth: number): unknown {
  if (!isPlainObject(node) || !Array.isArray(node.lines)) return node;
  if (depth + 1 > MAX_EXAMINED_DEPTH) return { ...node, lines: [] };
  const original: unknown[] = node.lines;
  const lines = original.map((line) => pruneNode(line, depth + 1));
  return lines.some((line, index) => line !== original[index]) ? { ...node, lines } : node;
}

/**
 * Every `__proto__`, `constructor` or `prototype` key anywhere in the document (T4): kept
 * as data, `__proto__` would vanish into an object's prototype. Iterative, so depth is safe.
 */
function reservedKeyFindings(document: unknown): Finding[] {
  // Each entry links to its parent instead of copying its path: the path is built only for a finding.
  interface Visit {
    value: unknown;
    depth: number;
    parent?: Visit;
    segment?: PathSegment;
  }
  const pathOf = (visit: Visit, last: PathSegment): PathSegment[] => {
    const path = [last];
    for (let at: Visit | undefined = visit; at?.segment !== undefined; at = at.parent) path.unshift(at.segment);
    return path;
  };
  const out: Finding[] = [];
  const stack: Visit[] = [{ value: document, depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const visit = next;
    // Deeper than any valid file (each level of lines is two steps); the depth rule reports it.
    if (visit.depth > 4 * MAX_EXAMINED_DEPTH) continue;
    const { value, depth } = visit;
    if (Array.isArray(value)) value.forEach((item: unknown, index) => pushIfContainer(stack, { value: item, depth: depth + 1, parent: visit, segment: index }));
    else if (isPlainObject(value)) {
      for (const key of Object.keys(value)) {
        if (RESERVED_KEYS.has(key)) out.push(finding('reservedKey', pathOf(visit, key), { key }));
        else pushIfContainer(stack, { value: value[key], depth: depth + 1, parent: visit, segment: key });
      }
    }
  }
  return out;
}

/** Only arrays and objects can hold keys; a number or a string needs no visit. */
function pushIfContainer<T extends { value: unknown }>(stack: T[], visit: T): void {
  if (typeof visit.value === 'object' && visit.value !== null) stack.push(visit);
}

function startsWith(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.every((segment, index) => path[index] === segment);
}
