/**
 * Writing the workbook file so that another program's hold on it is reported, never a crash
 * and never a half-written file:
 *
 * - LibreOffice marks an open file with `.~lock.<name>#` beside it, Excel with `~$<name>`.
 *   Neither stops a write on Linux or macOS, but the program would keep showing the old
 *   workbook and overwrite the new one on its next save. So a lock file means: do not write.
 * - Excel on Windows holds the open file exclusively: replacing it fails with EBUSY or EPERM.
 * - The bytes go to a temporary file in the same folder first and then replace the workbook
 *   in one rename, so a reader never sees a half-written workbook.
 */
import { access, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type LockReason = { kind: 'lock-file'; file: string } | { kind: 'os'; code: string };

export class WorkbookLockedError extends Error {
  constructor(
    readonly path: string,
    readonly reason: LockReason,
  ) {
    super(`${path} is open in another program (${reason.kind === 'lock-file' ? reason.file : reason.code}).`);
    this.name = 'WorkbookLockedError';
  }
}

/** The lock files other programs leave beside a workbook they have open. */
export function lockFilesFor(path: string): string[] {
  const folder = dirname(path);
  const name = basename(path);
  return [join(folder, `.~lock.${name}#`), join(folder, `~$${name}`)];
}

/** The lock file another program keeps beside the workbook while it has it open, if there is one. */
export async function lockFileOf(path: string): Promise<string | undefined> {
  for (const lockFile of lockFilesFor(path)) if (await exists(lockFile)) return lockFile;
  return undefined;
}

const LOCKED_CODES = new Set(['EBUSY', 'EPERM', 'EACCES']);

export async function writeWorkbookFile(path: string, bytes: Uint8Array, platform: NodeJS.Platform = process.platform): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const lockFile = await lockFileOf(path);
  if (lockFile !== undefined) throw new WorkbookLockedError(path, { kind: 'lock-file', file: lockFile });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(temporary, bytes);
  try {
    await rename(temporary, path);
  } catch (failure) {
    await unlink(temporary).catch(() => undefined); // best effort: the rename's failure is the one to report
    const code = (failure as NodeJS.ErrnoException).code ?? '';
    // Only Windows locks an open file; elsewhere EPERM and EACCES are about permissions, not another program.
    if (code === 'EBUSY' || (platform === 'win32' && LOCKED_CODES.has(code))) throw new WorkbookLockedError(path, { kind: 'os', code });
    throw failure;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    // access rejects exactly when the file is not there (or not visible to us): no lock to respect.
    return false;
  }
}
