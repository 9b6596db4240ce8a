import { useState, type ChangeEvent, type DragEvent } from 'react';

/** A file the clerk chose or dropped, read when asked for its bytes. */
export type ChosenFile = { readonly name: string; readonly bytes: () => Promise<Uint8Array> };

const toChosenFile = (file: File): ChosenFile => ({ name: file.name, bytes: async () => new Uint8Array(await file.arrayBuffer()) });

/**
 * The files chosen in a file input, the input emptied so that choosing the same file again
 * (after fixing it) fires again.
 */
export function takeChosenFiles(e: ChangeEvent<HTMLInputElement>): ChosenFile[] {
  const files = [...(e.currentTarget.files ?? [])].map(toChosenFile);
  e.currentTarget.value = '';
  return files;
}

/** Drag-and-drop onto a drop zone: whether files are over it, and the handlers to spread on it. */
export function useFileDrop(onFiles: (files: readonly ChosenFile[]) => void, enabled: boolean) {
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    handlers: {
      onDragOver: (e: DragEvent) => {
        e.preventDefault();
        setDragging(enabled);
      },
      onDragLeave: () => setDragging(false),
      onDrop: (e: DragEvent) => {
        e.preventDefault();
        setDragging(false);
        const files = [...e.dataTransfer.files].map(toChosenFile);
        if (files.length > 0 && enabled) onFiles(files);
      },
    },
  };
}
