'use client';

import Editor from '@monaco-editor/react';
import type { editor } from 'monaco-editor/editor/editor.api';
import '@/components/editor/monacoSetup';
import { useSystemTheme } from '@/components/editor/useSystemTheme';
import { languageOfFile } from './codeLanguages';

const OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  readOnly: true,
  domReadOnly: true,
  minimap: { enabled: false },
  fontSize: 12,
  scrollBeyondLastLine: false,
  automaticLayout: true,
  renderLineHighlight: 'none',
  fixedOverflowWidgets: true,
};

/** One generated file, highlighted, read-only. */
export function CodeView({ path, content, language }: { path: string; content: string; language: string }) {
  const theme = useSystemTheme();
  return (
    <div className="generate-code" data-testid="generate-output" data-path={path}>
      <Editor path="inmemory://generated/code" value={content} language={languageOfFile(path, language)} theme={theme === 'dark' ? 'vs-dark' : 'vs'} options={OPTIONS} />
    </div>
  );
}
