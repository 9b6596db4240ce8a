import { Button, Subtitle2, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { chineseOrdinal, paragraphText } from '../../core';
import type { UiStrings } from '../i18n';
import type { PaneActions, PaneState } from '../usePane';

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
  },
  para: { textIndent: '2em', marginTop: '4px', marginBottom: '4px', lineHeight: '1.6' },
  missing: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** 生成: write the three sheets, live mode, preview the narrative, the Word document. */
export function OutputsTab({ state, ui, actions, canDownloadWorkbook }: { state: PaneState; ui: UiStrings; actions: PaneActions; canDownloadWorkbook: boolean }): React.JSX.Element {
  const styles = useStyles();
  const busy = state.busy !== null;
  const doc = state.outcome?.narrative;
  return (
    <section aria-label={ui.tabs.outputs} className={styles.stack}>
      <Switch checked={state.settings.live} label={ui.liveMode} onChange={(_, d) => actions.updateSettings({ live: d.checked })} />
      <Button appearance="primary" onClick={() => void actions.writeSheets()} disabled={busy}>
        {ui.writeSheets}
      </Button>
      {canDownloadWorkbook && (
        <Button onClick={() => void actions.downloadWorkbook()} disabled={busy}>
          {ui.downloadXlsx}
        </Button>
      )}
      <Button onClick={() => void actions.downloadDocx()} disabled={busy}>
        {ui.downloadDocx}
      </Button>
      <Button appearance="subtle" onClick={() => void actions.compile()} disabled={busy}>
        {ui.previewNarrative}
      </Button>
      {doc && (
        <div className={styles.preview} data-testid="narrative-preview">
          <Subtitle2 block>{doc.title}</Subtitle2>
          {doc.sections.map((s, i) => (
            <div key={`${s.path.join('/')}-${i}`}>
              <Text weight="semibold" block>
                {chineseOrdinal(i + 1)}、{s.path.join(' / ')}
              </Text>
              {s.paragraphs.map((p, j) => (
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
