/**
 * The task pane: load, check, preview, choose, write, then follow the tables in the
 * workbook (live totals, read back, check, repair). It only draws; the state lives in
 * `usePane`, and everything that touches a workbook goes through the `host` prop.
 */
import { Body1, Field, MessageBar, MessageBarBody, Select, Title3, useId } from '@fluentui/react-components';
import { LANGS } from '../../../core/i18n/lang';
import { BudgetPreview } from '../BudgetPreview/BudgetPreview';
import { CsvSettingsPanel } from '../CsvSettings/CsvSettings';
import { LoadPanel } from '../LoadPanel/LoadPanel';
import { OptionsPanel } from '../OptionsPanel/OptionsPanel';
import { ValidationReport } from '../ValidationReport/ValidationReport';
import { WorkbookPanel } from '../WorkbookPanel/WorkbookPanel';
import { WriteBar, WritePanel } from '../WritePanel/WritePanel';
import type { WritePanelProps } from '../WritePanel/WritePanel.types';
import { Announcer } from '../Announcer/Announcer';
import { useAnnouncer } from '../Announcer/useAnnouncer';
import { needsTitle } from '../../state/paneState';
import { usePaneStyles } from './Pane.styles';
import { usePane } from './usePane';
import { usePaneFeedback } from './usePaneFeedback';
import type { PaneProps } from './Pane.types';

export function Pane({ host, onUiLangChange }: PaneProps) {
  const { state, engine, engineError, analysis, messages: m, block, busy, selected, actions, workbook, rounds } = usePane(host, onUiLangChange);
  const { announcement, announce } = useAnnouncer();
  usePaneFeedback({ state, analysis, engineError, messages: m, lang: state.uiLang, announce });
  const styles = usePaneStyles();
  const titleId = useId('pane-title');
  const model = analysis?.model;
  const writeProps: WritePanelProps = {
    messages: m,
    lang: state.uiLang,
    write: state.write,
    block,
    years: model?.years ?? [],
    decimals: state.options.decimals,
    sheetCount: selected.length + 1,
    onWrite: actions.write,
    onKeep: actions.keepValues,
    onDismiss: actions.dismissWrite,
  };
  return (
    <div className={styles.root} data-testid="pane" aria-labelledby={titleId} role="region">
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <Title3 as="h1" id={titleId} className={styles.title}>
            {m.appTitle}
          </Title3>
          <Field label={m.uiLanguage} className={styles.language} size="small">
            <Select
              size="small"
              value={state.uiLang}
              onChange={(_, data) => {
                const lang = LANGS.find((l) => l === data.value);
                if (lang !== undefined) actions.setUiLang(lang);
              }}
              data-testid="ui-language"
            >
              {LANGS.map((lang) => (
                <option key={lang} value={lang} lang={lang}>
                  {m.languageNames[lang]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        {state.source === undefined ? <Body1>{m.appIntro}</Body1> : null}
      </header>
      <LoadPanel
        messages={m}
        lang={state.uiLang}
        busy={busy}
        loading={state.loading || (state.source !== undefined && engine === undefined && engineError === undefined)}
        source={state.source}
        changed={workbook.changed}
        format={analysis?.format}
        notice={state.notice}
        onFiles={actions.loadFiles}
        onText={actions.loadText}
        onSample={actions.loadSample}
        onStored={actions.loadStored}
        onDismissNotice={actions.dismissNotice}
      />
      {engineError === undefined ? null : (
        <MessageBar intent="error" data-testid="engine-failure">
          <MessageBarBody>{m.engineFailed(engineError)}</MessageBarBody>
        </MessageBar>
      )}
      {analysis === undefined || engine === undefined ? null : <ValidationReport engine={engine} messages={m} lang={state.uiLang} analysis={analysis} needsTitle={needsTitle(state, analysis)} />}
      {analysis?.format === 'csv' && state.source !== undefined && engine !== undefined ? (
        <CsvSettingsPanel engine={engine} messages={m} lang={state.uiLang} fileName={state.source.fileName} csv={state.csv} disabled={busy} onChange={actions.setCsv} />
      ) : null}
      {model === undefined || engine === undefined ? null : <BudgetPreview engine={engine} messages={m} lang={state.uiLang} model={model} selected={selected} decimals={state.options.decimals} untitled={needsTitle(state, analysis)} />}
      {model === undefined || analysis === undefined ? null : (
        <OptionsPanel
          messages={m}
          options={state.options}
          model={model}
          filePolicy={analysis.filePolicy}
          disabled={busy}
          onLabelLang={actions.setLabelLang}
          onDecimals={actions.setDecimals}
          onRange={actions.setRange}
          onCommittee={actions.toggleCommittee}
          onAllCommittees={actions.toggleAllCommittees}
        />
      )}
      <WritePanel {...writeProps} />
      <WorkbookPanel engine={engine} messages={m} lang={state.uiLang} state={workbook.state} tables={workbook.tables} changed={workbook.changed} busy={busy} actions={workbook.actions} rounds={rounds} announce={announce} />
      <WriteBar {...writeProps} />
      <Announcer announcement={announcement} />
    </div>
  );
}
