/**
 * "Download .xlsx": the last plan written to the preview, as a file made by the same
 * ExcelJS adapter as the command line. ExcelJS is loaded only when asked for.
 */
import type { LayoutPlan } from '../core/layout/plan';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function downloadPlan(plan: LayoutPlan, fileName: string): Promise<void> {
  const { planToXlsx } = await import(/* webpackChunkName: "preview-exceljs" */ '../adapters/exceljs/writeWorkbook.js');
  const bytes = await planToXlsx(plan, { now: new Date() });
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser has taken the URL once the click is handled; free it on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
