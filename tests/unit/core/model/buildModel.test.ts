import { buildModel } from '../../../../src/core/model/buildModel';
import { convertUnit, sum } from '../../../../src/core/model/decimal';
import type { InitiativeFile } from '../../../../src/core/format/types';
import { readTrustedFixture } from '../../../helpers/fixtures';

const file = readTrustedFixture('valid-features');
const model = buildModel(file);
const committee = (id: string) => {
  const found = model.committees.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no committee ${id}`);
  return found;
};

describe('exact arithmetic', () => {
  test('sums are exact in decimal, not binary', () => {
    expect(sum([0.1, 0.2])).toBe(0.3);
    expect(sum([20.4, 10.3, 5.8, 29.0])).toBe(65.5);
    expect(sum([235.0, 94.5, 8.1])).toBe(337.6);
  });
  test('units convert exactly', () => {
    expect(convertUnit(450000, 'kr.', 'mio. kr.')).toBe(0.45);
    expect(convertUnit(1320.5, 't.kr.', 'mio. kr.')).toBe(1.3205);
    expect(convertUnit(0.625, 'mio. kr.', 't.kr.')).toBe(625);
  });
});

describe('[E1] totals of nodes with lines', () => {
  test('Personlig medicin totals 17,0 / 32,0 / 57,0 / 102,0', () => {
    const pm = committee('hosp').initiatives[0];
    expect(pm?.shape).toBe('lines');
    expect(pm?.total).toEqual([17, 32, 57, 102]);
    expect(pm?.children.map((c) => c.total)).toEqual([[5, 10, 15, 20], [2, 2, 2, 2], [10, 20, 40, 80]]);
  });
});

describe('[E2] ranges by the policy, both ends kept', () => {
  test('high policy counts 6,9 and keeps 5,5 as the low end', () => {
    const akut = committee('hosp').initiatives[1];
    expect(akut?.amounts).toEqual([6.9, null, null, null]);
    expect(akut?.low).toEqual([5.5, null, null, null]);
    expect(akut?.high).toEqual([6.9, null, null, null]);
    expect(akut?.hasRange).toBe(true);
    expect(committee('hosp').totalLow[0]).toBe(27.85);
    expect(committee('hosp').totalHigh[0]).toBe(29.25);
  });
  test.each([
    ['low', 5.5],
    ['mid', 6.2],
    ['high', 6.9],
  ] as const)('policy %s gives %d', (policy, expected) => {
    const withPolicy: InitiativeFile = { ...file, rangePolicy: policy };
    expect(buildModel(withPolicy).committees[0]?.initiatives[1]?.amounts[0]).toBe(expected);
  });
});

describe('[E3] units converted to the report unit', () => {
  test('450.000 kr. a year is 0,45 mio. kr.', () => {
    const item = committee('hosp').initiatives[2];
    expect(item?.total).toEqual([0.45, 0.45, 0.45, 0.45]);
    expect(item?.statedUnit).toBe('kr.');
  });
});

describe('[E4] frames total to the frame; the remainder is frame minus allocations', () => {
  test('the 65,5 development frame is fully allocated, the 29,0 pool has 17,0 left', () => {
    const frame = committee('ru').initiatives[0];
    expect(frame?.shape).toBe('frame');
    expect(frame?.total).toEqual([65.5, 0, 0, 0]);
    expect(frame?.unallocated).toEqual([0, 0, 0, 0]);
    const pool = frame?.children[3];
    expect(pool?.total).toEqual([29, 0, 0, 0]);
    expect(pool?.unallocated).toEqual([17, 0, 0, 0]);
  });
  test('Kollektiv trafik 337,6 = 235,0 + 94,5 + 8,1, with Tog as capital', () => {
    const traffic = committee('ru').initiatives[1];
    expect(traffic?.total[0]).toBe(337.6);
    expect(traffic?.unallocated?.[0]).toBe(0);
    expect(traffic?.capital[0]).toBe(94.5);
    expect(traffic?.operating[0]).toBe(243.1);
  });
  test('an over-allocated frame has a negative remainder and a warning per year', () => {
    const over = committee('ru').initiatives[2];
    expect(over?.unallocated).toEqual([-0.5, -0.5, -0.5, -0.5]);
    const warnings = model.warnings.filter((w) => w.code === 'frameOverAllocated');
    expect(warnings).toHaveLength(4);
    expect(warnings[0]?.location).toEqual({ kind: 'json', path: ['initiatives', 8, 'frame'] });
    expect(warnings[0]?.params).toEqual({ year: 2020, allocated: 1.5, frame: 1 });
  });
});

describe('[E5] committee and grand totals with the operating/capital split', () => {
  test('committee totals', () => {
    expect(committee('hosp').total).toEqual([29.25, 37.65, 62.45, 107.45]);
    expect(committee('hosp').capital).toEqual([5, 5, 5, 5]);
    expect(committee('hosp').operating).toEqual([24.25, 32.65, 57.45, 102.45]);
    expect(committee('ru').total).toEqual([404.1, 1, 1, 1]);
    expect(committee('tom').total).toEqual([0, 0, 0, 0]);
  });
  test('grand totals', () => {
    expect(model.total).toEqual([433.35, 38.65, 63.45, 108.45]);
    expect(model.capital).toEqual([99.5, 5, 5, 5]);
    expect(model.operating).toEqual([333.85, 33.65, 58.45, 103.45]);
    expect(model.totalLow).toEqual([431.95, 38.65, 63.45, 108.45]);
  });
});

describe('[E6] uncosted topics', () => {
  test('a topic with no amounts is a row of blanks that counts as zero, with a warning', () => {
    const topic = committee('hosp').initiatives[4];
    expect(topic?.uncosted).toBe(true);
    expect(topic?.amounts).toEqual([null, null, null, null]);
    expect(topic?.total).toEqual([0, 0, 0, 0]);
    expect(model.warnings.filter((w) => w.code === 'uncostedTopic').map((w) => w.params.title)).toEqual(['Udredningsretten']);
  });
});
