/**
 * The last line: a fault while drawing (a bug) is shown in the pane, in the user's language,
 * instead of leaving an empty pane. React requires a class for this.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { messagesFor } from '../../i18n/messages';
import { errorText } from '../../state/failure';
import { useErrorBoundaryStyles } from './ErrorBoundary.styles';
import type { ErrorBoundaryProps, FaultProps } from './ErrorBoundary.types';

interface ErrorBoundaryState {
  error: unknown;
  failed: boolean;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error, failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <Fault lang={this.props.lang} detail={errorText(this.state.error)} />;
  }
}

function Fault({ lang, detail }: FaultProps) {
  const styles = useErrorBoundaryStyles();
  const m = messagesFor(lang);
  return (
    <MessageBar intent="error" layout="multiline" className={styles.root} data-testid="pane-fault">
      <MessageBarBody>
        <MessageBarTitle>{m.appTitle}</MessageBarTitle>
        {m.unexpectedError(detail)} {m.paneFaultHint}
      </MessageBarBody>
    </MessageBar>
  );
}
