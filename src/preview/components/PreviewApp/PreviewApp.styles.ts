import { makeStyles, tokens } from '@fluentui/react-components';

export const usePreviewAppStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  banner: {
    flexShrink: 0,
  },
  columns: {
    display: 'flex',
    flexGrow: 1,
    minHeight: 0,
    '@media (max-width: 800px)': {
      flexDirection: 'column',
      overflowY: 'auto',
    },
  },
  /** The pane gets the width Excel gives a task pane: 320 to 500 px. */
  pane: {
    flexShrink: 0,
    width: 'clamp(320px, 32vw, 500px)',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRightWidth: tokens.strokeWidthThin,
    borderRightStyle: 'solid',
    borderRightColor: tokens.colorNeutralStroke1,
    '@media (max-width: 800px)': {
      width: '100%',
      overflowY: 'visible',
      borderRightStyle: 'none',
    },
  },
  workbook: {
    flexGrow: 1,
    minWidth: 0,
    minHeight: 0,
    '@media (max-width: 800px)': {
      minHeight: '480px',
    },
  },
});
