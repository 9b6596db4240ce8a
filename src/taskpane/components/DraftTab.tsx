import { Button, Caption1, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Language } from '../../core';
import type { DraftOutcome } from '../../app/ports';
import { PANE_TEXT, type UiStrings } from '../i18n';
import { canAct, findingText, type PaneModel } from '../usePane';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: '8px' },
  marked: {
    whiteSpace: 'pre-wrap',
    lineHeight: '1.7',
    backgroundColor: tokens.colorNeutralBackground2,
    paddingLeft: '8px',
    paddingRight: '8px',
    paddingTop: '6px',
    paddingBottom: '6px',
    maxHeight: '260px',
    overflowY: 'auto',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  ok: { backgroundColor: 'transparent', borderBottom: `2px solid ${tokens.colorPaletteGreenBorder2}` },
  bad: { backgroundColor: tokens.colorPaletteRedBackground2, borderBottom: `2px solid ${tokens.colorPaletteRedBorder2}` },
  unknown: { backgroundColor: 'transparent', borderBottom: `2px dotted ${tokens.colorNeutralStroke1}` },
  finding: { display: 'block', marginTop: '4px' },
});

/** A piece of the draft: plain text, or a figure matched, wrong, or matched to no indicator. */
type DraftSegment =
  | { readonly kind: 'text'; readonly at: number; readonly text: string }
  | { readonly kind: 'ok' | 'bad' | 'unknown'; readonly at: number; readonly text: string; readonly figure: string; readonly indicator: string | null };

/** What the 核稿 tab shows and can do. */
interface DraftTabState {
  readonly ui: UiStrings;
  readonly language: Language;
  readonly text: string;
  readonly draft: DraftOutcome | null;
  readonly segments: readonly DraftSegment[];
  readonly canCheck: boolean;
  readonly setText: (text: string) => void;
  readonly checkDraft: () => void;
}

/** The draft cut at each figure the check read, each figure marked by what became of it. */
function toDraftSegments(text: string, draft: DraftOutcome | null): DraftSegment[] {
  const bad = new Set((draft?.findings ?? []).filter((f) => f.severity === 'error').flatMap((f) => f.refs.flatMap((r) => ('offset' in r ? [r.offset] : []))));
  const out: DraftSegment[] = [];
  let at = 0;
  for (const f of draft?.figures ?? []) {
    if (f.offset < at || f.offset + f.length > text.length) continue;
    out.push({ kind: 'text', at, text: text.slice(at, f.offset) });
    const kind = bad.has(f.offset) ? 'bad' : f.indicator ? 'ok' : 'unknown';
    out.push({ kind, at: f.offset, text: text.slice(f.offset, f.offset + f.length), figure: f.text, indicator: f.indicator });
    at = f.offset + f.length;
  }
  out.push({ kind: 'text', at, text: text.slice(at) });
  return out;
}

function useDraftTab({ state, ui, actions }: PaneModel): DraftTabState {
  const { draftText: text, draft } = state;
  const segments = useMemo(() => toDraftSegments(text, draft), [text, draft]);
  return {
    ui,
    language: state.language,
    text,
    draft,
    segments,
    canCheck: canAct(state) && text.trim() !== '',
    setText: actions.setDraftText,
    checkDraft: () => void actions.checkDraft(),
  };
}

/** 核稿: paste the draft, see each figure marked: matched, wrong, or not matched. */
export function DraftTab({ pane }: { pane: PaneModel }): React.JSX.Element {
  return renderDraftTab(useDraftTab(pane), useStyles());
}

function renderDraftTab(s: DraftTabState, styles: ReturnType<typeof useStyles>): React.JSX.Element {
  const { ui, draft } = s;
  return (
    <section aria-label={ui.tabs.draft} className={styles.stack}>
      <Textarea value={s.text} placeholder={ui.draftPlaceholder} onChange={(_, d) => s.setText(d.value)} resize="vertical" rows={8} aria-label={ui.tabs.draft} />
      <Button appearance="primary" onClick={s.checkDraft} disabledFocusable={!s.canCheck}>
        {ui.checkDraft}
      </Button>
      {draft && (
        <>
          <Text weight="semibold">{ui.draftLine(draft.figures.length, draft.figures.filter((f) => f.indicator).length, draft.findings.filter((f) => f.severity === 'error').length)}</Text>
          {/* Focusable so that the keyboard can scroll a long draft. */}
          <div className={styles.marked} data-testid="draft-marked" role="region" aria-label={ui.draftMarked} tabIndex={0}>
            {s.segments.map((p) =>
              p.kind === 'text' ? (
                <span key={`t${p.at}`}>{p.text}</span>
              ) : (
                <mark key={`f${p.at}`} className={styles[p.kind]} title={p.indicator ?? ui.unmatchedFigure} data-figure={p.figure}>
                  {p.text}
                </mark>
              ),
            )}
          </div>
          {draft.findings.map((f) => (
            <Caption1 key={f.id} className={styles.finding} data-check={f.check}>
              {ui.severity[f.severity]}{PANE_TEXT.colon}{findingText(f, s.language).message}
            </Caption1>
          ))}
        </>
      )}
    </section>
  );
}
