import { Button, Caption1, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { UiStrings } from '../i18n';
import { findingText, type PaneActions, type PaneState } from '../usePane';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: '8px' },
  marked: { whiteSpace: 'pre-wrap', lineHeight: '1.7', backgroundColor: tokens.colorNeutralBackground2, paddingLeft: '8px', paddingRight: '8px', paddingTop: '6px', paddingBottom: '6px', maxHeight: '260px', overflowY: 'auto' },
  ok: { borderBottom: `2px solid ${tokens.colorPaletteGreenBorder2}` },
  bad: { backgroundColor: tokens.colorPaletteRedBackground2, borderBottom: `2px solid ${tokens.colorPaletteRedBorder2}` },
  unknown: { borderBottom: `2px dotted ${tokens.colorNeutralStroke1}` },
  finding: { display: 'block', marginTop: '4px' },
});

/** 核稿: paste the draft, see each figure marked: matched, wrong, or not matched. */
export function DraftTab({ state, ui, actions }: { state: PaneState; ui: UiStrings; actions: PaneActions }): React.JSX.Element {
  const styles = useStyles();
  const draft = state.draft;
  const bad = new Set((draft?.findings ?? []).filter((f) => f.severity === 'error').flatMap((f) => f.refs.filter((r) => 'offset' in r).map((r) => ('offset' in r ? r.offset : -1))));
  const text = state.draftText;
  const pieces: React.JSX.Element[] = [];
  let at = 0;
  for (const f of draft?.figures ?? []) {
    if (f.offset < at || f.offset + f.length > text.length) continue;
    pieces.push(<span key={`t${at}`}>{text.slice(at, f.offset)}</span>);
    const cls = bad.has(f.offset) ? styles.bad : f.indicator ? styles.ok : styles.unknown;
    pieces.push(
      <mark key={`f${f.offset}`} className={cls} title={f.indicator ?? ui.unmatchedFigure} data-figure={f.text} style={{ backgroundColor: bad.has(f.offset) ? undefined : 'transparent' }}>
        {text.slice(f.offset, f.offset + f.length)}
      </mark>,
    );
    at = f.offset + f.length;
  }
  pieces.push(<span key="end">{text.slice(at)}</span>);
  return (
    <section aria-label={ui.tabs.draft} className={styles.stack}>
      <Textarea value={text} placeholder={ui.draftPlaceholder} onChange={(_, d) => actions.setDraftText(d.value)} resize="vertical" rows={8} aria-label={ui.tabs.draft} />
      <Button appearance="primary" onClick={() => void actions.checkDraft()} disabled={state.busy !== null || text.trim() === ''}>
        {ui.checkDraft}
      </Button>
      {draft && (
        <>
          <Text weight="semibold">{ui.draftLine(draft.figures.length, draft.figures.filter((f) => f.indicator).length, draft.findings.filter((f) => f.severity === 'error').length)}</Text>
          <div className={styles.marked} data-testid="draft-marked">
            {pieces}
          </div>
          {draft.findings.map((f) => (
            <Caption1 key={f.id} className={styles.finding} data-check={f.check}>
              {ui.severity[f.severity]}：{findingText(f, state.language).message}
            </Caption1>
          ))}
        </>
      )}
    </section>
  );
}
