import { makeStyles, tokens } from '@fluentui/react-components';

export const useWritePanelStyles = makeStyles({
  body: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  detail: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  blocked: {
    color: tokens.colorNeutralForeground3,
  },
});
