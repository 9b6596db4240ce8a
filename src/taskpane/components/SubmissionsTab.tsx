import { Button, Caption1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ImportPlan, PaneReport } from '../../app/ports';
import { PANE_TEXT } from '../i18n';
import type { PaneModel } from '../usePane';
import { actionHandlers, tabBase, type ActionHandlers, type TabBase } from './tabState';
import { ImportSection } from './ImportSection';

const useStyles = makeStyles({
  list: { listStyleType: 'none', paddingLeft: '0', marginTop: '4px', marginBottom: '8px' },
  row: { paddingTop: '4px', paddingBottom: '4px', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  bad: { color: tokens.colorPaletteRedForeground1 },
  run: { marginTop: '4px', marginBottom: '8px' },
  import: { marginBottom: '12px' },
});

/** What the 报送 tab shows and can do. */
interface SubmissionsTabState extends TabBase, ActionHandlers<'runCheck' | 'pickSubmissions' | 'confirmImport' | 'cancelImport'> {
  readonly report: PaneReport | null;
  /** An import under review (its diff), or null. */
  readonly plan: ImportPlan | null;
  /** The host can write an import (both do; a test's host may not). */
  readonly canImport: boolean;
}

function useSubmissionsTab(pane: PaneModel, canImport: boolean): SubmissionsTabState {
  const { state, actions } = pane;
  return {
    ...tabBase(pane),
    ...actionHandlers(actions, ['runCheck', 'pickSubmissions', 'confirmImport', 'cancelImport']),
    report: state.report,
    plan: state.year.importing?.plan ?? null,
    canImport,
  };
}

/** 报送: which units sent figures and which have not, sheets skipped and why. */
export function SubmissionsTab({ pane, canImport }: { pane: PaneModel; canImport: boolean }): React.JSX.Element {
  return renderSubmissionsTab(useSubmissionsTab(pane, canImport), useStyles());
}

// The run button stays in place when the report arrives, so the keyboard's focus stays on it.
function renderSubmissionsTab(s: SubmissionsTabState, styles: ReturnType<typeof useStyles>): React.JSX.Element {
  const { ui, report, canAct, runCheck } = s;
  return (
    <section aria-label={ui.tabs.submissions}>
      {s.canImport && (
        <div className={styles.import}>
          <ImportSection ui={ui} plan={s.plan} canPick={canAct} canConfirm={canAct} onFiles={s.pickSubmissions} onConfirm={s.confirmImport} onCancel={s.cancelImport} />
        </div>
      )}
      {!report && <Text block>{ui.notChecked}</Text>}
      <Button className={styles.run} appearance={report ? 'secondary' : 'primary'} onClick={runCheck} disabledFocusable={!canAct}>
        {report ? ui.rerunCheck : ui.runCheck}
      </Button>
      {report && (
        <>
          <Text block>{report.catalogInferred ? ui.noCatalog : ui.catalogLine(report.indicators, report.figures)}</Text>
          <Subtitle2>{ui.units}</Subtitle2>
          <ul className={styles.list}>
            {report.reporters.map((u) => (
              <li key={u.reporter} className={styles.row}>
                <Text weight="semibold">{u.reporter}</Text> <Caption1>{ui.unitLine(u.sheets.join(PANE_TEXT.listSeparator), u.figures)}</Caption1>
                {u.errors > 0 && <Caption1 className={styles.bad}> · {ui.severity.error} {u.errors}</Caption1>}
              </li>
            ))}
          </ul>
          {report.absentReporters.length > 0 && (
            <>
              <Subtitle2 className={styles.bad}>{ui.absentReporters}</Subtitle2>
              <Text block>{report.absentReporters.join(PANE_TEXT.listSeparator)}</Text>
            </>
          )}
          {report.ledgers.length > 0 && (
            <Text block>
              {ui.ledgers}{PANE_TEXT.colon}{report.ledgers.join(PANE_TEXT.listSeparator)}
            </Text>
          )}
          {report.skipped.length > 0 && (
            <>
              <Subtitle2>{ui.skippedSheets}</Subtitle2>
              <ul className={styles.list}>
                {report.skipped
                  .filter((s) => s.reason !== 'meta')
                  .map((s) => (
                    <li key={s.sheet}>
                      {s.sheet} <Caption1>{PANE_TEXT.openParen}{ui.skipReason[s.reason]}{PANE_TEXT.closeParen}</Caption1>
                    </li>
                  ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
