/**
 * The shapes of read-back and the integrity check (docs/readback.md): what a host
 * reads from a workbook, and what the core makes of it. Pure data, so the Office.js
 * reader, the command line's .xlsx reader and tests all produce and consume the same.
 */
import type { AmountRange, InitiativeFile, LineDef, Unit } from '../format/types';
import type { NodePlace } from '../i18n/formatProblem';
import type { Lang } from '../i18n/lang';
import type { Problem } from '../problems';

/** One of the tables' sheets as it is now. Grids are indexed by sheet row and column from A1 (0-based). */
export interface CurrentSheet {
  /** The plan's sheet key: "overview" or "committee:<id>". */
  key: string;
  /** The sheet's name now (the user may have renamed it). */
  name: string;
  /** What Range.values reads: numbers, strings ("" for empty), booleans; errors as "#REF!" and the like. */
  values: unknown[][];
  /** What Range.formulas reads: "=…" for a formula, else the constant ("" for empty). */
  formulas: unknown[][];
  /**
   * Where the table is now (0-based rows, header to last total), when the host knows it
   * (the table's workbook name). Without it the rows are found from `names`, else by
   * looking for the header's role marker.
   */
  tableRows?: { top: number; bottom: number };
}

/** A workbook name and what it refers to, e.g. { name: "Table_hosp", formula: "=Hospitalsudvalget!$A$5:$I$21" }. */
export interface WorkbookName {
  name: string;
  formula: string;
}

export interface ReadBackLayout {
  lang: Lang;
  decimals: number;
  committees?: string[];
}

export interface ReadBackInput {
  /** The definitions of the last build (the stored state). */
  definitions: InitiativeFile;
  layout: ReadBackLayout;
  /** The sheet names the last plan avoided; with the two above, the last plan is rebuilt exactly. */
  reservedSheetNames: string[];
  sheets: CurrentSheet[];
  /** The workbook's names; used to find the tables and by the integrity check (I6, I7). */
  names?: WorkbookName[];
}

/** A value in a diff entry: an amount (in the unit the definition states it in), a range, a text (a kind is one), a definition, or null for "not there". */
export type DiffValue = number | AmountRange | string | LineDef | null;

/**
 * `funding`: an initiative moved into the block of another kind of money (new, existing, reprioritised).
 * `chosen`: an initiative's Med cell switched; old and new are "chosen" or "dropped".
 */
export type DiffKind = 'amount' | 'frame' | 'added' | 'removed' | 'moved' | 'title' | 'number' | 'note' | 'kind' | 'funding' | 'chosen';

/** One change the user made in the workbook, as it lands in the definitions (rules R1–R12). */
export interface DiffEntry {
  kind: DiffKind;
  /** The committee's id. */
  committee: string;
  /** JSON path of the definition node in the OLD definitions; for `added`, in the NEW ones. */
  path: string;
  /** The node's title (the new title for `title` entries, the old one for `removed`). */
  title: string;
  /** The budget year of an `amount` or `frame` entry. */
  year?: number;
  old?: DiffValue;
  new?: DiffValue;
  /** The unit of `old` and `new` for `amount` and `frame` entries (the node's stated unit). */
  unit?: Unit;
  /**
   * For `added`, `removed` and `moved`: where the node is (`added`) or was, named as the user
   * knows it (committee, initiative, line), since a JSON path means nothing to a finance officer.
   */
  place?: NodePlace;
  /** For `moved`: where the node is now. */
  destination?: NodePlace;
  /** The sheet's current name. */
  sheet: string;
  /** The cell (A1, no sheet) where the change is now; for `removed`, where the row was at the last build. */
  address: string;
}

export type NoticeCode =
  | 'readbackRowIgnored'
  | 'readbackRowWithoutTitle'
  | 'readbackRowAfterTotals'
  | 'readbackTitleBlank'
  | 'readbackKindUnknown'
  | 'readbackNodeRowDeleted'
  | 'readbackSheetNotRead';

/** Something in the workbook read-back did not turn into definitions, and why. */
export interface Notice {
  code: NoticeCode;
  sheet: string;
  address: string;
  /** The text concerned (a title, a kind), for the message. */
  text: string;
}

export interface ReadBackResult {
  /** The definitions with the user's edits. */
  definitions: InitiativeFile;
  /** Every change, sheet by sheet in table order. */
  diff: DiffEntry[];
  notices: Notice[];
  /**
   * Validation problems of `definitions` (docs/format.md), e.g. a number typed with
   * more than 15 digits. With an error, the definitions must not be built.
   */
  problems: Problem[];
}

export type FindingCode =
  | 'integrityFormulaOverwritten'
  | 'integrityFormulaChanged'
  | 'integrityAmountText'
  | 'integrityTotalMismatch'
  | 'integrityRowMoved'
  | 'integrityNameMissing'
  | 'integrityNameMoved'
  | 'integrityRowMissing'
  | 'integritySheetMissing'
  | 'integrityLayoutChanged';

/** A place where the workbook no longer is what the add-in built (rules I1–I10). */
export interface Finding {
  code: FindingCode;
  sheet: string;
  /** The cell (A1, no sheet) concerned now; for a missing row, where it was; "" for a whole sheet. */
  address: string;
  /** What was written there (a formula, a text, an address), or the expected value. */
  written: string | number;
  /** What is there now. */
  current: string | number | boolean;
  /** The workbook name concerned (I6, I7). */
  name?: string;
}
