import type { Messages } from '../../../i18n/messages';
import type { TaskView } from '../../../state/workbookView';

/** The downloads of the shown result's definitions, and why the last one failed. */
export interface ExportActions {
  exportJson: () => void;
  exportCsv: () => void;
  exportError: string | undefined;
}

export interface ApplyExportProps {
  messages: Messages;
  busy: boolean;
  /** What the shown read-back or repair allows: applied already, can be applied, why the CSV form cannot hold it. */
  result: { applied: boolean; canApply: boolean; csvLimits: readonly string[] };
  onApply: () => void;
  exports: ExportActions;
}

/** A result whose definitions can be applied or exported: a read-back's, or a repair's. */
export interface ExportableResultProps<Kind extends 'readBack' | 'repaired'> extends Omit<ApplyExportProps, 'result'> {
  result: Extract<TaskView, { kind: Kind }>;
}
