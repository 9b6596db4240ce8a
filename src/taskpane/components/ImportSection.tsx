import { Badge, Button, Caption1, Caption1Strong, Subtitle2, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import type { FigureChange, ImportEntry, ImportPlan } from '../../app/ports';
import { PANE_TEXT, type UiStrings } from '../i18n';
import { takeChosenFiles, useFileDrop, type ChosenFile } from '../useFileDrop';
import { WORKBOOK_ACCEPT } from '../workbookFiles';

const useStyles = makeStyles({
  drop: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    paddingLeft: '8px',
    paddingRight: '8px',
    paddingTop: '8px',
    paddingBottom: '8px',
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: '8px',
    rowGap: '6px',
    alignItems: 'center',
    marginTop: '4px',
  },
  dragging: { backgroundColor: tokens.colorBrandBackground2, border: `1px dashed ${tokens.colorBrandStroke1}` },
  muted: { color: tokens.colorNeutralForeground3 },
  review: { display: 'flex', flexDirection: 'column', rowGap: '8px', marginTop: '8px' },
  entry: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, paddingLeft: '8px', paddingRight: '8px', paddingTop: '6px', paddingBottom: '6px' },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '6px', rowGap: '2px' },
  file: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  kind: { marginTop: '4px', display: 'block' },
  figures: { listStyleType: 'none', paddingLeft: '0', marginTop: '2px', marginBottom: '2px' },
  figure: { display: 'flex', justifyContent: 'space-between', columnGap: '8px', paddingTop: '2px', paddingBottom: '2px', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  name: { overflowWrap: 'anywhere', minWidth: '0' },
  values: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  old: { color: tokens.colorPaletteRedForeground1, textDecorationLine: 'line-through' },
  new: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  refused: { color: tokens.colorPaletteRedForeground1 },
  buttons: { display: 'flex', columnGap: '8px' },
});

/** Figures of one kind listed before "and n more": a new unit brings all of its figures. */
const SHOWN = 12;

export interface ImportSectionProps {
  readonly ui: UiStrings;
  readonly plan: ImportPlan | null;
  readonly canPick: boolean;
  readonly canConfirm: boolean;
  readonly onFiles: (files: readonly ChosenFile[]) => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** 导入报送: choose or drop several department files; a plan under review shows its diff first. */
export function ImportSection({ ui, plan, canPick, canConfirm, onFiles, onConfirm, onCancel }: ImportSectionProps): React.JSX.Element {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const take = (files: readonly ChosenFile[]): void => {
    if (files.length > 0 && canPick) onFiles(files);
  };
  const { dragging, handlers } = useFileDrop(take, canPick);
  return (
    <div data-testid="import">
      <Subtitle2 as="h2">{ui.imports.title}</Subtitle2>
      <div className={mergeClasses(styles.drop, dragging && styles.dragging)} data-testid="import-drop" {...handlers}>
        <Button size="small" onClick={() => input.current?.click()} disabledFocusable={!canPick}>
          {ui.imports.pick}
        </Button>
        <Caption1 className={styles.muted}>{ui.imports.drop}</Caption1>
        <input
          ref={input}
          type="file"
          multiple
          accept={WORKBOOK_ACCEPT}
          hidden
          data-testid="import-input"
          onChange={(e) => take(takeChosenFiles(e))}
        />
      </div>
      {plan && <ImportReview ui={ui} plan={plan} canConfirm={canConfirm} onConfirm={onConfirm} onCancel={onCancel} />}
    </div>
  );
}

function ImportReview({ ui, plan, canConfirm, onConfirm, onCancel }: { ui: UiStrings; plan: ImportPlan; canConfirm: boolean; onConfirm: () => void; onCancel: () => void }): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.review} aria-label={ui.imports.review(plan.entries.length + plan.refused.length)} data-testid="import-review">
      <Text weight="semibold">{ui.imports.review(plan.entries.length + plan.refused.length)}</Text>
      {plan.entries.map((e) => (
        <EntryCard key={e.file} ui={ui} entry={e} />
      ))}
      {plan.refused.length > 0 && (
        <div data-testid="import-refused">
          <Text weight="semibold" className={styles.refused}>
            {ui.imports.refused}
          </Text>
          {plan.refused.map((r) => (
            <Caption1 key={r.file} block>
              {r.file}{PANE_TEXT.colon}{r.reason}
            </Caption1>
          ))}
        </div>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={onConfirm} disabledFocusable={!canConfirm || plan.entries.length === 0}>
          {ui.imports.confirm}
        </Button>
        <Button onClick={onCancel}>{ui.imports.cancel}</Button>
      </div>
    </section>
  );
}

/** One file: its unit (new or resubmitted), the sheets it brings, every figure changed, added, removed. */
function EntryCard({ ui, entry: e }: { ui: UiStrings; entry: ImportEntry }): React.JSX.Element {
  const styles = useStyles();
  const { changed, added, removed } = e.diff;
  return (
    <div className={styles.entry} data-testid="import-entry" data-unit={e.reporter ?? ''}>
      <div className={styles.head}>
        <Text weight="semibold">{e.reporter ?? ui.imports.unknownUnit}</Text>
        <Badge appearance="tint" color={e.resubmission ? 'warning' : 'brand'}>
          {e.resubmission ? ui.imports.resubmission : ui.imports.newUnit}
        </Badge>
      </div>
      <Caption1 block className={styles.file}>
        {e.file} · {e.sheets.map((s) => ui.imports.sheetAs(s.from, s.as)).join(PANE_TEXT.listSeparator)}
      </Caption1>
      {e.resubmission && changed.length + added.length + removed.length === 0 && <Caption1 className={styles.kind}>{ui.imports.noChange}</Caption1>}
      {e.notices.map((n) => (
        <Caption1 key={n} block className={styles.file}>
          {n}
        </Caption1>
      ))}
      <Figures ui={ui} title={ui.imports.changed(changed.length)} figures={changed} kind="changed" />
      <Figures ui={ui} title={ui.imports.added(added.length)} figures={added} kind="added" />
      <Figures ui={ui} title={ui.imports.removed(removed.length)} figures={removed} kind="removed" />
    </div>
  );
}

function Figures({ ui, title, figures, kind }: { ui: UiStrings; title: string; figures: readonly FigureChange[]; kind: 'changed' | 'added' | 'removed' }): React.JSX.Element | null {
  const styles = useStyles();
  if (figures.length === 0) return null;
  return (
    <>
      <Caption1Strong className={styles.kind}>{title}</Caption1Strong>
      <ul className={styles.figures} data-testid={`import-${kind}`}>
        {figures.slice(0, SHOWN).map((f, i) => (
          <li key={`${f.indicator}-${f.previous ? 1 : 0}-${i}`} className={styles.figure} data-indicator={f.indicator}>
            <Caption1 className={styles.name}>
              {f.indicator}
              {f.previous ? ` · ${ui.imports.previous}` : ''}
            </Caption1>
            <Caption1 className={styles.values}>
              {f.old !== null && <span className={kind === 'changed' || kind === 'removed' ? styles.old : undefined}>{f.old}</span>}
              {kind === 'changed' && ' → '}
              {f.new !== null && <span className={styles.new}>{f.new}</span>}
              {f.old === null && f.new === null && ui.imports.absent}
            </Caption1>
          </li>
        ))}
        {figures.length > SHOWN && (
          <li>
            <Caption1 className={styles.muted}>{ui.imports.more(figures.length - SHOWN)}</Caption1>
          </li>
        )}
      </ul>
    </>
  );
}
