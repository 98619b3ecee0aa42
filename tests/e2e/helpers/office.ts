/**
 * A stand-in for Microsoft's office.js CDN, served to the built taskpane.html by request
 * interception: the tests run without internet and decide what Office reports. It is only
 * as much of Office as the pane touches before it writes; `Excel.run` hands the batch a
 * workbook with no stored definitions and nothing else, so a write fails as a host fault.
 */
import type { Page } from 'playwright-core';

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export interface OfficeStub {
  /** What Office.onReady reports; null: opened outside Office. */
  host: 'Excel' | null;
  displayLanguage: string;
}

function stubSource({ host, displayLanguage }: OfficeStub): string {
  return `
window.Office = {
  HostType: { Excel: 'Excel' },
  context: { displayLanguage: ${JSON.stringify(displayLanguage)}, requirements: { isSetSupported: function () { return true; } } },
  onReady: function () { return Promise.resolve({ host: ${JSON.stringify(host)}, platform: ${JSON.stringify(host === null ? null : 'OfficeOnline')} }); },
};
window.Excel = {
  run: function (a, b) {
    var batch = typeof a === 'function' ? a : b;
    var context = {
      sync: function () { return Promise.resolve(); },
      workbook: { settings: { getItemOrNullObject: function () { return { isNullObject: true, load: function () {} }; } } },
    };
    return Promise.resolve().then(function () { return batch(context); });
  },
};`;
}

export async function stubOffice(page: Page, stub: OfficeStub): Promise<void> {
  await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: stubSource(stub) }));
}
