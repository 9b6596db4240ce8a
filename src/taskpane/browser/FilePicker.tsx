import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import type { UiStrings } from '../i18n';
import { takeChosenFiles, useFileDrop, type ChosenFile } from '../useFileDrop';
import { WORKBOOK_ACCEPT } from '../workbookFiles';

const useStyles = makeStyles({
  files: { display: 'flex', flexDirection: 'column', rowGap: '6px', paddingLeft: '12px', paddingRight: '12px', paddingTop: '10px' },
  drop: { border: `1px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, paddingLeft: '8px', paddingRight: '8px', paddingTop: '8px', paddingBottom: '8px', display: 'flex', flexWrap: 'wrap', columnGap: '6px', rowGap: '6px', alignItems: 'center' },
  dragging: { backgroundColor: tokens.colorBrandBackground2, border: `1px dashed ${tokens.colorBrandStroke1}` },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface FilePickerProps {
  readonly ui: UiStrings;
  readonly fileName: string | null;
  readonly error: string | null;
  /** False while other work runs: a second file would race the first. */
  readonly enabled: boolean;
  readonly onFile: (file: ChosenFile) => void;
  readonly onSample: () => void;
}

/** Open a workbook: a file from disk, the bundled sample, or a file dropped here. */
export function FilePicker({ ui, fileName, error, enabled, onFile, onSample }: FilePickerProps): React.JSX.Element {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const { dragging, handlers } = useFileDrop((files) => onFile(files[0]), enabled);
  return (
    <div className={styles.files}>
      <div className={mergeClasses(styles.drop, dragging && styles.dragging)} data-testid="drop-zone" {...handlers}>
        <Button appearance="primary" size="small" onClick={() => input.current?.click()} disabledFocusable={!enabled}>
          {ui.openFile}
        </Button>
        <Button size="small" onClick={onSample} disabledFocusable={!enabled}>
          {ui.loadSample}
        </Button>
        <Caption1 className={styles.muted}>{ui.dropHere}</Caption1>
        <input
          ref={input}
          type="file"
          accept={WORKBOOK_ACCEPT}
          hidden
          data-testid="file-input"
          onChange={(e) => {
            const [file] = takeChosenFiles(e);
            if (file) onFile(file);
          }}
        />
      </div>
      <Caption1 className={styles.muted} data-testid="file-name">
        {fileName ?? ui.noWorkbook}
      </Caption1>
      {error && (
        <MessageBar intent="error" data-testid="open-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <Caption1 className={styles.muted}>{ui.privacy}</Caption1>
    </div>
  );
}
