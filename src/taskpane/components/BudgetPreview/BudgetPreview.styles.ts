import { makeStyles, tokens } from '@fluentui/react-components';

export const useBudgetPreviewStyles = makeStyles({
  title: {
    overflowWrap: 'anywhere',
  },
  /** Long Danish committee names wrap between words, not inside them. */
  committeeName: {
    minWidth: '120px',
    overflowWrap: 'break-word',
  },
  spanRow: {
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
  },
  notWritten: {
    color: tokens.colorNeutralForeground3,
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
