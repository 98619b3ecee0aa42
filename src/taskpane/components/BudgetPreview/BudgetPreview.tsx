/** What will be written, before it is: committees, initiatives, totals per year, frames, ranges and the seminar's choices. */
import { ChoicesSummary } from '../ChoicesSummary/ChoicesSummary';
import { TableScroll } from '../TableScroll';
import { TotalsTable } from '../TotalsTable';
import { Body1, Caption1, mergeClasses, Subtitle2, useId } from '@fluentui/react-components';
import { useSharedStyles } from '../shared.styles';
import { useBudgetPreviewStyles } from './BudgetPreview.styles';
import { useBudgetPreview, type BudgetPreviewProps } from './useBudgetPreview';

export function BudgetPreview(props: BudgetPreviewProps) {
  const model = useBudgetPreview(props);
  const styles = useBudgetPreviewStyles();
  const shared = useSharedStyles();
  const m = props.messages;
  const { view } = model;
  const headingId = useId('preview-heading');
  const framesId = useId('frames-heading');
  const rangesId = useId('ranges-heading');
  const numbers = (values: readonly number[], negativeRed = false) =>
    values.map((v, i) => (
      <td key={view.years[i] ?? i} className={mergeClasses(shared.num, negativeRed && v < 0 && shared.negative)}>
        {model.amount(v)}
      </td>
    ));
  const yearHeaders = view.years.map((year) => (
    <th key={year} scope="col" className={mergeClasses(shared.th, shared.num)}>
      {year}
    </th>
  ));
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
          <TableScroll key={index} label={m.tableScrollLabel(`${frame.committee}: ${frame.title}`)} className={styles.frame}>
            <table className={shared.table} data-testid="frame-table">
              <caption className={shared.caption}>
                {frame.number === undefined ? '' : `${frame.number} `}
                {frame.title} <span className={shared.muted}>({frame.committee})</span>
              </caption>
              <thead>
                <tr>
                  <td className={shared.th} />
                  {yearHeaders}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row" className={shared.td}>
                    {m.frameRow}
                  </th>
                  {numbers(frame.frame)}
                </tr>
                <tr>
                  <th scope="row" className={shared.td}>
                    {m.unallocatedRow}
                    {frame.overAllocated ? <span className={mergeClasses(styles.tag, shared.negative)}>{m.overAllocated}</span> : null}
                  </th>
                  {numbers(frame.unallocated, true)}
                </tr>
              </tbody>
            </table>
          </TableScroll>
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
