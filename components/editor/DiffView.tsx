'use client';

import { useEffect, useRef } from 'react';
import { DiffEditor } from '@monaco-editor/react';
import type { DiffEditorProps } from '@monaco-editor/react';
import type { editor } from 'monaco-editor/editor/editor.api';
import './monacoSetup';

/**
 * Monaco's diff editor that lets go of its models in the right order. @monaco-editor/react disposes
 * the two text models before the diff widget on unmount, which Monaco reports as an uncaught
 * "TextModel got disposed before DiffEditorWidget model got reset"; here the widget goes first
 * (the wrapper keeps the models) and the models right after.
 */
export function DiffView(props: Omit<DiffEditorProps, 'keepCurrentOriginalModel' | 'keepCurrentModifiedModel'>) {
  const models = useRef<editor.IDiffEditorModel | null>(null);
  const { onMount } = props;
  useEffect(
    () => () => {
      const held = models.current;
      // The wrapper's own cleanup (which disposes the widget) runs in this same commit; the models go after it.
      setTimeout(() => {
        held?.original.dispose();
        held?.modified.dispose();
      }, 0);
    },
    [],
  );
  return (
    <DiffEditor
      {...props}
      keepCurrentOriginalModel
      keepCurrentModifiedModel
      onMount={(diffEditor, monaco) => {
        models.current = diffEditor.getModel();
        onMount?.(diffEditor, monaco);
      }}
    />
  );
}
