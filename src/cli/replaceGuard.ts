/**
 * What `build` would lose by replacing a file already at `--out` (docs/cli.md, O1–O4). A
 * workbook from an earlier build may since hold the user's edits, sheets of their own and
 * the rounds saved in it, while a build writes a new workbook from the definitions alone.
 * So the file is read first, as untrusted input, the way `read` reads it: edits the
 * definitions do not have, the user's own sheets, damaged rounds, or a file that is not a
 * Budget Tables workbook stop the build (exit 1, nothing written) unless `--overwrite`
 * says to replace it; the rounds it keeps are carried into the new workbook either way.
 */
import { readFile, stat } from 'node:fs/promises';
import { MAX_WORKBOOK_FILE_BYTES } from '../adapters/exceljs/workbookZip';
import { readWorkbookFile } from '../adapters/exceljs/readWorkbook';
import { readSnapshots } from '../adapters/state/snapshots';
import type { InitiativeFile } from '../core/format/types';
import type { Lang } from '../core/i18n/lang';
import { describeDiffEntry } from '../core/readback/describe';
import { readBack } from '../core/readback/readBack';
import { sameDefinitions } from '../core/readback/sameDefinitions';
import type { ReadBackInput } from '../core/readback/types';
import { fileProblemReport, type ProblemReport } from './report';
import { cliText } from './text';
import { lockFileOf } from './writeWorkbook';

export type Replacing =
  /** Nothing is lost; `snapshots` are the encoded rounds to carry over, when the file keeps any. */
  | { kind: 'clear'; snapshots?: string }
  | { kind: 'refused'; problems: ProblemReport[] };

/** How many of the edits a refusal names; the rest are counted. */
const EDITS_NAMED = 3;

export async function checkReplacing(path: string, definitions: InitiativeFile, overwrite: boolean, lang: Lang): Promise<Replacing> {
  // A workbook open in another program is the first thing to say: the write refuses it and says so.
  if ((await lockFileOf(path)) !== undefined) return { kind: 'clear' };
  const bytes = await existingFile(path);
  if (bytes === 'none') return { kind: 'clear' };
  const reading = bytes === 'tooLarge' ? undefined : await readWorkbookFile(bytes, path);
  if (reading?.kind !== 'tables') return overwrite ? { kind: 'clear' } : refused([fileProblemReport('outputNotBudgetTables', path, lang, { file: path })]);
  const rounds = reading.snapshots === '' ? 'none' : (await readSnapshots(reading.snapshots)).kind;
  const carried = rounds === 'valid' ? { snapshots: reading.snapshots } : {};
  if (overwrite) return { kind: 'clear', ...carried };
  const problems: ProblemReport[] = [];
  if (rounds === 'invalid') problems.push(fileProblemReport('outputRoundsDamaged', path, lang, { file: path }));
  if (reading.otherSheets.length > 0) problems.push(fileProblemReport('outputHasOwnSheets', path, lang, { file: path, sheets: reading.otherSheets.join(', ') }));
  const edits = lostEdits(reading.input, definitions, lang);
  if (edits !== undefined) problems.push(fileProblemReport('outputHasEdits', path, lang, { file: path, ...edits }));
  return problems.length > 0 ? refused(problems) : { kind: 'clear', ...carried };
}

/** The file's bytes; 'none' when nothing (or a folder, which the write reports) is there. */
async function existingFile(path: string): Promise<Uint8Array | 'none' | 'tooLarge'> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return 'none';
    // Not read into memory at all: no workbook Budget Tables builds is this large (W2).
    if (info.size > MAX_WORKBOOK_FILE_BYTES) return 'tooLarge';
    return new Uint8Array(await readFile(path));
  } catch (failure) {
    if ((failure as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    throw failure;
  }
}

/**
 * The edits the workbook's tables hold that a build of `definitions` would not have: none when
 * the tables are as last built, or when they read back into exactly these definitions.
 */
function lostEdits(input: ReadBackInput, definitions: InitiativeFile, lang: Lang): { count: number; changes: string } | undefined {
  const result = readBack(input);
  const edited = result.diff.length > 0 || result.notices.length > 0 || result.problems.some((p) => p.severity === 'error');
  if (!edited || sameDefinitions(result.definitions, definitions)) return undefined;
  const count = Math.max(1, result.diff.length + result.notices.length);
  const named = result.diff.slice(0, EDITS_NAMED).map((entry) => describeDiffEntry(entry, lang));
  const rest = count - named.length;
  return { count, changes: [...named, ...(rest > 0 ? [cliText(lang).andMore(rest)] : [])].join('; ') };
}


function refused(problems: ProblemReport[]): Replacing {
  return { kind: 'refused', problems };
}
