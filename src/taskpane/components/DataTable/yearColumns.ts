/** The columns of a table of figures per year: a row heading, then one right-aligned column per year. */
import type { ReactNode } from 'react';
import type { DataColumn, RowAttributes } from './DataTable.types';

export interface YearRow {
  key: string;
  /** The row's heading ("I alt", "Puljen"). */
  label: ReactNode;
  /** The figures per year, formatted already. */
  values: readonly string[];
  /** The years whose figure is a warning (an overspent pool): drawn with `negativeClassName`. */
  negative?: readonly boolean[];
  attributes?: RowAttributes;
}

export interface YearColumnsOptions {
  /** Classes of the row headings beside the table's own. */
  labelClassName?: string;
  negativeClassName?: string;
}

export function yearColumns(years: readonly number[], options: YearColumnsOptions = {}): DataColumn<YearRow>[] {
  const label: DataColumn<YearRow> = { key: 'label', rowHeader: true, cell: (row) => row.label, ...(options.labelClassName === undefined ? {} : { cellClassName: options.labelClassName }) };
  return [
    label,
    ...years.map(
      (year, i): DataColumn<YearRow> => ({
        key: String(year),
        header: year,
        numeric: true,
        cell: (row) => row.values[i],
        cellClassName: (row) => row.negative?.[i] === true && options.negativeClassName,
      }),
    ),
  ];
}

export const yearRowKey = (row: YearRow): string => row.key;
export const yearRowAttributes = (row: YearRow): RowAttributes | undefined => row.attributes;
