/** Options for the write: label language, decimals, range policy, and which committees to write. */
import { Caption1, Checkbox, Field, mergeClasses, Radio, RadioGroup, Select, Subtitle2, useId } from '@fluentui/react-components';
import { useSharedStyles } from '../shared.styles';
import { useOptionsPanelStyles } from './OptionsPanel.styles';
import { useOptionsPanel } from './useOptionsPanel';
import type { OptionsPanelProps } from './OptionsPanel.types';

export function OptionsPanel(props: OptionsPanelProps) {
  const model = useOptionsPanel(props);
  const styles = useOptionsPanelStyles();
  const shared = useSharedStyles();
  const m = props.messages;
  const headingId = useId('options-heading');
  const noneId = useId('none-selected');
  return (
    <section aria-labelledby={headingId} className={shared.section} data-testid="options">
      <Subtitle2 as="h2" id={headingId} className={shared.heading}>
        {m.optionsHeading}
      </Subtitle2>
      <Field label={m.labelLanguage}>
        <RadioGroup
          layout="horizontal"
          value={props.options.labelLang}
          disabled={props.disabled}
          onChange={(_, data) => {
            const lang = model.parseLang(data.value);
            if (lang !== undefined) props.onLabelLang(lang);
          }}
          data-testid="label-language"
        >
          {model.languages.map((l) => (
            <Radio key={l.value} value={l.value} label={l.label} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.fields}>
        <Field label={m.decimals} className={mergeClasses(styles.field, styles.decimalsField)}>
          <Select className={styles.control} value={String(props.options.decimals)} disabled={props.disabled} onChange={(_, data) => props.onDecimals(Number(data.value))} data-testid="decimals">
            {model.decimals.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={m.rangePolicy} className={mergeClasses(styles.field, styles.rangeField)}>
          <Select
            className={styles.control}
            value={props.options.range}
            disabled={props.disabled}
            onChange={(_, data) => {
              const range = model.parseRange(data.value);
              if (range !== undefined) props.onRange(range);
            }}
            data-testid="range-policy"
          >
            {model.ranges.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <fieldset className={styles.group} disabled={props.disabled} aria-describedby={model.noneSelected ? noneId : undefined} data-testid="committee-choice">
        <legend className={styles.legend}>{m.committeesLegend}</legend>
        <Checkbox checked={model.all} label={m.allCommittees} onChange={(_, data) => props.onAllCommittees(data.checked === true)} />
        {model.committees.map((c) => (
          <Checkbox key={c.id} className={styles.committee} checked={c.checked} label={c.name} onChange={(_, data) => props.onCommittee(c.id, data.checked === true)} />
        ))}
        {model.noneSelected ? (
          <Caption1 id={noneId} className={styles.error} role="alert">
            {m.noCommitteeSelected}
          </Caption1>
        ) : null}
      </fieldset>
    </section>
  );
}
