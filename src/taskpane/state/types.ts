/**
 * The shapes the pane's state is made of. Types and constants only: importing this never
 * pulls the engine (validation, model) into the first bundle; see ../engine.ts.
 */
import type { InitiativeFile, RangePolicy, Unit } from '../../core/format/types';
import type { BudgetModel } from '../../core/model/types';
import type { Problem } from '../../core/problems';

/** `readback`: the definitions read back from the workbook's tables, applied by the user. */
export type SourceOrigin = 'file' | 'paste' | 'sample' | 'stored' | 'readback';

/** What the user loaded: always bytes and a name, so every origin goes through the same validation. */
export interface Source {
  fileName: string;
  bytes: Uint8Array;
  origin: SourceOrigin;
}

/** A CSV carries amounts only; the document's title, unit and price level come from the pane. */
export interface CsvSettings {
  /** Empty: the file name without its extension (the CSV parser's default). */
  title: string;
  unit: Unit;
  /** Empty: no price level. */
  priceLevel: string;
}

export const DEFAULT_CSV_SETTINGS: CsvSettings = { title: '', unit: 'mio. kr.', priceLevel: '' };

/** "file" keeps the file's own range policy; the others override it and re-run the model. */
export type RangeChoice = 'file' | RangePolicy;

export interface Analysis {
  format: 'json' | 'csv';
  errors: Problem[];
  warnings: Problem[];
  /** Present only without errors; carries the chosen range policy, so the stored definitions rebuild the same tables. */
  file?: InitiativeFile;
  model?: BudgetModel;
  /** The policy the file itself states (or the format's default, high). */
  filePolicy: RangePolicy;
  /** The parsed file before validation (untrusted): what names a problem's committee and initiative. */
  document?: unknown;
}
