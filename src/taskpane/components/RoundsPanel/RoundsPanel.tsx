/**
 * The seminar's rounds (docs/rounds.md): save the tables as they are now under a name, list
 * the rounds the workbook keeps, and compare the tables now with one of them: the change list
 * section by section, the change per committee, and the net beside the two totals it is the
 * difference of, so a reader can check it.
 */
import { Body1, Button, Caption1, Field, Input, MessageBar, MessageBarBody, Spinner, useId } from '@fluentui/react-components';
import { DismissAction } from '../DismissAction/DismissAction';
import { FailureBody } from '../FailureBody/FailureBody';
import { ProblemList } from '../ProblemList/ProblemList';
import { TotalsTable } from '../TotalsTable/TotalsTable';
import { FOCUS_TARGET } from '../Announcer/useAnnouncer';
import { useSharedStyles } from '../shared.styles';
import type { ComparisonView, RoundsOutcomeView } from '../../state/roundsView';
import { useRoundsPanelStyles } from './RoundsPanel.styles';
import { ROUNDS_NAME, ROUNDS_OUTCOME, useRoundsPanel } from './useRoundsPanel';
import type { RoundsPanelProps } from './RoundsPanel.types';

export function RoundsPanel(props: RoundsPanelProps) {
  const model = useRoundsPanel(props);
  const styles = useRoundsPanelStyles();
  const shared = useSharedStyles();
  const m = props.messages;
  const headingId = useId('rounds-heading');
  const listId = useId('rounds-list');
  const view = model.view;

  const comparison = (c: ComparisonView) => (
    <div className={styles.outcome} data-testid="round-comparison">
      <Body1 as="h4" className={shared.subheading}>
        <strong>{c.heading}</strong>
      </Body1>
      <Body1 data-testid="round-comparison-summary">{c.summary}</Body1>
      <Caption1>{c.note}</Caption1>
      {c.sections.map((section) => (
        <div key={section.section} data-testid={`round-section-${section.section}`}>
          <TotalsTable
            years={c.years}
            rows={section.rows.map((row) => ({ id: row.key, name: row.title, note: row.committee, detail: row.detail, total: row.effect, ...(row.chosenEffect === undefined ? {} : { chosen: row.chosenEffect }) }))}
            rowLabel={m.effectRow}
            caption={section.caption}
            messages={m}
            testId={`round-changes-${section.section}`}
            grandTestId={`round-changes-${section.section}-total`}
          />
          {section.more === undefined ? null : <Caption1>{section.more}</Caption1>}
        </div>
      ))}
      <TotalsTable
        years={c.years}
        rows={c.committees.map((row) => ({ id: row.id, name: row.name, total: row.delta }))}
        rowLabel={m.effectRow}
        grand={{ label: m.netRow, total: c.net }}
        apart={[
          { id: 'round-grand-old', label: m.grandInRound(c.name), total: c.grandOld },
          { id: 'round-grand-new', label: m.grandNow, total: c.grandNew },
          { id: 'round-grand-delta', label: m.grandDifference, total: c.grandDelta },
          { id: 'round-chosen-delta', label: m.chosenDifference, total: c.chosenDelta },
        ]}
        caption={m.compareCommittees}
        messages={m}
        testId="round-committees"
        grandTestId="round-net"
      />
      <Caption1 data-testid="round-check">{c.check}</Caption1>
    </div>
  );

  const outcome = (o: RoundsOutcomeView) => {
    switch (o.kind) {
      case 'none':
        return null;
      case 'working':
        return <Spinner size="tiny" label={o.label} data-testid="rounds-working" />;
      case 'saved':
        return (
          <MessageBar intent="success" data-testid="round-saved">
            <MessageBarBody>{o.text}</MessageBarBody>
            <DismissAction label={m.dismiss} onDismiss={model.dismiss} />
          </MessageBar>
        );
      case 'refused':
        return (
          <MessageBar intent="error" layout="multiline" data-testid="round-refused">
            <FailureBody title={o.title} lines={o.lines} detail={o.detail} detailLabel={m.errorDetail}>
              {o.problems.length === 0 ? null : <ProblemList lines={o.problems} showPaths pathLabel={m.pathLabel} testId="round-problem-list" />}
            </FailureBody>
            <DismissAction label={m.dismiss} onDismiss={model.dismiss} />
          </MessageBar>
        );
      case 'compared':
        return (
          <>
            {comparison(o.comparison)}
            <div className={shared.buttonRow}>
              <Button onClick={model.dismiss} data-testid="close-comparison">
                {m.dismiss}
              </Button>
            </div>
          </>
        );
    }
  };

  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="rounds-panel">
      <Body1 as="h3" id={headingId} className={shared.subheading}>
        <strong>{m.roundsHeading}</strong>
      </Body1>
      <Caption1>{m.roundsHint}</Caption1>
      <form
        className={styles.saveRow}
        onSubmit={(event) => {
          event.preventDefault();
          model.save();
        }}
      >
        <Field label={m.roundName} hint={m.roundNameHint} className={styles.nameField}>
          <Input value={model.name} onChange={(_, data) => model.setName(data.value)} data-testid="round-name" {...{ [FOCUS_TARGET]: ROUNDS_NAME }} />
        </Field>
        <Button type="submit" appearance="primary" disabledFocusable={props.busy} data-testid="save-round">
          {m.saveRound}
        </Button>
      </form>
      {view?.listProblem === undefined ? null : (
        <MessageBar intent="warning" layout="multiline" data-testid="rounds-list-problem">
          <MessageBarBody className={shared.messageBody}>
            {view.listProblem.lines.map((line, i) => (
              <Body1 key={i}>{line}</Body1>
            ))}
            {view.listProblem.problems.length === 0 ? null : <ProblemList lines={view.listProblem.problems} showPaths pathLabel={m.pathLabel} testId="rounds-list-problem-list" />}
          </MessageBarBody>
        </MessageBar>
      )}
      {view?.rounds === undefined ? null : (
        <>
          <Body1 as="h4" id={listId} className={shared.subheading}>
            <strong>{m.roundsListHeading(view.rounds.length)}</strong>
          </Body1>
          {view.rounds.length === 0 ? (
            <Caption1 data-testid="no-rounds">{m.noRounds}</Caption1>
          ) : (
            <ul className={styles.list} aria-labelledby={listId} data-testid="rounds-list">
              {view.rounds.map((round) => (
                <li key={round.name} className={styles.round} data-round={round.name}>
                  <span className={styles.roundText}>
                    <Body1>{round.name}</Body1>
                    <Caption1>{round.details}</Caption1>
                  </span>
                  <Button size="small" disabledFocusable={props.busy} aria-label={m.compareRoundLabel(round.name)} onClick={() => props.actions.compare(round.name)} data-testid="compare-round">
                    {m.compareRound}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {view === undefined || view.outcome.kind === 'none' ? null : (
        <div className={styles.outcome} tabIndex={-1} {...{ [FOCUS_TARGET]: ROUNDS_OUTCOME }} data-testid="rounds-outcome">
          {outcome(view.outcome)}
        </div>
      )}
    </section>
  );
}
