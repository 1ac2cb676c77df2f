import { useEffect } from 'react';
import { selectActiveFile } from '@/state/selectors';
import { useStudioStore } from '@/state/useStudio';
import { modelPath } from './modelPath';
import { monaco } from './monacoSetup';
import { registerYamlAssist } from './registerYamlAssist';
import type { AssistFiles } from './registerYamlAssist';

/** Completion, hover and $ref navigation for the editor (across workspace files), answered through the store's assist action. */
export function useEditorAssist(): void {
  const store = useStudioStore();
  useEffect(() => {
    const fileAt = (path: string) => Object.values(store.getState().files).find((f) => f.path === path);
    const files: AssistFiles = {
      modelFor: (path) => {
        const file = fileAt(path);
        if (!file) return null;
        const uri = monaco.Uri.parse(modelPath(file.id));
        return monaco.editor.getModel(uri) ?? monaco.editor.createModel(file.text, file.format, uri);
      },
      editFile: (path, edits) => void store.getState().editFile(path, edits),
    };
    const registration = registerYamlAssist(monaco, (request) => store.getState().assist(request), files);
    // "Go to definition" into another file: show that file, with the cursor at the target.
    const opener = monaco.editor.registerEditorOpener({
      openCodeEditor: (_source, resource, selectionOrPosition) => {
        const file = Object.values(store.getState().files).find((f) => modelPath(f.id) === resource.toString());
        if (!file || file.id === selectActiveFile(store.getState()).id) return false;
        const at = selectionOrPosition && 'startLineNumber' in selectionOrPosition ? { line: selectionOrPosition.startLineNumber, column: selectionOrPosition.startColumn } : selectionOrPosition ? { line: selectionOrPosition.lineNumber, column: selectionOrPosition.column } : { line: 1, column: 1 };
        return store.getState().openAt(file.path, at.line, at.column);
      },
    });
    return () => {
      registration.dispose();
      opener.dispose();
    };
  }, [store]);
}
