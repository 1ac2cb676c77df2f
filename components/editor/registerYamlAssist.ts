import type { editor, languages } from 'monaco-editor/editor/editor.api';
import type { Suggestion } from '@/lib/editorIntel/yamlAssist';
import { requestAssist } from '@/workers/assistClient';
import type { Monaco } from './monacoSetup';

const KIND: Record<Suggestion['kind'], keyof typeof languages.CompletionItemKind> = {
  property: 'Property',
  value: 'Value',
  snippet: 'Snippet',
  extension: 'Field',
};

let registered = false;

/** Completion and hover for YAML documents, answered by the assist worker (never computed on this thread). */
export function registerYamlAssist(monaco: Monaco): void {
  if (registered) return;
  registered = true;
  const upToLine = (model: editor.ITextModel, line: number) =>
    model.getValueInRange({ startLineNumber: 1, startColumn: 1, endLineNumber: line, endColumn: model.getLineMaxColumn(line) });

  monaco.languages.registerCompletionItemProvider('yaml', {
    triggerCharacters: [' ', ':'],
    provideCompletionItems: async (model, position) => {
      const answer = await requestAssist({ version: model.getVersionId(), op: 'complete', text: upToLine(model, position.lineNumber), line: position.lineNumber, column: position.column });
      const word = model.getWordUntilPosition(position);
      const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn };
      const suggestions = (answer?.suggestions ?? []).map((s, i) => ({
        label: s.label,
        kind: monaco.languages.CompletionItemKind[KIND[s.kind]],
        insertText: s.insertText,
        insertTextRules: s.snippet ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
        detail: s.detail,
        documentation: s.documentation ? { value: s.documentation } : undefined,
        sortText: `${s.detail === 'required' ? 0 : s.kind === 'snippet' ? 2 : 1}${String(i).padStart(4, '0')}`,
        range,
      }));
      return { suggestions };
    },
  });

  monaco.languages.registerHoverProvider('yaml', {
    provideHover: async (model, position) => {
      const answer = await requestAssist({ version: model.getVersionId(), op: 'hover', text: upToLine(model, position.lineNumber), line: position.lineNumber, column: position.column });
      if (!answer?.hover) return null;
      return { contents: [{ value: answer.hover }] };
    },
  });
}
