import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { PaneModel, TabId } from '../usePane';
import { BusyBar } from './BusyBar';
import { ChecksTab } from './ChecksTab';
import { DraftTab } from './DraftTab';
import { OutputsTab } from './OutputsTab';
import { SettingsTab } from './SettingsTab';
import { SubmissionsTab } from './SubmissionsTab';
import { TabStrip, tabId } from './TabStrip';
import { YearTab } from './YearTab';
import type { HostAbilities } from '../services';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '8px', paddingLeft: '12px', paddingRight: '12px', paddingTop: '10px', paddingBottom: '16px', minWidth: '300px', maxWidth: '420px', boxSizing: 'border-box' },
  header: { display: 'flex', flexDirection: 'column' },
  tagline: { color: tokens.colorNeutralForeground3 },
});

const TABS: readonly TabId[] = ['submissions', 'checks', 'outputs', 'draft', 'year', 'settings'];

export interface PaneViewProps {
  readonly pane: PaneModel;
  readonly abilities: HostAbilities;
}

/**
 * The pane: six compact tabs for a 320–350 px task pane, messages, and a progress bar. Each
 * tab reads its own state through its hook (useChecksTab…), never the whole pane's.
 */
export function Pane({ pane, abilities }: PaneViewProps): React.JSX.Element {
  const styles = useStyles();
  const { state, ui, actions } = pane;
  const id = useId();
  const panels: Record<TabId, () => React.JSX.Element> = {
    submissions: () => <SubmissionsTab pane={pane} canImport={abilities.importSubmissions} />,
    checks: () => <ChecksTab pane={pane} />,
    outputs: () => <OutputsTab pane={pane} canDownloadWorkbook={abilities.downloadWorkbook} />,
    draft: () => <DraftTab pane={pane} />,
    year: () => <YearTab pane={pane} opensWorkbooks={abilities.createWorkbook} />,
    settings: () => <SettingsTab pane={pane} />,
  };
  return (
    <div className={styles.root} lang={state.language === 'zh' ? 'zh-CN' : 'en'}>
      <div className={styles.header}>
        <Title3 as="h1">{ui.product}</Title3>
        <Caption1 className={styles.tagline}>{ui.tagline}</Caption1>
      </div>
      <TabStrip id={id} label={ui.product} tabs={TABS.map((t) => ({ value: t, label: ui.tabs[t] }))} selected={state.tab} onSelect={actions.setTab} />
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
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={tabId(id, TABS.indexOf(state.tab))}>
        {panels[state.tab]()}
      </div>
    </div>
  );
}
