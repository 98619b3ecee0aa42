import { makeStyles, tokens } from '@fluentui/react-components';

export const useChangeTableStyles = makeStyles({
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
});
