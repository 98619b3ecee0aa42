/** Load initiatives: file picker, drag and drop, paste, the sample, or the workbook's stored definitions. */
import { Badge, Body1, Button, Caption1, Field, MessageBar, MessageBarActions, MessageBarBody, mergeClasses, Spinner, Subtitle2, Textarea, useId } from '@fluentui/react-components';
import { FILE_ACCEPT } from '../../state/sources';
import { useSharedStyles } from '../shared.styles';
import { useLoadPanelStyles } from './LoadPanel.styles';
import { useLoadPanel, type LoadPanelProps } from './useLoadPanel';

export function LoadPanel(props: LoadPanelProps) {
  const model = useLoadPanel(props);
  const styles = useLoadPanelStyles();
  const shared = useSharedStyles();
  const m = props.messages;
  const headingId = useId('load-heading');
  const dropHintId = useId('drop-hint');
  return (
    <section aria-labelledby={headingId} className={shared.section}>
      <Subtitle2 as="h2" id={headingId} className={shared.heading}>
        {m.loadHeading}
      </Subtitle2>
      <div
        className={mergeClasses(styles.dropZone, model.dragging && styles.dropZoneActive)}
        role="group"
        aria-label={m.dropZoneLabel}
        data-testid="drop-zone"
        onDragEnter={model.onDragEnter}
        onDragOver={model.onDragOver}
        onDragLeave={model.onDragLeave}
        onDrop={model.onDrop}
      >
        <input ref={model.fileInput} type="file" accept={FILE_ACCEPT} className={styles.hiddenInput} onChange={model.onFileChange} aria-label={m.fileInputLabel} tabIndex={-1} data-testid="file-input" />
        <Button appearance="primary" onClick={model.openPicker} disabled={props.busy} aria-describedby={dropHintId}>
          {m.chooseFile}
        </Button>
        <Caption1 id={dropHintId}>{model.dragging ? m.dropActive : m.dropHint}</Caption1>
      </div>
      <div className={shared.buttonRow}>
        <Button onClick={props.onSample} disabled={props.busy} aria-describedby={`${headingId}-sample`}>
          {m.useSample}
        </Button>
        <Caption1 id={`${headingId}-sample`}>{m.sampleHint}</Caption1>
      </div>
      <div className={shared.buttonRow}>
        <Button onClick={props.onStored} disabled={props.busy}>
          {m.openStored}
        </Button>
      </div>
      <Field label={m.pasteLabel} hint={m.pasteHint}>
        <Textarea value={model.pasteText} onChange={(_, data) => model.onPasteChange(data.value)} resize="vertical" rows={4} spellCheck={false} data-testid="paste-text" />
      </Field>
      <div className={shared.buttonRow}>
        <Button onClick={model.onLoadPaste} disabled={props.busy}>
          {m.pasteButton}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {props.loading ? <Spinner size="tiny" label={m.loading} /> : null}
        {!props.loading && props.source !== undefined ? (
          <Body1 className={styles.loaded} data-testid="loaded-source">
            {m.loaded(props.source.fileName)}
            {props.format === undefined ? null : ` (${props.format.toUpperCase()})`}
            {props.changed ? (
              <>
                {' '}
                <Badge appearance="tint" color="warning" data-testid="source-changed">
                  {m.changedBadge}
                </Badge>
              </>
            ) : null}
          </Body1>
        ) : null}
      </div>
      {model.notice === undefined ? null : (
        <MessageBar intent={model.notice.intent} data-testid="load-notice">
          <MessageBarBody>{model.notice.text}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={props.onDismissNotice}>
              {m.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </section>
  );
}
