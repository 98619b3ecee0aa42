/**
 * The seminar's choices (docs/layout.md, L14 and L15): the initiatives left out (Med: Nej) and
 * each pool with what the chosen initiatives take of it and what is left. An overspent pool
 * says so in words under its row heading, besides the red minus figures.
 */
import { Body1, Caption1, mergeClasses } from '@fluentui/react-components';
import { TableScroll } from '../TableScroll';
import { useSharedStyles } from '../shared.styles';
import { useChoicesSummaryStyles } from './ChoicesSummary.styles';
import { useChoicesSummary, type ChoicesSummaryProps } from './useChoicesSummary';

export function ChoicesSummary(props: ChoicesSummaryProps) {
  const model = useChoicesSummary(props);
  const styles = useChoicesSummaryStyles();
  const shared = useSharedStyles();
  const m = props.messages;
  const { choices, years } = props;
  const cells = (values: readonly string[], negative: readonly boolean[] = []) =>
    values.map((value, i) => (
      <td key={years[i] ?? i} className={mergeClasses(shared.num, negative[i] === true && shared.negative)}>
        {value}
      </td>
    ));
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
            <TableScroll key={pool.id} label={m.tableScrollLabel(model.poolCaption(pool.name))} className={styles.pool}>
              <table className={shared.table} data-testid={`${props.testId}-pool`} data-pool={pool.id} data-overspent={pool.overspent}>
                <caption className={shared.caption}>{pool.name}</caption>
                <thead>
                  <tr>
                    <td className={shared.th} />
                    {years.map((year) => (
                      <th key={year} scope="col" className={mergeClasses(shared.th, shared.num)}>
                        {year}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row" className={shared.td}>
                      {m.poolRow}
                    </th>
                    {cells(pool.amounts)}
                  </tr>
                  <tr>
                    <th scope="row" className={shared.td}>
                      {m.poolChosenRow}
                    </th>
                    {cells(pool.chosen)}
                  </tr>
                  <tr className={styles.left}>
                    <th scope="row" className={shared.td}>
                      {m.poolLeftRow}
                      {pool.overspent ? <span className={mergeClasses(styles.tag, shared.negative)}>{m.poolOverspent}</span> : null}
                    </th>
                    {cells(pool.left, pool.overspentYears)}
                  </tr>
                </tbody>
              </table>
            </TableScroll>
          ))}
        </>
      )}
    </>
  );
}
