/**
 * The model's plain data: a cell and its formats, the change records events are made from,
 * and the workbook-level items (names, custom XML parts) and options.
 */
import type { Scalar } from '../input';
import { SheetModel } from './sheet';

export interface BorderFmt {
  style?: string;
  weight?: string;
  color?: string;
}

/** Cell formatting. Absent fields mean Excel's default. Objects are treated as immutable. */
export interface Fmt {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  strikethrough?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  /** Undefined = no fill. */
  fillColor?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  indent?: number;
  bTop?: BorderFmt;
  bBottom?: BorderFmt;
  bLeft?: BorderFmt;
  bRight?: BorderFmt;
  bDiagDown?: BorderFmt;
  bDiagUp?: BorderFmt;
}

export type FmtPatch = { [K in keyof Fmt]?: Fmt[K] | undefined };

export interface Cell {
  /** Formula text with the leading `=`, as Excel stores it. */
  formula?: string;
  /** Constant, or the last calculated result of the formula. null = blank. */
  value: Scalar;
  /** Entered with a leading apostrophe. */
  quotePrefix?: boolean;
  fmt?: Fmt;
  /** Manual calculation: formula entered but not calculated yet. */
  pendingCalc?: boolean;
}

export interface LineProps {
  /** Points. */
  size?: number;
  hidden?: boolean;
  fmt?: Fmt;
}

export type TriggerSource = 'ThisLocalAddin' | 'Unknown';

export type ChangeType = 'RangeEdited' | 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted' | 'CellInserted' | 'CellDeleted';

export interface ChangeRecord {
  sheet: SheetModel;
  /** Address without sheet name, as in WorksheetChangedEventArgs.address. */
  address: string;
  changeType: ChangeType;
  triggerSource: TriggerSource;
  /** Present only for single-cell edits (Excel only reports details for one cell). */
  detail?: { before: Scalar; after: Scalar };
  insertShiftDirection?: 'Down' | 'Right';
  deleteShiftDirection?: 'Up' | 'Left';
}

export interface NameModel {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
  deleted: boolean;
}

export interface XmlPartModel {
  id: string;
  xml: string;
  namespaceUri: string;
  deleted: boolean;
}

export interface ModelOptions {
  settingsLimitBytes: number;
}

export const BORDER_KEYS = new Set<keyof Fmt>(['bTop', 'bBottom', 'bLeft', 'bRight', 'bDiagDown', 'bDiagUp']);

export const FMT_KEYS: Array<keyof Fmt> = [
  'numberFormat',
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'fontColor',
  'fontSize',
  'fontName',
  'fillColor',
  'hAlign',
  'vAlign',
  'wrap',
  'indent',
  'bTop',
  'bBottom',
  'bLeft',
  'bRight',
  'bDiagDown',
  'bDiagUp',
];
