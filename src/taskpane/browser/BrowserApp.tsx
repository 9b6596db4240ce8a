import { FluentProvider, makeStaticStyles, makeStyles, mergeClasses, webLightTheme } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Language } from '../../core';
import type { DownloadService, EngineService } from '../../app/ports';
import { Pane } from '../components/Pane';
import { abilitiesOf } from '../services';
import { errorText, usePane } from '../usePane';
import type { ChosenFile } from '../useFileDrop';
import { FilePicker } from './FilePicker';
import { SheetView } from './SheetView';
import { useBrowserWorkbook } from './useBrowserWorkbook';

/** From this width the grid sits beside the pane; below it, under the pane. */
const WIDE = '@media (min-width: 1000px)';
const NARROW = '@media (max-width: 999.98px)';

// The page fills the window: the browser's default 8 px body margin would make it scroll.
const usePageStyles = makeStaticStyles({ body: { margin: '0' } });

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    [WIDE]: { gridTemplateColumns: '350px minmax(0, 1fr)', height: '100vh', overflow: 'hidden' },
  },
  pane: { boxSizing: 'border-box', [WIDE]: { height: '100vh', overflowY: 'auto' } },
  grid: { minWidth: '0', minHeight: '0', height: '80vh', [WIDE]: { height: '100vh' } },
  // Before a workbook opens a narrow screen shows the pane alone.
  empty: { [NARROW]: { display: 'none' } },
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
 * Host wiring lives in useBrowserWorkbook, drag-and-drop in FilePicker; this composes them.
 */
export function BrowserApp({ engine, download, language, fetchSample }: BrowserAppProps): React.JSX.Element {
  usePageStyles();
  const styles = useStyles();
  const { host, view, showSheet } = useBrowserWorkbook(engine);
  const services = useMemo(() => ({ host, engine, language, download, workbookBytes: () => host.file() }), [host, engine, language, download]);
  const pane = usePane(services, { workbook: 'none', marked: 0 });
  const [openError, setOpenError] = useState<string | null>(null);
  const { state, ui, actions } = pane;

  const open = (file: ChosenFile): void => {
    setOpenError(null);
    actions.openWorkbook(async () => void (await host.open(file.name, await file.bytes()))).catch((e: unknown) => setOpenError(`${ui.errorPrefix}${errorText(e, state.language)}`));
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page} lang={state.language === 'zh' ? 'zh-CN' : 'en'}>
        <div className={styles.pane}>
          <FilePicker ui={ui} fileName={view.fileName} error={openError} enabled={state.busy === null} onFile={open} onSample={() => open({ name: 'baoan-2023.xlsx', bytes: fetchSample })} />
          <Pane pane={pane} abilities={abilitiesOf(services)} />
        </div>
        <div className={mergeClasses(styles.grid, view.sheets.length === 0 && styles.empty)}>
          <SheetView ui={ui} sheets={view.sheets} current={view.current} onSheet={showSheet} selected={view.selected} highlights={view.highlights} />
        </div>
      </main>
    </FluentProvider>
  );
}
