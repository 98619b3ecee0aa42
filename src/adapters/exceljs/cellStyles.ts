/**
 * Each cell's ExcelJS style, from the plan's number formats and its styled ranges applied
 * in order (a later range overrides the fields it sets, as setting them range by range
 * would). A sheet has tens of thousands of styled ranges but a handful of distinct styles,
 * so cells with the same result share one style object: ExcelJS registers a style object
 * once (it remembers the objects it has seen) instead of serialising fonts and borders
 * again for every cell.
 */
import type ExcelJS from 'exceljs';
import { rangeBounds } from '../../core/layout/a1';
import { GENERAL_FORMAT } from '../../core/layout/columns';
import type { BorderWeight, CellStyle, SheetPlan } from '../../core/layout/plan';

/** Font, fill, alignment and border as the ranges so far have left them. */
interface Composed {
  font: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  alignment: Partial<ExcelJS.Alignment>;
  border: Partial<ExcelJS.Borders>;
}

/** Looks up a cell's style by 0-based row and column; undefined for a cell with no style and the General format. */
export type CellStyles = (row: number, column: number) => Partial<ExcelJS.Style> | undefined;

export function sheetCellStyles(plan: SheetPlan): CellStyles {
  const bounds = plan.styles.map((s) => rangeBounds(s.range));
  const width = bounds.reduce((a, b) => Math.max(a, b.toColumn + 1), plan.cells.reduce((a, row) => Math.max(a, row.length), 0));
  const height = bounds.reduce((a, b) => Math.max(a, b.toRow + 1), plan.cells.length);
  // 0 is "no range styled this cell"; k > 0 is composed[k].
  const ids = new Int32Array(width * height);
  const composed: Composed[] = [{ font: {}, alignment: {}, border: {} }];
  const steps = new Map<number, number>();
  const rangeStyleIds = new Map<string, number>();
  const rangeStyles: CellStyle[] = [];
  plan.styles.forEach(({ style }, i) => {
    const key = JSON.stringify(style);
    let styleId = rangeStyleIds.get(key);
    if (styleId === undefined) {
      styleId = rangeStyles.length;
      rangeStyles.push(style);
      rangeStyleIds.set(key, styleId);
    }
    const { fromRow, toRow, fromColumn, toColumn } = bounds[i]!;
    for (let row = fromRow; row <= toRow; row++) {
      for (let column = fromColumn; column <= toColumn; column++) {
        const at = row * width + column;
        const from = ids[at] ?? 0;
        const stepKey = from * 65_536 + styleId;
        let to = steps.get(stepKey);
        if (to === undefined) {
          to = composed.length;
          composed.push(applyStyle(composed[from] ?? composed[0]!, style));
          steps.set(stepKey, to);
        }
        ids[at] = to;
      }
    }
  });
  const shared = composed.map(() => new Map<string, Partial<ExcelJS.Style>>());
  return (row, column) => {
    const id = row < height && column < width ? (ids[row * width + column] ?? 0) : 0;
    const format = plan.numberFormats[row]?.[column];
    const numFmt = format === undefined || format === GENERAL_FORMAT ? '' : format;
    if (id === 0 && numFmt === '') return undefined;
    const byFormat = shared[id]!;
    let style = byFormat.get(numFmt);
    if (style === undefined) {
      style = toStyle(id === 0 ? undefined : composed[id], numFmt);
      byFormat.set(numFmt, style);
    }
    return style;
  };
}

function toStyle(styled: Composed | undefined, numFmt: string): Partial<ExcelJS.Style> {
  return {
    ...(numFmt === '' ? {} : { numFmt }),
    ...(styled === undefined ? {} : { font: styled.font, ...(styled.fill === undefined ? {} : { fill: styled.fill }), alignment: styled.alignment, border: styled.border }),
  };
}

/** What setting `style` over `base` gives, field by field (fills replace; fonts, alignments and borders merge). */
export function applyStyle(base: Composed, style: CellStyle): Composed {
  const font: Partial<ExcelJS.Font> = { ...base.font };
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
  if (style.fontName !== undefined) font.name = style.fontName;
  const alignment: Partial<ExcelJS.Alignment> = { ...base.alignment };
  if (style.indent !== undefined) alignment.indent = style.indent;
  if (style.horizontalAlignment !== undefined) alignment.horizontal = style.horizontalAlignment;
  if (style.wrapText !== undefined) alignment.wrapText = style.wrapText;
  if (style.verticalAlignment !== undefined) alignment.vertical = style.verticalAlignment;
  const border: Partial<ExcelJS.Borders> = { ...base.border };
  if (style.borderTop !== undefined) border.top = { style: borderStyle(style.borderTop) };
  if (style.borderBottom !== undefined) border.bottom = { style: borderStyle(style.borderBottom) };
  const fill: ExcelJS.Fill | undefined = style.fill === undefined ? base.fill : { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  return { font, alignment, border, ...(fill === undefined ? {} : { fill }) };
}

function borderStyle(weight: BorderWeight): ExcelJS.BorderStyle {
  return weight;
}

export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}
