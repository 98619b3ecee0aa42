/**
 * WorksheetCollection: items, add, getItem(+OrNullObject), the active, first and last
 * sheets, getCount and the collection-wide onChanged event.
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

  getFirst(visibleOnly?: boolean): Excel.Worksheet {
    return sheetFrom(this, 'GetFirst', [visibleOnly], (m: WorkbookModel) => {
      const s = visibleOnly === true ? m.visibleSheets()[0] : m.sheets[0];
      if (s === undefined) throw officeError('ItemNotFound', undefined, 'WorksheetCollection.getFirst');
      return s;
    });
  }

  getLast(visibleOnly?: boolean): Excel.Worksheet {
    return sheetFrom(this, 'GetLast', [visibleOnly], (m: WorkbookModel) => {
      const list = visibleOnly === true ? m.visibleSheets() : m.sheets;
      const s = list[list.length - 1];
      if (s === undefined) throw officeError('ItemNotFound', undefined, 'WorksheetCollection.getLast');
      return s;
    });
  }

  getCount(visibleOnly?: boolean): OfficeExtension.ClientResult<number> {
    return result(this, 'GetCount', [visibleOnly], (m: WorkbookModel) => (visibleOnly === true ? m.visibleSheets().length : m.sheets.length));
  }
}
defineScalars(WorksheetCollectionProxy, worksheetsDef);
