/** Under a read-back or a repair: make its definitions the pane's, or download them as JSON or CSV. */
import { Button, Caption1, MessageBar, MessageBarBody, useId } from '@fluentui/react-components';
import { useSharedStyles } from '../../shared.styles';
import type { ApplyExportProps } from './ApplyExport.types';

export function ApplyExport({ messages: m, busy, result, onApply, exports }: ApplyExportProps) {
  const shared = useSharedStyles();
  const csvLimitsId = useId('csv-limits');
  const csvLimited = result.csvLimits.length > 0;
  return (
    <>
      {result.applied ? (
        <MessageBar intent="success" data-testid="applied-note">
          <MessageBarBody>{m.appliedNote}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={shared.buttonRow}>
        <Button appearance="primary" disabled={busy || !result.canApply} onClick={onApply} data-testid="apply-read-back">
          {m.applyButton}
        </Button>
        <Button disabled={busy} onClick={exports.exportJson} data-testid="export-json">
          {m.exportJson}
        </Button>
        <Button disabled={busy || csvLimited} aria-describedby={csvLimited ? csvLimitsId : undefined} onClick={exports.exportCsv} data-testid="export-csv">
          {m.exportCsv}
        </Button>
      </div>
      {result.canApply ? <Caption1>{m.applyHint}</Caption1> : null}
      {csvLimited ? (
        <div id={csvLimitsId} className={shared.messageBody}>
          <Caption1>{m.csvLimitsHeading}</Caption1>
          <ul className={shared.list} data-testid="csv-limits">
            {result.csvLimits.map((reason, i) => (
              <li key={i}>
                <Caption1>{reason}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {exports.exportError === undefined ? null : (
        <MessageBar intent="error" data-testid="export-failure">
          <MessageBarBody>{m.downloadFailed(exports.exportError)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
