/**
 * The in-memory workbook behind the proxies, split by concern: types.ts (cells, formats, change
 * records), sheet.ts (a sheet and live ranges), checks.ts (names and XML Excel accepts),
 * workbookSheets.ts → cellEdits.ts → rowsAndColumns.ts → workbook.ts (WorkbookModel, in layers).
 */
export { XlError, type Scalar } from '../input';
export * from './types';
export * from './sheet';
export * from './checks';
export { WorkbookModel } from './workbook';
