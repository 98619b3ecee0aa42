/** What will be written, before it is: committees, initiatives, totals per year, frames, ranges and the seminar's choices. */
import { ChoicesSummary } from '../ChoicesSummary/ChoicesSummary';
import { DataTable } from '../DataTable/DataTable';
import { yearColumns, yearRowAttributes, yearRowKey } from '../DataTable/yearColumns';
import { TotalsTable } from '../TotalsTable/TotalsTable';
import { Body1, Caption1, mergeClasses, Subtitle2, useId } from '@fluentui/react-components';
import { useSharedStyles } from '../shared.styles';
import { useBudgetPreviewStyles } from './BudgetPreview.styles';
import { useBudgetPreview } from './useBudgetPreview';
import type { BudgetPreviewProps } from './BudgetPreview.types';

export function BudgetPreview(props: BudgetPreviewProps) {
  const model = useBudgetPreview(props);
  const styles = useBudgetPreviewStyles();
  const shared = useSharedStyles();
  const m = props.messages;
  const { view } = model;
  const headingId = useId('preview-heading');
  const framesId = useId('frames-heading');
  const rangesId = useId('ranges-heading');
  return (
    <section aria-labelledby={headingId} className={shared.section} data-testid="budget-preview">
      <Subtitle2 as="h2" id={headingId} className={shared.heading}>
        {m.previewHeading}
      </Subtitle2>
      <Body1 className={styles.title}>
        <strong>{model.title}</strong>
      </Body1>
      <Caption1>
        {/* A unit such as "mio. kr." ends in a full stop of its own: separate, do not punctuate. */}
        {model.meta} · {model.counts}
      </Caption1>
      <TotalsTable
        years={view.years}
        rows={model.rows}
        grand={model.grand}
        apart={model.apart}
        caption={m.totalsCaption}
        messages={m}
        testId="totals-table"
        grandTestId="grand-total-row"
      />

      <Body1 as="h3" id={framesId} className={shared.subheading}>
        <strong>{m.framesHeading}</strong>
      </Body1>
      {view.frames.length === 0 ? (
        <Caption1>{m.noFrames}</Caption1>
      ) : (
        view.frames.map((frame, index) => (
          <DataTable
            key={index}
            caption={
              <>
                {frame.number === undefined ? '' : `${frame.number} `}
                {frame.title} <span className={shared.muted}>({frame.committee})</span>
              </>
            }
            scrollLabel={m.tableScrollLabel(`${frame.committee}: ${frame.title}`)}
            scrollClassName={styles.frame}
            columns={yearColumns(view.years, { negativeClassName: shared.negative })}
            rows={[
              { key: 'frame', label: m.frameRow, values: frame.frame.map(model.amount) },
              {
                key: 'unallocated',
                label: (
                  <>
                    {m.unallocatedRow}
                    {frame.overAllocated ? <span className={mergeClasses(styles.tag, shared.negative)}>{m.overAllocated}</span> : null}
                  </>
                ),
                values: frame.unallocated.map(model.amount),
                negative: frame.unallocated.map((v) => v < 0),
              },
            ]}
            rowKey={yearRowKey}
            rowAttributes={yearRowAttributes}
            testId="frame-table"
          />
        ))
      )}

      {model.choices === undefined ? null : <ChoicesSummary years={view.years} choices={model.choices} messages={m} testId="preview" />}

      <Body1 as="h3" id={rangesId} className={shared.subheading}>
        <strong>{m.rangesHeading}</strong>
      </Body1>
      {view.ranges.length === 0 ? (
        <Caption1>{m.noRanges}</Caption1>
      ) : (
        <>
          <Caption1>{m.rangesIntro(model.policy)}</Caption1>
          <ul className={shared.list} aria-labelledby={rangesId} data-testid="range-list">
            {view.ranges.map((range, index) => (
              <li key={index}>
                {range.number === undefined ? '' : `${range.number} `}
                {range.title} <span className={shared.muted}>({range.committee})</span>:{' '}
                {range.spans.map((s) => `${s.year}: ${model.span(s.low, s.high)}`).join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
