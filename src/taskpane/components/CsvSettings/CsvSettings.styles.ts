import { makeStyles, tokens } from '@fluentui/react-components';

export const useCsvSettingsStyles = makeStyles({
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  /** Grid items default to their content's width; let them shrink to the pane instead. */
  field: {
    minWidth: 0,
  },
  control: {
    width: '100%',
    minWidth: 0,
  },
  wide: {
    gridColumnStart: '1',
    gridColumnEnd: '-1',
  },
});
