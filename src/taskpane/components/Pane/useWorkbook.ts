/**
 * The workbook's tables as the pane's components see them: the React view of
 * ../../controllers/workbookController.ts, which runs the user's read-back, check and repair
 * and the live read-back that follows the user's edits. Only focus stays here.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { TablesPresence, WorkbookController } from '../../controllers/workbookController';
import { isChanged, isWorkbookBusy, type WorkbookState } from '../../state/workbookState';
import { focusTarget } from '../Announcer/useAnnouncer';
import { WORKBOOK_TOOLS } from '../WorkbookPanel/useWorkbookPanel';

export type { TablesPresence };

export interface WorkbookActions {
  readBack: () => void;
  check: () => void;
  repair: () => void;
  /** Makes the shown read-back's (or repair's) definitions the pane's. */
  apply: () => void;
  dismiss: () => void;
  dismissFault: () => void;
}

export interface WorkbookModel {
  state: WorkbookState;
  tables: TablesPresence;
  busy: boolean;
  /** The workbook holds edits the pane's definitions do not have. */
  changed: boolean;
  actions: WorkbookActions;
  /**
   * Runs one of the pane's writes, so live read-backs made meanwhile are not taken for the
   * user's edits; `wrote` tells from its result whether it changed the tables (a failure may have).
   */
  trackWrite: <T>(write: () => Promise<T>, wrote: (result: T) => boolean) => Promise<T>;
  /** The applied definitions' JSON text, for the write's check (see safeToOverwrite). */
  applied: () => string | undefined;
}

export function useWorkbook(controller: WorkbookController): WorkbookModel {
  const { workbook: state, tables } = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  const actions = useMemo<WorkbookActions>(
    () => ({
      readBack: controller.readBack,
      check: controller.check,
      repair: controller.repair,
      apply: controller.apply,
      dismiss: () => {
        controller.dismiss();
        focusTarget(WORKBOOK_TOOLS);
      },
      dismissFault: controller.dismissFault,
    }),
    [controller],
  );
  // Compares the definitions as JSON: once per read-back, not on every render of the pane.
  const { live, applied } = state;
  const changed = useMemo(() => isChanged({ live, applied }), [live, applied]);
  return { state, tables, busy: isWorkbookBusy(state), changed, actions, trackWrite: controller.trackWrite, applied: controller.applied };
}
