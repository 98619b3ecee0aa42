import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

export const useOptionsPanelStyles = makeStyles({
  /** Decimals stay narrow; the range choice takes the rest, or a row of its own when the pane is narrow. */
  fields: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  decimalsField: {
    flexGrow: 0,
    flexShrink: 0,
    flexBasis: '96px',
  },
  rangeField: {
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: '220px',
  },
  /** Grid items default to their content's width; let them shrink to the pane instead. */
  field: {
    minWidth: 0,
  },
  control: {
    width: '100%',
    minWidth: 0,
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    ...shorthands.borderStyle('none'),
    marginLeft: 0,
    marginRight: 0,
    paddingLeft: 0,
    paddingRight: 0,
    paddingTop: 0,
    paddingBottom: 0,
    minWidth: 0,
  },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  committee: {
    paddingLeft: tokens.spacingHorizontalL,
  },
  error: {
    color: tokens.colorPaletteRedForeground1,
  },
});
