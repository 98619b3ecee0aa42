import { validateDefinitions } from '../../../../src/core/validate';
import { check, fileWith, initiative, onlyMessage, validFile } from './helpers';

const POOL = { id: 'prioritering', name: 'Pulje til politisk prioritering', amounts: 10 };

function withPools(pools: unknown[], initiatives: Record<string, unknown>[]): Record<string, unknown> {
  return { ...validFile(), pools, initiatives };
}

describe('pools and choices', () => {
  test('a pool, an initiative in it and a choice are valid', () => {
    expect(check(withPools([POOL], [initiative({ pool: 'prioritering', chosen: false, amounts: 2 })]))).toEqual([]);
  });

  test('[F4] chosen is true or false', () => {
    expect(check(fileWith(initiative({ chosen: 'Nej', amounts: 1 })))).toEqual(['expectedBoolean at initiatives[0].chosen']);
  });

  test('[V15] a pool id used twice', () => {
    expect(check(withPools([POOL, { ...POOL, name: 'Anden' }], []))).toEqual(['poolIdDuplicate at pools[1].id']);
  });

  test('[V16] an unknown pool, with a suggestion when one is close, located in both languages', () => {
    expect(check(withPools([POOL], [initiative({ pool: 'prioritring', amounts: 1 })]))).toEqual(['unknownPoolDidYouMean at initiatives[0].pool']);
    const result = validateDefinitions(withPools([POOL], [initiative({ pool: 'andet', amounts: 1 })]));
    expect(onlyMessage(result)).toEqual({
      da: 'Puljen »andet« findes ikke i listen over puljer (»prioritering«).',
      en: 'The pool “andet” is not in the list of pools (“prioritering”).',
    });
    expect(check(fileWith(initiative({ pool: 'andet', amounts: 1 })))).toEqual(['unknownPool at initiatives[0].pool']);
  });

  test('[V17] a pool without an amount for any budget year', () => {
    expect(check(withPools([{ ...POOL, amounts: {} }], []))).toEqual(['poolWithoutYears at pools[0].amounts']);
    expect(check(withPools([{ ...POOL, amounts: { '2030': 5 } }], []))).toEqual(['poolWithoutYears at pools[0].amounts', 'yearNotInYears at pools[0].amounts.2030']);
    expect(check(withPools([{ ...POOL, amounts: { '2021': 5 } }], []))).toEqual([]);
    const result = validateDefinitions(withPools([{ ...POOL, amounts: {} }], []));
    expect(onlyMessage(result).en).toBe('The pool “Pulje til politisk prioritering” has no amount for any of the budget years; state “amounts” as one amount for every year or per year.');
  });

  test('[V18] a pool on a line is located at the line, in both languages', () => {
    const result = validateDefinitions(withPools([POOL], [initiative({ lines: [{ title: 'a', pool: 'prioritering', amounts: 1 }] })]));
    expect(result.problems.map((p) => [p.code, p.location])).toEqual([['poolOnLine', { kind: 'json', path: ['initiatives', 0, 'lines', 0, 'pool'] }]]);
    expect(onlyMessage(result).da).toBe('»pool« kan kun stå på et initiativ, ikke på en linje: en pulje betaler for hele initiativet.');
  });

  test('[F5] a pool has only id, name and amounts', () => {
    expect(check(withPools([{ ...POOL, frame: 1 }], []))).toEqual(['unknownField at pools[0].frame']);
  });
});
