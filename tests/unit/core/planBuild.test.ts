/**
 * The core's planning step for a build: the plan for a workbook's free sheet names, Excel's
 * limits, the state to store and the last build's plan, which the adapters only apply.
 */
import type { InitiativeFile } from '../../../src/core/format/types';
import { buildLayoutPlan } from '../../../src/core/layout/buildPlan';
import { buildModel } from '../../../src/core/model/buildModel';
import { planBuild, planLayout } from '../../../src/core/planBuild';
import { stateOfBuild } from '../../../src/core/state/ofBuild';
import { readTrustedFixture } from '../../helpers/fixtures';

const features = readTrustedFixture('valid-features');
const layout = { lang: 'da' as const, decimals: 1 };

describe('planBuild', () => {
  test('plans around the user\'s sheet names and keeps them in the state it plans to store', () => {
    const planned = planBuild({ definitions: features, layout }, { reservedSheetNames: ['Oversigt', 'Hospitalsudvalget'] });
    const names = planned.plan.sheets.map((s) => s.name);
    expect(names).not.toContain('Oversigt');
    expect(names).not.toContain('Hospitalsudvalget');
    expect(planned.plan).toEqual(buildLayoutPlan(buildModel(features), { ...layout, reservedSheetNames: ['Oversigt', 'Hospitalsudvalget'] }));
    expect(planned.state).toEqual(stateOfBuild({ plan: planned.plan, definitions: features, layout, reservedSheetNames: ['Oversigt', 'Hospitalsudvalget'] }));
    expect(planned.state.sheets.map((s) => s.id)).toEqual(planned.plan.sheets.map(() => ''));
    expect(planned.limits).toEqual([]);
    expect(planned.lastPlan).toBeUndefined();
  });

  test('makes the last build\'s plan again from its stored state, as that build laid it out', () => {
    const first = planBuild({ definitions: features, layout: { lang: 'en', decimals: 2 } }, { reservedSheetNames: ['Overview'] });
    const changed: InitiativeFile = { ...features, title: 'Changed' };
    const second = planBuild({ definitions: changed, layout }, { reservedSheetNames: [], previous: first.state });
    expect(second.lastPlan).toEqual(first.plan);
    expect(second.lastPlan?.sheets[0]?.name).not.toBe('Overview');
    expect(second.plan.sheets[0]?.name).toBe('Oversigt');
  });
});

describe('planLayout', () => {
  test('puts the build date the caller gives in the plan (the core has no clock)', () => {
    const plan = planLayout({ definitions: features, layout, buildDate: '2026-12-01' }, ['Ark1']);
    expect(plan).toEqual(buildLayoutPlan(buildModel(features), { ...layout, reservedSheetNames: ['Ark1'], buildDate: '2026-12-01' }));
    expect(JSON.stringify(plan.sheets[0]?.print)).toContain('2026-12-01');
  });
});
