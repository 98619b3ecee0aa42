/** What the integrity check found, as a check or a repair reports it: how many, then each beside its cell. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ChangeTable } from '../ChangeTable/ChangeTable';
import type { FindingsProps } from './Findings.types';

export function Findings({ findings, messages: m }: FindingsProps) {
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{m.findingsHeading(findings.total)}</MessageBarBody>
      </MessageBar>
      <ChangeTable caption={m.findingsCaption} lines={findings} messages={m} testId="finding-table" />
    </>
  );
}
