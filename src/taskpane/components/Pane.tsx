import { Button, MessageBar, MessageBarActions, MessageBarBody, Tab, TabList, Title3, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { UiStrings } from '../i18n';
import type { PaneActions, PaneState, TabId } from '../usePane';
import { BusyBar } from './BusyBar';
import { ChecksTab } from './ChecksTab';
import { DraftTab } from './DraftTab';
import { OutputsTab } from './OutputsTab';
import { SettingsTab } from './SettingsTab';
import { SubmissionsTab } from './SubmissionsTab';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '8px', paddingLeft: '12px', paddingRight: '12px', paddingTop: '10px', paddingBottom: '16px', minWidth: '300px', maxWidth: '420px', boxSizing: 'border-box' },
  header: { display: 'flex', flexDirection: 'column' },
  tagline: { color: tokens.colorNeutralForeground3 },
});

const TABS: readonly TabId[] = ['submissions', 'checks', 'outputs', 'draft', 'settings'];

export interface PaneViewProps {
  readonly state: PaneState;
  readonly ui: UiStrings;
  readonly actions: PaneActions;
  readonly canDownloadWorkbook: boolean;
}

/** The pane: five compact tabs for a 320–350 px task pane, messages, and a progress bar. */
export function Pane({ state, ui, actions, canDownloadWorkbook }: PaneViewProps): React.JSX.Element {
  const styles = useStyles();
  const panels: Record<TabId, React.JSX.Element> = {
    submissions: <SubmissionsTab state={state} ui={ui} actions={actions} />,
    checks: <ChecksTab state={state} ui={ui} actions={actions} />,
    outputs: <OutputsTab state={state} ui={ui} actions={actions} canDownloadWorkbook={canDownloadWorkbook} />,
    draft: <DraftTab state={state} ui={ui} actions={actions} />,
    settings: <SettingsTab state={state} ui={ui} actions={actions} />,
  };
  return (
    <div className={styles.root} lang={state.language === 'zh' ? 'zh-CN' : 'en'}>
      <div className={styles.header}>
        <Title3 as="h1">{ui.product}</Title3>
        <Caption1 className={styles.tagline}>{ui.tagline}</Caption1>
      </div>
      <TabList selectedValue={state.tab} onTabSelect={(_, d) => actions.setTab(d.value as TabId)} size="small">
        {TABS.map((t) => (
          <Tab key={t} value={t}>
            {ui.tabs[t]}
          </Tab>
        ))}
      </TabList>
      <BusyBar busy={state.busy} ui={ui} />
      {state.error && (
        <MessageBar intent="error" data-testid="error">
          <MessageBarBody>{state.error}</MessageBarBody>
          {state.reveal && (
            <MessageBarActions>
              <Button size="small" onClick={() => void actions.revealAndSelect()} data-testid="reveal-sheet">
                {ui.revealSheet}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent="success" data-testid="notice">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      <div role="tabpanel">{panels[state.tab]}</div>
    </div>
  );
}
