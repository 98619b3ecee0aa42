/**
 * A stand-in for Microsoft's office.js CDN, served to the built taskpane.html by request
 * interception: the tests run without internet and decide what Office reports. It is only
 * as much of Office as the pane touches before it writes. `Excel.run` hands the batch either
 * a workbook that cannot be read at all (the default: a write fails as a host fault) or an
 * empty workbook without Budget Tables tables (neither has the command line's hidden state sheet). `new Excel.RequestContext()`, which the pane
 * keeps for watching the tables, always sees the empty workbook: there is nothing to watch.
 */
import type { Page } from 'playwright-core';

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export interface OfficeStub {
  /** What Office.onReady reports; null: opened outside Office. */
  host: 'Excel' | null;
  displayLanguage: string;
  /** What Excel.run's batches see; default 'unreadable'. */
  workbook?: 'unreadable' | 'empty';
}

function stubSource({ host, displayLanguage, workbook = 'unreadable' }: OfficeStub): string {
  return `
window.Office = {
  HostType: { Excel: 'Excel' },
  context: { displayLanguage: ${JSON.stringify(displayLanguage)}, requirements: { isSetSupported: function () { return true; } } },
  onReady: function () { return Promise.resolve({ host: ${JSON.stringify(host)}, platform: ${JSON.stringify(host === null ? null : 'OfficeOnline')} }); },
};
(function () {
  function noState() { return { isNullObject: true, load: function () {} }; }
  function emptyContext() {
    return {
      sync: function () { return Promise.resolve(); },
      workbook: {
        worksheets: { load: function () { return { items: [] }; }, getItemOrNullObject: noState },
        names: { load: function () { return { items: [] }; } },
        settings: { getItemOrNullObject: noState },
      },
    };
  }
  function unreadableContext() {
    return { sync: function () { return Promise.resolve(); }, workbook: { worksheets: { getItemOrNullObject: noState }, settings: { getItemOrNullObject: noState } } };
  }
  window.Excel = {
    RequestContext: function () { return emptyContext(); },
    run: function (a, b) {
      var batch = typeof a === 'function' ? a : b;
      var context = ${JSON.stringify(workbook)} === 'empty' ? emptyContext() : unreadableContext();
      return Promise.resolve().then(function () { return batch(context); });
    },
  };
})();`;
}

export async function stubOffice(page: Page, stub: OfficeStub): Promise<void> {
  await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: stubSource(stub) }));
}
