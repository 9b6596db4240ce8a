import { Button, Subtitle2, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { numberedHeading, paragraphText } from '../../core';
import type { CompileOutcome } from '../../app/ports';
import type { PaneModel } from '../usePane';
import { actionHandlers, tabBase, type ActionHandlers, type TabBase } from './tabState';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: '8px', alignItems: 'flex-start' },
  preview: {
    marginTop: '8px',
    paddingLeft: '10px',
    paddingRight: '10px',
    paddingTop: '8px',
    paddingBottom: '8px',
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: '360px',
    overflowY: 'auto',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  para: { textIndent: '2em', marginTop: '4px', marginBottom: '4px', lineHeight: '1.6' },
  missing: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** What the 生成 tab shows and can do. */
interface OutputsTabState extends TabBase, ActionHandlers<'writeSheets' | 'downloadWorkbook' | 'downloadDocx'> {
  readonly live: boolean;
  /** Browser page: the compiled workbook can be downloaded. */
  readonly canDownloadWorkbook: boolean;
  readonly narrative: CompileOutcome['narrative'] | null;
  readonly setLive: (live: boolean) => void;
  readonly preview: () => void;
}

function useOutputsTab(pane: PaneModel, canDownloadWorkbook: boolean): OutputsTabState {
  const { state, actions } = pane;
  return {
    ...tabBase(pane),
    ...actionHandlers(actions, ['writeSheets', 'downloadWorkbook', 'downloadDocx']),
    live: state.settings.live,
    canDownloadWorkbook,
    narrative: state.outcome?.narrative ?? null,
    setLive: (live) => actions.updateSettings({ live }),
    preview: () => void actions.compile(),
  };
}

/** 生成: write the three sheets, live mode, preview the narrative, the Word document. */
export function OutputsTab({ pane, canDownloadWorkbook }: { pane: PaneModel; canDownloadWorkbook: boolean }): React.JSX.Element {
  return renderOutputsTab(useOutputsTab(pane, canDownloadWorkbook), useStyles());
}

function renderOutputsTab(s: OutputsTabState, styles: ReturnType<typeof useStyles>): React.JSX.Element {
  const { ui, narrative: doc } = s;
  return (
    <section aria-label={ui.tabs.outputs} className={styles.stack}>
      <Switch checked={s.live} label={ui.liveMode} onChange={(_, d) => s.setLive(d.checked)} />
      <Button appearance="primary" onClick={s.writeSheets} disabledFocusable={!s.canAct}>
        {ui.writeSheets}
      </Button>
      {s.canDownloadWorkbook && (
        <Button onClick={s.downloadWorkbook} disabledFocusable={!s.canAct}>
          {ui.downloadXlsx}
        </Button>
      )}
      <Button onClick={s.downloadDocx} disabledFocusable={!s.canAct}>
        {ui.downloadDocx}
      </Button>
      <Button appearance="subtle" onClick={s.preview} disabledFocusable={!s.canAct}>
        {ui.previewNarrative}
      </Button>
      {doc && (
        // A scrolling box with nothing focusable inside: focusable itself, so the keyboard scrolls it.
        <div className={styles.preview} data-testid="narrative-preview" role="region" aria-label={ui.previewNarrative} tabIndex={0}>
          <Subtitle2 block>{doc.title}</Subtitle2>
          {doc.sections.map((section, i) => (
            <div key={`${section.path.join('/')}-${i}`}>
              <Text weight="semibold" block>
                {numberedHeading(1, i + 1, section.path.join(' / '))}
              </Text>
              {section.paragraphs.map((p, j) => (
                <p key={j} className={styles.para}>
                  {p.runs.map((r, k) => (r.kind === 'missing' ? <span key={k} className={styles.missing}>{r.text}</span> : <span key={k}>{r.text}</span>))}
                  <span hidden>{paragraphText(p)}</span>
                </p>
              ))}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
