/** Shared inputs for the pane's unit tests: the sample and fixtures as the pane receives them (bytes and a name). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from '../../../src/adapters/officejs/applyPlan';
import type { InitiativeFile } from '../../../src/core/format/types';
import type { DiffEntry, Finding, Notice } from '../../../src/core/readback/types';
import type { WorkbookReadBack } from '../../../src/taskpane/host/types';
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

const amountEdit: DiffEntry = { kind: 'amount', committee: 'hosp', path: 'initiatives[1]', title: 'Flash glukosemåler', year: 2020, old: 10.5, new: 11, unit: 'mio. kr.', sheet: 'Hospitalsudvalget', address: 'D11' };

/** The sample with Flash glukosemåler's 2020 amount set, as read-back would give it. */
export function editedSample(amount: number): InitiativeFile {
  const file = sampleFile();
  const flash = file.initiatives[1];
  if (flash === undefined || typeof flash.amounts !== 'object' || flash.amounts === null) throw new Error('the sample changed');
  return { ...file, initiatives: file.initiatives.map((i, n) => (n === 1 ? { ...i, amounts: { ...(flash.amounts as Record<string, number>), '2020': amount } } : i)) };
}

/**
 * The tables read back with that amount typed over (11 unless said), and the diff, notices,
 * findings and problems given.
 */
export function readBackData(options: { amount?: number; diff?: DiffEntry[]; findings?: Finding[]; notices?: Notice[]; errors?: boolean; interrupted?: boolean } = {}): WorkbookReadBack {
  const amount = options.amount ?? 11;
  return {
    result: {
      definitions: editedSample(amount),
      diff: options.diff ?? (amount === 10.5 ? [] : [{ ...amountEdit, new: amount }]),
      notices: options.notices ?? [],
      problems: options.errors === true ? [{ severity: 'error', code: 'numberTooPrecise', location: { kind: 'json', path: ['initiatives', 1, 'amounts', '2020'] }, params: { actual: '12345678901234567', digits: 17 } }] : [],
    },
    findings: options.findings ?? [],
    layout: { lang: 'da', decimals: 1 },
    ...(options.interrupted === true ? { interrupted: true as const } : {}),
  };
}
