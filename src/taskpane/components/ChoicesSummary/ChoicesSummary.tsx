/**
 * The seminar's choices (docs/layout.md, L14 and L15): the initiatives left out (Med: Nej) and
 * each pool with what the chosen initiatives take of it and what is left. An overspent pool
 * says so in words under its row heading, besides the red minus figures.
 */
import { Body1, Caption1, mergeClasses } from '@fluentui/react-components';
import { DataTable } from '../DataTable/DataTable';
import { yearColumns, yearRowAttributes, yearRowKey } from '../DataTable/yearColumns';
import { useSharedStyles } from '../shared.styles';
import { useChoicesSummaryStyles } from './ChoicesSummary.styles';
import { useChoicesSummary } from './useChoicesSummary';
import type { ChoicesSummaryProps } from './ChoicesSummary.types';

export function ChoicesSummary(props: ChoicesSummaryProps) {
  const model = useChoicesSummary(props);
  const styles = useChoicesSummaryStyles();
  const shared = useSharedStyles();
  const m = props.messages;
  const { choices, years } = props;
  const columns = yearColumns(years, { negativeClassName: shared.negative });
  return (
    <>
      <Body1 as="h3" id={model.leftOutId} className={shared.subheading}>
        <strong>{m.leftOutHeading}</strong>
      </Body1>
      {choices.leftOut.length === 0 ? (
        <Caption1>{m.noneLeftOut}</Caption1>
      ) : (
        <ul className={shared.list} aria-labelledby={model.leftOutId} data-testid={`${props.testId}-left-out`}>
          {choices.leftOut.map((item) => (
            <li key={item.key}>
              {item.label} <span className={shared.muted}>({item.committee})</span>
            </li>
          ))}
        </ul>
      )}
      {choices.pools.length === 0 ? null : (
        <>
          <Body1 as="h3" id={model.poolsId} className={shared.subheading}>
            <strong>{m.poolsHeading}</strong>
          </Body1>
          {choices.pools.map((pool) => (
            <DataTable
              key={pool.id}
              caption={pool.name}
              scrollLabel={m.tableScrollLabel(model.poolCaption(pool.name))}
              scrollClassName={styles.pool}
              columns={columns}
              rows={[
                { key: 'amounts', label: m.poolRow, values: pool.amounts },
                { key: 'chosen', label: m.poolChosenRow, values: pool.chosen },
                {
                  key: 'left',
                  label: (
                    <>
                      {m.poolLeftRow}
                      {pool.overspent ? <span className={mergeClasses(styles.tag, shared.negative)}>{m.poolOverspent}</span> : null}
                    </>
                  ),
                  values: pool.left,
                  negative: pool.overspentYears,
                  attributes: { className: styles.left },
                },
              ]}
              rowKey={yearRowKey}
              rowAttributes={yearRowAttributes}
              testId={`${props.testId}-pool`}
              tableAttributes={{ 'data-pool': pool.id, 'data-overspent': pool.overspent }}
            />
          ))}
        </>
      )}
    </>
  );
}
