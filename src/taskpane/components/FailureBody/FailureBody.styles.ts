import { makeStyles, tokens } from '@fluentui/react-components';

export const useFailureBodyStyles = makeStyles({
  detail: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
});
