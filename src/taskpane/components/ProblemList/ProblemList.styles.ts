import { makeStyles, tokens } from '@fluentui/react-components';

export const useProblemListStyles = makeStyles({
  item: {
    overflowWrap: 'break-word',
  },
  path: {
    display: 'block',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
});
