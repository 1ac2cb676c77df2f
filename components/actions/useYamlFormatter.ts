import { useEffect } from 'react';
import { monaco } from '@/components/editor/monacoSetup';
import { useStudioStore } from '@/state/useStudio';

/** Gives Monaco's "Format Document" (Shift+Alt+F) a YAML formatter: the worker rewrites the text from its data. */
export function useYamlFormatter(): void {
  const store = useStudioStore();
  useEffect(() => {
    const registration = monaco.languages.registerDocumentFormattingEditProvider('yaml', {
      displayName: 'AsyncAPI Studio (keeps comments and anchors)',
      provideDocumentFormattingEdits: async (model) => {
        const versionId = model.getVersionId();
        const outcome = await store.getState().reformat(model.getValue());
        if (model.isDisposed() || model.getVersionId() !== versionId || outcome.kind === 'superseded') return [];
        const result = outcome.kind === 'done' ? outcome.result : { ok: false as const, message: outcome.reason };
        if (!result.ok) {
          store.getState().notify('error', `The document was not formatted: ${result.message}`);
          return [];
        }
        if (result.text === model.getValue()) return [];
        return [{ range: model.getFullModelRange(), text: result.text }];
      },
    });
    return () => registration.dispose();
  }, [store]);
}
