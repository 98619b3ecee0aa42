/** The write section: why writing is blocked, the progress, the result, conflicts, and failures, worded for the user. */
import { useMemo } from 'react';
import { failureWords } from '../../i18n/words';
import { formatAmount, formatBytes } from '../../state/format';
import type { WritePanelProps } from './WritePanel.types';

/** Where focus goes when a write's outcome is closed. */
export const WRITE_BUTTON = 'write-button';

/** Enough conflicts to recognise what changed; the rest are counted. */
export const CONFLICTS_SHOWN = 25;

/** The grand total of one year as written. */
export interface WrittenTotal {
  year: number;
  value: string;
}

/** A cell the user changed since the last write: what was written there and what is there now. */
export interface ConflictRow {
  key: string;
  cell: string;
  kind: string;
  written: string;
  current: string;
}

export interface WritePanelModel {
  blockedReason: string | undefined;
  /** What a write would do now, when nothing blocks it. */
  ready: string;
  progress: { value: number; phase: string } | undefined;
  written: { sheets: string[]; names: string[]; grandTotal: WrittenTotal[]; nearLimit: string | undefined } | undefined;
  conflicts: { intro: string; rows: ConflictRow[]; more: string | undefined } | undefined;
  failure: { lines: string[]; detail?: string } | undefined;
  kept: boolean;
}

export function useWritePanel({ messages: m, lang, write, block, years, decimals, sheetCount }: WritePanelProps): WritePanelModel {
  return useMemo(() => {
    const blockedReason = block === undefined ? undefined : m.writeBlocked[block];
    const shown = (value: string | number | boolean): string => (typeof value === 'number' ? formatAmount(value, lang, Number.isInteger(value) ? 0 : decimals) : String(value));
    let progress: WritePanelModel['progress'];
    let written: WritePanelModel['written'];
    let conflicts: WritePanelModel['conflicts'];
    let failure: WritePanelModel['failure'];
    switch (write.status) {
      case 'writing': {
        const report = write.progress;
        progress = { value: report === undefined || report.total === 0 ? 0 : report.done / report.total, phase: m.phases[report?.phase ?? 'read'] };
        break;
      }
      case 'written': {
        const r = write.result;
        written = {
          sheets: r.sheets,
          names: r.names,
          grandTotal: years.map((year, i) => ({ year, value: formatAmount(r.grandTotal[i] ?? 0, lang, decimals) })),
          nearLimit: r.stateNearLimit ? m.stateNearLimit(formatBytes(r.stateBytes, lang)) : undefined,
        };
        break;
      }
      case 'conflicts': {
        const all = write.result.conflicts;
        conflicts = {
          intro: m.conflictsIntro(all.length),
          rows: all.slice(0, CONFLICTS_SHOWN).map((c, i) => ({
            key: `${i}:${c.sheet}!${c.address}`,
            cell: `${c.sheet}!${c.address}`,
            kind: m.conflictKinds[c.kind],
            written: shown(c.written),
            current: shown(c.current),
          })),
          more: all.length > CONFLICTS_SHOWN ? m.moreConflicts(all.length - CONFLICTS_SHOWN) : undefined,
        };
        break;
      }
      case 'failed':
        failure = failureWords(write.failure, m);
        break;
      case 'idle':
      case 'kept':
        break;
    }
    return { blockedReason, ready: m.writeReady(sheetCount), progress, written, conflicts, failure, kept: write.status === 'kept' };
  }, [m, lang, write, block, years, decimals, sheetCount]);
}
