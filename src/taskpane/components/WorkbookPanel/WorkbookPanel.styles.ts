/** The layout the workbook section's parts share: a heading beside its badge or spinner, results in a column. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useWorkbookPanelStyles = makeStyles({
  headingRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  result: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
});
