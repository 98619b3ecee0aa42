import { validateDefinitions } from '../../../../src/core/validate/validate';
import { buildModel } from '../../../../src/core/model/buildModel';
import { generateDefinitions } from '../../../helpers/generateDefinitions';

test('the synthetic generator makes valid files, the same every time', () => {
  const file = generateDefinitions({ initiatives: 600 });
  expect(validateDefinitions(JSON.parse(JSON.stringify(file))).problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(generateDefinitions({ initiatives: 600 })).toEqual(file);
  const model = buildModel(file);
  expect(model.committees).toHaveLength(20);
  expect(model.committees.reduce((n, c) => n + c.initiatives.length, 0)).toBe(600);
  expect(model.hasRange).toBe(true);
});
