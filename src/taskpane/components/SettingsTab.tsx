import { Button, Field, Input, Select, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { sheetNameProblem, sheetNameProblemText, type Language } from '../../core';
import type { UiStrings } from '../i18n';
import type { PaneModel, PaneSettings } from '../usePane';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: '10px' },
  names: { border: 'none', marginLeft: '0', marginRight: '0', marginTop: '0', marginBottom: '0', paddingLeft: '0', paddingRight: '0', paddingTop: '0', paddingBottom: '0', display: 'flex', flexDirection: 'column', rowGap: '6px' },
  legend: { paddingLeft: '0', paddingRight: '0', marginBottom: '4px', fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
});

const SHEETS = ['summary', 'findings', 'narrative'] as const;

/** What the 设置 tab shows and can do. */
interface SettingsTabState {
  readonly ui: UiStrings;
  readonly settings: PaneSettings;
  readonly update: (p: Partial<PaneSettings>) => void;
  readonly toggleLanguage: () => void;
  readonly language: Language;
}

function useSettingsTab({ state, ui, actions }: PaneModel): SettingsTabState {
  return { ui, settings: state.settings, update: actions.updateSettings, toggleLanguage: actions.toggleLanguage, language: state.language };
}

/** 设置: 编制单位, rounding and thresholds where the catalogue is silent, sheet names, language. */
export function SettingsTab({ pane }: { pane: PaneModel }): React.JSX.Element {
  return renderSettingsTab(useSettingsTab(pane), useStyles());
}

function renderSettingsTab({ ui, settings: s, update, toggleLanguage, language }: SettingsTabState, styles: ReturnType<typeof useStyles>): React.JSX.Element {
  const names = s.sheetNames;
  return (
    <section aria-label={ui.tabs.settings} className={styles.stack}>
      <Button onClick={toggleLanguage} data-testid="language">
        {ui.language}
      </Button>
      <Field label={ui.settingsCompiler} hint={ui.settingsCompilerHint}>
        <Input value={s.compiler} onChange={(_, d) => update({ compiler: d.value })} />
      </Field>
      <Field label={ui.settingsRounding}>
        <Select value={s.rounding} onChange={(_, d) => update({ rounding: d.value as typeof s.rounding })}>
          {(['half-up', 'truncate', 'half-even'] as const).map((r) => (
            <option key={r} value={r}>
              {ui.rounding[r]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={ui.settingsThreshold} hint={ui.settingsThresholdHint}>
        <Input type="number" value={s.threshold} onChange={(_, d) => update({ threshold: d.value })} />
      </Field>
      <fieldset className={styles.names}>
        <legend className={styles.legend}>{ui.settingsSheetNames}</legend>
        {SHEETS.map((k) => {
          // Excel refuses some names (31 characters, [ ] : * ? / \): say so while the clerk types. Empty keeps the default.
          const problem = names[k].trim() === '' ? null : sheetNameProblem(names[k]);
          return (
            <Field
              key={k}
              label={ui.sheetNameLabels[k]}
              orientation="horizontal"
              validationState={problem ? 'error' : 'none'}
              validationMessage={problem ? sheetNameProblemText(names[k], problem, language) : undefined}
            >
              <Input value={names[k]} onChange={(_, d) => update({ sheetNames: { ...names, [k]: d.value } })} />
            </Field>
          );
        })}
      </fieldset>
      <Switch checked={s.live} label={ui.liveMode} onChange={(_, d) => update({ live: d.checked })} />
    </section>
  );
}
