import { Button, Field, Input, Select, Switch, makeStyles } from '@fluentui/react-components';
import { sheetNameProblem, sheetNameProblemText } from '../../core';
import type { UiStrings } from '../i18n';
import type { PaneActions, PaneState } from '../usePane';

const useStyles = makeStyles({ stack: { display: 'flex', flexDirection: 'column', rowGap: '10px' } });

/** 设置: 编制单位, rounding and thresholds where the catalogue is silent, sheet names, language. */
export function SettingsTab({ state, ui, actions }: { state: PaneState; ui: UiStrings; actions: PaneActions }): React.JSX.Element {
  const styles = useStyles();
  const s = state.settings;
  const names = s.sheetNames;
  return (
    <section aria-label={ui.tabs.settings} className={styles.stack}>
      <Button onClick={actions.toggleLanguage} data-testid="language">
        {ui.language}
      </Button>
      <Field label={ui.settingsCompiler} hint={ui.settingsCompilerHint}>
        <Input value={s.compiler} onChange={(_, d) => actions.updateSettings({ compiler: d.value })} />
      </Field>
      <Field label={ui.settingsRounding}>
        <Select value={s.rounding} onChange={(_, d) => actions.updateSettings({ rounding: d.value as typeof s.rounding })}>
          {(['half-up', 'truncate', 'half-even'] as const).map((r) => (
            <option key={r} value={r}>
              {ui.rounding[r]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={ui.settingsThreshold} hint={ui.settingsThresholdHint}>
        <Input type="number" value={s.threshold} onChange={(_, d) => actions.updateSettings({ threshold: d.value })} />
      </Field>
      <Field label={ui.settingsSheetNames}>
        {(['summary', 'findings', 'narrative'] as const).map((k) => {
          // Excel refuses some names (31 characters, [ ] : * ? / \): say so while the clerk types. Empty keeps the default.
          const problem = names[k].trim() === '' ? null : sheetNameProblem(names[k]);
          return (
            <Field key={k} validationState={problem ? 'error' : 'none'} validationMessage={problem ? sheetNameProblemText(names[k], problem, state.language) : undefined}>
              <Input value={names[k]} aria-label={k} onChange={(_, d) => actions.updateSettings({ sheetNames: { ...names, [k]: d.value } })} />
            </Field>
          );
        })}
      </Field>
      <Switch checked={s.live} label={ui.liveMode} onChange={(_, d) => actions.updateSettings({ live: d.checked })} />
    </section>
  );
}
