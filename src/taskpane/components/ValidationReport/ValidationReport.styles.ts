import { makeStyles, tokens } from '@fluentui/react-components';

export const useValidationReportStyles = makeStyles({
  errorHeading: {
    color: tokens.colorPaletteRedForeground1,
  },
  warnings: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalS,
  },
  warningsSummary: {
    cursor: 'pointer',
    '& > h3': { display: 'inline' },
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  warningHeading: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
});
