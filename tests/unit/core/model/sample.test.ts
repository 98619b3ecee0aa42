/** The 2019 seminar sample through the whole pipeline, held against the figures printed in the notes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDefinitions } from '../../../../src/core/load';
import type { NodeModel } from '../../../../src/core/model/types';
import { REPO } from '../../../helpers/fixtures';

const loaded = loadDefinitions({ fileName: 'budget-2020-seminar.json', bytes: new Uint8Array(readFileSync(join(REPO, 'data', 'budget-2020-seminar.json'))) });
const model = loaded.model;
const find = (title: RegExp): NodeModel => {
  const walk = (nodes: NodeModel[]): NodeModel | undefined => nodes.reduce<NodeModel | undefined>((hit, n) => hit ?? (title.test(n.title) ? n : walk(n.children)), undefined);
  const hit = walk(model?.committees.flatMap((c) => c.initiatives) ?? []);
  if (hit === undefined) throw new Error(`no node ${String(title)}`);
  return hit;
};

test('the sample is valid: no errors, only warnings', () => {
  expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(model?.committees.map((c) => c.name)).toEqual(['Hospitalsudvalget', 'Psykiatri- og socialudvalget', 'Udvalg for nære sundhedstilbud', 'Regional Udvikling']);
});

test("Personlig medicin's I alt is 17,0 / 32,0 / 57,0 / 102,0", () => {
  expect(find(/^Personlig medicin$/i).total).toEqual([17, 32, 57, 102]);
});

test('the 65,5 development frame is fully allocated: 20,4 + 10,3 + 5,8 + 29,0', () => {
  const frame = find(/^Udviklingsaktiviteter/);
  expect(frame.shape).toBe('frame');
  expect(frame.total[0]).toBe(65.5);
  expect(frame.children.map((c) => c.total[0])).toEqual([20.4, 10.3, 5.8, 29]);
  expect(frame.unallocated?.[0]).toBe(0);
});

test('Kollektiv trafik 337,6 = 235,0 + 94,5 + 8,1', () => {
  const traffic = find(/^Kollektiv trafik/);
  expect(traffic.total[0]).toBe(337.6);
  expect(traffic.children.map((c) => c.total[0])).toEqual([235, 94.5, 8.1]);
  expect(traffic.unallocated?.[0]).toBe(0);
});

test('Akutnummer 1-1-3 counts 6,9 under the high policy and keeps 5,5 as its low end', () => {
  const akut = find(/^Akutnummer 1-1-3/);
  expect(akut.amounts[0]).toBe(6.9);
  expect(akut.low[0]).toBe(5.5);
});

test('an amount stated in kr. is converted exactly: 450.000 kr. a year is 0,45 mio. kr.', () => {
  const inKroner = model?.committees.flatMap((c) => c.initiatives).flatMap(function all(n): NodeModel[] {
    return [n, ...n.children.flatMap(all)];
  }).filter((n) => n.statedUnit === 'kr.');
  expect(inKroner?.length).toBeGreaterThan(0);
  expect(inKroner?.[0]?.total).toEqual([0.45, 0.45, 0.45, 0.45]);
});

describe('kinds of money in the sample (data/SOURCES.md, judgment calls 8 and 16)', () => {
  const committee = (id: string) => {
    const found = model?.committees.find((c) => c.id === id);
    if (found === undefined) throw new Error(`no committee ${id}`);
    return found;
  };

  test("Regional Udvikling's frames as they stand in budget 2019 are existing money: 513,4 in 2020, none of it new", () => {
    const ru = committee('ru');
    expect(ru.total).toEqual([0, 0, 0, 0]);
    expect(ru.other.existing.total).toEqual([513.4, 0, 0, 0]);
    expect(ru.initiatives.filter((i) => i.funding === 'existing').map((i) => i.title)).toEqual([
      'Udviklingsaktiviteter',
      'Kollektiv trafik',
      'Miljø',
      'Regional Udvikling i øvrigt',
      'Planlægnings-, analyse- og udviklingsudgifter',
    ]);
  });

  test('the 20 mio. kr. omprioritering inden for psykiatrien is reprioritised, outside the psyk total of new money', () => {
    const psyk = committee('psyk');
    expect(psyk.other.reprioritised.total).toEqual([20, 0, 0, 0]);
    expect(psyk.total).toEqual([30.35, 15.45, 15.45, 15.45]);
    expect(psyk.capital).toEqual([26, 4, 4, 4]);
    expect(psyk.operating).toEqual([4.35, 11.45, 11.45, 11.45]);
  });

  test('new money asked for by the committees: 91,175 / 59,25 / 84,25 / 135,45 (no longer 624,6 in 2020)', () => {
    expect(model?.committees.map((c) => c.total[0])).toEqual([45.3, 30.35, 15.525, 0]);
    expect(model?.total).toEqual([91.175, 59.25, 84.25, 135.45]);
    expect(model?.operating).toEqual([60.175, 55.25, 80.25, 131.45]);
    expect(model?.capital).toEqual([31, 4, 4, 4]);
    expect(model?.totalLow).toEqual([89.775, 59.25, 84.25, 135.45]);
    expect(model?.other.existing.total).toEqual([513.4, 0, 0, 0]);
    expect(model?.other.reprioritised.total).toEqual([20, 0, 0, 0]);
  });
});
