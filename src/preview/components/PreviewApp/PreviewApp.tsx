/** The browser preview: the add-in's pane beside an in-browser workbook, without Excel. */
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { ErrorBoundary } from '../../../taskpane/components/ErrorBoundary/ErrorBoundary';
import { Pane } from '../../../taskpane/components/Pane/Pane';
import { WorkbookGrid } from '../WorkbookGrid/WorkbookGrid';
import { usePreviewAppStyles } from './PreviewApp.styles';
import { usePreviewApp, type PreviewAppProps } from './usePreviewApp';

export function PreviewApp(props: PreviewAppProps) {
  const { lang, messages: m, onUiLangChange } = usePreviewApp(props);
  const styles = usePreviewAppStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.root}>
        <MessageBar intent="info" className={styles.banner} data-testid="preview-banner">
          <MessageBarBody>{m.previewBanner}</MessageBarBody>
        </MessageBar>
        <main className={styles.columns}>
          <div className={styles.pane}>
            <ErrorBoundary lang={lang}>
              <Pane host={props.workbook.host} onUiLangChange={onUiLangChange} />
            </ErrorBoundary>
          </div>
          <div className={styles.workbook}>
            <ErrorBoundary lang={lang}>
              <WorkbookGrid workbook={props.workbook} messages={m} lang={lang} />
            </ErrorBoundary>
          </div>
        </main>
      </div>
    </FluentProvider>
  );
}
