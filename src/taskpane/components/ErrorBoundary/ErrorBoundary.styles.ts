import { makeStyles, tokens } from '@fluentui/react-components';

export const useErrorBoundaryStyles = makeStyles({
  root: {
    marginTop: tokens.spacingVerticalM,
    marginLeft: tokens.spacingHorizontalM,
    marginRight: tokens.spacingHorizontalM,
  },
});
