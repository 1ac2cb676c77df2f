import { useEffect } from 'react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { toMarkers } from '@/lib/analysis/markers';
import { selectMarkerDiagnostics } from '@/state/selectors';
import { useStudioStore } from '@/state/useStudio';
import { monaco } from './monacoSetup';

/** Keeps Monaco's squiggles equal to the diagnostics the store shows. */
export function useMarkers(instance: editor.IStandaloneCodeEditor | null): void {
  const store = useStudioStore();
  useEffect(() => {
    if (!instance) return;
    const apply = () => {
      const model = instance.getModel();
      if (model) monaco.editor.setModelMarkers(model, 'asyncapi', toMarkers(selectMarkerDiagnostics(store.getState())));
    };
    apply();
    // A tab switch shows another model: it gets the current diagnostics (none until its analysis answers).
    const modelListener = instance.onDidChangeModel(apply);
    const unsubscribe = store.subscribe(selectMarkerDiagnostics, apply);
    return () => {
      modelListener.dispose();
      unsubscribe();
    };
  }, [instance, store]);
}
