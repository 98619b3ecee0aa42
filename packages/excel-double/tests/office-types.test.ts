/**
 * The double's classes against @types/office-js. Compile time (tsc --noEmit): every public
 * member must exist on the real type with a compatible type (Pick assignability), and no public
 * member may be missing from the real type (catches misspellings such as autoFitColumns).
 * Run time: the members actually defined on the prototypes are exactly the listed ones.
 */
import { ChartCollectionProxy, ChartProxy, ChartSeriesCollectionProxy, ChartSeriesProxy } from '../src/api/charts';
import {
  CellValueConditionalFormatProxy,
  ConditionalFormatCollectionProxy,
  ConditionalFormatProxy,
  ConditionalFormatRuleProxy,
  ConditionalRangeFillProxy,
  ConditionalRangeFontProxy,
  ConditionalRangeFormatProxy,
  CustomConditionalFormatProxy,
} from '../src/api/conditionalFormats';
import { DataValidationProxy } from '../src/api/dataValidation';
import { HeaderFooterProxy } from '../src/api/pageSetup';
import { RequestContext } from '../src';
import { ClientResult, ProxyObject } from '../src/api/core';
import { EventHandlerResult, EventHandlers } from '../src/api/events';
import {
  RangeBorderCollectionProxy,
  RangeBorderProxy,
  RangeFillProxy,
  RangeFontProxy,
  RangeFormatProxy,
  RangeProxy,
} from '../src/api/range';
import { RangeAreasProxy } from '../src/api/rangeAreas';
import { ApplicationProxy } from '../src/api/application';
import { CustomXmlPartCollectionProxy, CustomXmlPartProxy, CustomXmlPartScopedCollectionProxy } from '../src/api/customXml';
import { NamedItemCollectionProxy, NamedItemProxy } from '../src/api/names';
import { PageBreakCollectionProxy, PageBreakProxy } from '../src/api/pageBreaks';
import { PageLayoutProxy } from '../src/api/pageLayout';
import { SettingCollectionProxy, SettingProxy } from '../src/api/settings';
import { WorkbookProxy } from '../src/api/workbook';
import { WorksheetFreezePanesProxy, WorksheetProxy } from '../src/api/worksheet';
import { WorksheetCollectionProxy } from '../src/api/worksheets';

type Public<P> = Exclude<keyof P, symbol>;
type Implemented<P, E> = Public<P> & keyof E;
/** `true` only when P has no public member that E lacks; otherwise names the offenders. */
type NoExtras<P, E> = [Exclude<Public<P>, keyof E>] extends [never] ? true : { notOnOfficeType: Exclude<Public<P>, keyof E> };

declare const v: {
  workbook: WorkbookProxy;
  worksheets: WorksheetCollectionProxy;
  worksheet: WorksheetProxy;
  freeze: WorksheetFreezePanesProxy;
  pageLayout: PageLayoutProxy;
  pageBreaks: PageBreakCollectionProxy;
  pageBreak: PageBreakProxy;
  range: RangeProxy;
  areas: RangeAreasProxy;
  format: RangeFormatProxy;
  font: RangeFontProxy;
  fill: RangeFillProxy;
  borders: RangeBorderCollectionProxy;
  border: RangeBorderProxy;
  names: NamedItemCollectionProxy;
  name: NamedItemProxy;
  settings: SettingCollectionProxy;
  setting: SettingProxy;
  application: ApplicationProxy;
  xmlParts: CustomXmlPartCollectionProxy;
  xmlScoped: CustomXmlPartScopedCollectionProxy;
  xmlPart: CustomXmlPartProxy;
  handlers: EventHandlers<Excel.WorksheetChangedEventArgs>;
  handlerResult: EventHandlerResult<Excel.WorksheetChangedEventArgs>;
  result: ClientResult<number>;
  context: RequestContext;
  dataValidation: DataValidationProxy;
  conditionalFormats: ConditionalFormatCollectionProxy;
  conditionalFormat: ConditionalFormatProxy;
  cellValueFormat: CellValueConditionalFormatProxy;
  conditionalFont: ConditionalRangeFontProxy;
  conditionalFill: ConditionalRangeFillProxy;
};

// Compile-time checks: these functions are never called; tsc verifies their bodies.
export function typeChecks(): unknown[] {
  const assignable: unknown[] = [
    ((): Pick<Excel.Workbook, Implemented<WorkbookProxy, Excel.Workbook>> => v.workbook)(),
    ((): Pick<Excel.WorksheetCollection, Implemented<WorksheetCollectionProxy, Excel.WorksheetCollection>> => v.worksheets)(),
    ((): Pick<Excel.Worksheet, Implemented<WorksheetProxy, Excel.Worksheet>> => v.worksheet)(),
    ((): Pick<Excel.WorksheetFreezePanes, Implemented<WorksheetFreezePanesProxy, Excel.WorksheetFreezePanes>> => v.freeze)(),
    ((): Pick<Excel.PageLayout, Implemented<PageLayoutProxy, Excel.PageLayout>> => v.pageLayout)(),
    ((): Pick<Excel.PageBreakCollection, Implemented<PageBreakCollectionProxy, Excel.PageBreakCollection>> => v.pageBreaks)(),
    ((): Pick<Excel.PageBreak, Implemented<PageBreakProxy, Excel.PageBreak>> => v.pageBreak)(),
    ((): Pick<Excel.Range, Implemented<RangeProxy, Excel.Range>> => v.range)(),
    ((): Pick<Excel.RangeAreas, Implemented<RangeAreasProxy, Excel.RangeAreas>> => v.areas)(),
    ((): Pick<Excel.RangeFormat, Implemented<RangeFormatProxy, Excel.RangeFormat>> => v.format)(),
    ((): Pick<Excel.RangeFont, Implemented<RangeFontProxy, Excel.RangeFont>> => v.font)(),
    ((): Pick<Excel.RangeFill, Implemented<RangeFillProxy, Excel.RangeFill>> => v.fill)(),
    ((): Pick<Excel.RangeBorderCollection, Implemented<RangeBorderCollectionProxy, Excel.RangeBorderCollection>> => v.borders)(),
    ((): Pick<Excel.RangeBorder, Implemented<RangeBorderProxy, Excel.RangeBorder>> => v.border)(),
    ((): Pick<Excel.NamedItemCollection, Implemented<NamedItemCollectionProxy, Excel.NamedItemCollection>> => v.names)(),
    ((): Pick<Excel.NamedItem, Implemented<NamedItemProxy, Excel.NamedItem>> => v.name)(),
    ((): Pick<Excel.SettingCollection, Implemented<SettingCollectionProxy, Excel.SettingCollection>> => v.settings)(),
    ((): Pick<Excel.Setting, Implemented<SettingProxy, Excel.Setting>> => v.setting)(),
    ((): Pick<Excel.Application, Implemented<ApplicationProxy, Excel.Application>> => v.application)(),
    ((): Pick<Excel.CustomXmlPartCollection, Implemented<CustomXmlPartCollectionProxy, Excel.CustomXmlPartCollection>> => v.xmlParts)(),
    ((): Pick<Excel.CustomXmlPartScopedCollection, Implemented<CustomXmlPartScopedCollectionProxy, Excel.CustomXmlPartScopedCollection>> => v.xmlScoped)(),
    ((): Pick<Excel.CustomXmlPart, Implemented<CustomXmlPartProxy, Excel.CustomXmlPart>> => v.xmlPart)(),
    ((): OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs> => v.handlers)(),
    ((): Pick<OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs>, 'add' | 'remove'> => v.handlers)(),
    ((): OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> => v.handlerResult)(),
    ((): OfficeExtension.ClientResult<number> => v.result)(),
    ((): Pick<Excel.DataValidation, Implemented<DataValidationProxy, Excel.DataValidation>> => v.dataValidation)(),
    ((): Pick<Excel.ConditionalFormatCollection, Implemented<ConditionalFormatCollectionProxy, Excel.ConditionalFormatCollection>> => v.conditionalFormats)(),
    ((): Pick<Excel.ConditionalFormat, Implemented<ConditionalFormatProxy, Excel.ConditionalFormat>> => v.conditionalFormat)(),
    ((): Pick<Excel.CellValueConditionalFormat, Implemented<CellValueConditionalFormatProxy, Excel.CellValueConditionalFormat>> => v.cellValueFormat)(),
    ((): Pick<Excel.ConditionalRangeFont, Implemented<ConditionalRangeFontProxy, Excel.ConditionalRangeFont>> => v.conditionalFont)(),
    ((): Pick<Excel.ConditionalRangeFill, Implemented<ConditionalRangeFillProxy, Excel.ConditionalRangeFill>> => v.conditionalFill)(),
    ((): Pick<Excel.RequestContext, 'workbook' | 'application' | 'sync' | 'load' | 'trace' | 'trackedObjects' | 'requestHeaders' | 'debugInfo'> => v.context)(),
  ];
  return assignable;
}

/** Compiles only when every check is `true` (a class with a member its Office type lacks names it here). */
type AllTrue<T extends true[]> = T;
export type NoExtrasChecks = AllTrue<[
  NoExtras<WorkbookProxy, Excel.Workbook>,
  NoExtras<WorksheetCollectionProxy, Excel.WorksheetCollection>,
  NoExtras<WorksheetProxy, Excel.Worksheet>,
  NoExtras<WorksheetFreezePanesProxy, Excel.WorksheetFreezePanes>,
  NoExtras<PageLayoutProxy, Excel.PageLayout>,
  NoExtras<PageBreakCollectionProxy, Excel.PageBreakCollection>,
  NoExtras<PageBreakProxy, Excel.PageBreak>,
  NoExtras<RangeProxy, Excel.Range>,
  NoExtras<RangeAreasProxy, Excel.RangeAreas>,
  NoExtras<RangeFormatProxy, Excel.RangeFormat>,
  NoExtras<RangeFontProxy, Excel.RangeFont>,
  NoExtras<RangeFillProxy, Excel.RangeFill>,
  NoExtras<RangeBorderCollectionProxy, Excel.RangeBorderCollection>,
  NoExtras<RangeBorderProxy, Excel.RangeBorder>,
  NoExtras<NamedItemCollectionProxy, Excel.NamedItemCollection>,
  NoExtras<NamedItemProxy, Excel.NamedItem>,
  NoExtras<SettingCollectionProxy, Excel.SettingCollection>,
  NoExtras<SettingProxy, Excel.Setting>,
  NoExtras<ApplicationProxy, Excel.Application>,
  NoExtras<CustomXmlPartCollectionProxy, Excel.CustomXmlPartCollection>,
  NoExtras<CustomXmlPartScopedCollectionProxy, Excel.CustomXmlPartScopedCollection>,
  NoExtras<CustomXmlPartProxy, Excel.CustomXmlPart>,
  NoExtras<EventHandlers<Excel.WorksheetChangedEventArgs>, OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs>>,
  NoExtras<EventHandlerResult<Excel.WorksheetChangedEventArgs>, OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>>,
  NoExtras<ClientResult<number>, OfficeExtension.ClientResult<number>>,
  NoExtras<DataValidationProxy, Excel.DataValidation>,
  NoExtras<ConditionalFormatCollectionProxy, Excel.ConditionalFormatCollection>,
  NoExtras<ConditionalFormatProxy, Excel.ConditionalFormat>,
  NoExtras<CellValueConditionalFormatProxy, Excel.CellValueConditionalFormat>,
  NoExtras<ConditionalRangeFontProxy, Excel.ConditionalRangeFont>,
  NoExtras<ConditionalRangeFillProxy, Excel.ConditionalRangeFill>,
]>;

/** Member lists checked against the Office types at compile time (`satisfies`). */
const MEMBERS = {
  Range: [
    'address', 'addressLocal', 'calculate', 'cellCount', 'clear', 'columnCount', 'columnHidden', 'columnIndex', 'conditionalFormats',
    'dataValidation', 'delete', 'format',
    'formulas', 'formulasLocal', 'getAbsoluteResizedRange', 'getBoundingRect', 'getCell', 'getColumn', 'getColumnsAfter',
    'getColumnsBefore', 'getEntireColumn', 'getEntireRow', 'getIntersection', 'getIntersectionOrNullObject', 'getLastCell',
    'getLastColumn', 'getLastRow', 'getOffsetRange', 'getResizedRange', 'getRow', 'getRowsAbove', 'getRowsBelow', 'getUsedRange',
    'getUsedRangeOrNullObject', 'height', 'hidden', 'insert', 'isEntireColumn', 'isEntireRow', 'left', 'load', 'numberFormat',
    'numberFormatLocal', 'rowCount', 'rowHidden', 'rowIndex', 'select', 'set', 'text', 'toJSON', 'top', 'track', 'untrack',
    'valueTypes', 'values', 'width', 'worksheet',
  ] satisfies ReadonlyArray<keyof Excel.Range>,
  RangeFormat: [
    'adjustIndent', 'autofitColumns', 'autofitRows', 'borders', 'columnWidth', 'fill', 'font', 'horizontalAlignment', 'indentLevel',
    'load', 'rowHeight', 'set', 'toJSON', 'useStandardHeight', 'useStandardWidth', 'verticalAlignment', 'wrapText',
  ] satisfies ReadonlyArray<keyof Excel.RangeFormat>,
  Worksheet: [
    'activate', 'calculate', 'charts', 'delete', 'enableCalculation', 'freezePanes', 'getCell', 'horizontalPageBreaks', 'getNext', 'getNextOrNullObject', 'getPrevious',
    'getPreviousOrNullObject', 'getRange', 'getRangeByIndexes', 'getRanges', 'getUsedRange', 'getUsedRangeOrNullObject', 'id', 'load', 'name',
    'onChanged', 'pageLayout', 'position', 'set', 'showGridlines', 'showHeadings', 'standardHeight', 'standardWidth', 'tabColor',
    'toJSON', 'visibility',
  ] satisfies ReadonlyArray<keyof Excel.Worksheet>,
  RangeAreas: ['address', 'areaCount', 'format', 'load', 'toJSON'] satisfies ReadonlyArray<keyof Excel.RangeAreas>,
  WorksheetFreezePanes: ['freezeAt', 'freezeColumns', 'freezeRows', 'getLocation', 'getLocationOrNullObject', 'toJSON', 'unfreeze'] satisfies ReadonlyArray<
    keyof Excel.WorksheetFreezePanes
  >,
  ChartCollection: ['add', 'count', 'getItem', 'getItemOrNullObject'] satisfies ReadonlyArray<keyof Excel.ChartCollection>,
  Chart: ['chartType', 'delete', 'legend', 'name', 'series', 'setPosition', 'title'] satisfies ReadonlyArray<keyof Excel.Chart>,
  ChartSeriesCollection: ['add', 'count', 'getItemAt'] satisfies ReadonlyArray<keyof Excel.ChartSeriesCollection>,
  ChartSeries: ['name', 'setValues', 'setXAxisValues'] satisfies ReadonlyArray<keyof Excel.ChartSeries>,
  PageBreakCollection: ['add', 'getCount', 'getItem', 'items', 'load', 'removePageBreaks', 'toJSON'] satisfies ReadonlyArray<keyof Excel.PageBreakCollection>,
  PageBreak: ['columnIndex', 'delete', 'getCellAfterBreak', 'load', 'rowIndex', 'toJSON'] satisfies ReadonlyArray<keyof Excel.PageBreak>,
  HeaderFooter: ['centerFooter', 'centerHeader', 'leftFooter', 'leftHeader', 'rightFooter', 'rightHeader'] satisfies ReadonlyArray<keyof Excel.HeaderFooter>,
  DataValidation: ['clear', 'errorAlert', 'ignoreBlanks', 'load', 'prompt', 'rule', 'toJSON', 'type', 'valid'] satisfies ReadonlyArray<keyof Excel.DataValidation>,
  ConditionalFormatCollection: ['add', 'clearAll', 'getCount', 'getItemAt', 'items', 'load', 'toJSON'] satisfies ReadonlyArray<keyof Excel.ConditionalFormatCollection>,
  ConditionalFormat: ['cellValue', 'custom', 'delete', 'id', 'load', 'priority', 'stopIfTrue', 'toJSON', 'type'] satisfies ReadonlyArray<keyof Excel.ConditionalFormat>,
  CellValueConditionalFormat: ['format', 'rule'] satisfies ReadonlyArray<keyof Excel.CellValueConditionalFormat>,
  CustomConditionalFormat: ['format', 'rule'] satisfies ReadonlyArray<keyof Excel.CustomConditionalFormat>,
  ConditionalFormatRule: ['formula'] satisfies ReadonlyArray<keyof Excel.ConditionalFormatRule>,
  ConditionalRangeFormat: ['fill', 'font'] satisfies ReadonlyArray<keyof Excel.ConditionalRangeFormat>,
  ConditionalRangeFont: ['bold', 'clear', 'color', 'italic', 'strikethrough'] satisfies ReadonlyArray<keyof Excel.ConditionalRangeFont>,
  ConditionalRangeFill: ['clear', 'color'] satisfies ReadonlyArray<keyof Excel.ConditionalRangeFill>,
} as const;

function publicMembers(proto: object): string[] {
  const out = new Set<string>();
  for (let p: object | null = proto; p !== null && p !== Object.prototype && p !== ProxyObject.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const k of Object.getOwnPropertyNames(p)) if (k !== 'constructor') out.add(k);
  }
  return [...out].sort();
}

describe('Office.js surface', () => {
  it.each([
    ['Range', RangeProxy],
    ['RangeFormat', RangeFormatProxy],
    ['Worksheet', WorksheetProxy],
    ['RangeAreas', RangeAreasProxy],
    ['WorksheetFreezePanes', WorksheetFreezePanesProxy],
    ['ChartCollection', ChartCollectionProxy],
    ['Chart', ChartProxy],
    ['ChartSeriesCollection', ChartSeriesCollectionProxy],
    ['ChartSeries', ChartSeriesProxy],
    ['PageBreakCollection', PageBreakCollectionProxy],
    ['PageBreak', PageBreakProxy],
    ['HeaderFooter', HeaderFooterProxy],
    ['DataValidation', DataValidationProxy],
    ['ConditionalFormatCollection', ConditionalFormatCollectionProxy],
    ['ConditionalFormat', ConditionalFormatProxy],
    ['CellValueConditionalFormat', CellValueConditionalFormatProxy],
    ['CustomConditionalFormat', CustomConditionalFormatProxy],
    ['ConditionalFormatRule', ConditionalFormatRuleProxy],
    ['ConditionalRangeFormat', ConditionalRangeFormatProxy],
    ['ConditionalRangeFont', ConditionalRangeFontProxy],
    ['ConditionalRangeFill', ConditionalRangeFillProxy],
  ] as const)('%s defines exactly the Office members listed for it', (name, cls) => {
    expect(publicMembers(cls.prototype)).toEqual([...MEMBERS[name]].sort());
  });

  it('shares context and isNullObject from the ClientObject base', () => {
    expect(Object.getOwnPropertyNames(ProxyObject.prototype).sort()).toEqual(['constructor', 'context', 'isNullObject']);
  });

  it('does not misspell the members Office code calls most', () => {
    const all = [RangeProxy, RangeFormatProxy, WorksheetProxy, WorkbookProxy, WorksheetCollectionProxy].flatMap((c) => publicMembers(c.prototype));
    expect(all).toEqual(expect.arrayContaining(['autofitColumns', 'getItemOrNullObject', 'getUsedRangeOrNullObject']));
    expect(all).not.toEqual(expect.arrayContaining(['autoFitColumns']));
  });
});
