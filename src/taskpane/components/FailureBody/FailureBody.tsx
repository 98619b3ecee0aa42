/** The body of a failure's message bar, worded alike wherever the pane reports one: title, lines, then the technical detail. */
import { Body1, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useSharedStyles } from '../shared.styles';
import { useFailureBodyStyles } from './FailureBody.styles';
import type { FailureBodyProps } from './FailureBody.types';

export function FailureBody(props: FailureBodyProps) {
  const shared = useSharedStyles();
  const styles = useFailureBodyStyles();
  return (
    <MessageBarBody className={shared.messageBody}>
      {props.title === undefined ? null : <MessageBarTitle>{props.title}</MessageBarTitle>}
      {props.lines.map((line, i) => (
        <Body1 key={i}>{line}</Body1>
      ))}
      {props.children}
      {props.detail === undefined ? null : (
        <span className={styles.detail}>
          {props.detailLabel}: {props.detail}
        </span>
      )}
    </MessageBarBody>
  );
}
