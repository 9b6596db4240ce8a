import { Button, Caption1, FluentProvider, MessageBar, MessageBarBody, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import type { CellRef, Language, SheetGrid } from '../../core';
import type { DownloadService, EngineService } from '../../app/ports';
import { BrowserWorkbookHost, type BrowserHostEvent } from '../../adapters/browser/browserHost';
import { Pane } from '../components/Pane';
import { UI } from '../i18n';
import { errorText, usePane } from '../usePane';
import { SheetView } from './SheetView';

const useStyles = makeStyles({
  page: { display: 'flex', flexWrap: 'wrap', height: '100vh', alignItems: 'stretch' },
  left: { width: '350px', flexShrink: 0, overflowY: 'auto', maxHeight: '100vh', boxSizing: 'border-box' },
  right: { flexGrow: 1, minWidth: '320px', height: '100vh', display: 'flex', flexDirection: 'column' },
  files: { display: 'flex', flexDirection: 'column', rowGap: '6px', paddingLeft: '12px', paddingRight: '12px', paddingTop: '10px' },
  drop: { border: `1px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, paddingLeft: '8px', paddingRight: '8px', paddingTop: '8px', paddingBottom: '8px', display: 'flex', flexWrap: 'wrap', columnGap: '6px', rowGap: '6px', alignItems: 'center' },
  dragging: { backgroundColor: tokens.colorBrandBackground2, border: `1px dashed ${tokens.colorBrandStroke1}` },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface BrowserAppProps {
  readonly engine: EngineService;
  readonly download: DownloadService;
  readonly language: Language;
  /** Fetches the bundled sample workbook. */
  readonly fetchSample: () => Promise<Uint8Array>;
}

/**
 * The same pane outside Office (WPS users and others): open a local .xlsx or the bundled sample,
 * a read-only grid beside the pane scrolls to each finding's cell, download what is written.
 */
export function BrowserApp({ engine, download, language, fetchSample }: BrowserAppProps): React.JSX.Element {
  const styles = useStyles();
  const [sheets, setSheets] = useState<readonly SheetGrid[]>([]);
  const [current, setCurrent] = useState<string | null>(null);
  const [selected, setSelected] = useState<CellRef | null>(null);
  const [highlights, setHighlights] = useState<readonly CellRef[]>([]);
  const [fileName, setFileName] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const host = useMemo(
    () =>
      new BrowserWorkbookHost(engine, (event: BrowserHostEvent) => {
        if (event.type === 'opened' || event.type === 'written') {
          setSheets(event.grid.sheets);
          if (event.type === 'opened') {
            setFileName(event.name);
            setCurrent(event.grid.sheets.find((s) => s.visibility !== 'veryHidden')?.name ?? null);
            setSelected(null);
            setHighlights([]);
          }
        } else if (event.type === 'select') {
          setCurrent(event.ref.sheet);
          setSelected(event.ref);
        } else {
          setHighlights(event.refs);
        }
      }),
    [engine],
  );
  const services = useMemo(() => ({ host, engine, language, download, workbookBytes: () => host.file() }), [host, engine, language, download]);
  const { state, ui, actions } = usePane(services);
  const t = UI[state.language];

  const open = async (name: string, load: () => Promise<Uint8Array>): Promise<void> => {
    setOpenError(null);
    try {
      await host.open(name, await load());
      actions.dismiss();
    } catch (e) {
      setOpenError(`${t.errorPrefix}${errorText(e, state.language)}`);
    }
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <div className={styles.left}>
          <div className={styles.files}>
            <div
              className={`${styles.drop} ${dragging ? styles.dragging : ''}`}
              data-testid="drop-zone"
              onDragOver={(e) => {
                e.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={(e) => {
                e.preventDefault();
                setDragging(false);
                const file = e.dataTransfer.files[0];
                if (file) void open(file.name, async () => new Uint8Array(await file.arrayBuffer()));
              }}
            >
              <Button appearance="primary" size="small" onClick={() => input.current?.click()}>
                {t.openFile}
              </Button>
              <Button size="small" onClick={() => void open('baoan-2023.xlsx', fetchSample)}>
                {t.loadSample}
              </Button>
              <Caption1 className={styles.muted}>{t.dropHere}</Caption1>
              <input
                ref={input}
                type="file"
                accept=".xlsx,.xlsm,.xls"
                hidden
                data-testid="file-input"
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  e.currentTarget.value = '';
                  if (file) void open(file.name, async () => new Uint8Array(await file.arrayBuffer()));
                }}
              />
            </div>
            <Caption1 className={styles.muted} data-testid="file-name">
              {fileName ?? t.noWorkbook}
            </Caption1>
            {openError && (
              <MessageBar intent="error" data-testid="open-error">
                <MessageBarBody>{openError}</MessageBarBody>
              </MessageBar>
            )}
            <Caption1 className={styles.muted}>{t.privacy}</Caption1>
          </div>
          <Pane state={state} ui={ui} actions={actions} canDownloadWorkbook />
        </div>
        <div className={styles.right}>
          <SheetView sheets={sheets} current={current} onSheet={setCurrent} selected={selected} highlights={highlights} />
        </div>
      </div>
    </FluentProvider>
  );
}
