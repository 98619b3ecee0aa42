import { makeStyles, tokens } from '@fluentui/react-components';

export const useValidationReportStyles = makeStyles({
  errorHeading: {
    color: tokens.colorPaletteRedForeground1,
  },
  warningHeading: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
});
