/** Shared inputs for the pane's unit tests: the sample and fixtures as the pane receives them (bytes and a name). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from '../../../src/adapters/officejs/applyPlan';
import type { InitiativeFile } from '../../../src/core/format/types';
import { analyse } from '../../../src/taskpane/state/analysis';
import { DEFAULT_CSV_SETTINGS, type Analysis, type Source } from '../../../src/taskpane/state/types';
import { FIXTURES, REPO } from '../../helpers/fixtures';

export function fileSource(path: string, origin: Source['origin'] = 'file'): Source {
  return { fileName: path.split('/').pop() ?? path, bytes: new Uint8Array(readFileSync(path)), origin };
}

export const sampleSource = (): Source => fileSource(join(REPO, 'data', 'budget-2020-seminar.json'), 'sample');
export const fixtureSource = (name: string, file = 'input.json'): Source => fileSource(join(FIXTURES, name, file));

export function sampleAnalysis(): Analysis {
  return analyse(sampleSource(), DEFAULT_CSV_SETTINGS, 'file');
}

export function result(status: BuildResult['status'], extra: Partial<BuildResult> = {}): BuildResult {
  return { status, conflicts: [], sheets: ['Oversigt'], names: ['GrandTotal'], grandTotal: [1, 2], stateBytes: 100, stateNearLimit: false, ...extra };
}

export function sampleFile(): InitiativeFile {
  return JSON.parse(readFileSync(join(REPO, 'data', 'budget-2020-seminar.json'), 'utf8')) as InitiativeFile;
}
