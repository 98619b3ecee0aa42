/** The pane's tables: compact type, lines only under headings and above totals. Tokens only. */
import { makeStyles, tokens } from '@fluentui/react-components';

const cellPadding = {
  paddingTop: tokens.spacingVerticalXXS,
  paddingBottom: tokens.spacingVerticalXXS,
  paddingLeft: tokens.spacingHorizontalXS,
  paddingRight: tokens.spacingHorizontalXS,
};

export const useDataTableStyles = makeStyles({
  /** Wide tables scroll inside their own box, so the pane never scrolls sideways at 320 px. */
  scroll: {
    overflowX: 'auto',
    maxWidth: '100%',
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    width: '100%',
  },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
    captionSide: 'top',
  },
  th: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    ...cellPadding,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke1,
    verticalAlign: 'bottom',
  },
  num: {
    textAlign: 'right',
    whiteSpace: 'nowrap',
    fontVariantNumeric: 'tabular-nums',
    ...cellPadding,
  },
  td: {
    ...cellPadding,
    overflowWrap: 'anywhere',
  },
  /** A group's heading (a committee's name) across the table, a little apart from the group above. */
  groupHeading: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: tokens.spacingVerticalXS,
    overflowWrap: 'break-word',
  },
  groupNote: {
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'left',
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  /** The row a table adds up to: bold, with a line above. */
  totalRow: {
    fontWeight: tokens.fontWeightSemibold,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke1,
  },
});
