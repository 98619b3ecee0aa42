/**
 * Host faults as plain data the pane can word in either language. The writer throws
 * typed errors (BuildError, NameClashError); anything else is shown with its message.
 *
 * The errors are recognised by their name and fields rather than `instanceof`, so this
 * module does not pull the writer into the pane's first bundle (the writer loads with the engine).
 */
import type { BuildError, BuildPhase, NameClashError } from '../../adapters/officejs/applyPlan';
import type { StoredStateError } from '../../adapters/state/state';
import type { Lang } from '../../core/i18n/lang';

export type Failure =
  | { kind: 'build'; phase: BuildPhase; written: string[]; notWritten: string[]; detail: string }
  | { kind: 'nameClash'; names: string[] }
  /** The definitions the workbook carries were refused (docs/readback.md, S1–S5); nothing was written. */
  | { kind: 'storedState'; messages: Record<Lang, string[]> }
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

function isStoredStateError(error: unknown): error is StoredStateError {
  if (!(error instanceof Error) || error.name !== 'StoredStateError') return false;
  const messages = (error as Partial<StoredStateError>).messages;
  return messages !== undefined && strings(messages.da) && strings(messages.en);
}

/** The stored-state problems an error carries, worded in each language, if it is a refused stored state. */
export function refusedStoredState(error: unknown): Record<Lang, string[]> | undefined {
  return isStoredStateError(error) ? { ...error.messages } : undefined;
}

export function describeFailure(error: unknown): Failure {
  if (isNameClash(error)) return { kind: 'nameClash', names: [...error.names] };
  // The writer reads the stored state first, so a refused one arrives as the cause of a build stopped while reading.
  const cause: unknown = isBuildError(error) ? error.cause : undefined;
  const storedState = isStoredStateError(error) ? error : isStoredStateError(cause) ? cause : undefined;
  if (storedState !== undefined) return { kind: 'storedState', messages: { ...storedState.messages } };
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
