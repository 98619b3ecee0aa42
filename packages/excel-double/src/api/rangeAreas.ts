/**
 * RangeAreas (ExcelApi 1.9): several rectangles on one sheet addressed together,
 * e.g. `worksheet.getRanges("A6:B6, A12:B12")`. Implemented for what a writer
 * needs: formatting every area in one command, and its address and area count.
 * Reading a format of a RangeAreas reads the bounding rectangle (an approximation).
 */
import { boundingRect, qualifiedAddress, type Rect } from '../a1';
import { officeError } from '../errors';
import { LiveRange, type SheetModel } from '../model';
import { defineScalars, LoadableProxy, navigation, ProxyObject, type ContextCore, type Exec, type PathInfo, type Target, type TypeDef } from './core';
import { liveOf, RangeFormatProxy } from './range';

const areasDef: TypeDef = {
  name: 'RangeAreas',
  navs: ['format'],
  scalars: {
    address: { get: (t: LiveRange) => (t.areas ?? [t.rect]).map((r) => qualifiedAddress(t.sheet.name, r)).join(',') },
    areaCount: { get: (t: LiveRange) => (t.areas ?? [t.rect]).length },
  },
};

export class RangeAreasProxy extends LoadableProxy<Excel.RangeAreas, Excel.Interfaces.RangeAreasData> {
  declare readonly address: string;
  declare readonly areaCount: number;

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, areasDef, path, resolver);
  }

  get format(): Excel.RangeFormat {
    return navigation(this, 'format', RangeFormatProxy, 'Format') as unknown as Excel.RangeFormat;
  }
}
defineScalars(RangeAreasProxy, areasDef);

/** Builds the target of `getRanges(address)`: one live range spanning the areas, which it lists. */
export function areasTarget(ctx: ContextCore, x: Exec, sheet: SheetModel, areas: Rect[], owner: ProxyObject): LiveRange {
  if (areas.length === 0) throw officeError('InvalidArgument', 'The address lists no range.', 'Worksheet.getRanges');
  const live = liveOf(ctx, x, sheet, areas.reduce(boundingRect), owner);
  live.areas = areas;
  return live;
}
