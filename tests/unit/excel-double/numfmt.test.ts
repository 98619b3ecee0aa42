import { formatValue } from '../../../src/excel-double';

describe('number format rendering (Range.text)', () => {
  it.each<[number | string | boolean, string, string]>([
    [0, 'General', '0'],
    [1234567, 'General', '1234567'],
    [0.1 + 0.2, 'General', '0.3'],
    [1 / 3, 'General', '0.333333333'],
    [-5.5, 'General', '-5.5'],
    [123456789012, 'General', '1.23457E+11'],
    [1e-10, 'General', '1E-10'],
    [true, 'General', 'TRUE'],
    ['text', 'General', 'text'],
    [2.5, '0', '3'],
    [-2.5, '0', '-3'],
    [-0.4, '0', '-0'],
    [1.005, '0.00', '1.01'],
    [1.25, '0.0', '1.3'],
    [1234567.8, '#,##0', '1,234,568'],
    [1234567.8, '#,##0.0', '1,234,567.8'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [0.5, '#,##0', '1'],
    [0.4, '#,##0', '0'],
    [-5, '#,##0;[Red]-#,##0', '-5'],
    [-5, '#,##0;[Red]#,##0', '5'],
    [5, '#,##0;[Red]#,##0', '5'],
    [0, '0;-0;', ''],
    [0, '0;(0);"-"', '-'],
    [-5, '0;(0);"-"', '(5)'],
    [42, '@', '42'],
    ['abc', '@', 'abc'],
    ['abc', '0;0;0;"T:"@', 'T:abc'],
    [0.125, '0%', '13%'],
    [0.125, '0.0%', '12.5%'],
    [12345, '0.00E+00', '1.23E+04'],
    [1234, '"kr "#,##0', 'kr 1,234'],
    [1234, '#,##0\\ "kr"', '1,234 kr'],
    [1234, '_(#,##0_)', ' 1,234 '],
    [1234567, '#,##0,', '1,235'],
  ])('%p with %p shows %p', (value, format, text) => {
    expect(formatValue(value, format)).toBe(text);
  });

  it('falls back to General for date formats it does not emulate', () => {
    expect(formatValue(43831, 'yyyy-mm-dd')).toBe('43831');
  });
});
