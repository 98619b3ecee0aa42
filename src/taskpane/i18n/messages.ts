/**
 * The UI message catalogue: Danish (`da.ts`) is the reference, English (`en.ts`) is typed
 * against it, so a key missing or extra in either fails the type check.
 */
import type { Conflict } from '../../core/readback/conflicts';
import type { BuildPhase } from '../../adapters/officejs/applyPlan';
import type { RangePolicy } from '../../core/format/types';
import type { Lang } from '../../core/i18n/lang';
import type { WriteBlock } from '../state/paneState';
import type { WorkbookAction } from '../state/workbookState';
import { da } from './da';
import { en } from './en';

export type Messages = typeof da;

/** Compile-time: the keyed groups cover every value of the types they word. */
type Covers<Group, Key extends PropertyKey> = [Key] extends [keyof Group] ? ([keyof Group] extends [Key] ? true : false) : false;
const covered: [
  Covers<Messages['phases'], BuildPhase>,
  Covers<Messages['conflictKinds'], Conflict['kind']>,
  Covers<Messages['rangePolicies'], RangePolicy>,
  Covers<Messages['languageNames'], Lang>,
  Covers<Messages['workbookWorking'], WorkbookAction>,
  Covers<Messages['workbookFailed'], WorkbookAction>,
  Covers<Messages['writeBlocked'], WriteBlock>,
] = [true, true, true, true, true, true, true];
void covered;

const catalogues: Record<Lang, Messages> = { da, en };

export function messagesFor(lang: Lang): Messages {
  return catalogues[lang];
}
