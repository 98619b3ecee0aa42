/**
 * From the computed model to the layout plan: sheet names, sheets and workbook names.
 * See docs/layout.md for the rules (L1…) the tests are named by.
 */
import { workbookLabels } from '../i18n/labels';
import type { Lang } from '../i18n/lang';
import { combineFundedTotals } from '../model/buildModel';
import { sumVectors } from '../model/decimal';
import type { BudgetModel } from '../model/types';
import { absoluteRange, toAbsolute } from './a1';
import { amountFormat } from './columns';
import { buildCommitteeSheet, type SheetContext } from './committeeSheet';
import { buildOverviewSheet, OVERVIEW_KEY } from './overviewSheet';
import type { LayoutPlan, NamePlan, SheetPlan } from './plan';
import { allocateSheetNames } from './sheetNames';

export interface LayoutOptions {
  /** Language of the workbook labels; Danish by default. */
  lang?: Lang;
  /** Decimals shown in amounts (0–6); 1 by default. */
  decimals?: number;
  /** Ids of the committees to write, in file order; all by default. */
  committees?: readonly string[];
  /** Sheet names already used by the user's own sheets, which the plan must not take. */
  reservedSheetNames?: readonly string[];
  /** A column on the overview with each row's total over all years; on by default. */
  allYearsColumn?: boolean;
  /** The build date for the printed footer, as it should be shown (e.g. "2026-12-01"); the core has no clock. */
  buildDate?: string;
}

export const GRAND_TOTAL_NAME = 'GrandTotal';
export const totalName = (committeeId: string): string => `Total_${committeeId}`;
export const CHOSEN_TOTAL_NAME = 'ChosenTotal';
export const chosenName = (committeeId: string): string => `Chosen_${committeeId}`;
export const poolLeftName = (poolId: string): string => `PoolLeft_${poolId}`;

/**
 * Lays out the workbook for a model.
 *
 * @example
 *   const plan = buildLayoutPlan(buildModel(file), { lang: 'da' });
 *   plan.sheets[0].name // "Oversigt"
 */
export function buildLayoutPlan(model: BudgetModel, options: LayoutOptions = {}): LayoutPlan {
  const lang = options.lang ?? 'da';
  const decimals = options.decimals ?? 1;
  const labels = workbookLabels(lang);
  const committees = model.committees.filter((c) => options.committees === undefined || options.committees.includes(c.id));
  const context: SheetContext = {
    lang,
    labels,
    years: model.years,
    amountFormat: amountFormat(decimals),
    decimals,
    documentTitle: model.title,
    unitLabel: labels.units[model.unit],
    priceLevel: model.priceLevel,
    reportUnit: model.unit,
    buildDate: options.buildDate,
    hasPools: model.pools.length > 0,
  };
  const [overviewName = labels.overviewSheet, ...committeeNames] = allocateSheetNames(
    [{ name: labels.overviewSheet, fallback: 'Overview' }, ...committees.map((c, i) => ({ name: c.name, fallback: `${labels.committee} ${i + 1}` }))],
    options.reservedSheetNames,
  );
  const layouts = committees.map((committee, i) => {
    const name = committeeNames[i] ?? committee.id;
    return { committee, name, layout: buildCommitteeSheet(committee, name, context) };
  });
  const grand = { ...combineFundedTotals(committees, model.years.length), chosen: sumVectors(committees.map((c) => c.chosen), model.years.length) };
  const overview = buildOverviewSheet(
    layouts.map((l) => ({ layout: l.layout, name: l.name, totals: l.committee })),
    grand,
    model.pools,
    overviewName,
    context,
    { allYears: options.allYearsColumn ?? true },
  );
  const sheets: SheetPlan[] = [overview.sheet, ...layouts.map((l) => l.layout.sheet)];
  const names: NamePlan[] = [
    yearRowName(GRAND_TOTAL_NAME, overview.sheet, overview.totalRow),
    tableName(overview.sheet),
    ...layouts.flatMap((l) => [yearRowName(totalName(l.committee.id), l.layout.sheet, l.layout.totalRow), tableName(l.layout.sheet)]),
    yearRowName(CHOSEN_TOTAL_NAME, overview.sheet, overview.chosenRow),
    ...layouts.map((l) => yearRowName(chosenName(l.committee.id), l.layout.sheet, l.layout.chosenRow)),
    ...overview.poolLeftRows.map((p) => yearRowName(poolLeftName(p.poolId), overview.sheet, p.row)),
  ];
  return { lang, sheets, names };
}

function yearRowName(name: string, sheet: SheetPlan, row: number): NamePlan {
  const columns = sheet.table.yearColumns;
  const first = columns[0] ?? 0;
  const last = columns[columns.length - 1] ?? first;
  return { name, sheetKey: sheet.key, range: absoluteRange(row, first, row, last) };
}

function tableName(sheet: SheetPlan): NamePlan {
  return { name: sheet.table.name, sheetKey: sheet.key, range: toAbsolute(sheet.table.range) };
}

export { OVERVIEW_KEY };
