import { makeStyles, tokens } from '@fluentui/react-components';

export const useTotalsTableStyles = makeStyles({
  note: {
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  rowLabel: {
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'left',
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  chosenRow: {
    fontStyle: 'italic',
  },
  spanRow: {
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
  },
});
