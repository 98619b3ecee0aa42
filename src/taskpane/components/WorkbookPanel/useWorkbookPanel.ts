/**
 * The workbook section's state beside what it shows: the view (worded by the engine chunk's
 * `workbookView`, ../../state/workbookView.ts) and the downloads of read-back definitions.
 */
import { useCallback, useMemo, useState } from 'react';
import type { InitiativeFile } from '../../../core/format/types';
import type { Lang } from '../../../core/i18n/lang';
import { downloadText } from '../../download';
import type { Engine } from '../../engineLoader';
import type { Messages } from '../../i18n/messages';
import { errorText } from '../../state/failure';
import type { WorkbookView } from '../../state/workbookView';
import type { WorkbookState, WorkbookTask } from '../../state/workbookState';
import type { WorkbookActions } from '../Pane/useWorkbook';

export type { Lines, TaskView } from '../../state/workbookView';

export interface WorkbookPanelProps {
  /** Undefined until the engine chunk has loaded: results need it to be worded, the buttons do not. */
  engine: Engine | undefined;
  messages: Messages;
  lang: Lang;
  state: WorkbookState;
  changed: boolean;
  /** Anything of the pane's or the workbook's under way. */
  busy: boolean;
  actions: WorkbookActions;
}

/** The definitions the shown result can export: the read-back's, or those the repair built. */
export function exportableDefinitions(task: WorkbookTask): InitiativeFile | undefined {
  if (task.status === 'readBack') return task.data.result.definitions;
  if (task.status === 'repaired') return task.repair.readBack.definitions;
  return undefined;
}

export interface WorkbookPanelModel {
  view: WorkbookView | undefined;
  exportError: string | undefined;
  exportJson(): void;
  exportCsv(): void;
}

export function useWorkbookPanel({ engine, messages: m, lang, state }: WorkbookPanelProps): WorkbookPanelModel {
  const view = useMemo(() => (engine === undefined ? undefined : engine.workbookView(state, m, lang)), [engine, state, m, lang]);
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
    exportError,
    exportJson: () => save((e, file) => e.exportJson(file), 'json', 'application/json'),
    exportCsv: () => save((e, file) => e.exportDanishCsv(file), 'csv', 'text/csv;charset=utf-8'),
  };
}
