import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, type KeyboardEvent } from 'react';

const useStyles = makeStyles({
  list: { display: 'flex', columnGap: '2px', rowGap: '2px' },
  wrap: { flexWrap: 'wrap' },
  tab: {
    position: 'relative',
    border: 'none',
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    paddingTop: '6px',
    paddingBottom: '6px',
    paddingLeft: '8px',
    paddingRight: '8px',
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    whiteSpace: 'nowrap',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1 },
    ...createFocusOutlineStyle(),
  },
  small: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, paddingTop: '4px', paddingBottom: '4px', paddingLeft: '6px', paddingRight: '6px' },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 0 -3px 0 ${tokens.colorCompoundBrandStroke}`,
  },
});

export interface TabStripProps<T extends string> {
  readonly tabs: readonly { readonly value: T; readonly label: string }[];
  readonly selected: T | null;
  readonly onSelect: (value: T) => void;
  /** Names the list for screen readers. */
  readonly label: string;
  /** Ids: each tab is `${id}-tab-${i}` and the panel it controls `${id}-panel`. */
  readonly id: string;
  readonly size?: 'small' | 'medium';
  readonly wrap?: boolean;
}

/** The id of the selected tab, for the panel's aria-labelledby. */
export function tabId(id: string, index: number): string {
  return `${id}-tab-${index}`;
}

/**
 * ARIA tabs (WAI-ARIA Authoring Practices, "Tabs with automatic activation"): one tab stop,
 * arrow keys, Home and End move and select. Written here rather than Fluent's TabList, whose
 * arrow-key navigation adds focusable aria-hidden elements that axe reports as
 * aria-hidden-focus (microsoft/tabster#288).
 */
export function TabStrip<T extends string>({ tabs, selected, onSelect, label, id, size = 'medium', wrap = false }: TabStripProps<T>): React.JSX.Element {
  const styles = useStyles();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.max(0, tabs.findIndex((t) => t.value === selected));
  const move = (e: KeyboardEvent, from: number): void => {
    const to = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? from + 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? from - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
    if (to === null || tabs.length === 0) return;
    e.preventDefault();
    const i = (to + tabs.length) % tabs.length;
    onSelect(tabs[i].value);
    buttons.current[i]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={mergeClasses(styles.list, wrap && styles.wrap)}>
      {tabs.map((t, i) => {
        const isSelected = i === current && selected !== null;
        return (
          <button
            key={t.value}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={tabId(id, i)}
            aria-selected={isSelected}
            aria-controls={isSelected ? `${id}-panel` : undefined}
            tabIndex={i === current ? 0 : -1}
            className={mergeClasses(styles.tab, size === 'small' && styles.small, isSelected && styles.selected)}
            onClick={() => onSelect(t.value)}
            onKeyDown={(e) => move(e, i)}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}
