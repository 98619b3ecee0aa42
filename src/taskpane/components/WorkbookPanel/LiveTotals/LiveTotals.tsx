/** The totals as the workbook has them now, read back as the user edits, with the choices made in it. */
import { Body1, MessageBar, MessageBarBody, mergeClasses, Spinner, useId } from '@fluentui/react-components';
import { ChoicesSummary } from '../../ChoicesSummary/ChoicesSummary';
import { TotalsTable } from '../../TotalsTable/TotalsTable';
import { useSharedStyles } from '../../shared.styles';
import { useWorkbookPanelStyles } from '../WorkbookPanel.styles';
import type { LiveTotalsProps } from './LiveTotals.types';

export function LiveTotals({ live, messages: m }: LiveTotalsProps) {
  const styles = useWorkbookPanelStyles();
  const shared = useSharedStyles();
  const headingId = useId('live-heading');
  const totals = live.totals;
  return (
    <div className={styles.result}>
      <div className={mergeClasses(shared.subheading, styles.headingRow)}>
        <Body1 as="h3" id={headingId} className={shared.heading}>
          <strong>{m.liveHeading}</strong>
        </Body1>
        {live.updating ? <Spinner size="extra-tiny" label={m.liveUpdating} data-testid="live-updating" /> : null}
      </div>
      {totals === undefined ? null : (
        <TotalsTable
          years={totals.years}
          rows={totals.committees.map((c) => ({ id: c.id, name: c.name, total: c.values, ...(c.chosen === undefined ? {} : { chosen: c.chosen }) }))}
          grand={{ label: m.grandTotalAll, total: totals.grand, ...(totals.grandChosen === undefined ? {} : { chosen: totals.grandChosen }) }}
          caption={m.totalsCaption}
          messages={m}
          testId="live-totals"
          grandTestId="live-grand-total"
        />
      )}
      {totals?.choices === undefined ? null : <ChoicesSummary years={totals.years} choices={totals.choices} messages={m} testId="live" />}
      {live.errors === undefined ? null : (
        <MessageBar intent="error" data-testid="live-errors">
          <MessageBarBody>{live.errors}</MessageBarBody>
        </MessageBar>
      )}
      {live.failed === undefined ? null : (
        <MessageBar intent="error" data-testid="live-failed">
          <MessageBarBody>{live.failed}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
