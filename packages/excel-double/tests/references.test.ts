import { parseAddress, quoteSheetName, rectToA1 } from '../src/a1';
import { renameSheetInFormula, shiftFormula, shiftInterval, type ShiftOp } from '../src/formula/adjust';
import { parseFormula } from '../src/formula/tokens';
import { normalizeFormula } from '../src/input';

const insertRows = (at1: number, count: number, sheetName = 'S'): ShiftOp => ({ type: 'insert', axis: 'row', sheetName, at: at1 - 1, count });
const deleteRows = (at1: number, count: number, sheetName = 'S'): ShiftOp => ({ type: 'delete', axis: 'row', sheetName, at: at1 - 1, count });

describe('A1 addresses', () => {
  it('parses cells, areas, whole rows/columns and sheet prefixes', () => {
    expect(parseAddress('$B$2:A1')).toEqual({ sheet: null, rect: { r0: 0, c0: 0, r1: 1, c1: 1 } });
    expect(parseAddress("'My ''Q'' Sheet'!C:D")?.sheet).toBe("My 'Q' Sheet");
    expect(parseAddress('Data!5:7')?.rect).toMatchObject({ r0: 4, r1: 6, c0: 0, c1: 16383 });
    expect(parseAddress('XFE1')).toBeNull();
    expect(parseAddress('A1048577')).toBeNull();
  });

  it('quotes sheet names only when needed', () => {
    expect(['Sheet1', 'Budget_2020', 'My Sheet', '2020', 'A1', "Bob's", 'Året'].map(quoteSheetName)).toEqual([
      'Sheet1',
      'Budget_2020',
      "'My Sheet'",
      "'2020'",
      "'A1'",
      "'Bob''s'",
      'Året',
    ]);
    expect(rectToA1({ r0: 0, c0: 0, r1: 1048575, c1: 16383 })).toBe('1:1048576');
  });
});

describe('formula syntax', () => {
  it.each([
    ['=SUM(A1:B2,C:C,3:3)'],
    ["='My Sheet'!A1+Data!$B$2"],
    ['=E$7:INDEX(E:E,ROW()-1)'],
    ['=-2^2%'],
    ['=IF(A1="","",A1&"x")'],
    ['={1,2;3,4}'],
    ['=SUM((A1,B1))'],
    ['=A1 B1'],
    ['=IF(A1,,1)'],
    ['=#REF!A1+Sheet1!#REF!'],
    ['=_xlfn.XLOOKUP(1,A:A,B:B)'],
  ])('accepts %s', (f) => {
    expect('error' in parseFormula(f)).toBe(false);
  });

  it.each([['=SUM(A1'], ['=1+'], ['=)'], ['="abc'], ['=A1 +'], ['={A1}'], ['='], ['=1,2']])('rejects %s', (f) => {
    expect('error' in parseFormula(f)).toBe(true);
  });

  it('normalises case like Excel', () => {
    expect(normalizeFormula("=sum(a1:$b$2)+if(true,'my sheet'!c3,0)")).toBe("=SUM(A1:$B$2)+IF(TRUE,'my sheet'!C3,0)");
  });
});

describe('reference shifting rules', () => {
  it('shiftInterval: move, grow, unchanged, shrink, delete', () => {
    const ins = insertRows(5, 2);
    expect(shiftInterval(4, 9, ins)).toEqual([6, 11]); // inserted at first row: moves
    expect(shiftInterval(2, 9, ins)).toEqual([2, 11]); // inside: grows
    expect(shiftInterval(0, 3, ins)).toEqual([0, 3]); // directly below last row: unchanged
    const del = deleteRows(5, 2);
    expect(shiftInterval(2, 9, del)).toEqual([2, 7]);
    expect(shiftInterval(4, 5, del)).toBeNull();
    expect(shiftInterval(5, 9, del)).toEqual([4, 7]);
  });

  it('shifts only references to the affected sheet, keeps $ markers and full columns', () => {
    const f = "=SUM($A$2:A10)+Other!A5+'S'!B5+C:C+S!$3:$4";
    // Formula on S, rows inserted at 3 on S: the row range 3:4 starts at the insertion, so it moves.
    expect(shiftFormula(f, 'S', insertRows(3, 1))).toBe('=SUM($A$2:A11)+Other!A5+S!B6+C:C+S!$4:$5');
    // Same formula living on Other, rows inserted on Other: unqualified references are Other's.
    expect(shiftFormula(f, 'Other', insertRows(3, 1, 'Other'))).toBe('=SUM($A$2:A11)+Other!A6+S!B5+C:C+S!$3:$4');
  });

  it('does not touch text inside strings', () => {
    expect(shiftFormula('=A5&"A5"', 'S', insertRows(1, 1))).toBe('=A6&"A5"');
  });

  it('rewrites renamed sheets with quoting as needed', () => {
    expect(renameSheetInFormula('=Data!A1+data!B2+Other!C3', 'Data', 'My Data')).toBe("='My Data'!A1+'My Data'!B2+Other!C3");
  });
});
