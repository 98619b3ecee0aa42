/** Read back, check and repair, each described by why it cannot run now or what repair does. */
import { Button, Caption1, useId } from '@fluentui/react-components';
import { FOCUS_TARGET } from '../../Announcer/useAnnouncer';
import { useSharedStyles } from '../../shared.styles';
import { WORKBOOK_TOOLS } from '../useWorkbookPanel';
import type { WorkbookToolsProps } from './WorkbookTools.types';

export function WorkbookTools({ messages: m, blocked, tables, actions }: WorkbookToolsProps) {
  const shared = useSharedStyles();
  const reasonId = useId('tools-reason');
  return (
    <>
      <div className={shared.buttonRow}>
        <Button disabledFocusable={blocked} onClick={actions.readBack} aria-describedby={reasonId} data-testid="read-back" {...{ [FOCUS_TARGET]: WORKBOOK_TOOLS }}>
          {m.readBackButton}
        </Button>
        <Button disabledFocusable={blocked} onClick={actions.check} aria-describedby={reasonId} data-testid="check-workbook">
          {m.checkButton}
        </Button>
        <Button disabledFocusable={blocked} onClick={actions.repair} aria-describedby={reasonId} data-testid="repair-workbook">
          {m.repairButton}
        </Button>
      </div>
      <Caption1 id={reasonId} data-testid="workbook-tools-reason">
        {tables === 'none' ? m.noTables : m.repairHint}
      </Caption1>
    </>
  );
}
