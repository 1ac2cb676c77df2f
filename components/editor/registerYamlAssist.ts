import type { editor, IDisposable, languages } from 'monaco-editor/editor/editor.api';
import type { SourceRange } from '@/lib/analysis/sourceMap';
import type { Suggestion } from '@/lib/editorIntel/yamlAssist';
import type { JobsSlice } from '@/state/jobsSlice';
import type { Monaco } from './monacoSetup';

const KIND: Record<Suggestion['kind'], keyof typeof languages.CompletionItemKind> = {
  property: 'Property',
  value: 'Value',
  snippet: 'Snippet',
  extension: 'Field',
};

const RENAME_HINT = 'Rename works on a component: its name under components: (or at the top of a shared file), or a $ref to it. New names use letters, digits, dots, dashes and underscores.';

/** How navigation reaches other workspace files: their models (made on demand) and edits to them. */
export interface AssistFiles {
  /** The model of a workspace file (created from the store's text when the editor has none yet). */
  modelFor(path: string): editor.ITextModel | null;
  /** Applies a rename's edits to a file that is not the one being edited. */
  editFile(path: string, edits: Array<{ range: SourceRange; text: string }>): void;
}

const NO_FILES: AssistFiles = { modelFor: () => null, editFile: () => {} };

/**
 * Completion and hover for YAML, $ref navigation for YAML and JSON: answered by the assist worker
 * (through the store's `assist` action), never on this thread. Returns the disposer of every provider.
 */
export function registerYamlAssist(monaco: Monaco, requestAssist: JobsSlice['assist'], files: AssistFiles = NO_FILES): IDisposable {
  const registrations: IDisposable[] = [];
  const register = (registration: IDisposable) => registrations.push(registration);
  register(monaco.languages.registerCompletionItemProvider('yaml', {
    triggerCharacters: [' ', ':', '/'],
    provideCompletionItems: async (model, position) => {
      // The whole text: $ref completion lists targets defined below the cursor too.
      const answer = await requestAssist({ version: model.getVersionId(), op: 'complete', text: model.getValue(), line: position.lineNumber, column: position.column });
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
        range: s.replaceLength !== undefined ? { ...range, startColumn: position.column - s.replaceLength, endColumn: position.column } : range,
        // Monaco matches what was typed in that range (a quote included) against the filter text.
        filterText: s.replaceLength !== undefined ? s.insertText : undefined,
      }));
      return { suggestions };
    },
  }));

  const ask = (op: 'hover' | 'definition' | 'references', model: editor.ITextModel, position: { lineNumber: number; column: number }) =>
    requestAssist({ version: model.getVersionId(), op, text: model.getValue(), line: position.lineNumber, column: position.column });
  const toLocation = (model: editor.ITextModel, r: SourceRange & { file?: string }) => ({
    uri: (r.file !== undefined ? files.modelFor(r.file)?.uri : undefined) ?? model.uri,
    range: { startLineNumber: r.startLine, startColumn: r.startColumn, endLineNumber: r.endLine, endColumn: r.endColumn },
  });

  for (const language of ['yaml', 'json']) {
    register(monaco.languages.registerHoverProvider(language, {
      provideHover: async (model, position) => {
        const answer = await ask('hover', model, position);
        return answer?.hover ? { contents: [{ value: answer.hover }] } : null;
      },
    }));
    register(monaco.languages.registerDefinitionProvider(language, {
      provideDefinition: async (model, position) => ((await ask('definition', model, position))?.locations ?? []).map((r) => toLocation(model, r)),
    }));
    register(monaco.languages.registerRenameProvider(language, {
      // The rename box starts from the component's name, also when F2 is pressed on a $ref to it.
      resolveRenameLocation: async (model, position) => {
        const answer = await requestAssist({ version: model.getVersionId(), op: 'rename-location', text: model.getValue(), line: position.lineNumber, column: position.column });
        const target = answer?.edits?.[0];
        if (!target) return { range: toLocation(model, { startLine: position.lineNumber, startColumn: position.column, endLine: position.lineNumber, endColumn: position.column }).range, text: '', rejectReason: RENAME_HINT };
        return { range: toLocation(model, target.range).range, text: target.text };
      },
      provideRenameEdits: async (model, position, newName) => {
        const answer = await requestAssist({ version: model.getVersionId(), op: 'rename', newName, text: model.getValue(), line: position.lineNumber, column: position.column });
        if (!answer?.edits?.length) return { edits: [], rejectReason: RENAME_HINT };
        // Other files change through the store (one undoable replacement each); this one through Monaco.
        const elsewhere = new Map<string, Array<{ range: SourceRange; text: string }>>();
        for (const e of answer.edits) if (e.file !== undefined) elsewhere.set(e.file, [...(elsewhere.get(e.file) ?? []), e]);
        for (const [path, edits] of elsewhere) files.editFile(path, edits);
        return {
          edits: answer.edits.filter((e) => e.file === undefined).map((e) => ({
            resource: model.uri,
            versionId: model.getVersionId(),
            textEdit: { range: toLocation(model, e.range).range, text: e.text },
          })),
        };
      },
    }));
    register(monaco.languages.registerReferenceProvider(language, {
      provideReferences: async (model, position) => ((await ask('references', model, position))?.locations ?? []).map((r) => toLocation(model, r)),
    }));
  }
  return { dispose: () => registrations.forEach((r) => r.dispose()) };
}
