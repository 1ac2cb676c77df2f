'use client';

import { useEffect, useState } from 'react';
import Editor from '@monaco-editor/react';
import type { editor } from 'monaco-editor/editor/editor.api';
import type { ExampleCheck } from '@/lib/messageLab/checkExample';
import { MARKER_SEVERITY } from '@/lib/analysis/markers';
import { monaco } from '@/components/editor/monacoSetup';
import { useSystemTheme } from '@/components/editor/useSystemTheme';

const OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  minimap: { enabled: false },
  lineNumbers: 'on',
  fontSize: 12,
  tabSize: 2,
  scrollBeyondLastLine: false,
  automaticLayout: true,
  folding: false,
  fixedOverflowWidgets: true,
};

/** A small editor for an example payload or headers, with its violations underlined. */
export function ExampleEditor({ testId, path, value, onChange, check }: { testId: string; path: string; value: string; onChange: (text: string) => void; check: ExampleCheck | null }) {
  const theme = useSystemTheme();
  const [instance, setInstance] = useState<editor.IStandaloneCodeEditor | null>(null);

  useEffect(() => {
    const model = instance?.getModel();
    if (!model) return;
    const markers =
      check?.state === 'checked'
        ? check.violations.map((v) => ({ severity: MARKER_SEVERITY.error, message: v.message, startLineNumber: v.line, startColumn: v.column, endLineNumber: v.endLine, endColumn: v.endColumn }))
        : check?.state === 'unreadable'
          ? [{ severity: MARKER_SEVERITY.error, message: check.message, startLineNumber: check.line, startColumn: 1, endLineNumber: check.line, endColumn: 200 }]
          : [];
    monaco.editor.setModelMarkers(model, 'message-lab', markers);
  }, [instance, check]);

  return (
    <div className="lab-editor" data-testid={testId}>
      <Editor
        path={path}
        value={value}
        language={value.trimStart().startsWith('{') || value.trim() === '' ? 'json' : 'yaml'}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        options={OPTIONS}
        onMount={(mounted) => setInstance(mounted)}
        onChange={(text) => onChange(text ?? '')}
      />
    </div>
  );
}
