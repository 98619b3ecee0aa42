/**
 * Host faults as plain data the pane can word in either language. The writer throws
 * typed errors (BuildError, NameClashError); anything else is shown with its message.
 *
 * The errors are recognised by their name and fields rather than `instanceof`, so this
 * module does not pull the writer into the pane's first bundle (the writer loads with the engine).
 */
import type { BuildError, BuildPhase, NameClashError } from '../../adapters/officejs/applyPlan';

export type Failure =
  | { kind: 'build'; phase: BuildPhase; written: string[]; notWritten: string[]; detail: string }
  | { kind: 'nameClash'; names: string[] }
  | { kind: 'other'; detail: string };

const PHASES: readonly BuildPhase[] = ['read', 'compare', 'prepare', 'write', 'finish'];
const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

function isNameClash(error: unknown): error is NameClashError {
  return error instanceof Error && error.name === 'NameClashError' && strings((error as Partial<NameClashError>).names);
}

function isBuildError(error: unknown): error is BuildError {
  if (!(error instanceof Error) || error.name !== 'BuildError') return false;
  const e = error as Partial<BuildError>;
  return PHASES.includes(e.phase as BuildPhase) && strings(e.written) && strings(e.notWritten);
}

export function describeFailure(error: unknown): Failure {
  if (isNameClash(error)) return { kind: 'nameClash', names: [...error.names] };
  if (isBuildError(error)) return { kind: 'build', phase: error.phase, written: [...error.written], notWritten: [...error.notWritten], detail: errorText(error.cause) };
  return { kind: 'other', detail: errorText(error) };
}

/** The most useful one line about an error: Office.js errors carry a `code` beside the message. */
export function errorText(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const prefix = typeof code === 'string' && code !== '' && !error.message.startsWith(code) ? `${code}: ` : '';
    return `${prefix}${error.message === '' ? error.name : error.message}`;
  }
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    // A value JSON cannot show (cyclic): its string form is the best left.
    return String(error);
  }
}
