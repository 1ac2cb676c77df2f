'use client';

import { useCallback, useState } from 'react';
import type { DragEvent } from 'react';
import Editor from '@monaco-editor/react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { selectActiveFile, selectIsLargeDocument, selectActiveId, selectFormat, selectReadOnly, selectSettings } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import TabBar from '@/components/workspace/TabBar';
import './monacoSetup';
import { modelPath } from './modelPath';
import { useActiveModel } from './useActiveModel';
import { useCursorSync } from './useCursorSync';
import { useEditorAssist } from './useEditorAssist';
import { useExternalEdits } from './useExternalEdits';
import { useInspectorFollow } from './useInspectorFollow';
import { useJsonSpecSchema } from './useJsonSpecSchema';
import { useMarkers } from './useMarkers';
import { useModelCleanup } from './useModelCleanup';
import { useNavigation } from './useNavigation';
import { useOpenFile } from './useOpenFile';
import { useSystemTheme } from './useSystemTheme';
import { markEditorPainted } from '@/lib/startup/editorPainted';

const EDITOR_OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  fontSize: 13,
  tabSize: 2,
  insertSpaces: true,
  scrollBeyondLastLine: false,
  minimap: { enabled: true, renderCharacters: false },
  fixedOverflowWidgets: true,
  renderWhitespace: 'none',
  // Monaco dims the number of an empty last line below readable contrast (axe: color-contrast).
  renderFinalNewline: 'on',
  // Monaco's own heuristics keep very long lines (e.g. a 25 MB value) from freezing rendering.
  stopRenderingLineAfter: 10_000,
  maxTokenizationLineLength: 20_000,
};

// On large documents these features cost more per keystroke than they give (measured by `npm run bench`):
// sticky scroll and the minimap re-render, and quick suggestions force tokenizing up to the cursor.
const LARGE_DOCUMENT_OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  stickyScroll: { enabled: false },
  minimap: { enabled: false },
  quickSuggestions: false,
  occurrencesHighlight: 'off',
};

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/** The tabs and the Monaco editor of the active document; the text flows from here into the store. */
export default function EditorPanel() {
  const store = useStudioStore();
  const format = useStudio(selectFormat);
  const readOnly = useStudio(selectReadOnly);
  const activeId = useStudio(selectActiveId);
  const large = useStudio(selectIsLargeDocument);
  const theme = useSystemTheme();
  const { editorFontSize, wordWrap } = useStudio(selectSettings);
  const openFile = useOpenFile();
  const [instance, setInstance] = useState<editor.IStandaloneCodeEditor | null>(null);
  const [dragging, setDragging] = useState(false);

  useMarkers(instance);
  useExternalEdits(instance);
  useNavigation(instance);
  useCursorSync(instance);
  useInspectorFollow(instance);
  useActiveModel(instance);
  useModelCleanup();
  useJsonSpecSchema(instance);
  useEditorAssist();

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

  const onMount = useCallback(
    (mounted: editor.IStandaloneCodeEditor) => {
      // The cursor the workspace was saved with.
      const { cursor } = selectActiveFile(store.getState());
      const position = { lineNumber: cursor.line, column: cursor.column };
      mounted.setPosition(position);
      mounted.revealPositionInCenterIfOutsideViewport(position);
      setInstance(mounted);
      // Monaco renders in the next animation frame; the task after it runs once that frame is painted.
      requestAnimationFrame(() => setTimeout(markEditorPainted, 0));
    },
    [store],
  );

  return (
    <div className="editor-column">
      <TabBar />
      <div
        data-testid="editor"
        className={`editor-panel${dragging ? ' is-dragging' : ''}`}
        onDragOverCapture={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDropCapture={onDrop}
      >
        <Editor
        path={modelPath(activeId)}
        defaultValue={selectActiveFile(store.getState()).text}
        language={format}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        options={{ ...EDITOR_OPTIONS, ...(large ? LARGE_DOCUMENT_OPTIONS : {}), readOnly, fontSize: editorFontSize, wordWrap: wordWrap ? 'on' : 'off' }}
        onMount={onMount}
        onChange={(value) => store.getState().editText(value ?? '')}
        loading={<div className="panel-placeholder">Loading editor…</div>}
      />
        {dragging && <div className="drop-hint">Drop a .yaml, .yml or .json file to open it in a new tab</div>}
      </div>
    </div>
  );
}
