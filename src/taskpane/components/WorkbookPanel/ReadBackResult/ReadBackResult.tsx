/** A read-back's answer: the changes beside their cells, what was not read, the definitions' problems, and what to do with them. */
import { Body1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ProblemList } from '../../ProblemList/ProblemList';
import { useSharedStyles } from '../../shared.styles';
import { ApplyExport } from '../ApplyExport/ApplyExport';
import { ChangeTable } from '../ChangeTable/ChangeTable';
import { useWorkbookPanelStyles } from '../WorkbookPanel.styles';
import type { ReadBackResultProps } from './ReadBackResult.types';

export function ReadBackResult({ result, messages: m, busy, onApply, exports }: ReadBackResultProps) {
  const styles = useWorkbookPanelStyles();
  const shared = useSharedStyles();
  return (
    <div className={styles.result} data-testid="read-back-result">
      {result.interrupted ? (
        <MessageBar intent="warning">
          <MessageBarBody>{m.interrupted}</MessageBarBody>
        </MessageBar>
      ) : result.diff.lines.length === 0 ? (
        <MessageBar intent="info" data-testid="no-changes">
          <MessageBarBody>{m.noChanges}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Body1 as="h3" className={shared.subheading}>
            <strong>{m.diffHeading(result.diff.total)}</strong>
          </Body1>
          <ChangeTable caption={m.diffCaption} lines={result.diff} messages={m} testId="diff-table" />
        </>
      )}
      {result.notices.total === 0 ? null : <ChangeTable caption={m.noticesHeading(result.notices.total)} lines={result.notices} messages={m} testId="notice-table" />}
      {result.problems.length === 0 ? null : (
        <MessageBar intent="error" layout="multiline" data-testid="read-back-problems">
          <MessageBarBody className={shared.messageBody}>
            <Body1>{m.readBackErrors(result.problems.length)}</Body1>
            {/* Read-back problems come from the workbook's own definitions: the path is shown with each. */}
            <ProblemList lines={result.problems} showPaths pathLabel={m.pathLabel} testId="read-back-problem-list" />
          </MessageBarBody>
        </MessageBar>
      )}
      <ApplyExport messages={m} busy={busy} result={result} onApply={onApply} exports={exports} />
    </div>
  );
}
