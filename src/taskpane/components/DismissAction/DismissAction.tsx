/** The "close" action of a dismissable message bar, shared so every bar offers it the same way. */
import { Button, MessageBarActions } from '@fluentui/react-components';
import type { DismissActionProps } from './DismissAction.types';

export function DismissAction(props: DismissActionProps) {
  return (
    <MessageBarActions>
      <Button size="small" onClick={props.onDismiss}>
        {props.label}
      </Button>
    </MessageBarActions>
  );
}
