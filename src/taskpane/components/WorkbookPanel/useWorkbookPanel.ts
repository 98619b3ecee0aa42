/**
 * The workbook section's state beside what it shows: the view (worded by the engine chunk's
 * `workbookView`, ../../state/workbookView.ts) and the downloads of read-back definitions.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { InitiativeFile } from '../../../core/format/types';
import { downloadText } from '../../download';
import type { Engine } from '../../engineLoader';
import type { Messages } from '../../i18n/messages';
import { errorText } from '../../state/failure';
import type { TaskView, WorkbookView } from '../../state/workbookView';
import type { WorkbookTask } from '../../state/workbookState';
import { focusTarget } from '../Announcer/useAnnouncer';
import type { ExportActions } from './ApplyExport/ApplyExport.types';
import type { WorkbookPanelProps } from './WorkbookPanel.types';

/** Focus after a read-back, check or repair: its answer; after closing one: the tools. */
export const WORKBOOK_OUTCOME = 'workbook-outcome';
export const WORKBOOK_TOOLS = 'workbook-tools';

/** The answer to the user's request as one spoken sentence or two; failures are urgent. */
export function taskAnnouncement(task: TaskView, m: Messages): { text: string; urgent: boolean } | undefined {
  switch (task.kind) {
    case 'none':
    case 'working':
      return undefined;
    case 'noTables':
      return { text: task.text, urgent: false };
    case 'readBack': {
      const found = task.interrupted ? m.interrupted : task.diff.total === 0 ? m.noChanges : m.diffHeading(task.diff.total);
      return { text: task.problems.length === 0 ? found : `${found} ${m.readBackErrors(task.problems.length)}`, urgent: false };
    }
    case 'checked':
      return { text: task.findings.total === 0 ? m.checkOk : m.findingsHeading(task.findings.total), urgent: false };
    case 'repaired':
      return { text: task.after === undefined || task.after.total === 0 ? m.repairedHeading : `${m.repairedHeading}. ${m.findingsHeading(task.after.total)}`, urgent: false };
    case 'repairInvalid':
      return { text: m.repairInvalid, urgent: true };
    case 'failed':
      return { text: [task.title, ...task.lines].join(' '), urgent: true };
  }
}

/** The definitions the shown result can export: the read-back's, or those the repair built. */
export function exportableDefinitions(task: WorkbookTask): InitiativeFile | undefined {
  if (task.status === 'readBack') return task.data.result.definitions;
  if (task.status === 'repaired') return task.repair.readBack.definitions;
  return undefined;
}

export interface WorkbookPanelModel {
  view: WorkbookView | undefined;
  /** Read back, check and repair cannot run now: something is under way, or there are no tables. */
  toolsBlocked: boolean;
  exports: ExportActions;
}

export function useWorkbookPanel({ engine, messages: m, lang, state, busy, tables, announce }: WorkbookPanelProps): WorkbookPanelModel {
  const view = useMemo(() => (engine === undefined ? undefined : engine.workbookView(state, m, lang)), [engine, state, m, lang]);
  // Speak and focus once per answer, not again when the language changes.
  const answered = useRef(state.task);
  useEffect(() => {
    if (view === undefined || answered.current === state.task) return;
    answered.current = state.task;
    const said = taskAnnouncement(view.task, m);
    if (said === undefined) return;
    announce(said.text, said.urgent);
    focusTarget(WORKBOOK_OUTCOME);
  }, [view, state.task, m, announce]);
  const [exportError, setExportError] = useState<string | undefined>(undefined);
  const save = useCallback(
    (make: (engine: Engine, file: InitiativeFile) => string, extension: string, type: string) => {
      const file = exportableDefinitions(state.task);
      if (engine === undefined || file === undefined) return;
      try {
        downloadText(make(engine, file), `${m.exportFileName}.${extension}`, type);
        setExportError(undefined);
      } catch (error) {
        // The CSV form's limits are shown before the button is offered; anything else is a fault to show.
        setExportError(errorText(error));
      }
    },
    [engine, state.task, m],
  );
  return {
    view,
    toolsBlocked: busy || tables === 'none',
    exports: {
      exportError,
      exportJson: () => save((e, file) => e.exportJson(file), 'json', 'application/json'),
      exportCsv: () => save((e, file) => e.exportDanishCsv(file), 'csv', 'text/csv;charset=utf-8'),
    },
  };
}
