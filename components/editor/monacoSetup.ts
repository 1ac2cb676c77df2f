import * as monaco from 'monaco-editor/editor/editor.api';
import './monacoFeatures';
import 'monaco-editor/languages/definitions/yaml/register';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import { loader } from '@monaco-editor/react';
import { registerQuickFixes } from './registerQuickFixes';

type MonacoWorkerFactory = { getWorker: (moduleId: string, label: string) => Worker };

// Monaco's own workers come from our bundle, never from a CDN.
(self as unknown as { MonacoEnvironment: MonacoWorkerFactory }).MonacoEnvironment = {
  getWorker: (_moduleId, label) => {
    if (label === 'json') {
      return new Worker(new URL('monaco-editor/language/json/json.worker', import.meta.url), { type: 'module', name: 'monaco-json' });
    }
    return new Worker(new URL('monaco-editor/editor/editor.worker', import.meta.url), { type: 'module', name: 'monaco-editor' });
  },
};

// Our analysis worker owns diagnostics; Monaco's JSON service would only repeat syntax errors.
jsonDefaults.setDiagnosticsOptions({ validate: false });

loader.config({ monaco });
registerQuickFixes(monaco);

export { monaco };
export type Monaco = typeof monaco;
