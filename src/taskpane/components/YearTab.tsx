import { Button, Caption1, Caption1Strong, Divider, Field, Input, Subtitle2, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import type { UiStrings } from '../i18n';
import { offeredYears, type LearnedView, type YearState } from '../paneState';
import type { PaneModel } from '../usePane';
import { takeChosenFiles } from '../useFileDrop';
import { actionHandlers, tabBase, type ActionHandlers, type TabBase } from './tabState';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: '8px' },
  section: { display: 'flex', flexDirection: 'column', rowGap: '6px', alignItems: 'stretch' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: '8px', rowGap: '6px' },
  year: { width: '96px' },
  muted: { color: tokens.colorNeutralForeground3 },
  forms: { listStyleType: 'none', paddingLeft: '0', marginTop: '0', marginBottom: '0', display: 'flex', flexWrap: 'wrap', columnGap: '6px', rowGap: '6px' },
  learned: {
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    paddingLeft: '8px',
    paddingRight: '8px',
    paddingTop: '6px',
    paddingBottom: '6px',
    maxHeight: '280px',
    overflowY: 'auto',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  template: { marginTop: '4px', marginBottom: '4px', lineHeight: '1.6' },
  section_: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '6px' },
});

/** What the 年度 tab shows and can do. */
type YearActions = 'makeForms' | 'downloadFormsZip' | 'takeForm' | 'openLearnFile' | 'learn' | 'confirmLearn' | 'cancelLearn' | 'rollover';
const YEAR_ACTIONS: readonly YearActions[] = ['makeForms', 'downloadFormsZip', 'takeForm', 'openLearnFile', 'learn', 'confirmLearn', 'cancelLearn', 'rollover'];

interface YearTabState extends TabBase, ActionHandlers<YearActions> {
  readonly year: YearState;
  /** The years in the two year fields: typed, else offered from the workbook's 报告期. */
  readonly years: ReturnType<typeof offeredYears>;
  /** Excel with ExcelApi 1.8: forms and next year's book open as new workbooks instead of downloading. */
  readonly opensWorkbooks: boolean;
  readonly setInput: PaneModel['actions']['setYearInput'];
}

function useYearTab(pane: PaneModel, opensWorkbooks: boolean): YearTabState {
  return { ...tabBase(pane), ...actionHandlers(pane.actions, YEAR_ACTIONS), year: pane.state.year, years: offeredYears(pane.state), opensWorkbooks, setInput: pane.actions.setYearInput };
}

/** 年度: hand out the blank forms for a year, learn last year's wording, roll over to next year. */
export function YearTab({ pane, opensWorkbooks }: { pane: PaneModel; opensWorkbooks: boolean }): React.JSX.Element {
  const s = useYearTab(pane, opensWorkbooks);
  const styles = useStyles();
  return (
    <section aria-label={s.ui.tabs.year} className={styles.stack}>
      <FormsSection s={s} styles={styles} />
      <Divider />
      <LearnSection s={s} styles={styles} />
      <Divider />
      <RolloverSection s={s} styles={styles} />
    </section>
  );
}

type Styles = ReturnType<typeof useStyles>;

/** A section that asks for a year (the forms' year, next year's): title, hint, the year field beside its buttons, then what it made. */
function YearSection(props: {
  s: YearTabState;
  styles: Styles;
  testId: string;
  words: { readonly title: string; readonly hint: string; readonly year: string };
  field: 'formsYear' | 'rolloverYear';
  buttons: React.ReactNode;
  below?: React.ReactNode;
}): React.JSX.Element {
  const { s, styles, words, field } = props;
  return (
    <div className={styles.section} data-testid={props.testId}>
      <Subtitle2 as="h2">{words.title}</Subtitle2>
      <Caption1 className={styles.muted}>{words.hint}</Caption1>
      <div className={styles.row}>
        <Field label={words.year}>
          <Input className={styles.year} inputMode="numeric" value={s.years[field]} onChange={(_, d) => s.setInput({ [field]: d.value })} />
        </Field>
        {props.buttons}
      </div>
      {props.below}
    </div>
  );
}

function FormsSection({ s, styles }: { s: YearTabState; styles: Styles }): React.JSX.Element {
  const { ui, year } = s;
  const buttons = (
    <>
      {!s.opensWorkbooks && (
        <Button appearance="primary" onClick={s.downloadFormsZip} disabledFocusable={!s.canAct}>
          {ui.forms.zip}
        </Button>
      )}
      <Button appearance={s.opensWorkbooks ? 'primary' : 'secondary'} onClick={s.makeForms} disabledFocusable={!s.canAct}>
        {ui.forms.make}
      </Button>
    </>
  );
  const list = year.forms && (
    <ul className={styles.forms} aria-label={ui.forms.list} data-testid="forms-list">
      {year.forms.list.map((f) => (
        <li key={f.name}>
          <Button size="small" onClick={() => s.takeForm(f)} disabledFocusable={!s.canAct} data-unit={f.unit}>
            {ui.forms.one(f.unit)}
          </Button>
        </li>
      ))}
    </ul>
  );
  return <YearSection s={s} styles={styles} testId="forms" words={ui.forms} field="formsYear" buttons={buttons} below={list} />;
}

function LearnSection({ s, styles }: { s: YearTabState; styles: Styles }): React.JSX.Element {
  const { ui, year } = s;
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.section} data-testid="learn">
      <Subtitle2 as="h2">{ui.learn.title}</Subtitle2>
      <Caption1 className={styles.muted}>{ui.learn.hint}</Caption1>
      <Textarea value={year.learnText} placeholder={ui.learn.placeholder} aria-label={ui.learn.title} onChange={(_, d) => s.setInput({ learnText: d.value })} resize="vertical" rows={5} />
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={s.learn} disabledFocusable={!s.canAct || year.learnText.trim() === ''}>
          {ui.learn.run}
        </Button>
        <Button onClick={() => input.current?.click()} disabledFocusable={!s.canAct}>
          {ui.learn.openFile}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".docx,.txt"
          hidden
          data-testid="learn-input"
          onChange={(e) => {
            const [file] = takeChosenFiles(e);
            if (file) s.openLearnFile(file);
          }}
        />
      </div>
      {year.learned && <Learned ui={ui} learned={year.learned} canAct={s.canAct} onConfirm={s.confirmLearn} onCancel={s.cancelLearn} styles={styles} />}
    </div>
  );
}

function Learned({ ui, learned, canAct: can, onConfirm, onCancel, styles }: { ui: UiStrings; learned: LearnedView; canAct: boolean; onConfirm: () => void; onCancel: () => void; styles: Styles }): React.JSX.Element {
  return (
    <>
      <Text weight="semibold" data-testid="learned-line">
        {ui.learn.line(learned.templates.length, learned.unbound.length)}
      </Text>
      {/* Focusable so that the keyboard can scroll a long list. */}
      <div className={styles.learned} role="region" aria-label={ui.learn.title} tabIndex={0} data-testid="learned">
        {learned.templates.map((t, i) => (
          <p key={i} className={styles.template}>
            {t.section && <Caption1 className={styles.section_}>{t.section} · </Caption1>}
            {t.text}
          </p>
        ))}
        {learned.unbound.length > 0 && (
          <>
            <Caption1Strong>{ui.learn.unbound}</Caption1Strong>
            <Caption1 block>{learned.unbound.join(' · ')}</Caption1>
          </>
        )}
      </div>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={onConfirm} disabledFocusable={!can}>
          {ui.learn.confirm}
        </Button>
        <Button onClick={onCancel}>{ui.learn.cancel}</Button>
      </div>
    </>
  );
}

function RolloverSection({ s, styles }: { s: YearTabState; styles: Styles }): React.JSX.Element {
  const { ui } = s;
  const run = (
    <Button appearance="primary" onClick={s.rollover} disabledFocusable={!s.canAct}>
      {s.opensWorkbooks ? ui.rollover.runExcel : ui.rollover.run}
    </Button>
  );
  return <YearSection s={s} styles={styles} testId="rollover" words={ui.rollover} field="rolloverYear" buttons={run} />;
}
