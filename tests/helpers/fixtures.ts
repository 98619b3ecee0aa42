/** Reading fixtures in tests; the validator is bypassed only where a test says so. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InitiativeFile } from '../../src/core/format/types';

export const FIXTURES = join(__dirname, '..', 'fixtures');
export const REPO = join(__dirname, '..', '..');

/** A fixture that is valid by construction, typed without running the validator. */
export function readTrustedFixture(name: string): InitiativeFile {
  return JSON.parse(readFileSync(join(FIXTURES, name, 'input.json'), 'utf8')) as InitiativeFile;
}

/** Rounds away binary noise for comparisons with engines that add in floating point. */
export function round(value: number, decimals = 9): number {
  return Math.round(value * 10 ** decimals) / 10 ** decimals;
}
