import { Badge, Button, Caption1, Checkbox, Input, Select, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { CHECK_NAMES, type CheckId, type Language } from '../../core';
import type { PaneFinding, PaneReport } from '../../app/ports';
import { PANE_TEXT } from '../i18n';
import { groupFindings, markableCells, type Filters, type PaneModel, type Severity } from '../usePane';
import { FindingCard, type AcceptStatus } from './FindingCard';
import { actionHandlers, tabBase, type ActionHandlers, type TabBase } from './tabState';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '8px', rowGap: '6px' },
  filters: { display: 'flex', flexDirection: 'column', rowGap: '6px', marginTop: '8px' },
  severities: { display: 'flex', flexWrap: 'wrap', columnGap: '4px' },
  group: { marginTop: '12px' },
  sheet: { marginTop: '6px', color: tokens.colorNeutralForeground3 },
});

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

/** What the 校验 tab shows and can do. */
interface ChecksTabState extends TabBase, ActionHandlers<'runCheck' | 'highlight' | 'clearHighlight' | 'select'> {
  readonly language: Language;
  readonly report: PaneReport | null;
  readonly filters: Filters;
  /** Sheets named by the findings, for the sheet filter. */
  readonly sheets: readonly string[];
  /** Checks that found something, in SPEC §4's order, for the check filter. */
  readonly checks: readonly CheckId[];
  readonly groups: ReturnType<typeof groupFindings>;
  readonly selected: number | null;
  /** A check found cells to mark. */
  readonly canHighlight: boolean;
  /** Something may be marked (unknown counts: an earlier session in Excel may have marked). */
  readonly canClear: boolean;
  readonly setFilters: (p: Partial<Filters>) => void;
  readonly accept: (f: PaneFinding, status: AcceptStatus | null, note: string) => Promise<boolean>;
}

function useChecksTab(pane: PaneModel): ChecksTabState {
  const { state, actions } = pane;
  const { report, filters, language } = state;
  const sheets = useMemo(() => (report ? [...new Set(report.findings.map((f) => f.sheet).filter((s): s is string => s !== null))] : []), [report]);
  const checks = useMemo(() => (report ? (Object.keys(CHECK_NAMES.zh) as CheckId[]).filter((c) => report.findings.some((f) => f.check === c)) : []), [report]);
  const groups = useMemo(() => (report ? groupFindings(report.findings, filters, language) : []), [report, filters, language]);
  const base = tabBase(pane);
  const ready = base.canAct;
  return {
    ...base,
    ...actionHandlers(actions, ['runCheck', 'highlight', 'clearHighlight', 'select']),
    language,
    report,
    filters,
    sheets,
    checks,
    groups,
    selected: state.selected,
    canHighlight: ready && markableCells(report).length > 0,
    canClear: ready && state.marked !== 0,
    setFilters: actions.setFilters,
    accept: actions.accept,
  };
}

/** 校验: run the check; findings grouped by severity then sheet, filters; a click selects the cell. */
export function ChecksTab({ pane }: { pane: PaneModel }): React.JSX.Element {
  return renderChecksTab(useChecksTab(pane), useStyles());
}

// Buttons that cannot act stay focusable (disabledFocusable): a disabled button drops the
// keyboard's focus to <body>, as 开始核对 did while it ran.
function renderChecksTab(s: ChecksTabState, styles: ReturnType<typeof useStyles>): React.JSX.Element {
  const { ui, report, filters } = s;
  const toggle = (severity: Severity, on: boolean): void => s.setFilters({ severities: on ? [...filters.severities, severity] : filters.severities.filter((x) => x !== severity) });
  return (
    <section aria-label={ui.tabs.checks}>
      <div className={styles.bar}>
        <Button appearance="primary" onClick={s.runCheck} disabledFocusable={!s.canAct}>
          {report ? ui.rerunCheck : ui.runCheck}
        </Button>
        <Button size="small" onClick={s.highlight} disabledFocusable={!s.canHighlight}>
          {ui.highlight}
        </Button>
        <Button size="small" appearance="subtle" onClick={s.clearHighlight} disabledFocusable={!s.canClear}>
          {ui.clearHighlight}
        </Button>
      </div>
      {!report && <Text block>{ui.notChecked}</Text>}
      {report && (
        <>
          <Text block weight="semibold" data-testid="summary">
            {ui.summaryLine(report.summary.errors, report.summary.warnings, report.summary.infos, report.accepted.errors)}
          </Text>
          <div className={styles.filters}>
            <div className={styles.severities}>
              {(['error', 'warning', 'info'] as const).map((severity) => (
                <Checkbox key={severity} label={ui.severity[severity]} checked={filters.severities.includes(severity)} onChange={(_, d) => toggle(severity, d.checked === true)} />
              ))}
            </div>
            <Select aria-label={ui.filterSheet} value={filters.sheet ?? ''} onChange={(_, d) => s.setFilters({ sheet: d.value === '' ? null : d.value })}>
              <option value="">{`${ui.filterSheet}${PANE_TEXT.colon}${ui.filterAll}`}</option>
              {s.sheets.map((sheet) => (
                <option key={sheet} value={sheet}>
                  {sheet}
                </option>
              ))}
            </Select>
            <Select aria-label={ui.filterCheck} value={filters.check ?? ''} onChange={(_, d) => s.setFilters({ check: d.value === '' ? null : (d.value as CheckId) })} data-testid="check-filter">
              <option value="">{`${ui.filterCheck}${PANE_TEXT.colon}${ui.filterAll}`}</option>
              {s.checks.map((c) => (
                <option key={c} value={c}>
                  {CHECK_NAMES[s.language][c]}
                </option>
              ))}
            </Select>
            <Input aria-label={ui.filterSearch} placeholder={ui.filterSearch} value={filters.search} onChange={(_, d) => s.setFilters({ search: d.value })} />
          </div>
          {report.findings.length === 0 && <Text block>{ui.noFindings}</Text>}
          {s.groups.map((g) => (
            <div key={g.severity} className={styles.group}>
              <Subtitle2>
                <Badge color={BADGE[g.severity]} appearance="filled">
                  {g.sheets.reduce((n, x) => n + x.findings.length, 0)}
                </Badge>{' '}
                {ui.severity[g.severity]}
              </Subtitle2>
              {g.sheets.map((x) => (
                <div key={x.sheet}>
                  <Caption1 className={styles.sheet} block>
                    {x.sheet}
                  </Caption1>
                  {x.findings.map((f) => (
                    <FindingCard key={f.id} finding={f} ui={ui} language={s.language} selected={s.selected === f.id} canAccept={s.canAct} onSelect={() => s.select(f)} onAccept={(status, note) => s.accept(f, status, note)} />
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
