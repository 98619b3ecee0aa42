import { makeStyles, tokens } from '@fluentui/react-components';

export const useWorkbookPanelStyles = makeStyles({
  headingRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  /** Cell addresses read as addresses; long sheet names wrap rather than widen the pane. */
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'normal',
    overflowWrap: 'break-word',
    minWidth: '96px',
    verticalAlign: 'top',
  },
  change: {
    verticalAlign: 'top',
  },
  result: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  detail: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
});
