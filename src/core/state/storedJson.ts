/**
 * What the validators of the documents Budget Tables keeps in a workbook (the state and
 * the rounds) share: a version checked before anything else, and zod's findings as
 * located problems. Both documents are input from anyone who can edit the workbook.
 */
import type { z } from 'zod';
import { error, jsonLocator, type PathSegment, type Problem } from '../problems';

/** Located in the stored document's own JSON: `definitions.initiatives[3].title`, `sheets[2].name`. */
export const at = jsonLocator;

/** The problem of a document that is not of `expected` version, read from its `version` field before its shape. */
export function versionProblem(document: unknown, expected: number): Problem | undefined {
  const version = typeof document === 'object' && document !== null && !Array.isArray(document) ? (document as { version?: unknown }).version : undefined;
  return version === expected ? undefined : error('storedStateVersion', at(['version']), { actual: JSON.stringify(version) ?? 'undefined' });
}

/** zod's issues with a stored document's shape, each located where it stands. */
export function shapeProblems(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => error('storedStateValue', at(issue.path.filter(isSegment)), {}));
}

function isSegment(segment: PropertyKey): segment is PathSegment {
  return typeof segment === 'string' || typeof segment === 'number';
}
