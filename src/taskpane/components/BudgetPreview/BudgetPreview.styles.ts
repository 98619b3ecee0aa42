import { makeStyles, tokens } from '@fluentui/react-components';

export const useBudgetPreviewStyles = makeStyles({
  title: {
    overflowWrap: 'anywhere',
  },
  tag: {
    display: 'block',
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  frame: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
});
