/** The add-in's root: Fluent's theme around the pane, or the "not in Excel" notice. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { langFromDisplayLanguage } from '../../../core/i18n/lang';
import { ErrorBoundary } from '../ErrorBoundary/ErrorBoundary';
import { NotInExcel } from '../NotInExcel/NotInExcel';
import { Pane } from '../Pane/Pane';
import type { AppProps } from './App.types';

export function App(props: AppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        {props.kind === 'pane' ? (
          <ErrorBoundary lang={langFromDisplayLanguage(props.host.displayLanguage)}>
            <Pane host={props.host} />
          </ErrorBoundary>
        ) : (
          <NotInExcel language={props.language} {...(props.failure === undefined ? {} : { failure: props.failure })} />
        )}
      </main>
    </FluentProvider>
  );
}
