/**
 * The stored state of the add-in (workbook setting STATE_KEY). The encoding is shared
 * with the command line's files, so it lives in src/adapters/state; this module keeps
 * the add-in's imports where they were.
 */
export * from '../state/state';
