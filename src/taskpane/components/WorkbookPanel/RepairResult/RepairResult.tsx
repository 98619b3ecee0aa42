/** A repair's answer: what it restored, the edits it kept, and the check after it. */
import { Body1, Caption1, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useSharedStyles } from '../../shared.styles';
import { ApplyExport } from '../ApplyExport/ApplyExport';
import { ChangeTable } from '../ChangeTable/ChangeTable';
import { Findings } from '../Findings/Findings';
import { useWorkbookPanelStyles } from '../WorkbookPanel.styles';
import type { RepairResultProps } from './RepairResult.types';

export function RepairResult({ result, messages: m, busy, onApply, exports }: RepairResultProps) {
  const styles = useWorkbookPanelStyles();
  const shared = useSharedStyles();
  const { restored, kept, after } = result;
  return (
    <div className={styles.result} data-testid="repair-result">
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody className={shared.messageBody}>
          <MessageBarTitle>{m.repairedHeading}</MessageBarTitle>
          {restored.lines.length === 0 ? <Body1>{m.repairedNothing}</Body1> : null}
          {after !== undefined && after.lines.length === 0 ? <Body1 data-testid="repair-check-ok">{m.checkOk}</Body1> : null}
        </MessageBarBody>
      </MessageBar>
      {restored.total === 0 ? null : <ChangeTable caption={m.repairedRestored(restored.total)} lines={restored} messages={m} testId="restored-table" />}
      {kept.total === 0 ? null : <ChangeTable caption={m.repairedKept(kept.total)} lines={kept} messages={m} testId="kept-table" />}
      {after === undefined || after.lines.length === 0 ? null : <Findings findings={after} messages={m} />}
      {result.canApply ? <Caption1>{m.repairedApplyHint}</Caption1> : null}
      {/* Only edits the repair kept make definitions the pane does not have yet. */}
      {kept.total > 0 ? <ApplyExport messages={m} busy={busy} result={result} onApply={onApply} exports={exports} /> : null}
    </div>
  );
}
