/**
 * [X2] The command line checks Excel's limits on the plan before it writes, as the add-in's
 * writer does: a plan Excel would refuse gives located problems, exit 1, and no file.
 * The layout keeps valid definitions within the limits, so the test stretches one formula
 * of a real plan past 8,192 characters.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as buildPlan from '../../../src/core/layout/buildPlan';
import { EXIT, main } from '../../../src/cli/main';
import type { CommandReport } from '../../../src/cli/report';
import { capture } from '../../helpers/cli';
import { FIXTURES } from '../../helpers/fixtures';

const FEATURES = join(FIXTURES, 'valid-features', 'input.json');
const realBuild = buildPlan.buildLayoutPlan;

afterEach(() => jest.restoreAllMocks());

test('[X2] build refuses a plan with a formula over 8,192 characters: exit 1, located, nothing written', async () => {
  jest.spyOn(buildPlan, 'buildLayoutPlan').mockImplementation((model, options) => {
    const plan = realBuild(model, options);
    const overview = plan.sheets[0];
    const row = overview?.cells.findIndex((cells) => cells.some((c) => c.t === 'formula')) ?? -1;
    const column = overview?.cells[row]?.findIndex((c) => c.t === 'formula') ?? -1;
    const cell = overview?.cells[row]?.[column];
    if (cell?.t !== 'formula') throw new Error('the plan has no formula to stretch');
    overview!.cells[row]![column] = { ...cell, formula: `${cell.formula}+0${'+0'.repeat(4100)}` };
    return plan;
  });
  const out = join(await mkdtemp(join(tmpdir(), 'bt-limits-')), 'b.xlsx');
  const run = capture();
  expect(await main(['build', FEATURES, '--out', out, '--json'], run.io)).toBe(EXIT.invalidInput);
  const report = JSON.parse(run.stdout()) as CommandReport;
  const errors = report.problems.filter((p) => p.severity === 'error');
  expect(errors.map((p) => p.code)).toEqual(['planFormulaTooLong']);
  expect(errors[0]?.message).toMatch(/^Formlen i Oversigt!\$?[A-Z]+\$?\d+ ville blive 82\d\d tegn lang; Excel tillader højst 8192\./);
  expect(report.files).toEqual([]);
  expect(existsSync(out)).toBe(false);
});
