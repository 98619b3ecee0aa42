/**
 * WorksheetCollection: items, add, getItem(+OrNullObject), the active sheet, getCount and
 * the collection-wide onChanged event.
 */
import { officeError } from '../errors';
import { SheetModel, type WorkbookModel } from '../model';
import { addedItem, defineScalars, itemProxy, LoadableProxy, NULL_TARGET, type ContextCore, type Exec, type PathInfo, type Target, type TypeDef } from './core';
import { EventHandlers } from './events';
import { result } from './arguments';
import { WorksheetProxy, sheetFrom } from './worksheet';

const worksheetsDef: TypeDef = {
  name: 'WorksheetCollection',
  navs: [],
  scalars: {},
  collection: {
    items: (t: WorkbookModel) => [...t.sheets],
    make: (parent, item) => itemProxy(parent, WorksheetProxy, (item as SheetModel).id, item),
  },
};

export class WorksheetCollectionProxy extends LoadableProxy<Excel.WorksheetCollection, Excel.Interfaces.WorksheetCollectionData> {
  declare readonly items: Excel.Worksheet[];
  private changedHandlers: EventHandlers<Excel.WorksheetChangedEventArgs> | undefined;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, worksheetsDef, path, resolver, false);
  }

  get onChanged(): OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs> {
    this.changedHandlers ??= new EventHandlers<Excel.WorksheetChangedEventArgs>(this, () => null);
    return this.changedHandlers;
  }

  add(name?: string): Excel.Worksheet {
    const ws = addedItem(this, WorksheetProxy, 'Add', [name], 'worksheet', 'WorksheetCollection.add', (m: WorkbookModel) => m.addSheet(name));
    return ws as unknown as Excel.Worksheet;
  }

  getItem(key: string): Excel.Worksheet {
    return sheetFrom(this, 'GetItem', [key], (m: WorkbookModel) => {
      const s = typeof key === 'string' ? m.findSheet(key) : undefined;
      if (s === undefined) throw officeError('ItemNotFound', `The worksheet '${String(key)}' does not exist.`, 'WorksheetCollection.getItem');
      return s;
    });
  }

  getItemOrNullObject(key: string): Excel.Worksheet {
    return sheetFrom(this, 'GetItemOrNullObject', [key], (m: WorkbookModel) => (typeof key === 'string' ? m.findSheet(key) : undefined) ?? NULL_TARGET, true);
  }

  getActiveWorksheet(): Excel.Worksheet {
    return sheetFrom(this, 'GetActiveWorksheet', [], (m: WorkbookModel) => m.activeSheet);
  }

  getCount(visibleOnly?: boolean): OfficeExtension.ClientResult<number> {
    return result(this, 'GetCount', [visibleOnly], (m: WorkbookModel) => (visibleOnly === true ? m.visibleSheets().length : m.sheets.length));
  }
}
defineScalars(WorksheetCollectionProxy, worksheetsDef);
