/**
 * A numbered list of problems: where, in the user's words, then what. The JSON path behind a
 * location is shown on request (`showPaths`), small, for the reader who edits the file by hand.
 */
import { useSharedStyles } from '../shared.styles';
import { useProblemListStyles } from './ProblemList.styles';
import type { ProblemListProps } from './ProblemList.types';

export function ProblemList(props: ProblemListProps) {
  const shared = useSharedStyles();
  const styles = useProblemListStyles();
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
