/** Shown instead of the pane when the page is not running inside Excel. */
import { Link, MessageBar, MessageBarBody, Title3 } from '@fluentui/react-components';
import { useNotInExcelStyles } from './NotInExcel.styles';
import { useNotInExcel } from './useNotInExcel';
import type { NotInExcelProps } from './NotInExcel.types';

export function NotInExcel(props: NotInExcelProps) {
  const model = useNotInExcel(props);
  const styles = useNotInExcelStyles();
  return (
    <div className={styles.root} lang={model.lang} data-testid="not-in-excel">
      <Title3 as="h1" className={styles.title}>
        {model.title}
      </Title3>
      <MessageBar intent={props.failure === undefined ? 'info' : 'error'} layout="multiline">
        <MessageBarBody>{model.text}</MessageBarBody>
      </MessageBar>
      <Link href="preview.html">{model.link}</Link>
    </div>
  );
}
