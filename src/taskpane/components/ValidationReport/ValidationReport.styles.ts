import { makeStyles, tokens } from '@fluentui/react-components';

export const useValidationReportStyles = makeStyles({
  item: {
    overflowWrap: 'anywhere',
  },
  location: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    borderRadius: tokens.borderRadiusSmall,
  },
  errorHeading: {
    color: tokens.colorPaletteRedForeground1,
  },
  warningHeading: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
});
