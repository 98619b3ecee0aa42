/** Styles several pane components share: sections, headings, lists, messages. Tables have their own (DataTable). Tokens only. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useSharedStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke2,
    minWidth: 0,
  },
  heading: {
    margin: 0,
  },
  subheading: {
    margin: 0,
    marginTop: tokens.spacingVerticalS,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  negative: {
    color: tokens.colorPaletteRedForeground1,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  /** A message's lines one below the other; long words (sheet names, paths) wrap rather than widen the pane. */
  messageBody: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  buttonRow: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'center',
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
});
