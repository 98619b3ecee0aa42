/**
 * The stored state of a finished build, for the add-in's setting and the command line's very
 * hidden sheet alike: what the next build and read-back need to rebuild this plan exactly and
 * to know which sheets and names are Budget Tables' own.
 */
import type { InitiativeFile } from '../format/types';
import type { LayoutPlan } from '../layout/plan';
import { STATE_VERSION, type LayoutChoice, type StoredState } from './types';

export interface FinishedBuild {
  plan: LayoutPlan;
  definitions: InitiativeFile;
  layout: LayoutChoice;
  reservedSheetNames: string[];
}

/**
 * `sheetId` gives Excel's worksheet id of a sheet by its plan key; a file has no ids, so
 * there every id is empty and the sheet is known by its name (docs/readback.md).
 */
export function stateOfBuild(build: FinishedBuild, sheetId: (key: string) => string = () => ''): StoredState {
  return {
    version: STATE_VERSION,
    definitions: build.definitions,
    layout: build.layout,
    reservedSheetNames: build.reservedSheetNames,
    sheets: build.plan.sheets.map((s) => ({ key: s.key, id: sheetId(s.key), name: s.name })),
    names: build.plan.names.map((n) => n.name),
    inProgress: false,
  };
}
