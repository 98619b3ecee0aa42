/**
 * A numbered list of problems: where, in the user's words, then what. The JSON path behind a
 * location is shown on request (`showPaths`), small, for the reader who edits the file by hand.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ProblemLine } from '../i18n/problems';
import { useSharedStyles } from './shared.styles';

const useStyles = makeStyles({
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

export interface ProblemListProps {
  lines: readonly ProblemLine[];
  showPaths: boolean;
  /** The JSON path's label for screen readers ("Sti i filen"). */
  pathLabel: string;
  labelledBy?: string;
  testId: string;
}

export function ProblemList(props: ProblemListProps) {
  const shared = useSharedStyles();
  const styles = useStyles();
  return (
    <ol className={shared.list} aria-labelledby={props.labelledBy} data-testid={props.testId}>
      {props.lines.map((line) => (
        <li key={line.key} className={styles.item}>
          <strong>{line.location}</strong>: {line.message}
          {props.showPaths && line.path !== undefined ? (
            <span className={styles.path} data-testid="problem-path">
              {props.pathLabel}: {line.path}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
