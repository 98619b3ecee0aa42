/** Title, unit and price level for a CSV file, which carries only the amounts. */
import { Button, Caption1, Field, Input, mergeClasses, Select, Subtitle2, useId } from '@fluentui/react-components';
import { useSharedStyles } from '../shared.styles';
import { useCsvSettingsStyles } from './CsvSettings.styles';
import { useCsvSettings } from './useCsvSettings';
import type { CsvSettingsProps } from './CsvSettings.types';

export function CsvSettingsPanel(props: CsvSettingsProps) {
  const model = useCsvSettings(props);
  const styles = useCsvSettingsStyles();
  const shared = useSharedStyles();
  const m = props.messages;
  const headingId = useId('csv-heading');
  return (
    <section aria-labelledby={headingId} className={shared.section} data-testid="csv-settings">
      <Subtitle2 as="h2" id={headingId} className={shared.heading}>
        {m.csvHeading}
      </Subtitle2>
      <Caption1>{m.csvHint}</Caption1>
      <div className={styles.fields}>
        <Field label={m.csvTitle} required hint={m.csvTitleHint} className={mergeClasses(styles.field, styles.wide)}>
          <Input className={styles.control} value={props.csv.title} disabled={props.disabled} onChange={(_, data) => props.onChange({ title: data.value })} data-testid="csv-title" />
        </Field>
        {props.csv.title.trim() === '' ? (
          <div className={styles.wide}>
            <Button size="small" disabled={props.disabled} onClick={() => props.onChange({ title: model.suggestedTitle })} data-testid="csv-title-suggestion">
              {m.csvTitleSuggestion(model.suggestedTitle)}
            </Button>
          </div>
        ) : null}
        <Field label={m.csvUnit} className={styles.field}>
          <Select className={styles.control} value={props.csv.unit} disabled={props.disabled} onChange={(_, data) => (model.isUnit(data.value) ? props.onChange({ unit: data.value }) : undefined)}>
            {model.units.map((u) => (
              <option key={u.value} value={u.value}>
                {u.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={m.csvPriceLevel} className={styles.field}>
          <Input className={styles.control} value={props.csv.priceLevel} placeholder={m.csvPriceLevelPlaceholder} disabled={props.disabled} onChange={(_, data) => props.onChange({ priceLevel: data.value })} />
        </Field>
      </div>
    </section>
  );
}
