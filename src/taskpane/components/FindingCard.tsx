import { Badge, Button, Caption1, Caption1Strong, Radio, RadioGroup, Text, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { CHECK_NAMES, type Language } from '../../core';
import type { PaneFinding } from '../../app/ports';
import { PANE_TEXT, type UiStrings } from '../i18n';
import { findingText, placesText } from '../usePane';

const useStyles = makeStyles({
  card: {
    marginTop: '4px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  selectedCard: { border: `1px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  acceptedCard: { backgroundColor: tokens.colorNeutralBackground3 },
  item: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    paddingTop: '6px',
    paddingBottom: '4px',
    paddingLeft: '8px',
    paddingRight: '8px',
    backgroundColor: 'transparent',
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    fontFamily: tokens.fontFamilyBase,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  where: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1, overflowWrap: 'anywhere' },
  check: { color: tokens.colorNeutralForeground2 },
  hint: { display: 'block', color: tokens.colorNeutralForeground3, marginTop: '2px' },
  foot: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '6px', rowGap: '2px', paddingLeft: '8px', paddingRight: '4px', paddingBottom: '4px' },
  note: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere', flexBasis: '100%' },
  editor: { display: 'flex', flexDirection: 'column', rowGap: '6px', paddingLeft: '8px', paddingRight: '8px', paddingBottom: '8px' },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: '6px', rowGap: '6px' },
});

export type AcceptStatus = 'verified' | 'explained';

export interface FindingCardProps {
  readonly finding: PaneFinding;
  readonly ui: UiStrings;
  readonly language: Language;
  readonly selected: boolean;
  readonly canAccept: boolean;
  readonly onSelect: () => void;
  /** Saves a status and note (null: withdraws the acceptance); resolves true once written. */
  readonly onAccept: (status: AcceptStatus | null, note: string) => Promise<boolean>;
}

/**
 * One finding: a button that goes to its cell (check by its 中文名, places in reading order), and
 * below it the 处理意见: shown when accepted, edited inline (已核实/已说明 and a note).
 */
export function FindingCard({ finding: f, ui, language, selected, canAccept, onSelect, onAccept }: FindingCardProps): React.JSX.Element {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const text = findingText(f, language);
  const accepted = f.accepted ?? null;
  // Only errors and warnings count against the workbook; an info needs no 处理意见.
  const acceptable = f.severity !== 'info';
  return (
    <div className={mergeClasses(styles.card, accepted ? styles.acceptedCard : undefined, selected && styles.selectedCard)} data-finding={f.key} data-accepted={accepted ? accepted.status : undefined}>
      <button type="button" className={styles.item} onClick={onSelect} data-check={f.check} data-severity={f.severity} aria-pressed={selected}>
        <Caption1 className={styles.where}>{placesText(f.refs, PANE_TEXT.listSeparator)}</Caption1> <Caption1 className={styles.check}>{ui.checkLabel(CHECK_NAMES[language][f.check])}</Caption1>
        <Text block size={200}>
          {text.message}
        </Text>
        {text.hint && (
          <Caption1 className={styles.hint}>
            {ui.hint}{PANE_TEXT.colon}{text.hint}
          </Caption1>
        )}
      </button>
      {acceptable && !editing && (
        <div className={styles.foot}>
          {accepted && (
            <Badge appearance="tint" color="success" data-testid="accepted">
              {ui.accept.status[accepted.status]}
            </Badge>
          )}
          <Button size="small" appearance="transparent" onClick={() => setEditing(true)} disabledFocusable={!canAccept}>
            {accepted ? ui.accept.edit : ui.accept.open}
          </Button>
          {accepted && accepted.note !== '' && (
            <Caption1 className={styles.note} data-testid="accepted-note">
              {ui.accept.note}{PANE_TEXT.colon}{accepted.note}
            </Caption1>
          )}
        </div>
      )}
      {editing && <AcceptEditor ui={ui} initial={accepted} canSave={canAccept} onCancel={() => setEditing(false)} onSave={async (status, note) => (await onAccept(status, note)) && setEditing(false)} />}
    </div>
  );
}

interface AcceptEditorProps {
  readonly ui: UiStrings;
  readonly initial: PaneFinding['accepted'];
  readonly canSave: boolean;
  readonly onSave: (status: AcceptStatus | null, note: string) => void;
  readonly onCancel: () => void;
}

function AcceptEditor({ ui, initial, canSave, onSave, onCancel }: AcceptEditorProps): React.JSX.Element {
  const styles = useStyles();
  const id = useId();
  const [status, setStatus] = useState<AcceptStatus>(initial?.status ?? 'explained');
  const [note, setNote] = useState(initial?.note ?? '');
  return (
    <div className={styles.editor} role="group" aria-labelledby={`${id}-label`}>
      <Caption1Strong id={`${id}-label`}>
        {ui.accept.note}
      </Caption1Strong>
      <RadioGroup layout="horizontal" value={status} onChange={(_, d) => setStatus(d.value as AcceptStatus)} aria-labelledby={`${id}-label`}>
        <Radio value="verified" label={ui.accept.status.verified} />
        <Radio value="explained" label={ui.accept.status.explained} />
      </RadioGroup>
      <Textarea value={note} onChange={(_, d) => setNote(d.value)} placeholder={ui.accept.notePlaceholder} aria-label={ui.accept.note} resize="vertical" rows={2} />
      <div className={styles.buttons}>
        <Button size="small" appearance="primary" onClick={() => onSave(status, note.trim())} disabledFocusable={!canSave}>
          {ui.accept.save}
        </Button>
        <Button size="small" onClick={onCancel}>
          {ui.accept.cancel}
        </Button>
        {initial && (
          <Button size="small" appearance="subtle" onClick={() => onSave(null, '')} disabledFocusable={!canSave}>
            {ui.accept.withdraw}
          </Button>
        )}
      </div>
    </div>
  );
}
