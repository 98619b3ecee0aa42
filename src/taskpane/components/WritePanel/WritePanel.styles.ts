import { makeStyles, tokens } from '@fluentui/react-components';

export const useWritePanelStyles = makeStyles({
  /**
   * Stays at the bottom of the pane while the rest scrolls, so "Write" is always in reach at
   * 320 px; it spans the pane's padding so content does not show beside it.
   */
  bar: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginTop: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke1,
  },
  barButton: {
    alignSelf: 'stretch',
  },
  status: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  /** A sheet and cell address: breaks after the sheet's name (CellAddress), not mid-word. */
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'normal',
    minWidth: '96px',
  },
  whole: {
    whiteSpace: 'nowrap',
  },
  details: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  summary: {
    cursor: 'pointer',
    color: tokens.colorBrandForeground1,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
});
