import { Badge, Button, Caption1, Checkbox, Input, Select, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneFinding } from '../../app/ports';
import type { UiStrings } from '../i18n';
import { findingText, groupFindings, refText, type PaneActions, type PaneState, type Severity } from '../usePane';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '8px', rowGap: '6px' },
  filters: { display: 'flex', flexDirection: 'column', rowGap: '6px', marginTop: '8px' },
  severities: { display: 'flex', flexWrap: 'wrap', columnGap: '4px' },
  group: { marginTop: '12px' },
  sheet: { marginTop: '6px', color: tokens.colorNeutralForeground3 },
  item: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    marginTop: '4px',
    paddingTop: '6px',
    paddingBottom: '6px',
    paddingLeft: '8px',
    paddingRight: '8px',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: { border: `1px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  where: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1 },
  hint: { display: 'block', color: tokens.colorNeutralForeground3, marginTop: '2px' },
});

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

export interface ChecksTabProps {
  readonly state: PaneState;
  readonly ui: UiStrings;
  readonly actions: PaneActions;
}

/** 校验: run the check; findings grouped by severity then sheet, filters; a click selects the cell. */
export function ChecksTab({ state, ui, actions }: ChecksTabProps): React.JSX.Element {
  const styles = useStyles();
  const { report, filters } = state;
  const sheets = report ? [...new Set(report.findings.map((f) => f.sheet).filter((s): s is string => s !== null))] : [];
  const groups = report ? groupFindings(report.findings, filters, state.language) : [];
  const toggle = (s: Severity, on: boolean): void =>
    actions.setFilters({ severities: on ? [...filters.severities, s] : filters.severities.filter((x) => x !== s) });
  return (
    <section aria-label={ui.tabs.checks}>
      <div className={styles.bar}>
        <Button appearance="primary" onClick={() => void actions.runCheck()} disabled={state.busy !== null}>
          {report ? ui.rerunCheck : ui.runCheck}
        </Button>
        <Button size="small" onClick={() => void actions.highlight()} disabled={!report || state.busy !== null}>
          {ui.highlight}
        </Button>
        <Button size="small" appearance="subtle" onClick={() => void actions.clearHighlight()} disabled={state.busy !== null}>
          {ui.clearHighlight}
        </Button>
      </div>
      {!report && <Text block>{ui.notChecked}</Text>}
      {report && (
        <>
          <Text block weight="semibold" data-testid="summary">
            {ui.summaryLine(report.summary.errors, report.summary.warnings, report.summary.infos)}
          </Text>
          <div className={styles.filters}>
            <div className={styles.severities}>
              {(['error', 'warning', 'info'] as const).map((s) => (
                <Checkbox key={s} label={ui.severity[s]} checked={filters.severities.includes(s)} onChange={(_, d) => toggle(s, d.checked === true)} />
              ))}
            </div>
            <Select aria-label={ui.filterSheet} value={filters.sheet ?? ''} onChange={(_, d) => actions.setFilters({ sheet: d.value === '' ? null : d.value })}>
              <option value="">{`${ui.filterSheet}：${ui.filterAll}`}</option>
              {sheets.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
            <Input placeholder={ui.filterSearch} value={filters.search} onChange={(_, d) => actions.setFilters({ search: d.value })} />
          </div>
          {report.findings.length === 0 && <Text block>{ui.noFindings}</Text>}
          {groups.map((g) => (
            <div key={g.severity} className={styles.group}>
              <Subtitle2>
                <Badge color={BADGE[g.severity]} appearance="filled">
                  {g.sheets.reduce((n, s) => n + s.findings.length, 0)}
                </Badge>{' '}
                {ui.severity[g.severity]}
              </Subtitle2>
              {g.sheets.map((s) => (
                <div key={s.sheet}>
                  <Caption1 className={styles.sheet} block>
                    {s.sheet}
                  </Caption1>
                  {s.findings.map((f) => (
                    <FindingItem key={f.id} finding={f} state={state} ui={ui} onSelect={() => void actions.select(f)} className={`${styles.item} ${state.selected === f.id ? styles.selected : ''}`} whereClass={styles.where} hintClass={styles.hint} />
                  ))}
                </div>
              ))}
            </div>
          ))}
        </>
      )}
    </section>
  );
}

function FindingItem(props: { finding: PaneFinding; state: PaneState; ui: UiStrings; onSelect: () => void; className: string; whereClass: string; hintClass: string }): React.JSX.Element {
  const { finding: f, state, ui } = props;
  const text = findingText(f, state.language);
  const where = f.refs[0] ? refText(f.refs[0]) : '';
  return (
    <button type="button" className={props.className} onClick={props.onSelect} data-check={f.check} data-severity={f.severity} aria-pressed={state.selected === f.id}>
      <Caption1 className={props.whereClass}>{where}</Caption1> <Caption1>[{f.check}]</Caption1>
      <Text block size={200}>
        {text.message}
      </Text>
      {text.hint && (
        <Caption1 className={props.hintClass}>
          {ui.hint}：{text.hint}
        </Caption1>
      )}
    </button>
  );
}
