/** The integrity check's answer: all in order, or each finding beside its cell. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Findings } from '../Findings/Findings';
import { useWorkbookPanelStyles } from '../WorkbookPanel.styles';
import type { CheckResultProps } from './CheckResult.types';

export function CheckResult({ result, messages: m }: CheckResultProps) {
  const styles = useWorkbookPanelStyles();
  return (
    <div className={styles.result} data-testid="check-result">
      {result.findings.lines.length === 0 ? (
        <MessageBar intent="success" data-testid="check-ok">
          <MessageBarBody>{m.checkOk}</MessageBarBody>
        </MessageBar>
      ) : (
        <Findings findings={result.findings} messages={m} />
      )}
    </div>
  );
}
