/**
 * The integrity check (docs/readback.md, I1–I10) on builds the "user" damaged in the
 * Excel double; every finding is asserted exactly. Titled by rule ID.
 */
import { checkIntegrity } from '../../../../src/core/readback/integrity';
import { describeFinding } from '../../../../src/core/readback/describe';
import type { ExcelDouble } from '@budget-tables/excel-double';
import { built, features, insertRow, readInput, sample } from './helpers';

const HOSP = 'Hospitalsudvalget';
const RU = 'Regional Udvikling';
const TOTAL_E = '=SUMIFS(E$5:INDEX(E:E,ROW()-1),$I$5:INDEX($I:$I,ROW()-1),"")';

async function findingsAfter(edit: (double: ExcelDouble) => void | Promise<void>) {
  const double = await built(features);
  await edit(double);
  return checkIntegrity(await readInput(double));
}

describe('a workbook as built, or edited only as intended, has no findings', () => {
  test.each([
    ['the feature fixture', features],
    ['the seminar sample', sample],
  ])('%s as built', async (_name, definitions) => {
    expect(checkIntegrity(await readInput(await built(definitions)))).toEqual([]);
  });

  test('amounts typed, rows inserted and deleted, a sheet renamed', async () => {
    const findings = await findingsAfter((d) => {
      d.user.type(HOSP, 'D7', 6.25);
      insertRow(d, HOSP, 16, { B: 'Nyt emne', D: 2 });
      insertRow(d, RU, 12, { B: 'Ny', D: 1 });
      d.user.deleteRows(HOSP, 8);
      d.user.renameSheet(RU, 'RU (omdøbt)');
    });
    expect(findings).toEqual([]);
  });
});

describe('[I1] a formula replaced by a typed value', () => {
  test('a number typed over a total, a subtotal cleared', async () => {
    const findings = await findingsAfter((d) => {
      d.user.type(HOSP, 'E16', 1000);
      d.user.clear(HOSP, 'D10');
    });
    expect(findings).toEqual([
      { code: 'integrityFormulaOverwritten', sheet: HOSP, address: 'D10', written: '=SUMIFS(D$6:INDEX(D:D,ROW()-1),$I$6:INDEX($I:$I,ROW()-1),"")', current: '' },
      { code: 'integrityFormulaOverwritten', sheet: HOSP, address: 'E16', written: TOTAL_E, current: 1000 },
    ]);
    expect(describeFinding(findings[1]!, 'da')).toBe(
      `Hospitalsudvalget!E16: Formlen er erstattet af en indtastet værdi (1.000); den var ${TOTAL_E}. Reparér genskaber formlen og bevarer de indtastede beløb.`,
    );
  });

  test('on the overview and in a frame\'s remainder', async () => {
    const findings = await findingsAfter((d) => {
      d.user.type('Oversigt', 'C5', 30);
      d.user.type(RU, 'D19', 0);
    });
    expect(findings.map((f) => [f.code, f.sheet, f.address, f.current])).toEqual([
      ['integrityFormulaOverwritten', 'Oversigt', 'C5', 30],
      ['integrityFormulaOverwritten', RU, 'D19', 0],
    ]);
  });
});

describe('[I2] a formula changed to another', () => {
  test('a subtotal narrowed to fixed rows; row numbers and sheet quotes alone do not count', async () => {
    const findings = await findingsAfter((d) => {
      d.user.type(HOSP, 'D10', '=SUM(D7:D8)');
      d.user.insertRows(HOSP, 2, 1);
    });
    expect(findings).toEqual([
      { code: 'integrityFormulaChanged', sheet: HOSP, address: 'D11', written: '=SUMIFS(D$6:INDEX(D:D,ROW()-1),$I$6:INDEX($I:$I,ROW()-1),"")', current: '=SUM(D8:D9)' },
    ]);
  });
});

describe('[I3] text in an amount cell', () => {
  test('in a line and in a row the user inserted', async () => {
    const findings = await findingsAfter((d) => {
      d.user.type(HOSP, 'D7', 'ca. 6');
      insertRow(d, HOSP, 16, { B: 'Nyt', E: 'to' });
    });
    expect(findings).toEqual([
      { code: 'integrityAmountText', sheet: HOSP, address: 'D7', written: 5, current: 'ca. 6' },
      { code: 'integrityAmountText', sheet: HOSP, address: 'E16', written: '', current: 'to' },
    ]);
  });
});

describe('[I4] a total that does not add up to the rows above it', () => {
  test('totals left stale by manual calculation', async () => {
    const findings = await findingsAfter(async (d) => {
      await d.run(async (context) => {
        context.application.calculationMode = 'Manual';
        await context.sync();
      });
      d.user.type(HOSP, 'D7', 6);
    });
    expect(findings).toEqual([
      { code: 'integrityTotalMismatch', sheet: HOSP, address: 'D10', written: 18, current: 17 },
      { code: 'integrityTotalMismatch', sheet: HOSP, address: 'D16', written: 30.25, current: 29.25 },
      { code: 'integrityTotalMismatch', sheet: HOSP, address: 'D17', written: 25.25, current: 24.25 },
    ]);
  });
});

describe('[I5] a row moved out of its place', () => {
  test('a line cut and inserted in another frame', async () => {
    const findings = await findingsAfter((d) => {
      insertRow(d, RU, 17, { B: 'Kultur', C: 'Drift', D: 10.3 });
      d.user.deleteRows(RU, 8);
    });
    expect(findings).toEqual([{ code: 'integrityRowMoved', sheet: RU, address: 'B16', written: 'B8', current: 'Kultur' }]);
  });
});

describe('[I6] [I7] the workbook names', () => {
  test('a table\'s name deleted, and a total\'s name pointing elsewhere', async () => {
    const findings = await findingsAfter((d) =>
      d.run(async (context) => {
        context.workbook.names.getItem('Table_hosp').delete();
        context.workbook.names.getItem('Total_ru').delete();
        context.workbook.names.add('Total_ru', "='Regional Udvikling'!$D$24:$G$24");
        await context.sync();
      }),
    );
    expect(findings).toEqual([
      { code: 'integrityNameMissing', sheet: HOSP, address: 'A5', written: '=Hospitalsudvalget!$A$5:$J$21', current: '', name: 'Table_hosp' },
      { code: 'integrityNameMoved', sheet: RU, address: 'D23', written: "='Regional Udvikling'!$D$23:$G$23", current: "='Regional Udvikling'!$D$24:$G$24", name: 'Total_ru' },
    ]);
    expect(describeFinding(findings[0]!, 'en')).toBe('Hospitalsudvalget!A5: The name Table_hosp was deleted; it should refer to =Hospitalsudvalget!$A$5:$J$21.');
  });
});

describe('[I8] a row with formulas deleted', () => {
  test('a subtotal and a frame\'s remainder; a whole initiative deleted is not damage', async () => {
    const findings = await findingsAfter((d) => {
      d.user.deleteRows(RU, 19);
      d.user.deleteRows(HOSP, 12, 4); // four whole initiatives (not the range, which a span formula names)
      d.user.deleteRows(HOSP, 10);
    });
    expect(findings).toEqual([
      { code: 'integrityRowMissing', sheet: HOSP, address: 'B10', written: 'I alt, Personlig medicin', current: '' },
      { code: 'integrityRowMissing', sheet: RU, address: 'B19', written: 'Ikke udmøntet', current: '' },
    ]);
    const whole = await findingsAfter((d) => d.user.deleteRows(HOSP, 6, 5));
    expect(whole).toEqual([]);
  });
});

describe('[I9] [I10] a sheet deleted, or its columns moved', () => {
  test('a column inserted into a table: the sheet cannot be read; a deleted sheet is reported', async () => {
    const findings = await findingsAfter((d) => {
      d.user.insertColumns(RU, 'C', 1);
      d.user.deleteSheet('Udvalg- uden emner - test-');
    });
    expect(findings.filter((f) => f.code === 'integritySheetMissing' || f.code === 'integrityLayoutChanged')).toEqual([
      { code: 'integrityLayoutChanged', sheet: RU, address: 'A5', written: 'A5:J26', current: '' },
      { code: 'integritySheetMissing', sheet: 'Udvalg- uden emner - test-', address: '', written: 'Udvalg- uden emner - test-', current: '' },
    ]);
  });
});
