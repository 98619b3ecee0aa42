/**
 * Load initiatives. Before anything is loaded: the file picker and drop zone, with the other
 * ways (the sample, the workbook's stored definitions, pasting) one step away behind "More
 * ways to load". After a load: one line saying what is loaded, so the check comes next.
 */
import { Badge, Body1, Button, Caption1, Field, MessageBar, MessageBarBody, mergeClasses, Spinner, Subtitle2, Textarea, useId } from '@fluentui/react-components';
import { FILE_ACCEPT } from '../../state/sources';
import { FOCUS_TARGET } from '../Announcer/useAnnouncer';
import { DismissAction } from '../DismissAction/DismissAction';
import { useSharedStyles } from '../shared.styles';
import { useLoadPanelStyles } from './LoadPanel.styles';
import { useLoadPanel } from './useLoadPanel';
import type { LoadPanelProps } from './LoadPanel.types';

export function LoadPanel(props: LoadPanelProps) {
  const model = useLoadPanel(props);
  const styles = useLoadPanelStyles();
  const shared = useSharedStyles();
  const m = props.messages;
  const headingId = useId('load-heading');
  const dropHintId = useId('drop-hint');
  const moreId = useId('load-more');
  const sampleHintId = useId('sample-hint');

  const loaded =
    !props.loading && props.source !== undefined ? (
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
    ) : null;

  return (
    <section aria-labelledby={headingId} className={shared.section} data-testid="load-panel">
      <Subtitle2 as="h2" id={headingId} className={shared.heading}>
        {m.loadHeading}
      </Subtitle2>
      {model.compact ? (
        <div className={styles.compact}>
          {loaded}
          <Button size="small" onClick={model.expand} disabled={props.busy} aria-expanded={false} data-testid="load-other" {...{ [FOCUS_TARGET]: 'load-other' }}>
            {m.loadOther}
          </Button>
        </div>
      ) : (
        <>
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
            <Button appearance="primary" onClick={model.openPicker} disabled={props.busy} aria-describedby={dropHintId} {...{ [FOCUS_TARGET]: 'choose-file' }}>
              {m.chooseFile}
            </Button>
            <Caption1 id={dropHintId}>{model.dragging ? m.dropActive : m.dropHint}</Caption1>
          </div>
          <div>
            <Button appearance="subtle" onClick={model.toggleMore} aria-expanded={model.moreOpen} aria-controls={moreId} data-testid="more-load-ways">
              <span aria-hidden="true">{model.moreOpen ? '▾\u00a0' : '▸\u00a0'}</span>
              {m.moreLoadWays}
            </Button>
          </div>
          {/* The class sets display, which would override `hidden`: only the open box gets it. */}
          <div id={moreId} hidden={!model.moreOpen} className={model.moreOpen ? styles.more : undefined}>
            <div className={shared.buttonRow}>
              <Button onClick={props.onSample} disabled={props.busy} aria-describedby={sampleHintId}>
                {m.useSample}
              </Button>
              <Caption1 id={sampleHintId}>{m.sampleHint}</Caption1>
            </div>
            <div className={shared.buttonRow}>
              <Button onClick={props.onStored} disabled={props.busy}>
                {m.openStored}
              </Button>
            </div>
            <Field label={m.pasteLabel} hint={m.pasteHint}>
              <Textarea value={model.pasteText} onChange={(_, data) => model.onPasteChange(data.value)} resize="vertical" rows={3} spellCheck={false} data-testid="paste-text" />
            </Field>
            <div className={shared.buttonRow}>
              <Button onClick={model.onLoadPaste} disabled={props.busy}>
                {m.pasteButton}
              </Button>
            </div>
          </div>
          {loaded}
        </>
      )}
      {props.loading ? <Spinner size="tiny" label={m.loading} /> : null}
      {model.notice === undefined ? null : (
        <MessageBar intent={model.notice.intent} data-testid="load-notice">
          <MessageBarBody>{model.notice.text}</MessageBarBody>
          <DismissAction label={m.dismiss} onDismiss={props.onDismissNotice} />
        </MessageBar>
      )}
    </section>
  );
}
