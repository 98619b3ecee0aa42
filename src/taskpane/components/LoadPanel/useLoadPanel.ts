/**
 * State of the load controls: the pasted text, whether a file is dragged over the
 * drop zone, and the hidden file input the "Choose file" button opens.
 */
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { noticeWords, type Intent } from '../../i18n/words';
import type { Source } from '../../state/types';
import { focusTarget } from '../Announcer/useAnnouncer';
import type { LoadPanelProps } from './LoadPanel.types';

export interface LoadPanelModel {
  fileInput: React.RefObject<HTMLInputElement | null>;
  pasteText: string;
  dragging: boolean;
  /** Something is loaded and the user has not asked to load another: one line, not the controls. */
  compact: boolean;
  /** The sample, stored definitions and paste box are shown. */
  moreOpen: boolean;
  expand: () => void;
  toggleMore: () => void;
  notice: { intent: Intent; text: string } | undefined;
  openPicker: () => void;
  onFileChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onPasteChange: (value: string) => void;
  onLoadPaste: () => void;
  onDragEnter: (event: DragEvent<HTMLElement>) => void;
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  onDragLeave: (event: DragEvent<HTMLElement>) => void;
  onDrop: (event: DragEvent<HTMLElement>) => void;
}

export function useLoadPanel(props: LoadPanelProps): LoadPanelModel {
  const { onFiles, onText, busy } = props;
  const fileInput = useRef<HTMLInputElement | null>(null);
  const [pasteText, setPasteText] = useState('');
  // dragenter/dragleave fire for every child crossed; count them so the highlight does not flicker.
  const depth = useRef(0);
  const [dragging, setDragging] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  // The source the user asked to replace: a new load (a new source) folds the controls again.
  const [expandedFor, setExpandedFor] = useState<Source | undefined>(undefined);
  const source = props.source;
  const compact = source !== undefined && expandedFor !== source;

  // A file dropped beside the drop zone would make the browser open it in place of the pane.
  useEffect(() => {
    const keepPane = (event: globalThis.DragEvent): void => {
      if (event.dataTransfer?.types.includes('Files') === true) event.preventDefault();
    };
    window.addEventListener('dragover', keepPane);
    window.addEventListener('drop', keepPane);
    return () => {
      window.removeEventListener('dragover', keepPane);
      window.removeEventListener('drop', keepPane);
    };
  }, []);

  const openPicker = useCallback(() => fileInput.current?.click(), []);
  const onFileChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      const files = [...(event.target.files ?? [])];
      // Reset so choosing the same file again (after fixing it) loads it again.
      event.target.value = '';
      onFiles(files);
    },
    [onFiles],
  );
  const hasFiles = (event: DragEvent<HTMLElement>): boolean => [...event.dataTransfer.types].includes('Files');
  const onDragEnter = useCallback(
    (event: DragEvent<HTMLElement>) => {
      if (!hasFiles(event) || busy) return;
      event.preventDefault();
      depth.current += 1;
      setDragging(true);
    },
    [busy],
  );
  const onDragOver = useCallback(
    (event: DragEvent<HTMLElement>) => {
      if (!hasFiles(event) || busy) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    [busy],
  );
  const onDragLeave = useCallback(() => {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  }, []);
  const onDrop = useCallback(
    (event: DragEvent<HTMLElement>) => {
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      if (!busy) onFiles([...event.dataTransfer.files]);
    },
    [busy, onFiles],
  );
  const onLoadPaste = useCallback(() => onText(pasteText), [onText, pasteText]);

  return {
    fileInput,
    pasteText,
    dragging,
    compact,
    moreOpen,
    expand: () => {
      setExpandedFor(source);
      focusTarget('choose-file');
    },
    toggleMore: () => setMoreOpen((open) => !open),
    notice: props.notice === undefined ? undefined : noticeWords(props.notice, props.messages, props.lang),
    openPicker,
    onFileChange,
    onPasteChange: setPasteText,
    onLoadPaste,
    onDragEnter,
    onDragOver,
    onDragLeave,
    onDrop,
  };
}
