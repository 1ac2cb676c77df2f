'use client';

import { useCallback, useState } from 'react';
import type { DragEvent } from 'react';
import Editor from '@monaco-editor/react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { selectFormat, selectReadOnly } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import './monacoSetup';
import { useCursorSync } from './useCursorSync';
import { useExternalEdits } from './useExternalEdits';
import { useJsonSpecSchema } from './useJsonSpecSchema';
import { useMarkers } from './useMarkers';
import { useNavigation } from './useNavigation';
import { useOpenFile } from './useOpenFile';
import { useSystemTheme } from './useSystemTheme';

const EDITOR_OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  fontSize: 13,
  tabSize: 2,
  insertSpaces: true,
  scrollBeyondLastLine: false,
  minimap: { enabled: true, renderCharacters: false },
  fixedOverflowWidgets: true,
  renderWhitespace: 'none',
  // Monaco's own heuristics keep very long lines (e.g. a 25 MB value) from freezing rendering.
  stopRenderingLineAfter: 10_000,
  maxTokenizationLineLength: 20_000,
};

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/** The Monaco editor of the document; the text flows from here into the store. */
export default function EditorPanel() {
  const store = useStudioStore();
  const format = useStudio(selectFormat);
  const readOnly = useStudio(selectReadOnly);
  const theme = useSystemTheme();
  const openFile = useOpenFile();
  const [instance, setInstance] = useState<editor.IStandaloneCodeEditor | null>(null);
  const [dragging, setDragging] = useState(false);

  useMarkers(instance);
  useExternalEdits(instance);
  useNavigation(instance);
  useCursorSync(instance);
  useJsonSpecSchema(instance);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.stopPropagation();
    setDragging(true);
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      setDragging(false);
      const file = event.dataTransfer.files[0];
      if (file) void openFile(file);
    },
    [openFile],
  );

  return (
    <div
      data-testid="editor"
      className={`editor-panel${dragging ? ' is-dragging' : ''}`}
      onDragOverCapture={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDropCapture={onDrop}
    >
      <Editor
        defaultValue={store.getState().text}
        language={format}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        options={{ ...EDITOR_OPTIONS, readOnly }}
        onMount={(mounted) => setInstance(mounted)}
        onChange={(value) => store.getState().editText(value ?? '')}
        loading={<div className="panel-placeholder">Loading editor…</div>}
      />
      {dragging && <div className="drop-hint">Drop a .yaml, .yml or .json file to open it</div>}
    </div>
  );
}
