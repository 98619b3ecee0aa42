/**
 * What Budget Tables remembers inside a workbook: the definitions of the last build,
 * the layout options, and which sheets and names it owns. The shapes live in the core so
 * that one validator (./validateState.ts) checks the state wherever it was read from:
 * the add-in's workbook setting or the command line's very hidden sheet.
 */
import type { InitiativeFile } from '../format/types';
import type { Lang } from '../i18n/lang';

export const STATE_VERSION = 1;

export interface LayoutChoice {
  lang: Lang;
  decimals: number;
  committees?: string[];
}

export interface OwnedSheet {
  /** The plan's stable key, e.g. "committee:hosp". */
  key: string;
  /**
   * Excel's worksheet id: survives the user renaming the sheet. Empty in a file the
   * command line wrote: a file has no ids, so there the name is what identifies the sheet.
   */
  id: string;
  /** The name the add-in gave it. */
  name: string;
}

export interface StoredState {
  version: 1;
  definitions: InitiativeFile;
  layout: LayoutChoice;
  /** User sheet names the last plan had to avoid; needed to rebuild that plan exactly. */
  reservedSheetNames: string[];
  sheets: OwnedSheet[];
  names: string[];
  /** True between the start and the end of a build: a retry must finish it, not see conflicts. */
  inProgress: boolean;
  /**
   * Sheets a build in progress is creating, recorded (in the same request, before the
   * sheets are added) by name, since their ids are not known yet: a retry claims them.
   */
  pending?: { key: string; name: string }[];
}
