/**
 * Workbook: the root object (worksheets, names, settings, application, custom XML parts).
 */
import { SheetModel } from '../model';
import { defineScalars, navigation, SettableProxy, type ContextCore, type TypeDef } from './core';
import { ApplicationProxy } from './application';
import { CustomXmlPartCollectionProxy } from './customXml';
import { NamedItemCollectionProxy } from './names';
import { SettingCollectionProxy } from './settings';
import { WorksheetCollectionProxy } from './worksheets';

const workbookDef: TypeDef = {
  name: 'Workbook',
  navs: ['worksheets', 'names', 'settings', 'application', 'customXmlParts'],
  scalars: {
    name: { get: () => 'Book1.xlsx' },
  },
};

export class WorkbookProxy extends SettableProxy<Excel.Workbook, Excel.Interfaces.WorkbookData> {
  declare readonly name: string;

  constructor(ctx: ContextCore) {
    super(ctx, workbookDef, { type: 'GlobalObject', name: 'Workbook', parent: null, args: [] }, (x) => x.model);
  }

  get worksheets(): Excel.WorksheetCollection {
    return navigation(this, 'worksheets', WorksheetCollectionProxy) as unknown as Excel.WorksheetCollection;
  }

  get names(): Excel.NamedItemCollection {
    return navigation(this, 'names', NamedItemCollectionProxy);
  }

  get settings(): Excel.SettingCollection {
    return navigation(this, 'settings', SettingCollectionProxy) as unknown as Excel.SettingCollection;
  }

  get application(): Excel.Application {
    return navigation(this, 'application', ApplicationProxy) as unknown as Excel.Application;
  }

  get customXmlParts(): Excel.CustomXmlPartCollection {
    return navigation(this, 'customXmlParts', CustomXmlPartCollectionProxy);
  }
}
defineScalars(WorkbookProxy, workbookDef);

export { SheetModel };
