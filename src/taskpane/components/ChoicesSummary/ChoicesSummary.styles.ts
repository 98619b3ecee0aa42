import { makeStyles, tokens } from '@fluentui/react-components';

export const useChoicesSummaryStyles = makeStyles({
  /** The words beside an overspent remainder, so the warning is not carried by colour alone. */
  tag: {
    display: 'block',
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
  },
  pool: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  left: {
    fontWeight: tokens.fontWeightSemibold,
  },
});
